"""Settings for the test suite: production settings with test-only values."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-that-is-long-enough-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("REQUIRE_STAFF_2FA", "false")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("TASKS_IMMEDIATE", "true")
# The page cache has its own tests (tests/test_page_cache.py); elsewhere pages render afresh,
# so tests that change rows directly see the change.
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
os.environ.setdefault("FRAGMENT_CACHE_SECONDS", "0")  # the same for fragments (core/tests/test_fragments.py)

from engagiert.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = True
# One folder per pytest-xdist worker (gw0, gw1, …): no worker sees or removes another's files.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / _WORKER  # noqa: F405
DATA_EXPORT_ROOT = BASE_DIR / "var" / "test-exports" / _WORKER  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
