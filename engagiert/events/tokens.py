"""Links and tickets of a registration: signed, so nothing secret is stored.

- The registration link (confirm, cancel, ticket page) carries the registration's id signed
  with django.core.signing; a forged link fails the signature check.
- The ticket code in the QR code is short enough to type at the door: "<id>-<10 hex digits
  of an HMAC>"."""

from __future__ import annotations

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from engagiert.core.parsing import MAX_ID, ascii_int

_LINK_SALT = "engagiert.events.registration"
_TICKET_SALT = "engagiert.events.ticket"


def registration_token(pk: int) -> str:
    return signing.Signer(salt=_LINK_SALT).sign(str(pk))


def registration_pk(token: str) -> int | None:
    try:
        value = signing.Signer(salt=_LINK_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return ascii_int(value, maximum=MAX_ID)


def _ticket_mac(pk: int) -> str:
    return salted_hmac(_TICKET_SALT, str(pk)).hexdigest()[:10]


def ticket_code(pk: int) -> str:
    return f"{pk}-{_ticket_mac(pk)}"


def ticket_pk(code: str) -> int | None:
    """The registration id of a ticket code, or None when the code is not genuine."""
    digits, _sep, mac = (code or "").strip().lower().partition("-")
    pk = ascii_int(digits, maximum=MAX_ID)
    if pk is None or not constant_time_compare(mac, _ticket_mac(pk)):
        return None
    return pk
