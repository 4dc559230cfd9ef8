"""Rate limits hold across worker processes only with a shared cache; production refuses
several workers without one (core/checks.py, gunicorn.conf.py)."""

from __future__ import annotations

import os
import runpy
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

from engagiert.core import ratelimit
from engagiert.core.checks import check_shared_cache, redis_problem, shared_cache_problem
from engagiert.core.rediscache import RedisCache as SharedClientRedisCache

# make test and .ci/run start the machine's Redis (Makefile target `redis`); db 15 is the tests'.
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
REDIS = "django.core.cache.backends.redis.RedisCache"


class RoundRobin:
    """Requests spread over several worker processes, each with its own cache client."""

    def __init__(self, caches):
        self.caches, self.turn = caches, 0

    def __getattr__(self, name):
        return getattr(self.caches[self.turn % len(self.caches)], name)

    def next_request(self):
        self.turn += 1


def blocked_of(attempts: int, caches, rf, monkeypatch) -> int:
    workers = RoundRobin(caches)
    monkeypatch.setattr(ratelimit, "cache", workers)
    who = f"203.0.113.{uuid.uuid4().int % 250}-{uuid.uuid4().hex}"
    blocked = 0
    for _ in range(attempts):
        blocked += ratelimit.limit_reached(rf.post("/"), action="login", limit=5, who=who)
        workers.next_request()
    return blocked


def test_local_memory_counts_per_worker(rf, monkeypatch):
    """The fault the check prevents: four workers with their own memory let 4 × 5 through."""
    four = [LocMemCache(f"worker-{n}-{uuid.uuid4().hex}", {}) for n in range(4)]
    assert blocked_of(30, four, rf, monkeypatch) == 10


def test_redis_counts_across_workers(rf, monkeypatch):
    assert redis_problem(REDIS_TEST_URL) is None, f"Redis for the tests is not running at {REDIS_TEST_URL}"
    four = [RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "engagiert-test"}) for _ in range(4)]
    assert blocked_of(30, four, rf, monkeypatch) == 25


def test_project_redis_cache_keeps_one_client_and_counts_across_workers(rf, monkeypatch):
    """settings.CACHES with REDIS_URL: Django's RedisCache without a new client per call."""
    four = [SharedClientRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "engagiert-test"}) for _ in range(4)]
    client = four[0]._cache.get_client()
    assert four[0]._cache.get_client(write=True) is client
    assert four[1]._cache.get_client() is not client  # each process (here: each cache) its own
    assert blocked_of(30, four, rf, monkeypatch) == 25


@pytest.mark.parametrize(
    ("workers", "backend", "debug", "refused"),
    [(4, LOCMEM, False, True), (1, LOCMEM, False, False), (4, REDIS, False, False), (4, LOCMEM, True, False)],
)
def test_shared_cache_problem(workers, backend, debug, refused):
    problem = shared_cache_problem(workers=workers, cache_backend=backend, debug=debug)
    assert (problem is not None) is refused
    if refused:
        assert "REDIS_URL" in problem


def test_system_check_reads_web_concurrency(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    with override_settings(DEBUG=False, CACHES={"default": {"BACKEND": LOCMEM}}):
        assert [m.id for m in check_shared_cache()] == ["engagiert.E001"]
    with override_settings(DEBUG=False, CACHES={"default": {"BACKEND": REDIS, "LOCATION": REDIS_TEST_URL}}):
        assert check_shared_cache() == []


class FakeLog:
    def __init__(self):
        self.errors = []

    def error(self, message, *args):
        self.errors.append(message % args)


def gunicorn_hook():
    return runpy.run_path(str(Path(__file__).resolve().parents[3] / "gunicorn.conf.py"))["on_starting"]


def test_gunicorn_refuses_several_workers_without_shared_cache(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    server = SimpleNamespace(cfg=SimpleNamespace(workers=4), log=FakeLog())
    with override_settings(DEBUG=False, CACHES={"default": {"BACKEND": LOCMEM}}):
        with pytest.raises(SystemExit, match="REDIS_URL"):
            gunicorn_hook()(server)
        assert "4 worker processes" in server.log.errors[0]
        gunicorn_hook()(SimpleNamespace(cfg=SimpleNamespace(workers=1), log=FakeLog()))  # one worker starts


def test_gunicorn_refuses_unreachable_redis(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://:secret@127.0.0.1:1/0")
    server = SimpleNamespace(cfg=SimpleNamespace(workers=2), log=FakeLog())
    with override_settings(DEBUG=False, CACHES={"default": {"BACKEND": REDIS, "LOCATION": "redis://127.0.0.1:1/0"}}):
        with pytest.raises(SystemExit, match="does not answer"):
            gunicorn_hook()(server)
    assert "secret" not in server.log.errors[0]


def test_malformed_redis_url_refused_at_start():
    import subprocess
    import sys

    env = {**os.environ, "REDIS_URL": "127.0.0.1:6379", "ENGAGIERT_DEBUG": "true"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='engagiert.settings'; django.setup()",
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode != 0
    assert "is not a Redis address" in result.stderr


@pytest.mark.django_db
def test_login_and_feedback_answer_with_redis_cache(client):
    """Found from outside: with REDIS_URL set every rate-limited form answered 500 (the client
    library was missing from the requirements)."""
    redis_cache = {"default": {"BACKEND": REDIS, "LOCATION": REDIS_TEST_URL, "KEY_PREFIX": uuid.uuid4().hex}}
    with override_settings(CACHES=redis_cache):
        response = client.post("/accounts/login/", {"login": "nobody@example.org", "password": "wrong-password"})
    assert response.status_code == 200
    assert "nicht korrekt" in response.content.decode() or "falsch" in response.content.decode().lower()
