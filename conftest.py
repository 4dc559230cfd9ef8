import os

# Fixtures and factories shared by every test live in engagiert/testing.py.
pytest_plugins = ["engagiert.testing"]

# tests/replica needs a running streaming replica: `make test-replica` runs it with one.
collect_ignore = [] if os.environ.get("DATABASE_REPLICA_URLS") else ["tests/replica"]
