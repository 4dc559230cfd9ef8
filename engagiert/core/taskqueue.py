"""The task queue seen from operations: its age (for /readyz and the metrics) and the tasks
of a worker that died mid-task, queued again (every task is safe to run twice; core.mail's
deliveries keep a sent-marker)."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def requeue_abandoned(*, older_than: datetime.timedelta | None = None) -> int:
    """Queue again the tasks that have been running longer than TASK_ABANDONED_SECONDS
    (their worker is gone); returns how many."""
    older_than = older_than or datetime.timedelta(seconds=settings.TASK_ABANDONED_SECONDS)
    if settings.TASKS_BACKEND == "db":
        from django_tasks.base import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        count = DBTaskResult.objects.filter(
            status=TaskResultStatus.RUNNING, started_at__lt=timezone.now() - older_than
        ).update(status=TaskResultStatus.READY)
    elif settings.TASKS_BACKEND == "rq":
        count = _requeue_abandoned_rq()
    else:
        count = 0
    if count:
        logger.warning("Queued %d abandoned task(s) again", count)
    return count


def _requeue_abandoned_rq() -> int:
    """RQ notices a dead worker's job itself (its heartbeat stops) and moves it to the failed
    jobs as AbandonedJobError; those are queued again."""
    import django_rq
    from rq.registry import FailedJobRegistry, StartedJobRegistry

    count = 0
    for name in settings.TASK_QUEUES:
        queue = django_rq.get_queue(name)
        StartedJobRegistry(queue=queue).cleanup()
        failed = FailedJobRegistry(queue=queue)
        for job_id in failed.get_job_ids():
            job = queue.fetch_job(job_id)
            if job is not None and "AbandonedJobError" in (job.exc_info or ""):
                failed.requeue(job_id)
                count += 1
    return count


def oldest_waiting_seconds() -> float | None:
    """Age in seconds of the oldest task waiting to run (0 when none), None if unknown."""
    if settings.TASKS_BACKEND == "db":
        from django.db.models import Min
        from django_tasks_db.models import DBTaskResult

        oldest = DBTaskResult.objects.using("default").ready().aggregate(oldest=Min("enqueued_at"))["oldest"]
        return (timezone.now() - oldest).total_seconds() if oldest else 0.0
    if settings.TASKS_BACKEND == "rq":
        import django_rq

        ages = []
        for name in settings.TASK_QUEUES:
            jobs = django_rq.get_queue(name).get_jobs(0, 0)
            if jobs and jobs[0].enqueued_at:
                enqueued = jobs[0].enqueued_at
                if enqueued.tzinfo is None:
                    enqueued = enqueued.replace(tzinfo=datetime.UTC)
                ages.append((timezone.now() - enqueued).total_seconds())
        return max(ages, default=0.0)
    return 0.0


def waiting_counts() -> dict[str, int]:
    """Tasks waiting per queue."""
    if settings.TASKS_BACKEND == "db":
        from django.db.models import Count
        from django_tasks.base import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        rows = (
            DBTaskResult.objects.using("default")
            .filter(status=TaskResultStatus.READY)
            .values("queue_name")
            .annotate(n=Count("id"))
        )
        counts = {name: 0 for name in settings.TASK_QUEUES}
        counts.update({row["queue_name"]: row["n"] for row in rows})
        return counts
    if settings.TASKS_BACKEND == "rq":
        import django_rq

        return {name: django_rq.get_queue(name).count for name in settings.TASK_QUEUES}
    return {name: 0 for name in settings.TASK_QUEUES}
