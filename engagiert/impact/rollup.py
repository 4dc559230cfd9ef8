"""The daily roll-up: every registered figure (core.figures) computed per town and day and stored
as Rollup rows, plus monthly sums of the SUM figures, so that a dashboard reads a few hundred
rows instead of the raw data.

`run()` recomputes a trailing window (default 35 days, from the first of that month: late
confirmations of hours, head counts entered after an event) and, per town, everything from its
earliest dirty day on (a late correction an app's service reported with core.figures.changed)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Iterable
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from engagiert.core import figures as registry
from engagiert.core import pagecache
from engagiert.core.models import Municipality
from engagiert.impact.models import DirtyDay, Rollup, RollupRun

WINDOW_DAYS = 35
BATCH = 2000


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _month_end(day: datetime.date) -> datetime.date:
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def compute(
    *,
    start: datetime.date,
    end: datetime.date,
    municipality_ids: Collection[int] | None = None,
    figure_keys: Collection[str] | None = None,
) -> int:
    """Recompute the days start..end of the towns (all for None) and the months they touch;
    answers the number of day rows written. One transaction: a dashboard never sees half a run."""
    if end < start:
        return 0
    ids = None if municipality_ids is None else sorted(set(municipality_ids))
    chosen = [f for f in registry.figures.all() if figure_keys is None or f.key in figure_keys]
    town_filter = {} if ids is None else {"municipality_id__in": ids}
    written = 0
    with transaction.atomic():
        for figure in chosen:
            merged: dict[tuple, Decimal] = defaultdict(Decimal)
            for row in figure.compute(ids, start, end):
                if start <= row.day <= end and row.value:
                    merged[(row.municipality_id, row.day, row.breakdown, row.item[:120])] += Decimal(str(row.value))
            Rollup.objects.filter(
                figure=figure.key, grain=Rollup.Grain.DAY, day__range=(start, end), **town_filter
            ).delete()
            _insert(
                (m, figure.key, breakdown, item, Rollup.Grain.DAY, day.isoformat(), str(value))
                for (m, day, breakdown, item), value in merged.items()
                if value
            )
            written += len(merged)
        _months(
            [f.key for f in chosen if f.kind == registry.SUM],
            month_start(start),
            _month_end(end),
            town_filter,
        )
    return written


def _insert(rows) -> None:
    """Plain INSERTs of roll-up rows in batches (tens of thousands of model objects would cost
    more than the queries that computed them)."""
    table = Rollup._meta.db_table
    columns = "municipality_id, figure, breakdown, item, grain, day, value"
    sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s)"  # noqa: S608 - the model's table
    batch = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)


def _months(keys: list[str], first: datetime.date, last: datetime.date, town_filter: dict) -> None:
    """Monthly sums of the SUM figures `keys` over the whole months first..last."""
    if not keys:
        return
    Rollup.objects.filter(figure__in=keys, grain=Rollup.Grain.MONTH, day__range=(first, last), **town_filter).delete()
    sums = (
        Rollup.objects.filter(figure__in=keys, grain=Rollup.Grain.DAY, day__range=(first, last), **town_filter)
        .annotate(month=TruncMonth("day"))
        .values("municipality_id", "figure", "breakdown", "item", "month")
        .annotate(total=Sum("value"))
        .order_by()
    )
    Rollup.objects.bulk_create(
        (
            Rollup(
                municipality_id=row["municipality_id"],
                figure=row["figure"],
                breakdown=row["breakdown"],
                item=row["item"],
                grain=Rollup.Grain.MONTH,
                day=row["month"] if isinstance(row["month"], datetime.date) else row["month"].date(),
                value=row["total"],
            )
            for row in sums.iterator()
        ),
        batch_size=BATCH,
    )


def run(
    *, today: datetime.date | None = None, window_days: int = WINDOW_DAYS, since: datetime.date | None = None
) -> int:
    """The nightly run: the trailing window for every town (or everything from `since`), then
    each town with dirty days from its earliest one. Answers the day rows written."""
    today = today or timezone.localdate()
    # From the first of the month: a month's sum is made of its days, all of which must exist.
    first = month_start(since or today - datetime.timedelta(days=window_days))
    started = timezone.now()
    written = compute(start=first, end=today)
    # The marks read now are deleted after their recomputation; marks made meanwhile stay.
    marked = list(DirtyDay.objects.values_list("pk", "municipality_id", "day"))
    dirty: dict[int, datetime.date] = {}
    for _pk, municipality_id, day in marked:
        if day < first:
            dirty[municipality_id] = min(day, dirty.get(municipality_id, day))
    for municipality_ids, first_dirty in _grouped(dirty):
        written += compute(start=first_dirty, end=first - datetime.timedelta(days=1), municipality_ids=municipality_ids)
    marked = [pk for pk, _m, _d in marked]
    DirtyDay.objects.filter(pk__in=marked).delete()
    RollupRun.objects.create(
        started_at=started, finished_at=timezone.now(), first_day=first, last_day=today, rows=written
    )
    pagecache.content_changed(None)  # the cached public dashboards show the new figures
    return written


def _grouped(dirty: dict[int, datetime.date]) -> Iterable[tuple[list[int], datetime.date]]:
    """Towns with the same earliest dirty day recomputed together."""
    by_day: dict[datetime.date, list[int]] = defaultdict(list)
    for municipality_id, day in dirty.items():
        by_day[day].append(municipality_id)
    for day, ids in sorted(by_day.items()):
        yield ids, day


def mark_changed(pairs: list[tuple[int, datetime.date]]) -> None:
    """core.figures.changed's listener: the days are marked once the reporting transaction
    commits (one statement; nothing when it rolls back)."""
    transaction.on_commit(lambda: mark_dirty(pairs))


def mark_dirty(pairs: Iterable[tuple[int, datetime.date]]) -> None:
    """Mark towns' days for recomputation (ignores pairs already marked)."""
    rows = [DirtyDay(municipality_id=m, day=d) for m, d in set(pairs) if m and d]
    if rows:
        DirtyDay.objects.bulk_create(rows, ignore_conflicts=True)


def all_town_ids() -> list[int]:
    return list(Municipality.objects.values_list("pk", flat=True))
