"""Operations: a request id on every request and log line, JSON logs, /readyz and /metrics.

- RequestIdMiddleware (first in MIDDLEWARE) takes the load balancer's X-Request-ID (or makes
  one), answers with it, and puts it on every log line of the request (RequestIdFilter).
- JsonFormatter writes one JSON object per line (LOG_FORMAT=json, the default in production).
- readyz: the primary, the replicas' lag, the cache and the task queue's age, as JSON; 503 when
  this server cannot serve (no primary, no cache). A lagging or missing replica and a slow
  queue are reported as "degraded" with 200: the load balancer must not take every web
  server out because the workers are behind.
- metrics: Prometheus (django-prometheus: request latency by view, database and cache
  timings; plus queue length and age, replica lag, page-cache and replica-read counters),
  for METRICS_TOKEN (Authorization: Bearer …) or, without a token, for the internal network
  only (a loopback or private address that did not come through the proxy)."""

from __future__ import annotations

import contextvars
import ipaddress
import json
import logging
import re
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.cache import never_cache

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("engagiert_request_id", default="-")
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        rid = given if _VALID_ID.match(given) else uuid.uuid4().hex
        token = request_id.set(rid)
        request.request_id = rid
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = rid
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id (+ exception)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


JsonFormatter.converter = time.gmtime


@never_cache
def readyz(request):
    from engagiert.core.dbrouter import replica_aliases, replica_health
    from engagiert.core.taskqueue import oldest_waiting_seconds

    report: dict = {}
    ready, degraded = True, False
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
        report["database"] = {"status": "ok"}
    except DatabaseError as exc:
        ready = False
        report["database"] = {"status": "error", "error": exc.__class__.__name__}
    replicas = {}
    for alias in replica_aliases():
        healthy, lag = replica_health(alias)
        replicas[alias] = {"status": "ok" if healthy else "skipped", "lag_seconds": lag}
        degraded = degraded or not healthy
    if replicas:
        report["replicas"] = replicas
    try:
        cache.set("readyz", "1", 10)
        assert cache.get("readyz") == "1"
        report["cache"] = {"status": "ok", "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}
    except Exception as exc:  # noqa: BLE001 - any cache failure means not ready
        ready = False
        report["cache"] = {"status": "error", "error": exc.__class__.__name__}
    try:
        age = oldest_waiting_seconds()
        slow = age is not None and age > settings.TASK_QUEUE_MAX_AGE_SECONDS
        report["tasks"] = {"status": "slow" if slow else "ok", "oldest_waiting_seconds": age}
        degraded = degraded or slow
    except Exception as exc:  # noqa: BLE001 - the queue (Redis or the table) does not answer
        degraded = True
        report["tasks"] = {"status": "error", "error": exc.__class__.__name__}
    report["status"] = "ok" if ready and not degraded else ("degraded" if ready else "error")
    return JsonResponse(report, status=200 if ready else 503)


def _internal(request) -> bool:
    if "HTTP_X_FORWARDED_FOR" in request.META:
        return False  # came through the load balancer, i.e. possibly from outside
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return address.is_loopback or address.is_private


@never_cache
def metrics(request):
    token = settings.METRICS_TOKEN
    if token:
        if request.headers.get("Authorization", "") != f"Bearer {token}":
            return HttpResponseForbidden("metrics: token required\n", content_type="text/plain")
    elif not _internal(request):
        return HttpResponseForbidden("metrics: internal network only\n", content_type="text/plain")
    from django_prometheus.exports import ExportToDjangoView
    from prometheus_client import CollectorRegistry, generate_latest

    body = ExportToDjangoView(request).content
    registry = CollectorRegistry()
    registry.register(_LiveCollector())
    return HttpResponse(body + generate_latest(registry), content_type="text/plain; version=0.0.4; charset=utf-8")


class _LiveCollector:
    """Values read at scrape time: task queue length and age, replica lag."""

    def collect(self):
        from prometheus_client.core import GaugeMetricFamily

        from engagiert.core.dbrouter import replica_aliases, replica_health
        from engagiert.core.taskqueue import oldest_waiting_seconds, waiting_counts

        waiting = GaugeMetricFamily("engagiert_tasks_waiting", "Tasks waiting to run", labels=["queue"])
        for queue, count in waiting_counts().items():
            waiting.add_metric([queue], count)
        yield waiting
        yield GaugeMetricFamily(
            "engagiert_tasks_oldest_waiting_seconds",
            "Age of the oldest waiting task",
            value=oldest_waiting_seconds() or 0,
        )
        lag = GaugeMetricFamily("engagiert_replica_lag_seconds", "Replica lag (-1: skipped)", labels=["replica"])
        for alias in replica_aliases():
            healthy, seconds = replica_health(alias)
            lag.add_metric([alias], seconds if healthy and seconds is not None else -1)
        yield lag


def _counter(name: str, documentation: str, labels: list[str]):
    from prometheus_client import Counter

    return Counter(name, documentation, labels)


PAGE_CACHE = _counter("engagiert_page_cache_requests", "Page-cache look-ups by result", ["result"])
READS = _counter("engagiert_anonymous_reads", "Anonymous read-only requests by the database they read", ["target"])
