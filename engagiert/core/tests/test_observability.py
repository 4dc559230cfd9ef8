"""/readyz, /metrics and the request id on responses and log lines."""

from __future__ import annotations

import io
import json
import logging

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from engagiert.core.observability import JsonFormatter, RequestIdFilter, RequestIdMiddleware

pytestmark = pytest.mark.django_db

DEAD_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


def test_readyz_reports_database_cache_and_queue(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok" and body["cache"]["status"] == "ok"
    assert body["tasks"]["status"] == "ok" and body["tasks"]["oldest_waiting_seconds"] == 0
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_without_its_cache(client):
    with override_settings(CACHES=DEAD_REDIS):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"]["status"] == "error" and response.json()["status"] == "error"


def test_readyz_reports_a_slow_queue_as_degraded_but_ready(client, monkeypatch):
    monkeypatch.setattr("engagiert.core.taskqueue.oldest_waiting_seconds", lambda: 3600.0)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded" and response.json()["tasks"]["status"] == "slow"


def test_the_request_id_is_taken_answered_and_logged():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("engagiert.test.requestid")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def view(request):
        logger.info("Seite für %s", "Köthen")
        return HttpResponse("ok")

    middleware = RequestIdMiddleware(view)
    try:
        given = middleware(RequestFactory().get("/", headers={"x-request-id": "lb-4711.abc"}))
        made = middleware(RequestFactory().get("/", headers={"x-request-id": "bad id\nwith newline"}))
    finally:
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert given["X-Request-ID"] == "lb-4711.abc" == first["request_id"]
    assert first["message"] == "Seite für Köthen" and first["level"] == "INFO"
    assert made["X-Request-ID"] == second["request_id"] and len(second["request_id"]) == 32  # a fresh one
    assert RequestIdFilter().filter(record := logging.makeLogRecord({})) and record.request_id == "-"


def test_every_response_carries_a_request_id(client, dessau):
    assert len(client.get("/dessau-rosslau/")["X-Request-ID"]) == 32
    assert client.get("/healthz", headers={"x-request-id": "abc-1"})["X-Request-ID"] == "abc-1"


def test_metrics_only_for_the_internal_network_or_the_token(client):
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200
    text = response.content.decode()
    assert "django_http_requests_latency_seconds_by_view_method" in text
    assert "engagiert_tasks_waiting" in text and "engagiert_page_cache_requests" in text
    assert client.get("/metrics", REMOTE_ADDR="93.184.216.34").status_code == 403  # outside
    through_proxy = client.get("/metrics", REMOTE_ADDR="10.0.0.2", headers={"x-forwarded-for": "93.184.216.34"})
    assert through_proxy.status_code == 403
    with override_settings(METRICS_TOKEN="s3cret-token"):
        assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 403
        authorised = client.get(
            "/metrics", REMOTE_ADDR="93.184.216.34", headers={"authorization": "Bearer s3cret-token"}
        )
        assert authorised.status_code == 200


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_health_checks_are_not_redirected_to_https(client):
    """HAProxy and the container's HEALTHCHECK speak plain HTTP: a redirect would take the
    server out of the pool; every other page still goes to https."""
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code in (200, 503)
    assert client.get("/dessau-rosslau/impressum/").status_code == 301
