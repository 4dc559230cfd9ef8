"""Settings of the multi-server setup that must fail at start with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def settings_error(**env: str) -> str:
    """The error importing the production settings with `env` prints ('' if none)."""
    environment = {
        **os.environ,
        "SECRET_KEY": "x" * 40,
        "DJANGO_SETTINGS_MODULE": "engagiert.settings",
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=environment,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    return done.stderr.strip().splitlines()[-1] if done.returncode else ""


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_URL": "postgres://u@127.0.0.1/x", "DATABASE_REPLICA_URLS": "mysql://u@db/x"}, "entry 1"),
        ({"DATABASE_URL": "postgres://u@127.0.0.1/x", "DATABASE_REPLICA_URLS": "postgres://u@h:5432/"}, "entry 1"),
        ({"DATABASE_URL": "sqlite:///x.db", "DATABASE_REPLICA_URLS": "postgres://u@h/x"}, "needs DATABASE_URL"),
    ],
)
def test_wrong_replica_urls_fail_at_start(env, message):
    error = settings_error(**env)
    assert "ImproperlyConfigured" in error and "DATABASE_REPLICA_URLS" in error and message in error


def test_valid_replica_urls_are_accepted():
    assert (
        settings_error(
            DATABASE_URL="postgres://u@127.0.0.1/x", DATABASE_REPLICA_URLS="postgres://u@r1/x,postgres://u@r2/x"
        )
        == ""
    )


def test_s3_media_storage_needs_its_keys():
    error = settings_error(MEDIA_STORAGE="s3", S3_BUCKET="engagiert-media")
    assert "ImproperlyConfigured" in error and "S3_ACCESS_KEY_ID" in error


def test_unknown_media_storage_is_refused():
    assert "MEDIA_STORAGE='ftp'" in settings_error(MEDIA_STORAGE="ftp")


def test_s3_media_storage_with_its_keys_starts():
    env = {"MEDIA_STORAGE": "s3", "S3_BUCKET": "b", "S3_ACCESS_KEY_ID": "k", "S3_SECRET_ACCESS_KEY": "s"}
    assert settings_error(**env) == ""


def test_unknown_task_backend_and_rq_without_redis_are_refused():
    assert "TASKS_BACKEND='celery'" in settings_error(TASKS_BACKEND="celery")
    assert "REDIS_URL" in settings_error(TASKS_BACKEND="rq", REDIS_URL="")
