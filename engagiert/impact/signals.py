"""Late corrections: a saved or deleted row of a model a figure watches (core.figures.Watch)
marks the days it touches as dirty; the next roll-up recomputes those towns from that day on.

One receiver for every model, looking the watches up in the registry when a row is saved: an
app that registers its figures after this one was loaded is watched as well."""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from engagiert.core import figures as registry


def _watches(model) -> list[registry.Watch]:
    label = model._meta.label_lower
    return [watch for figure in registry.figures.all() for watch in figure.watch if watch.model == label]


def changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw") or sender._meta.app_label in ("impact", "sessions", "contenttypes", "django_tasks_database"):
        return
    watches = _watches(sender)
    if not watches:
        return
    pairs = [pair for watch in watches for pair in watch.days(instance)]
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


def connect() -> None:
    post_save.connect(changed, dispatch_uid="impact-dirty-save")
    post_delete.connect(changed, dispatch_uid="impact-dirty-delete")
