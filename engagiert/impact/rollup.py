"""The daily roll-up: every registered figure (core.figures) computed per town and day and stored
as Rollup rows, plus monthly sums of the SUM figures, so that a dashboard reads a few hundred
rows instead of the raw data.

`run()` recomputes a trailing window (default 35 days, from the first of that month: late
confirmations of hours, head counts entered after an event) and, per town, everything from its
earliest dirty day on (a late correction an app's service reported with core.figures.changed).
The same run makes the rows of the regional networks and of the whole installation (AreaRollup)
from the towns' rows of the days it recomputed, so that their dashboards read a fixed, small
number of rows too."""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Max, Min, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from engagiert.core import figures as registry
from engagiert.core import pagecache
from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.impact.models import AreaRollup, DirtyDay, Rollup, RollupRun

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
            Rollup,
            [f.key for f in chosen if f.kind == registry.SUM],
            month_start(start),
            _month_end(end),
            Q(**town_filter),
        )
        _areas(chosen, start, end, ids)
    return written


def _insert(rows, model=Rollup, owner: str = "municipality_id") -> None:
    """Plain INSERTs of roll-up rows in batches (tens of thousands of model objects would cost
    more than the queries that computed them)."""
    table = model._meta.db_table
    columns = f"{owner}, figure, breakdown, item, grain, day, value"
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


def _months(model, keys: list[str], first: datetime.date, last: datetime.date, where: Q) -> None:
    """Monthly sums of the SUM figures `keys` over the whole months first..last (of the rows of
    `model` that match `where`: some towns, some networks)."""
    if not keys:
        return
    owner = "municipality_id" if model is Rollup else "network_id"
    model.objects.filter(where, figure__in=keys, grain=Rollup.Grain.MONTH, day__range=(first, last)).delete()
    sums = (
        model.objects.filter(where, figure__in=keys, grain=Rollup.Grain.DAY, day__range=(first, last))
        .annotate(month=TruncMonth("day"))
        .values(owner, "figure", "breakdown", "item", "month")
        .annotate(total=Sum("value"))
        .order_by()
    )
    model.objects.bulk_create(
        (
            model(
                **{owner: row[owner]},
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


def _areas(chosen: list[registry.Figure], start: datetime.date, end: datetime.date, ids: list[int] | None) -> None:
    """The rows of the installation and of every network with a town of `ids` (all for None) on
    the days start..end and their months, from the towns' rows (which are complete by now)."""
    links = RegionalNetwork.municipalities.through.objects
    if ids is not None:
        links = links.filter(municipality_id__in=ids)
    network_ids = sorted(set(links.values_list("regionalnetwork_id", flat=True)))
    areas = Q(network__isnull=True) | Q(network_id__in=network_ids)
    summed = [f.key for f in chosen if f.kind != registry.LATEST]
    if summed:
        AreaRollup.objects.filter(areas, figure__in=summed, grain=Rollup.Grain.DAY, day__range=(start, end)).delete()
        _insert_area_sums(summed, start, end, network_ids)
    latest = [f.key for f in chosen if f.kind == registry.LATEST]
    if latest:
        _latest_areas(latest, network_ids, areas)
    _months(AreaRollup, [f.key for f in chosen if f.kind == registry.SUM], month_start(start), _month_end(end), areas)


def _insert_area_sums(keys: list[str], start: datetime.date, end: datetime.date, network_ids: list[int]) -> None:
    """SUM and STOCK figures: the towns' day rows added up per day, in the database (one
    INSERT ... SELECT for the installation, one for the networks)."""
    area, town = AreaRollup._meta.db_table, Rollup._meta.db_table
    link = RegionalNetwork.municipalities.through._meta.db_table
    marks = ", ".join(["%s"] * len(keys))
    where = f"r.figure IN ({marks}) AND r.grain = 'day' AND r.day BETWEEN %s AND %s"
    params = [*keys, start.isoformat(), end.isoformat()]
    columns = "network_id, figure, breakdown, item, grain, day, value"
    picked = "r.figure, r.breakdown, r.item, 'day', r.day, SUM(r.value)"
    grouped = "r.figure, r.breakdown, r.item, r.day"
    # The tables' names are the models'; every value is a parameter.
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {area} ({columns}) SELECT NULL, {picked} FROM {town} r WHERE {where} GROUP BY {grouped}",  # noqa: S608
            params,
        )
        if network_ids:
            networks = ", ".join(["%s"] * len(network_ids))
            cursor.execute(
                f"INSERT INTO {area} ({columns}) SELECT l.regionalnetwork_id, {picked} FROM {town} r "  # noqa: S608
                f"JOIN {link} l ON l.municipality_id = r.municipality_id "
                f"WHERE l.regionalnetwork_id IN ({networks}) AND {where} GROUP BY l.regionalnetwork_id, {grouped}",
                [*network_ids, *params],
            )


def _latest_areas(keys: list[str], network_ids: list[int], areas: Q) -> None:
    """LATEST figures (values on some days only, e.g. a Selbstcheck round's scores): on every day
    a town's value changes, the mean of the latest values of the area's towns. Remade over all
    days (these rows are few), as a town's round changes the mean of all later days."""
    member_of: dict[int, list[int]] = defaultdict(list)
    for network_id, town_id in RegionalNetwork.municipalities.through.objects.filter(
        regionalnetwork_id__in=network_ids
    ).values_list("regionalnetwork_id", "municipality_id"):
        member_of[town_id].append(network_id)
    AreaRollup.objects.filter(areas, figure__in=keys).delete()
    latest: dict[tuple, dict[int, Decimal]] = defaultdict(dict)
    means: dict[tuple, Decimal] = {}
    rows = Rollup.objects.filter(figure__in=keys, grain=Rollup.Grain.DAY).order_by("day")
    for town_id, key, breakdown, item, day, value in rows.values_list(
        "municipality_id", "figure", "breakdown", "item", "day", "value"
    ):
        for area in (None, *member_of.get(town_id, ())):
            per_town = latest[(area, key, breakdown, item)]
            per_town[town_id] = value
            means[(area, key, breakdown, item, day)] = sum(per_town.values()) / len(per_town)
    _insert(
        (
            (area, key, breakdown, item, Rollup.Grain.DAY, day.isoformat(), str(mean.quantize(Decimal("0.01"))))
            for (area, key, breakdown, item, day), mean in means.items()
        ),
        model=AreaRollup,
        owner="network_id",
    )


def networks_fingerprint() -> str:
    """Which towns each network has (one query): a change remakes the networks' rows."""
    links = sorted(RegionalNetwork.municipalities.through.objects.values_list("regionalnetwork_id", "municipality_id"))
    return hashlib.sha256(repr(links).encode()).hexdigest()[:64]


def remake_areas() -> None:
    """The networks' and the installation's rows of every day that has towns' rows (after a change
    of a network's towns, and once after the upgrade that brought these rows)."""
    span = Rollup.objects.filter(grain=Rollup.Grain.DAY).aggregate(first=Min("day"), last=Max("day"))
    with transaction.atomic():
        AreaRollup.objects.all().delete()
        if span["first"]:
            first, last = month_start(span["first"]), _month_end(span["last"])
            _areas(list(registry.figures.all()), first, last, None)


def run(
    *, today: datetime.date | None = None, window_days: int = WINDOW_DAYS, since: datetime.date | None = None
) -> int:
    """The nightly run: the trailing window for every town (or everything from `since`), then
    each town with dirty days from its earliest one. Answers the day rows written."""
    today = today or timezone.localdate()
    # From the first of the month: a month's sum is made of its days, all of which must exist.
    first = month_start(since or today - datetime.timedelta(days=window_days))
    started = timezone.now()
    fingerprint = networks_fingerprint()
    last_run = RollupRun.objects.order_by("-pk").values_list("networks", flat=True).first()
    if last_run is not None and last_run != fingerprint:
        remake_areas()
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
        started_at=started,
        finished_at=timezone.now(),
        first_day=first,
        last_day=today,
        rows=written,
        networks=fingerprint,
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
