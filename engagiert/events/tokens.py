"""Links and tickets of a registration: signed (core.tokens), so nothing secret is stored.

- The registration link (confirm, cancel, ticket page) carries the registration's id signed
  with core.tokens.sign; a forged link fails the signature check.
- The ticket code in the QR code is short enough to type at the door: "<id>-<10 hex digits
  of an HMAC>" (core.tokens.short_mac)."""

from __future__ import annotations

from engagiert.core import tokens

_LINK_SALT = "engagiert.events.registration"
_TICKET_SALT = "engagiert.events.ticket"


def registration_token(pk: int) -> str:
    return tokens.sign(str(pk), salt=_LINK_SALT)


def registration_pk(token: str) -> int | None:
    value = tokens.unsign(token, salt=_LINK_SALT)
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def ticket_code(pk: int) -> str:
    return f"{pk}-{tokens.short_mac(str(pk), salt=_TICKET_SALT)}"


def ticket_pk(code: str) -> int | None:
    """The registration id of a ticket code, or None when the code is not genuine."""
    pk, _sep, mac = (code or "").strip().lower().partition("-")
    if not (pk.isascii() and pk.isdigit()) or len(pk) > 18:
        return None
    return int(pk) if tokens.check_short_mac(str(int(pk)), mac, salt=_TICKET_SALT) else None
