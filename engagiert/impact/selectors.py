"""Reads of the impact dashboard: the registered figures of a period and the period before it,
from the roll-ups only (a fixed number of queries, whatever the size of the towns)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from engagiert.core import figures as registry
from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.impact.models import ManualFigure, ReportText, Rollup, RollupRun
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

    @property
    def shown(self) -> str:
        return display(self.current, unit=self.unit, hide_small=self.hide_small)

    @property
    def shown_previous(self) -> str:
        return display(self.previous, unit=self.unit, hide_small=self.hide_small)

    @property
    def hidden(self) -> bool:
        return masked(self.current, hide_small=self.hide_small) or masked(self.previous, hide_small=self.hide_small)

    @property
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


def last_run_day() -> datetime.date | None:
    run = RollupRun.objects.order_by("-finished_at").values_list("last_day", flat=True).first()
    return run


def _towns(municipality_ids: Collection[int] | None) -> dict:
    return {} if municipality_ids is None else {"municipality_id__in": municipality_ids}


def read_values(
    *,
    municipality_ids: Collection[int] | None,
    period: Period,
    previous: Period,
    as_of: datetime.date | None,
    chosen: list[registry.Figure],
) -> dict[tuple[str, str, str], tuple[Decimal | None, Decimal | None]]:
    """(figure, breakdown, item) -> (value in `period`, value in `previous`): two queries."""
    towns = _towns(municipality_ids)
    sums = [f.key for f in chosen if f.kind == registry.SUM]
    stocks = [f.key for f in chosen if f.kind == registry.STOCK]
    latest = [f.key for f in chosen if f.kind == registry.LATEST]
    values: dict[tuple[str, str, str], tuple[Decimal | None, Decimal | None]] = {}
    cur = Q(figure__in=sums) & _sum_condition(period) | Q(
        figure__in=stocks, grain=Rollup.Grain.DAY, day=_stock_day(period, as_of)
    )
    prev = Q(figure__in=sums) & _sum_condition(previous) | Q(
        figure__in=stocks, grain=Rollup.Grain.DAY, day=_stock_day(previous, as_of)
    )
    if sums or stocks:
        rows = (
            Rollup.objects.filter(cur | prev, **towns)
            .values("figure", "breakdown", "item")
            .annotate(cur=Sum("value", filter=cur), prev=Sum("value", filter=prev))
            .order_by()
        )
        for row in rows:
            values[(row["figure"], row["breakdown"], row["item"])] = (row["cur"], row["prev"])
    if latest:
        # The latest value per town on or before each period's end; over several towns their mean.
        found: dict[tuple, dict[str, tuple[datetime.date, Decimal]]] = defaultdict(dict)
        for row in (
            Rollup.objects.filter(figure__in=latest, grain=Rollup.Grain.DAY, day__lte=period.end, **towns)
            .values_list("municipality_id", "figure", "breakdown", "item", "day", "value")
            .order_by("day")
        ):
            town, key, breakdown, item, day, value = row
            for which, end in (("cur", period.end), ("prev", previous.end)):
                if day <= end:
                    found[(key, breakdown, item, which)][town] = (day, value)
        for (key, breakdown, item, which), per_town in found.items():
            mean = sum(v for _d, v in per_town.values()) / len(per_town)
            cur_value, prev_value = values.get((key, breakdown, item), (None, None))
            values[(key, breakdown, item)] = (mean, prev_value) if which == "cur" else (cur_value, mean)
    return values


def dashboard(
    *, municipality_ids: Collection[int] | None, period: Period, public: bool, manual_for: Municipality | None = None
) -> Dashboard:
    """Every registered figure of `period` and the period before it, by section; the figures a
    coordination entered by hand for `manual_for`. Public: aggregates only, small counts masked."""
    previous = period.previous()
    as_of = last_run_day()
    chosen = [f for f in registry.figures.all() if f.public or not public]
    values = read_values(
        municipality_ids=municipality_ids, period=period, previous=previous, as_of=as_of, chosen=chosen
    )
    sections = {s.key: SectionResult(s) for s in registry.figure_sections.all()}
    for figure in chosen:
        hide = public and figure.masked
        cur, prev = values.get((figure.key, "", ""), (None, None))
        breakdowns = []
        for key, label in figure.breakdowns.items():
            items = [
                (figure.label_of(key, item), Value(c, p, figure.unit, hide))
                for (fkey, breakdown, item), (c, p) in values.items()
                if fkey == figure.key and breakdown == key
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


def town_dashboard(municipality: Municipality, period: Period, *, public: bool) -> Dashboard:
    return dashboard(municipality_ids=[municipality.pk], period=period, public=public, manual_for=municipality)


def network_dashboard(network: RegionalNetwork, period: Period, *, public: bool = True) -> Dashboard:
    ids = list(network.municipalities.values_list("pk", flat=True))
    return dashboard(municipality_ids=ids, period=period, public=public)


def installation_dashboard(period: Period, *, public: bool = True) -> Dashboard:
    return dashboard(municipality_ids=None, period=period, public=public)


@dataclass
class Headline:
    key: str
    label: str
    value: str


def headline_figures(municipality: Municipality) -> list[Headline]:
    """The few figures for the town's start page (portal): this year so far, public (small
    counts masked): two queries."""
    period = current_year()
    chosen = [f for f in registry.figures.all() if f.headline and f.public]
    as_of = last_run_day()
    values = read_values(
        municipality_ids=[municipality.pk], period=period, previous=period.previous(), as_of=as_of, chosen=chosen
    )
    return [
        Headline(
            f.key,
            str(f.label),
            display(values.get((f.key, "", ""), (None, None))[0], unit=f.unit, hide_small=f.masked),
        )
        for f in chosen
    ]


def manual_figures(municipality: Municipality):
    return ManualFigure.objects.filter(municipality=municipality).select_related("entered_by").order_by("-date", "-pk")


def today() -> datetime.date:
    return timezone.localdate()


def report_texts(*, municipality: Municipality, period: Period) -> dict[str, str]:
    """The coordination's texts of the Wirkungsbericht of `period`, by section ("intro" first)."""
    return dict(ReportText.objects.filter(municipality=municipality, period=period.key).values_list("section", "text"))
