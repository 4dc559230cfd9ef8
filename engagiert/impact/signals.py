"""Late corrections: a saved or deleted row of a model a figure watches (core.figures.Watch)
marks the days it touches as dirty; the next roll-up recomputes those towns from that day on.

Receivers are connected to the watched models only, also for figures registered after this app
was loaded (core.figures.on_watch)."""

from __future__ import annotations

import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from engagiert.core import figures as registry


def _watches(model) -> list[registry.Watch]:
    label = model._meta.label_lower
    return [watch for figure in registry.figures.all() for watch in figure.watch if watch.model == label]


def changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):  # fixtures
        return
    pairs = [pair for watch in _watches(sender) for pair in watch.days(instance)]
    if pairs:
        pending = _pending()
        pending.update(pairs)
        transaction.on_commit(_flush)


_local = threading.local()


def _pending() -> set:
    if not hasattr(_local, "pairs"):
        _local.pairs = set()
    return _local.pairs


def _flush() -> None:
    """Write every pending mark in one statement (the first callback of a transaction does the
    work, the others find nothing). Marks of a transaction that rolled back may be written with
    the next one: a day recomputed once more, never one missed."""
    from engagiert.impact.rollup import mark_dirty

    pairs = list(_pending())
    _pending().clear()
    if pairs:
        mark_dirty(pairs)


def _connect(watch: registry.Watch) -> None:
    """Receivers on the watched model only (a receiver on every model would cost every delete
    in the project its fast path)."""
    model = apps.get_model(watch.model)
    post_save.connect(changed, sender=model, dispatch_uid=f"impact-dirty-save-{watch.model}")
    post_delete.connect(changed, sender=model, dispatch_uid=f"impact-dirty-delete-{watch.model}")


def connect() -> None:
    registry.on_watch(_connect)
