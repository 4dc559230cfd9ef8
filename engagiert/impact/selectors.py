"""Reads of the impact dashboard: the registered figures of a period and the period before it,
from the roll-ups only (a fixed number of queries, whatever the size of the towns); a network's
and the installation's from their own roll-up rows (AreaRollup), not from their towns' rows."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.db.models import Count, DateField, Max, Q, Subquery, Sum
from django.db.models import Value as SQLValue
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from engagiert.core import figures as registry
from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.impact.models import AreaRollup, ManualFigure, ReportText, Rollup, RollupRun
from engagiert.impact.periods import Period, current_year
from engagiert.impact.rollup import month_start

MASK_BELOW = 5


def masked(value: Decimal | None, *, hide_small: bool) -> bool:
    return hide_small and value is not None and 0 < value < MASK_BELOW


def display(value: Decimal | None, *, unit: str = "", hide_small: bool = False) -> str:
    """A figure as shown: "< 5" for small counts on public pages, German digit grouping."""
    if value is None:
        value = Decimal(0)
    if masked(value, hide_small=hide_small):
        return _("< 5")
    places = 1 if unit == "pt" else 0
    text = number_format(round(value, places), decimal_pos=places, use_l10n=True, force_grouping=True)
    if unit == "h":
        return _("%(hours)s Std.") % {"hours": text}
    return text


@dataclass
class Value:
    current: Decimal | None
    previous: Decimal | None
    unit: str = ""
    hide_small: bool = False

    @cached_property
    def shown(self) -> str:
        return display(self.current, unit=self.unit, hide_small=self.hide_small)

    @cached_property
    def shown_previous(self) -> str:
        return display(self.previous, unit=self.unit, hide_small=self.hide_small)

    @cached_property
    def hidden(self) -> bool:
        return masked(self.current, hide_small=self.hide_small) or masked(self.previous, hide_small=self.hide_small)

    @cached_property
    def change(self) -> str:
        """The change against the previous period in per cent ("+12 %"), "" where it says nothing."""
        if self.hidden or not self.previous:
            return ""
        percent = round(((self.current or 0) - self.previous) * 100 / self.previous)
        return f"{'+' if percent > 0 else ''}{number_format(percent, decimal_pos=0, use_l10n=True)} %"


@dataclass
class Breakdown:
    key: str
    label: str
    items: list[tuple[str, Value]]


@dataclass
class FigureResult:
    figure: registry.Figure
    total: Value
    breakdowns: list[Breakdown]

    @property
    def label(self) -> str:
        return str(self.figure.label)


@dataclass
class SectionResult:
    section: registry.FigureSection
    figures: list[FigureResult] = field(default_factory=list)
    manual: list[ManualFigure] = field(default_factory=list)

    @property
    def title(self) -> str:
        return str(self.section.title)


@dataclass
class Dashboard:
    period: Period
    previous: Period
    sections: list[SectionResult]
    as_of: datetime.date | None  # the last day the roll-up covered
    public: bool


def _sum_condition(period: Period) -> Q:
    """Rows of a SUM figure over `period`: whole months from the monthly sums, the days at the edges."""
    first_full = (
        period.start
        if period.start.day == 1
        else (month_start(period.start) + datetime.timedelta(days=32)).replace(day=1)
    )
    after_end = period.end + datetime.timedelta(days=1)
    last_full = month_start(after_end) - datetime.timedelta(days=1)  # the end of the last whole month
    if first_full > last_full:
        return Q(grain=Rollup.Grain.DAY, day__range=(period.start, period.end))
    condition = Q(grain=Rollup.Grain.MONTH, day__range=(first_full, month_start(last_full)))
    if period.start < first_full:
        condition |= Q(grain=Rollup.Grain.DAY, day__range=(period.start, first_full - datetime.timedelta(days=1)))
    if last_full < period.end:
        condition |= Q(grain=Rollup.Grain.DAY, day__range=(last_full + datetime.timedelta(days=1), period.end))
    return condition


def _stock_day(period: Period, as_of: datetime.date | None) -> datetime.date:
    end = period.end
    return min(end, as_of) if as_of else end


@dataclass(frozen=True)
class Freshness:
    """What a dashboard's figures depend on besides the period: the last roll-up (its day is the
    "Stand") and, for a town, its figures entered by hand. A rendered dashboard is kept under
    `key` and is replaced as soon as either changes."""

    as_of: datetime.date | None
    key: str


def freshness(*, manual_for: Municipality | None = None) -> Freshness:
    """One query (two for a town)."""
    run = RollupRun.objects.order_by("-finished_at", "-pk").values_list("pk", "last_day").first()
    manual = ""
    if manual_for is not None:
        found = ManualFigure.objects.filter(municipality=manual_for).aggregate(n=Count("pk"), last=Max("pk"))
        manual = f"{found['n']}-{found['last']}"
    return Freshness(run[1] if run else None, f"{run[0] if run else 0}:{manual}")


def last_run_day() -> datetime.date | None:
    run = RollupRun.objects.order_by("-finished_at").values_list("last_day", flat=True).first()
    return run


def read_values(
    *,
    municipality_ids: Collection[int] | None,
    network_id: int | None = None,
    period: Period,
    previous: Period,
    as_of: datetime.date | None,
    chosen: list[registry.Figure],
    by_town: bool = False,
    totals_only: bool = False,
) -> dict[tuple, tuple[Decimal | None, Decimal | None]]:
    """(figure, breakdown, item) -> (value in `period`, value in `previous`): two queries.
    The towns' rows of `municipality_ids`; without them the rows of the network `network_id` or,
    without that either, of the whole installation. With `by_town` (towns only) the key ends with
    the town's id; `totals_only` reads no breakdowns."""
    if municipality_ids is not None:
        source, owner = Rollup.objects.filter(municipality_id__in=municipality_ids), "municipality_id"
    else:
        source, owner = AreaRollup.objects.filter(network_id=network_id), "network_id"
    if totals_only:
        source = source.filter(breakdown="")
    sums = [f.key for f in chosen if f.kind == registry.SUM]
    stocks = [f.key for f in chosen if f.kind == registry.STOCK]
    latest = [f.key for f in chosen if f.kind == registry.LATEST]
    values: dict[tuple, tuple[Decimal | None, Decimal | None]] = {}
    cur = Q(figure__in=sums) & _sum_condition(period) | Q(
        figure__in=stocks, grain=Rollup.Grain.DAY, day=_stock_day(period, as_of)
    )
    prev = Q(figure__in=sums) & _sum_condition(previous) | Q(
        figure__in=stocks, grain=Rollup.Grain.DAY, day=_stock_day(previous, as_of)
    )
    group = ("figure", "breakdown", "item", owner) if by_town else ("figure", "breakdown", "item")
    if sums or stocks:
        rows = (
            source.filter(cur | prev, figure__in=sums + stocks)  # (the index's figure: _current_totals)
            .values_list(*group)
            .annotate(cur=Sum("value", filter=cur), prev=Sum("value", filter=prev))
            .order_by()
        )
        for *key, cur_value, prev_value in rows:
            values[tuple(key)] = (cur_value, prev_value)
    if latest:
        # The latest value per town on or before each period's end; over several towns their mean
        # (a network's or the installation's rows hold that mean already: one "town").
        found: dict[tuple, dict[str, tuple[datetime.date, Decimal]]] = defaultdict(dict)
        for row in (
            source.filter(figure__in=latest, grain=Rollup.Grain.DAY, day__lte=period.end)
            .values_list(owner, "figure", "breakdown", "item", "day", "value")
            .order_by("day")
        ):
            town, key, breakdown, item, day, value = row
            target = (key, breakdown, item, town) if by_town else (key, breakdown, item)
            for which, end in (("cur", period.end), ("prev", previous.end)):
                if day <= end:
                    found[(target, which)][town] = (day, value)
        for (target, which), per_town in found.items():
            mean = sum(v for _d, v in per_town.values()) / len(per_town)
            cur_value, prev_value = values.get(target, (None, None))
            values[target] = (mean, prev_value) if which == "cur" else (cur_value, mean)
    return values


def dashboard(
    *,
    municipality_ids: Collection[int] | None,
    network_id: int | None = None,
    period: Period,
    public: bool,
    manual_for: Municipality | None = None,
    fresh: Freshness | None = None,
) -> Dashboard:
    """Every registered figure of `period` and the period before it, by section (of the towns
    `municipality_ids`, else of the network `network_id`, else of the installation); the figures a
    coordination entered by hand for `manual_for`. Public: aggregates only, small counts masked.
    `fresh`: the roll-up's day when the caller has read it already."""
    previous = period.previous()
    as_of = fresh.as_of if fresh is not None else last_run_day()
    chosen = [f for f in registry.figures.all() if f.public or not public]
    values = read_values(
        municipality_ids=municipality_ids,
        network_id=network_id,
        period=period,
        previous=previous,
        as_of=as_of,
        chosen=chosen,
    )
    sections = {s.key: SectionResult(s) for s in registry.figure_sections.all()}
    by_breakdown: dict[tuple[str, str], list[tuple[str, tuple]]] = defaultdict(list)
    for (fkey, breakdown, item), pair in values.items():
        if breakdown:
            by_breakdown[(fkey, breakdown)].append((item, pair))
    for figure in chosen:
        hide = public and figure.masked
        cur, prev = values.get((figure.key, "", ""), (None, None))
        breakdowns = []
        for key, label in figure.breakdowns.items():
            items = [
                (figure.label_of(key, item), Value(c, p, figure.unit, hide))
                for item, (c, p) in by_breakdown[(figure.key, key)]
            ]
            items.sort(key=lambda pair: (-(pair[1].current or 0), pair[0]))
            if items:
                breakdowns.append(Breakdown(key, str(label), items))
        section = sections.get(figure.section) or sections.setdefault(
            figure.section, SectionResult(registry.FigureSection(figure.section, figure.section))
        )
        section.figures.append(FigureResult(figure, Value(cur, prev, figure.unit, hide), breakdowns))
    if manual_for is not None:
        manual = ManualFigure.objects.filter(municipality=manual_for, date__range=(period.start, period.end))
        if public:
            manual = manual.filter(public=True)
        for entry in manual.order_by("date", "pk"):
            if entry.section in sections:
                sections[entry.section].manual.append(entry)
    result = [s for s in sections.values() if s.figures or s.manual]
    return Dashboard(period=period, previous=previous, sections=result, as_of=as_of, public=public)


@dataclass
class TownColumn:
    """One town's totals in a section of an internal network or installation view."""

    municipality: Municipality
    values: list[Value]


@dataclass
class TownTable:
    """A section's figures (the columns) per town (the rows): the internal views of several towns."""

    section: registry.FigureSection
    figures: list[registry.Figure]
    towns: list[TownColumn]


def town_tables(*, municipalities: list[Municipality], period: Period, as_of: datetime.date | None) -> list[TownTable]:
    """Every figure's total per town of `municipalities`, by section (internal: nothing masked):
    two queries on the roll-ups, grouped by town."""
    chosen = list(registry.figures.all())
    values = read_values(
        municipality_ids=[m.pk for m in municipalities],
        period=period,
        previous=period.previous(),
        as_of=as_of,
        chosen=chosen,
        by_town=True,
        totals_only=True,
    )
    tables = []
    for section in registry.figure_sections.all():
        figures = [f for f in chosen if f.section == section.key]
        if not figures:
            continue
        rows = [
            TownColumn(
                town,
                [Value(*values.get((f.key, "", "", town.pk), (None, None)), unit=f.unit) for f in figures],
            )
            for town in municipalities
        ]
        tables.append(TownTable(section, figures, rows))
    return tables


def town_dashboard(
    municipality: Municipality, period: Period, *, public: bool, fresh: Freshness | None = None
) -> Dashboard:
    return dashboard(
        municipality_ids=[municipality.pk], period=period, public=public, manual_for=municipality, fresh=fresh
    )


def network_dashboard(
    network: RegionalNetwork, period: Period, *, public: bool = True, fresh: Freshness | None = None
) -> Dashboard:
    """The sums of the network's towns, from the network's own roll-up rows."""
    return dashboard(municipality_ids=None, network_id=network.pk, period=period, public=public, fresh=fresh)


def installation_dashboard(period: Period, *, public: bool = True, fresh: Freshness | None = None) -> Dashboard:
    return dashboard(municipality_ids=None, period=period, public=public, fresh=fresh)


@dataclass
class Headline:
    key: str
    label: str
    value: str


def _current_totals(
    *, municipality_id: int, period: Period, chosen: list[registry.Figure]
) -> dict[str, Decimal | None]:
    """Figure -> the town's total in `period` of SUM and STOCK figures, as read_values reads its
    current values (no breakdowns, no previous period: a plain sum, one query). The stock day
    (_stock_day: the period's end, or the last roll-up's day when that is earlier) is read in the
    same query."""
    sums = [f.key for f in chosen if f.kind == registry.SUM]
    stocks = [f.key for f in chosen if f.kind == registry.STOCK]
    end = SQLValue(period.end, output_field=DateField())
    last_day = RollupRun.objects.order_by("-finished_at").values("last_day")[:1]
    stock_day = Least(end, Coalesce(Subquery(last_day, output_field=DateField()), end))
    where = Q(figure__in=sums) & _sum_condition(period) | Q(figure__in=stocks, grain=Rollup.Grain.DAY, day=stock_day)
    # The figures also stand alone in the condition, so that the database reads the few figures'
    # total rows through the unique index (town, figure, breakdown, item, …) instead of every row
    # of the town (the OR above alone leaves it only the town to search by).
    rows = (
        Rollup.objects.filter(where, municipality_id=municipality_id, figure__in=sums + stocks, breakdown="", item="")
        .values_list("figure")
        .annotate(total=Sum("value"))
        .order_by()
    )
    return dict(rows)


def headline_figures(municipality: Municipality) -> list[Headline]:
    """The few figures for the town's start page (portal): this year so far, public (small
    counts masked): one query (the totals, with the roll-up's day)."""
    period = current_year()
    chosen = [f for f in registry.figures.all() if f.headline and f.public]
    if any(f.kind == registry.LATEST for f in chosen):
        values = read_values(
            municipality_ids=[municipality.pk],
            period=period,
            previous=period.previous(),
            as_of=last_run_day(),
            chosen=chosen,
        )
        current = {key: pair[0] for (key, breakdown, item), pair in values.items() if not breakdown and not item}
    else:
        current = _current_totals(municipality_id=municipality.pk, period=period, chosen=chosen)
    return [
        Headline(f.key, str(f.label), display(current.get(f.key), unit=f.unit, hide_small=f.masked)) for f in chosen
    ]


def manual_figures(municipality: Municipality):
    return ManualFigure.objects.filter(municipality=municipality).select_related("entered_by").order_by("-date", "-pk")


def today() -> datetime.date:
    return timezone.localdate()


def report_texts(*, municipality: Municipality, period: Period) -> dict[str, str]:
    """The coordination's texts of the Wirkungsbericht of `period`, by section ("intro" first)."""
    return dict(ReportText.objects.filter(municipality=municipality, period=period.key).values_list("section", "text"))
