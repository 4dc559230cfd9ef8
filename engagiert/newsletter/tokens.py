"""Links of a subscriber, signed with core.tokens (nothing secret is stored or queued):

- the confirmation link carries the ids of the subscriptions one sign-up created, each with its
  row's nonce: "12.Ab3-13.Xy9";
- the link of a subscription (manage, export, delete, one-click unsubscribe) carries one
  "id.nonce". A forged link fails the signature; a link of a deleted row finds nothing (the
  nonce keeps a new row with a reused id from answering to an old link)."""

from __future__ import annotations

from collections.abc import Iterable

from engagiert.core import tokens
from engagiert.core.parsing import MAX_ID, ascii_int

_CONFIRM_SALT = "engagiert.newsletter.confirm"
_LINK_SALT = "engagiert.newsletter.subscription"
_MAX_IDS = 20


def _pair(subscriber) -> str:
    return f"{subscriber.pk}.{subscriber.nonce}"


def _parse_pairs(value: str | None) -> list[tuple[int, str]]:
    pairs = []
    for part in (value or "").split("-")[:_MAX_IDS]:
        digits, _dot, nonce = part.partition(".")
        pk = ascii_int(digits, maximum=MAX_ID)
        if pk is not None and nonce:
            pairs.append((pk, nonce))
    return pairs


def confirm_token(subscribers: Iterable) -> str:
    return tokens.sign("-".join(_pair(s) for s in subscribers), salt=_CONFIRM_SALT)


def confirm_pairs(token: str) -> list[tuple[int, str]]:
    """(id, nonce) of each subscription of a confirmation link; [] for a forged one."""
    if not token or len(token) > 1000:
        return []
    return _parse_pairs(tokens.unsign(token, salt=_CONFIRM_SALT))


def subscription_token(subscriber) -> str:
    return tokens.sign(_pair(subscriber), salt=_LINK_SALT)


def subscription_pair(token: str) -> tuple[int, str] | None:
    """(id, nonce) of a subscription link, or None for a forged one."""
    if not token or len(token) > 200:
        return None
    pairs = _parse_pairs(tokens.unsign(token, salt=_LINK_SALT))
    return pairs[0] if len(pairs) == 1 else None
