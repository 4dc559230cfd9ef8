"""The day the demo is loaded for: every demo date is computed relative to it, so the demo
never goes stale. Demo objects are matched in order (not by date), so loading again on a
later day moves them along instead of adding new ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TypeVar

from django.utils import timezone

T = TypeVar("T")


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware datetime on `day` at hour:minute in the current time zone."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def days(today: dt.date, offset: int) -> dt.date:
    """The day `offset` days after (negative: before) `today`."""
    return today + dt.timedelta(days=offset)


def in_order(existing: Iterable[T], planned: int) -> tuple[list[T | None], list[T]]:
    """Pairs `planned` demo objects with existing ones in order: (one existing object or None
    per planned object, the surplus existing objects)."""
    rows: Sequence[T] = list(existing)
    paired: list[T | None] = [rows[i] if i < len(rows) else None for i in range(planned)]
    return paired, list(rows[planned:])
