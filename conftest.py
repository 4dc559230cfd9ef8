import os

# Fixtures and factories shared by every test live in engagiert/testing.py.
pytest_plugins = ["engagiert.testing"]

# tests/replica needs a running streaming replica: `make test-replica` runs it with one.
collect_ignore = [] if os.environ.get("DATABASE_REPLICA_URLS") else ["tests/replica"]

# `make test` runs the suite in parallel (pytest-xdist, one worker per core). pytest-django gives
# every worker its own test database (test_…_gw0, test_…_gw1) and live server port; the Redis
# tests get their own Redis database too (db 14 for gw0, 13 for gw1, …; a run without workers
# keeps db 15), so one worker's cache.clear() never empties another's page cache mid-test.
# Media and export folders per worker: engagiert/test_settings.py.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker and "REDIS_TEST_URL" not in os.environ:
    os.environ["REDIS_TEST_URL"] = f"redis://127.0.0.1:6379/{14 - int(_worker.removeprefix('gw')) % 14}"
