"""The first path segments under /<municipality>/ that the apps' URLs take (durchblick,
begegnungen, mein-bereich …), read from the URLconf: a page with such a slug directly under a
start page could never be reached, so the editor refuses it."""

from __future__ import annotations

import functools

from django.urls import URLResolver, get_resolver

TOWN_PREFIX = "<slug:municipality>/"


def _segments(patterns, prefix: str) -> set[str]:
    found: set[str] = set()
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(TOWN_PREFIX) and len(route) > len(TOWN_PREFIX):
            first = route[len(TOWN_PREFIX) :].split("/", 1)[0]
            if first and "<" not in first:
                found.add(first)
        elif isinstance(pattern, URLResolver) and TOWN_PREFIX.startswith(route):
            found |= _segments(pattern.url_patterns, route)
    return found


@functools.cache
def app_segments() -> frozenset[str]:
    """E.g. {"durchblick", "begegnungen", "mach-mit", "mein-bereich", "impressum", …}."""
    return frozenset(_segments(get_resolver().url_patterns, ""))
