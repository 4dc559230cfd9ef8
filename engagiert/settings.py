"""Settings for Engagiert. Everything that differs between installations comes from
the environment (see README, "Production"); a value that cannot be parsed raises."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from engagiert.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("ENGAGIERT_DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key" if DEBUG else None)
if not DEBUG and (SECRET_KEY.startswith("dev-only") or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured("SECRET_KEY must be a random string of at least 32 characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# The DCAT-AP.de contributor ID GovData assigned to this installation (open-data catalogues).
OPEN_DATA_CONTRIBUTOR_ID = env_str("OPEN_DATA_CONTRIBUTOR_ID", "http://dcat-ap.de/def/contributors/engagiert")

INSTALLED_APPS = [
    # Portal (Wagtail) with its page fields per language through the same modeltranslation.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",  # makemigrations leaves Wagtail's Page alone
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "engagiert.core",
    "engagiert.directory",
    "engagiert.events",
    "engagiert.volunteering",
    "engagiert.card",
    "engagiert.selfcheck",
    "engagiert.nominations",
    "engagiert.newsletter",
    "engagiert.funding",
    "engagiert.impact",
    "engagiert.demo",
    "django_prometheus",
    "engagiert.portal",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "engagiert.core.observability.RequestIdMiddleware",  # X-Request-ID in, out and on every log line
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files leave here, compressed ahead of time
    # Pages compressed (a quarter of the bytes on a slow phone connection); Django's middleware
    # pads the compressed body at random against BREACH, and CSRF tokens are masked per response.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "engagiert.core.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "engagiert.core.dbrouter.ReplicaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "engagiert.portal.middleware.AdminPolicyMiddleware",  # Wagtail's admin: inline scripts, preview frame
    "allauth.account.middleware.AccountMiddleware",
    "engagiert.core.middleware.StaffTwoFactorMiddleware",
    "engagiert.core.towns.RememberTownMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    "engagiert.core.pagecache.PageCacheMiddleware",  # last: it stores the view's response as it is
]

# Django's form renderer, with <select> written in Python instead of a template per option.
FORM_RENDERER = "engagiert.core.formrendering.Renderer"

ROOT_URLCONF = "engagiert.urls"
WSGI_APPLICATION = "engagiert.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "engagiert" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "engagiert.core.context_processors.platform",
            ],
        },
    },
]

# Database: SQLite by default, PostgreSQL through DATABASE_URL.
_sqlite_path = env_str("SQLITE_PATH", str(BASE_DIR / "var" / "engagiert.sqlite3"))
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{_sqlite_path}"), conn_max_age=env_int("DB_CONN_MAX_AGE", 60)
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Read replicas: DATABASE_REPLICA_URLS, comma-separated PostgreSQL URLs of streaming replicas
# of DATABASE_URL. Anonymous read-only requests read from a healthy one (engagiert/core/dbrouter.py);
# a browser that just sent a form reads from the primary for REPLICA_PIN_SECONDS; a replica that
# does not answer or lags more than REPLICA_MAX_LAG_SECONDS is skipped.
REPLICA_PIN_SECONDS = env_int("REPLICA_PIN_SECONDS", 10)
REPLICA_MAX_LAG_SECONDS = env_int("REPLICA_MAX_LAG_SECONDS", 5)
REPLICA_HEALTH_SECONDS = env_int("REPLICA_HEALTH_SECONDS", 2)
# X-Read-From: replica|primary|cache on anonymous reads (the load test counts them; off by default).
READ_SOURCE_HEADER = env_bool("READ_SOURCE_HEADER", False)
for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_REPLICA_URLS needs DATABASE_URL to be a PostgreSQL database.")
    try:
        _replica = dj_database_url.parse(_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    except ValueError as _exc:
        raise ImproperlyConfigured(f"DATABASE_REPLICA_URLS: entry {_number} is not a database URL ({_exc}).") from None
    if _replica.get("ENGINE") != "django.db.backends.postgresql" or not _replica.get("NAME"):
        shown = _url.split("@")[-1]
        raise ImproperlyConfigured(
            f"DATABASE_REPLICA_URLS: entry {_number} ({shown}) is not a PostgreSQL URL with a database name "
            "(postgres://user:password@host:5432/name)."
        )
    _replica.setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
    # Tests: the replica holds the primary's test database through replication.
    _replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica{_number}"] = _replica
DATABASE_ROUTERS = ["engagiert.core.dbrouter.ReplicaRouter"] if len(DATABASES) > 1 else []

# REDIS_URL: the cache shared by every web server and worker process (rate limits, caches).
# Without it each process counts on its own, so production refuses to start several worker
# processes without it (engagiert/core/checks.py, gunicorn.conf.py).
_redis_url = env_str("REDIS_URL", "")
if _redis_url and not _redis_url.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"REDIS_URL={_redis_url!r} is not a Redis address (redis://host:6379/0, rediss://… or unix://…)."
    )
CACHES = {
    "default": (
        # Django's RedisCache, with one Redis client per connection pool instead of one per call
        {"BACKEND": "engagiert.core.rediscache.RedisCache", "LOCATION": _redis_url}
        if _redis_url
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# With Redis, sessions are read from it and written through to the database (cached_db): a
# signed-in request costs no session query, and a Redis restart signs nobody out.
if _redis_url:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Shared page cache of the public pages anonymous visitors see most (engagiert/core/pagecache.py):
# per town, language and font-size step, replaced on every web server when a service reports a
# change. PAGE_CACHE_SECONDS=0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 120)
# Fragments of public pages that read many rows but look the same for everyone (a start page's
# live blocks), kept in the same cache with the same freshness key (engagiert/core/fragments.py)
# for the requests the page cache does not answer. FRAGMENT_CACHE_SECONDS=0 turns it off.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 120)
PAGE_CACHE_PAGES = {
    # URL name: whether a page with a search text (?q=) is cached too
    "core:home": False,
    "core:municipality": False,
    "directory:search": True,  # with a search text too: every visitor searching "Sport" gets the same page
    "directory:detail": False,
    "events:calendar": False,
    "events:month": False,
    "events:detail": False,
    "volunteering:search": False,
    "volunteering:detail": False,
    "card:partners": False,
    "selfcheck:overview": False,
    # A page with a form: kept without its CSRF token, each visitor's own put in on a hit
    "newsletter:signup": False,
}
# The cached pages that show seats left (an event's, a shift's): a registration replaces them only
# (core.pagecache.seats_changed), not the town's other pages.
PAGE_CACHE_SEAT_PAGES = {"events:calendar", "events:month", "events:detail", "volunteering:detail"}

# Background work (django-tasks), TASKS_BACKEND:
# - "db" (default): tasks queued in the database, run by `manage.py db_worker` (`make run` starts
#   one); for one server or a few.
# - "rq": tasks in Redis (REDIS_URL), run by `manage.py rqworker --job-class django_tasks_rq.Job
#   mail default exports`; for several worker machines.
# - "immediate": run inline (tests; TASKS_IMMEDIATE=true is the older spelling).
# E-mails go to the queue "mail", long exports to "exports", the rest to "default": a worker can
# be given its own queues (`db_worker --queue-name mail`). A worker that dies mid-task loses
# nothing: `manage.py requeue_abandoned_tasks` (run by `manage.py scheduler`) hands such tasks to
# a worker again, and every task is safe to run twice (core.mail.deliver keeps a sent-marker).
TASK_QUEUES = ["default", "mail", "exports"]
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate" if env_bool("TASKS_IMMEDIATE", False) else "db")
# `manage.py scheduler` runs the daily commands at this local time (engagiert/core/scheduler.py).
SCHEDULER_DAILY_AT = env_str("SCHEDULER_DAILY_AT", "03:30")
if len(SCHEDULER_DAILY_AT.split(":")) != 2 or not all(p.isdigit() for p in SCHEDULER_DAILY_AT.split(":")):
    raise ImproperlyConfigured(f"SCHEDULER_DAILY_AT={SCHEDULER_DAILY_AT!r} is not a time such as 03:30.")
# A task running longer than this is taken as abandoned by a dead worker and queued again.
TASK_ABANDONED_SECONDS = env_int("TASK_ABANDONED_SECONDS", 900)
if TASKS_BACKEND == "db":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": TASK_QUEUES}}
elif TASKS_BACKEND == "rq":
    if not _redis_url:
        raise ImproperlyConfigured("TASKS_BACKEND=rq keeps the tasks in Redis: set REDIS_URL too.")
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {name: {"URL": _redis_url, "DEFAULT_TIMEOUT": 3600} for name in TASK_QUEUES}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": TASK_QUEUES}}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND={TASKS_BACKEND!r}: use db, rq or immediate.")

AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_REDIRECT_URL = "core:account"
LOGIN_URL = "account_login"

# django-allauth: e-mail login, mandatory verification, built-in rate limits.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "engagiert.core.forms.SignupForm"  # asks for the name too
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {
    # Logins per minute from one address (LOGIN_RATE_PER_MINUTE; `make cluster` signs in its
    # simulated people from 127.0.0.1 and raises it); wrong passwords are limited below.
    "login": f"{env_int('LOGIN_RATE_PER_MINUTE', 30)}/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "10/h/ip,5/h/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_ADAPTER = "engagiert.core.accounts.AccountAdapter"  # its e-mails go through core.mail
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Engagiert"
# Coordinators and platform admins must set up TOTP before they reach protected pages.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", not DEBUG)
# A form without a valid CSRF token gets a German, static page (no database), not Django's.
CSRF_FAILURE_VIEW = "engagiert.core.errors.csrf_failure"
# Card look-ups by number a partner account may make per hour (a QR code is not limited).
CARD_NUMBER_LOOKUP_LIMIT = env_int("CARD_NUMBER_LOOKUP_LIMIT", 30)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))  # for the file backend
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Engagiert <noreply@engagiert.example>")

# Languages: German first; Arabic is right-to-left.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("English")), ("ar", _("العربية")), ("uk", _("Українська"))]
LOCALE_PATHS = [BASE_DIR / "engagiert" / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
# Date formats per language on top of Django's (engagiert/formats/). USE_THOUSAND_SEPARATOR
# stays off (it would group years and ids too): amounts go through core.formatting.
FORMAT_MODULE_PATH = ["engagiert.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# The ZIPs of personal data exports (core.privacy_centre): outside MEDIA_ROOT, never served directly.
DATA_EXPORT_ROOT = Path(env_str("DATA_EXPORT_ROOT", str(BASE_DIR / "var" / "exports")))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Uploads (logos, event images): MEDIA_STORAGE=local keeps them in MEDIA_ROOT (one server, or a
# shared volume); MEDIA_STORAGE=s3 puts them into an S3-compatible bucket (django-storages), from
# where browsers load them directly (MEDIA_URL is the bucket's public address): Django never
# serves uploads in production (SERVE_MEDIA is for development).
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "local")
if MEDIA_STORAGE == "local":
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif MEDIA_STORAGE == "s3":
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("S3_BUCKET"),
            "access_key": env_str("S3_ACCESS_KEY_ID"),
            "secret_key": env_str("S3_SECRET_ACCESS_KEY"),
            "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,  # empty: Amazon S3 itself
            "region_name": env_str("S3_REGION", "") or None,
            "location": env_str("S3_PREFIX", "media"),
            "default_acl": None,  # the bucket's policy makes the uploads public
            "querystring_auth": False,  # plain URLs: the pages are cached for everyone
            "file_overwrite": False,
            "custom_domain": env_str("S3_PUBLIC_DOMAIN", "") or None,  # e.g. a CDN in front of the bucket
        },
    }
    if not _media_storage["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3: S3_BUCKET must name the bucket.")
else:
    raise ImproperlyConfigured(f"MEDIA_STORAGE={MEDIA_STORAGE!r}: use local or s3.")
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 800  # longest edge of a stored image
# Width × height an uploaded image may have before it is decoded: a small PNG can unpack into
# gigabytes (decompression bomb).
LOGO_MAX_SOURCE_PIXELS = env_int("LOGO_MAX_SOURCE_PIXELS", 40_000_000)

# Portal (engagiert/portal, Wagtail): the editors' admin lives under /redaktion/ and signs in
# through allauth (two-factor authentication and the rate limits apply).
WAGTAIL_SITE_NAME = "Engagiert"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "portal/password_required.html"  # noqa: S105 - a template, the form of a private page
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # passwords are changed through allauth
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = False  # content languages: modeltranslation fields, as in every app
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "portal.PortalDocument"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("PORTAL_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = LOGO_MAX_SOURCE_PIXELS
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "engagiert.portal.forms.PortalImageForm"  # re-encoded, alt text required
WAGTAILDOCS_DOCUMENT_FORM_BASE = "engagiert.portal.forms.PortalDocumentForm"  # PDF checked
# Renditions offered to browsers: AVIF and WebP first, the original format as fallback (<picture>).
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp", "png": "png", "jpeg": "jpeg", "gif": "png"}
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("PORTAL_DOCUMENT_MAX_BYTES", 10 * 1024 * 1024)
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # through Django: privacy of collections applies
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False  # one address per page; the language comes from the visitor
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to gravatar.com with the editors' addresses
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Security headers. Content-Security-Policy: no inline scripts anywhere; the one inline style
# is base.html's <style nonce> with the town's accent colour (a per-request nonce, no
# 'unsafe-inline', style attributes stay blocked).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", "https://tile.openstreetmap.org"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# The load balancer's and the container's health checks speak plain HTTP to the web server: a
# redirect to https would take every server out of the pool.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
_behind_proxy = env_bool("BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _behind_proxy else None
# Rate limits count per client address (allauth's and core.ratelimit's alike): behind the proxy
# it is the last X-Forwarded-For entry the proxy added, not the proxy's own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if _behind_proxy else 0)

# Logs: LOG_FORMAT=json (default in production) writes one JSON object per line with the
# request id (engagiert/core/observability.py); text is for development.
LOG_FORMAT = env_str("LOG_FORMAT", "text" if DEBUG else "json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r}: use json or text.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "engagiert.core.observability.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "engagiert.core.observability.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# /metrics (Prometheus): with METRICS_TOKEN only for "Authorization: Bearer <token>", without
# it only from the internal network, never through the load balancer. /readyz reports the task
# queue as slow when its oldest waiting task is older than TASK_QUEUE_MAX_AGE_SECONDS.
METRICS_TOKEN = env_str("METRICS_TOKEN", "")
TASK_QUEUE_MAX_AGE_SECONDS = env_int("TASK_QUEUE_MAX_AGE_SECONDS", 600)

# Optional error reports to Sentry (or a compatible service such as GlitchTip): sentry-sdk is
# imported only when SENTRY_DSN is set. No personal data is sent (send_default_pii off).
SENTRY_DSN = env_str("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    try:
        _traces = float(env_str("SENTRY_TRACES_SAMPLE_RATE", "0"))
    except ValueError:
        raise ImproperlyConfigured("SENTRY_TRACES_SAMPLE_RATE must be a number between 0 and 1.") from None
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        traces_sample_rate=_traces,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
    )
