"""Tokens for links sent by e-mail: one way for each of the two kinds.

- Stored tokens, for a link that stands for a row that is looked up, expires or is used once
  (card confirmation links, Selbstcheck invitations): `issue()` gives a random token for the
  link and its SHA-256 digest; only the digest is stored (`token_hash_field()`), so a copy of
  the database opens no link. `find()` looks a link up, `claim()` uses it once.
- Signed tokens, for a link that only carries an id and stores nothing (event registration
  links, ticket codes): `sign()`/`unsign()` (django.core.signing, one salt per purpose), and
  `short_mac()`/`check_short_mac()` for codes short enough to type at a door."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

TOKEN_BYTES = 32  # 43 URL-safe characters
DIGEST_LENGTH = 64  # SHA-256 as hex
_MAX_RAW_LENGTH = 128  # longer input is not one of ours: no hashing of megabytes


def digest(raw: str) -> str:
    """The SHA-256 hex digest of a raw token: what is stored and looked up."""
    return hashlib.sha256(raw.encode()).hexdigest()


def issue() -> tuple[str, str]:
    """A fresh random token for the link and its digest for the database: (raw, digest)."""
    raw = secrets.token_urlsafe(TOKEN_BYTES)
    return raw, digest(raw)


def token_hash_field() -> models.CharField:
    """The model field that stores a token's digest."""
    return models.CharField(max_length=DIGEST_LENGTH, unique=True)


def _lookup(raw: str, field: str) -> dict | None:
    if not raw or len(raw) > _MAX_RAW_LENGTH:
        return None
    return {field: digest(raw)}


def find(queryset: models.QuerySet, raw: str, *, field: str = "token_hash"):
    """The row behind a raw token from a link, or None (whether used or expired is the caller's)."""
    lookup = _lookup(raw, field)
    return None if lookup is None else queryset.filter(**lookup).first()


def claim(queryset: models.QuerySet, raw: str, *, field: str = "token_hash", now: datetime | None = None) -> bool:
    """Use a single-use token: mark its row's `used_at` if it is unused and its `expires_at` has
    not passed, in one UPDATE (two parallel requests cannot both claim it). True if claimed."""
    lookup = _lookup(raw, field)
    if lookup is None:
        return False
    now = now or timezone.now()
    return queryset.filter(**lookup, used_at__isnull=True, expires_at__gt=now).update(used_at=now) == 1


def reissue(obj: models.Model, *, field: str = "token_hash") -> str:
    """Give a row a new token (the old link stops working); saves the digest, returns the raw token."""
    raw, token_hash = issue()
    setattr(obj, field, token_hash)
    obj.save(update_fields=[field])
    return raw


def sign(value: str, *, salt: str) -> str:
    """A signed token that carries `value` (e.g. an id) and stores nothing."""
    return signing.Signer(salt=salt).sign(value)


def unsign(token: str, *, salt: str) -> str | None:
    """The value of a signed token, or None when the signature does not match."""
    try:
        return signing.Signer(salt=salt).unsign(token or "")
    except signing.BadSignature:
        return None


def short_mac(value: str, *, salt: str, length: int = 10) -> str:
    """A short keyed MAC of `value` (hex), for codes typed by hand."""
    return salted_hmac(salt, value).hexdigest()[:length]


def check_short_mac(value: str, mac: str, *, salt: str, length: int = 10) -> bool:
    """Whether `mac` is `short_mac(value)`, in constant time."""
    return constant_time_compare(mac, short_mac(value, salt=salt, length=length))
