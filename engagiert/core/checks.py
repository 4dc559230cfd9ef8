"""Start-up checks of the deployment: a setup the README documents must not weaken the limits.

Rate limits (allauth's and core.ratelimit's) are counted in the cache. With the default
local-memory cache every worker process counts on its own, so four gunicorn workers let four
times as many wrong passwords through. Production therefore refuses several worker processes
without a shared cache (REDIS_URL): as a Django system check (`manage.py check`, reading
WEB_CONCURRENCY as gunicorn does) and in gunicorn's own start hook (gunicorn.conf.py), which
also refuses a Redis it cannot reach."""

from __future__ import annotations

import os

from django.conf import settings
from django.core import checks

LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)


def shared_cache_problem(*, workers: int, cache_backend: str, debug: bool) -> str | None:
    """Why this combination must not serve, or None."""
    if debug or workers <= 1 or cache_backend not in LOCAL_CACHES:
        return None
    return (
        f"{workers} worker processes without a shared cache: every process would count the rate "
        "limits (logins, sign-ups, password resets, forms) on its own. Set REDIS_URL (e.g. "
        "redis://127.0.0.1:6379/0) or run a single worker."
    )


def redis_problem(url: str) -> str | None:
    """None if the Redis at `url` answers, else a message naming it (without a password)."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2).ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        shown = url.split("@")[-1]
        return f"REDIS_URL: the Redis at {shown} does not answer ({exc.__class__.__name__}: {exc})."
    return None


def _workers_from_environment() -> int:
    raw = os.environ.get("WEB_CONCURRENCY", "1")
    try:
        return int(raw)
    except ValueError:
        return 1


@checks.register(checks.Tags.caches)
def check_shared_cache(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    problem = shared_cache_problem(
        workers=_workers_from_environment(),
        cache_backend=settings.CACHES["default"]["BACKEND"],
        debug=settings.DEBUG,
    )
    return [checks.Error(problem, id="engagiert.E001")] if problem else []


def replica_problems() -> list[str]:
    """What is wrong with DATABASE_REPLICA_URLS at start: a replica that does not answer, or a
    server that is not a standby (a primary named as a replica would take reads and drift)."""
    from django.db import DatabaseError

    from engagiert.core.dbrouter import measure_lag, replica_aliases

    problems = []
    for alias in replica_aliases():
        shown = (
            f"{settings.DATABASES[alias].get('HOST') or 'localhost'}:{settings.DATABASES[alias].get('PORT') or 5432}"
        )
        try:
            lag = measure_lag(alias)
        except DatabaseError as exc:
            first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
            problems.append(f"DATABASE_REPLICA_URLS: the replica {alias} at {shown} does not answer ({first}).")
            continue
        if lag is None:
            problems.append(
                f"DATABASE_REPLICA_URLS: {alias} at {shown} is not a streaming replica (pg_is_in_recovery() is "
                "false); name only standbys of DATABASE_URL there."
            )
    return problems


@checks.register(checks.Tags.database)
def check_replicas(app_configs=None, databases=None, **kwargs) -> list[checks.CheckMessage]:
    """`manage.py check --database default`: every replica answers and is a standby."""
    if not databases:
        return []
    return [checks.Error(problem, id="engagiert.E002") for problem in replica_problems()]
