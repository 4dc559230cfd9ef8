"""gunicorn reads this file from the working directory (its default `-c ./gunicorn.conf.py`).

It refuses to start several worker processes without a shared cache in production, and a
REDIS_URL whose Redis does not answer, and replicas (DATABASE_REPLICA_URLS) that do not answer
or are not standbys (engagiert/core/checks.py explains why)."""

import os


def on_starting(server):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
    import django

    django.setup()
    from django.conf import settings

    from engagiert.core.checks import redis_problem, replica_problems, shared_cache_problem

    problem = shared_cache_problem(
        workers=server.cfg.workers, cache_backend=settings.CACHES["default"]["BACKEND"], debug=settings.DEBUG
    )
    redis_url = os.environ.get("REDIS_URL", "")
    if problem is None and redis_url:
        problem = redis_problem(redis_url)
    if problem is None:
        problem = "; ".join(replica_problems()) or None
    from django.db import connections

    connections.close_all()  # the workers are forked from this process: no shared sockets
    if problem:
        server.log.error("Engagiert does not start: %s", problem)
        raise SystemExit(problem)


def child_exit(server, worker):
    """Prometheus in multi-process mode (PROMETHEUS_MULTIPROC_DIR): forget a dead worker's gauges."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
