"""Links and tickets of a registration: signed (core.tokens), so nothing secret is stored.

- The registration link (confirm, cancel, ticket page) carries the registration's id signed
  with core.tokens.sign; a forged link fails the signature check.
- The ticket code in the QR code is short enough to type at the door: "<id>-<10 hex digits
  of an HMAC>" (core.tokens.short_mac)."""

from __future__ import annotations

from engagiert.core import tokens
from engagiert.core.parsing import MAX_ID, ascii_int

_LINK_SALT = "engagiert.events.registration"
_TICKET_SALT = "engagiert.events.ticket"


def registration_token(pk: int) -> str:
    return tokens.sign(str(pk), salt=_LINK_SALT)


def registration_pk(token: str) -> int | None:
    return ascii_int(tokens.unsign(token, salt=_LINK_SALT), maximum=MAX_ID)


def ticket_code(pk: int) -> str:
    return f"{pk}-{tokens.short_mac(str(pk), salt=_TICKET_SALT)}"


def ticket_pk(code: str) -> int | None:
    """The registration id of a ticket code, or None when the code is not genuine."""
    digits, _sep, mac = (code or "").strip().lower().partition("-")
    pk = ascii_int(digits, maximum=MAX_ID)
    return pk if pk is not None and tokens.check_short_mac(str(pk), mac, salt=_TICKET_SALT) else None
