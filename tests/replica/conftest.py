"""The replica tests need a real streaming replica: `make test-replica` (also in .ci/run and
`make cluster`) starts one with tools/pgcluster.py and runs them with DATABASE_REPLICA_URLS.
The plain `pytest` run leaves this folder out (root conftest.py); run here without a
replica, every test fails instead of skipping."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from engagiert.core import dbrouter


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.replica)


@pytest.fixture(autouse=True)
def _needs_replica():
    assert "replica1" in settings.DATABASES, (
        "The replica tests need DATABASE_REPLICA_URLS: run them with `make test-replica`."
    )
    dbrouter.forget_health()
    yield
    dbrouter.forget_health()


class Replica:
    """The running replica of tools/pgcluster.py."""

    alias = "replica1"

    def wait_for(self, sql: str, params=(), timeout: float = 10.0) -> None:
        """Until `sql` returns a true first column on the replica (replication caught up)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with connections[self.alias].cursor() as cursor:
                    cursor.execute(sql, params)
                    row = cursor.fetchone()
                if row and row[0]:
                    return
            except Exception:  # noqa: BLE001 - the replica may still be starting
                connections[self.alias].close()
            time.sleep(0.05)
        raise AssertionError(f"the replica did not catch up: {sql}")

    def _ctl(self, *args: str) -> None:
        root = Path(os.environ["PGCLUSTER_DIR"])
        command = [str(Path(os.environ["PGCLUSTER_BIN"]) / "pg_ctl"), "-D", str(root / "replica"), "-w", *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")

    def start(self) -> None:
        root = Path(os.environ["PGCLUSTER_DIR"])
        self._ctl("-l", str(root / "replica.log"), "start")
        self.wait_for("SELECT 1")


@pytest.fixture
def replica() -> Replica:
    return Replica()
