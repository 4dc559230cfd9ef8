"""Read replicas (DATABASE_REPLICA_URLS): which database a query goes to.

Only the reads of an anonymous, read-only request (GET or HEAD, no session pinned to the
primary) go to a replica; ReplicaMiddleware decides that per request and marks it in a
context variable the router reads. Everything else goes to the primary ("default"):
writes, `select_for_update` (Django routes it as a write), every read inside a transaction
on the primary, the reads of signed-in people, and for REPLICA_PIN_SECONDS after any
POST/PUT/PATCH/DELETE the reads of that browser (read-your-writes; a cookie, so it holds
on every web server behind the load balancer).

A replica is used only while it is healthy: it answers and lags at most
REPLICA_MAX_LAG_SECONDS behind the primary. Its health is checked at most every
REPLICA_HEALTH_SECONDS per process; one that fails during a request is marked down and
the view runs again on the primary (no error page for the visitor)."""

from __future__ import annotations

import contextvars
import itertools
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections

from engagiert.core.observability import READS

logger = logging.getLogger(__name__)

PRIMARY = "default"
PIN_COOKIE = "primary_until"

_use_replica: contextvars.ContextVar[bool] = contextvars.ContextVar("engagiert_use_replica", default=False)
_replica_used: contextvars.ContextVar[str] = contextvars.ContextVar("engagiert_replica_used", default="")
_health: dict[str, tuple[float, bool, float | None]] = {}  # alias: (checked at, healthy, lag)
_health_lock = threading.Lock()
_turn = itertools.count()

LAG_SQL = (
    "SELECT CASE WHEN NOT pg_is_in_recovery() THEN NULL "
    "WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
    "ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END"
)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


def measure_lag(alias: str) -> float | None:
    """Seconds the replica `alias` is behind (0 when it has replayed everything it received);
    None when the server is not a standby. Raises DatabaseError when it does not answer."""
    with connections[alias].cursor() as cursor:
        cursor.execute(LAG_SQL)
        value = cursor.fetchone()[0]
    return None if value is None else float(value)


def replica_health(alias: str) -> tuple[bool, float | None]:
    """(healthy, lag in seconds or None), cached for REPLICA_HEALTH_SECONDS."""
    now = time.monotonic()
    cached = _health.get(alias)
    if cached and now - cached[0] < settings.REPLICA_HEALTH_SECONDS:
        return cached[1], cached[2]
    with _health_lock:
        try:
            lag = measure_lag(alias)
            healthy = lag is not None and lag <= settings.REPLICA_MAX_LAG_SECONDS
            if lag is None:
                logger.warning("Replica %s is not a standby (pg_is_in_recovery() is false): not used", alias)
        except DatabaseError as exc:
            lag, healthy = None, False
            logger.warning("Replica %s skipped: %s", alias, str(exc).strip().splitlines()[0] if str(exc) else exc)
            _close_quietly(alias)
        _health[alias] = (now, healthy, lag)
    return healthy, lag


def mark_down(alias: str) -> None:
    _health[alias] = (time.monotonic(), False, None)
    _close_quietly(alias)


def forget_health() -> None:
    _health.clear()


def _close_quietly(alias: str) -> None:
    try:
        connections[alias].close()
    except DatabaseError:
        pass


def healthy_replica() -> str | None:
    """A healthy replica (round robin over the healthy ones), or None."""
    aliases = replica_aliases()
    if not aliases:
        return None
    start = next(_turn)
    for offset in range(len(aliases)):
        alias = aliases[(start + offset) % len(aliases)]
        if replica_health(alias)[0]:
            return alias
    return None


class ReplicaRouter:
    """DATABASE_ROUTERS entry, active when DATABASE_REPLICA_URLS names replicas."""

    def db_for_read(self, model, **hints):
        if not _use_replica.get() or connections[PRIMARY].in_atomic_block:
            return PRIMARY
        alias = _replica_used.get()
        if alias and replica_health(alias)[0]:
            return alias
        alias = healthy_replica()
        if alias is None:
            return PRIMARY
        _replica_used.set(alias)
        return alias

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replicas hold the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


def is_pinned(request) -> bool:
    try:
        return float(request.COOKIES.get(PIN_COOKIE, "0")) > time.time()
    except ValueError:
        return False


class ReplicaMiddleware:
    """Sends the reads of anonymous GET/HEAD requests to a replica; pins a browser to the
    primary for REPLICA_PIN_SECONDS after it sent a write. Comes after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_aliases():
            return self.get_response(request)
        eligible = (
            request.method in ("GET", "HEAD")
            and not is_pinned(request)
            and not getattr(request, "user", None).is_authenticated
        )
        token_use, token_used = _use_replica.set(eligible), _replica_used.set("")
        request.replica_eligible = eligible
        try:
            response = self.get_response(request)
        finally:
            request.replica_alias = _replica_used.get()
            _use_replica.reset(token_use)
            _replica_used.reset(token_used)
        if eligible:
            target = "replica" if request.replica_alias else "primary"
            if not request.replica_alias and getattr(request, "page_cache", "") == "hit":
                target = "cache"
            READS.labels(target).inc()
            if settings.READ_SOURCE_HEADER:
                response["X-Read-From"] = target
        if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE"):
            seconds = settings.REPLICA_PIN_SECONDS
            response.set_cookie(
                PIN_COOKIE,
                f"{time.time() + seconds:.3f}",
                max_age=seconds,
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response

    def process_exception(self, request, exception):
        """A replica that fails in the middle of a request: marked down, the view runs again on
        the primary."""
        alias = _replica_used.get()
        if not alias or not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Replica %s failed during %s; the view runs again on the primary", alias, request.path)
        mark_down(alias)
        _use_replica.set(False)
        _replica_used.set("")
        match = request.resolver_match
        return match.func(request, *match.args, **match.kwargs)
