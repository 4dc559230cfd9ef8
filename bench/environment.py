"""The environment every benchmark runs Django in: production's settings (no debug, a fresh
secret key), with what the in-process test client needs (no HTTPS redirect, cookies without
`Secure`, its host allowed, no second factor for staff). Call before `django.setup()`."""

from __future__ import annotations

import os
import secrets


def production_env(*, allowed_hosts: str = "testserver", **extra: str) -> None:
    """Set the common variables, then `extra` (a bench's own: database, tasks, media …)."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="engagiert.settings",
        ENGAGIERT_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        ALLOWED_HOSTS=allowed_hosts,
        REQUIRE_STAFF_2FA="false",
        **extra,
    )
