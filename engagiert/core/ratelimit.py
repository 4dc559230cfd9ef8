"""Limits on posts anyone may send (guest registrations, accessibility feedback), counted per
client address in the cache, like allauth's limits on logins and with allauth's notion of the
client address (TRUSTED_PROXY_COUNT), or per account (a partner's card look-ups). Set
REDIS_URL when several workers run, so they share the counts."""

from __future__ import annotations

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.core.exceptions import PermissionDenied


def client_address(request) -> str:
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:  # no address at all
        return "unknown"


def limit_reached(request, *, action: str, limit: int, period: int = 3600, who: str = "") -> bool:
    """Count one `action` by `who` (default: the request's address); True once there were more
    than `limit` within `period` seconds (counted from the first)."""
    key = f"ratelimit:{action}:{who or client_address(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # the count expired between add() and incr(): this one is the first again
        cache.add(key, 1, timeout=period)
        count = 1
    return count > limit
