"""The signed QR payload of a card, and the municipality's Ed25519 keys.

Payload (big-endian), then a 64-byte Ed25519 signature over all of it:

    version   1 byte   (1)
    ags       4 bytes  municipality's Amtlicher Gemeindeschlüssel as a number
    key_id    2 bytes  which of the municipality's keys signed
    number    4 bytes  card number
    from      2 bytes  valid from, days since 2000-01-01
    until     2 bytes  valid until, days since 2000-01-01
    name_len  1 byte, then the short name ("Anna M.") in UTF-8, at most 40 bytes

The text in the QR code is the RFC 4648 base32 of payload + signature without padding:
only A-Z and 2-7, which QR codes store in their compact alphanumeric mode.
engagiert/card/static/card/verify.js reads the same format in the browser."""

from __future__ import annotations

import base64
import hashlib
import re
import struct
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

VERSION = 1
EPOCH = date(2000, 1, 1)
HEADER = struct.Struct(">BIHIHHB")
SIGNATURE_BYTES = 64
MAX_NAME_BYTES = 40


class PayloadError(ValueError):
    """The text is no card payload of ours: garbled, truncated, or of an unknown version."""


@dataclass(frozen=True)
class Payload:
    ags: int
    key_id: int
    number: int
    valid_from: date
    valid_until: date
    short_name: str


def day_number(d: date) -> int:
    return (d - EPOCH).days


def from_day_number(n: int) -> date:
    return EPOCH + timedelta(days=n)


def short_name(first_name: str, last_name: str) -> str:
    """ "Anna Müller" -> "Anna M.": enough to match a card against an ID, no more."""
    first = " ".join(first_name.split())
    initial = last_name.strip()[:1]
    name = f"{first} {initial}." if initial else first
    while len(name.encode()) > MAX_NAME_BYTES:
        name = name[:-1]
    return name


def encode_message(payload: Payload) -> bytes:
    name = payload.short_name.encode()
    if len(name) > MAX_NAME_BYTES:
        raise PayloadError("name too long")
    return (
        HEADER.pack(
            VERSION,
            payload.ags,
            payload.key_id,
            payload.number,
            day_number(payload.valid_from),
            day_number(payload.valid_until),
            len(name),
        )
        + name
    )


def to_text(message: bytes, signature: bytes) -> str:
    return base64.b32encode(message + signature).decode().rstrip("=")


_B32 = re.compile(r"[A-Z2-7]+")
# RFC 4648 base32 -> the digits int(..., 32) reads: decoding runs in C, ten times faster
# than base64.b32decode (which is written in Python).
_TO_BASE32HEX = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHIJKLMNOPQRSTUV")


def b32decode(text: str) -> bytes:
    """Unpadded RFC 4648 base32 -> bytes; PayloadError for other characters or lengths, and
    for a last character whose unused bits are set (an altered text that decodes alike)."""
    if not _B32.fullmatch(text) or len(text) % 8 in (1, 3, 6):
        raise PayloadError("not base32")
    size = len(text) * 5 // 8
    spare = len(text) * 5 - size * 8
    value = int(text.translate(_TO_BASE32HEX), 32)
    if value & ((1 << spare) - 1):  # only one text encodes given bytes: the spare bits are zero
        raise PayloadError("not canonical base32")
    return (value >> spare).to_bytes(size, "big")


def split_text(text: str) -> tuple[Payload, bytes, bytes]:
    """(payload, signed message, signature) from the QR text. Raises PayloadError."""
    cleaned = "".join(text.split()).upper().rstrip("=")
    if not cleaned or len(cleaned) > 400:
        raise PayloadError("empty or too long")
    raw = b32decode(cleaned)
    if len(raw) < HEADER.size + SIGNATURE_BYTES:
        raise PayloadError("truncated")
    version, ags, key_id, number, start, end, name_len = HEADER.unpack_from(raw)
    if version != VERSION:
        raise PayloadError("unknown version")
    message_len = HEADER.size + name_len
    if len(raw) != message_len + SIGNATURE_BYTES:
        raise PayloadError("truncated or padded")
    message, signature = raw[:message_len], raw[message_len:]
    try:
        name = message[HEADER.size :].decode()
    except UnicodeDecodeError as error:
        raise PayloadError("name is not UTF-8") from error
    payload = Payload(ags, key_id, number, from_day_number(start), from_day_number(end), name)
    return payload, message, signature


@lru_cache(maxsize=1024)
def _public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        _public_key(bytes(public_key)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- keys -------------------------------------------------------------------------------


def _fernet() -> Fernet:
    digest = hashlib.sha256(b"engagiert.card.signing-key:" + settings.SECRET_KEY.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def new_key_pair() -> tuple[bytes, bytes]:
    """(public key raw 32 bytes, private key encrypted for storage)."""
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw_public, _fernet().encrypt(raw_private)


def sign(encrypted_private_key: bytes, message: bytes) -> bytes:
    try:
        raw = _fernet().decrypt(bytes(encrypted_private_key))
    except InvalidToken as error:
        raise RuntimeError("The signing key cannot be decrypted: was SECRET_KEY changed?") from error
    return Ed25519PrivateKey.from_private_bytes(raw).sign(message)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(bytes(data)).decode().rstrip("=")
