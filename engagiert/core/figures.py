"""What the capability apps count for the impact dashboard ("Wirkung") and what they publish as
open data. Core imports no capability app: each app registers its figures and datasets in its
AppConfig.ready() (by convention in `<app>/figures.py`, a function `register()`), and the
impact app reads them from here.

Figures
-------
A `Figure` is one number a town can show its funders (e.g. "events.checkins"). The impact app
never asks an app for a figure on a page view: its roll-up task calls `compute(municipality_ids,
start, end)` and stores one row per town, day, breakdown and item. `compute` yields `Row`s:

- kind SUM: the amount that happened on each day (events held, hours confirmed); a period's
  value is the sum of its days;
- kind STOCK: the state at the end of each day (active cards, partner organisations); a period's
  value is the one of its last day. `daily_stock()` turns a function answering "how many at the
  end of this day?" into the rows of every day;
- kind LATEST: a value that exists on some days only (a Selbstcheck round's scores); a period's
  value is the latest one on or before its last day.

`breakdowns` names the ways a figure is split (`{"format": _("nach Format")}`); a row with
breakdown "" and item "" is the total. `item_label(breakdown, item)` turns a stored item into
the text shown (stored items are keys or names, never personal data). `counted` says in one or
two sentences how the figure is counted: it is printed beside the figure in the Wirkungsbericht.

Late corrections: the roll-up recomputes a trailing window every night (35 days); a change
that alters a figure on an older day (a check-in or head count entered for an event months ago,
hours confirmed late, an organisation published weeks after it was entered) is reported by the
app's service that makes it, in the same transaction::

    figures.changed(municipality_id=event.municipality_id, days=[event_day])

Nothing runs from signals: the service says what it changed. The impact app listens
(`on_change`) and recomputes those towns from the earliest reported day on the next run; a
rolled-back transaction reports nothing.

Wiring a later app (e.g. nominations or funding) takes a few lines in its AppConfig.ready()::

    from engagiert.core.figures import Row, register_figure, register_section

    register_section(key="funding", title=_("Partnerschaft für Demokratie"), order=70)
    register_figure(
        key="funding.projects", section="funding", label=_("Geförderte Projekte"),
        counted=_("Projekte mit Bewilligung, am Tag der Bewilligung gezählt."),
        compute=lambda ids, start, end: (
            Row(m, day, "", "", n) for m, day, n in funded_per_day(ids, start, end)
        ),
    )

and, for open data, `register_dataset(...)` with a function returning the public rows of a
town (e.g. `campaign_figures(...)` or `funding_figures(municipality, start, end)` wrapped).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from engagiert.core.registry import Registry

SUM = "sum"
STOCK = "stock"
LATEST = "latest"
KINDS = (SUM, STOCK, LATEST)


class Row(NamedTuple):
    """One stored value: a town, a day, a breakdown ("" for the total), an item, the value."""

    municipality_id: int
    day: datetime.date
    breakdown: str
    item: str
    value: int | float | Decimal


# compute(municipality ids or None for all towns, first day, last day) -> rows of those days
Compute = Callable[[Collection[int] | None, datetime.date, datetime.date], Iterable[Row]]
# at(municipality ids or None, day) -> (municipality id, breakdown, item, value) at the end of `day`
StockAt = Callable[[Collection[int] | None, datetime.date], Iterable[tuple[int, str, str, Any]]]


@dataclass(frozen=True)
class FigureSection:
    """A part of the dashboard and of the Wirkungsbericht ("Begegnungen", "Mach mit!")."""

    key: str
    title: str
    order: int = 100


@dataclass(frozen=True)
class Figure:
    key: str
    section: str
    label: str
    counted: str
    compute: Compute
    kind: str = SUM
    breakdowns: Mapping[str, str] = field(default_factory=dict)
    item_label: Callable[[str, str], str] | None = None
    unit: str = ""  # "h" for hours, "%" for scores; empty for counts
    masked: bool = True  # public pages show values 1-4 as "< 5"
    public: bool = True  # shown on the public page at all
    headline: bool = False  # one of the few figures on the town's start page
    order: int = 100

    def label_of(self, breakdown: str, item: str) -> str:
        if not breakdown:
            return str(self.label)
        return str(self.item_label(breakdown, item)) if self.item_label else item


figure_sections = Registry()
figures = Registry()
# Called with the (municipality id, day) pairs a service reports as changed (see `changed`).
_change_listeners: list[Callable[[list[tuple[int, datetime.date]]], None]] = []


def on_change(listener: Callable[[list[tuple[int, datetime.date]]], None]) -> None:
    """Call `listener` with the pairs of every `changed` report (the impact app marks them for
    recomputation once the reporting transaction commits)."""
    if listener not in _change_listeners:
        _change_listeners.append(listener)


def changed(*, municipality_id: int, days: Iterable[datetime.date | None]) -> None:
    """Report that rows counted on `days` of a town changed after the fact (a late correction):
    the figures of those days are recomputed on the next roll-up. Called by the service that
    makes the change, inside its transaction; days that are None are ignored."""
    pairs = sorted({(municipality_id, day) for day in days if day is not None})
    if not pairs or not municipality_id:
        return
    for listener in _change_listeners:
        listener(pairs)


def register_section(*, key: str, title: str, order: int = 100) -> None:
    """Add (or replace) a section of the dashboard."""
    figure_sections.register(FigureSection(key=key, title=title, order=order))


def register_figure(
    *,
    key: str,
    section: str,
    label: str,
    counted: str,
    compute: Compute,
    kind: str = SUM,
    breakdowns: Mapping[str, str] | None = None,
    item_label: Callable[[str, str], str] | None = None,
    unit: str = "",
    masked: bool = True,
    public: bool = True,
    headline: bool = False,
    order: int = 100,
) -> None:
    """Add (or replace) a figure; see the module's description."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of figure: {kind!r}")
    figures.register(
        Figure(
            key=key,
            section=section,
            label=label,
            counted=counted,
            compute=compute,
            kind=kind,
            breakdowns=dict(breakdowns or {}),
            item_label=item_label,
            unit=unit,
            masked=masked,
            public=public,
            headline=headline,
            order=order,
        )
    )


def days_between(start: datetime.date, end: datetime.date) -> Iterable[datetime.date]:
    day = start
    while day <= end:
        yield day
        day += datetime.timedelta(days=1)


def daily_stock(at: StockAt) -> Compute:
    """A STOCK figure's compute from `at`: one call of `at` per day (each one query)."""

    def compute(ids, start, end):
        for day in days_between(start, end):
            for municipality_id, breakdown, item, value in at(ids, day):
                yield Row(municipality_id, day, breakdown, item, value)

    return compute


# deltas(municipality ids or None, first day or None for "since the beginning", last day)
#   -> (municipality id, day, breakdown, item, change) of the rows that start or stop counting
Deltas = Callable[
    [Collection[int] | None, datetime.date | None, datetime.date], Iterable[tuple[int, datetime.date, str, str, Any]]
]


def cumulative_stock(deltas: Deltas) -> Compute:
    """A STOCK figure's compute from the days on which rows start (+1) or stop (-1) counting
    (an organisation published, a card's last valid day): a few queries for any number of
    days. `deltas(ids, None, day)` must answer every change up to `day`."""

    def compute(ids, start, end):
        totals: dict[tuple[int, str, str], Any] = {}
        for municipality_id, _day, breakdown, item, change in deltas(ids, None, start - datetime.timedelta(days=1)):
            key = (municipality_id, breakdown, item)
            totals[key] = totals.get(key, 0) + change
        changes: dict[datetime.date, list] = {}
        for row in deltas(ids, start, end):
            changes.setdefault(row[1], []).append(row)
        for day in days_between(start, end):
            for municipality_id, _day, breakdown, item, change in changes.get(day, ()):
                key = (municipality_id, breakdown, item)
                totals[key] = totals.get(key, 0) + change
            for (municipality_id, breakdown, item), value in totals.items():
                if value:
                    yield Row(municipality_id, day, breakdown, item, value)

    return compute


def in_towns(ids: Collection[int] | None, field_name: str = "municipality_id") -> dict:
    """The filter keyword of a compute function: all towns for None."""
    return {} if ids is None else {f"{field_name}__in": list(ids)}


# --- open data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    """A town's public data as a table, published under the town's open-data licence as CSV
    and JSON and described in its DCAT-AP.de catalogue. `columns` are (name, description);
    `rows(municipality)` yields one mapping per row with those names: only what is public on
    the town's pages, nothing personal unless the person published it themselves."""

    key: str
    title: str
    description: str
    columns: tuple[tuple[str, str], ...]
    rows: Callable[[Any], Iterable[Mapping[str, Any]]]
    keywords: tuple[str, ...] = ()
    theme: str = "SOCI"  # EU data theme (http://publications.europa.eu/resource/authority/data-theme)
    order: int = 100

    @property
    def slug(self) -> str:
        return self.key.replace(".", "-").replace("_", "-")


datasets = Registry()


def register_dataset(
    *,
    key: str,
    title: str,
    description: str,
    columns: Iterable[tuple[str, str]],
    rows: Callable[[Any], Iterable[Mapping[str, Any]]],
    keywords: Iterable[str] = (),
    theme: str = "SOCI",
    order: int = 100,
) -> None:
    """Add (or replace) an open dataset; see Dataset."""
    datasets.register(
        Dataset(
            key=key,
            title=title,
            description=description,
            columns=tuple(columns),
            rows=rows,
            keywords=tuple(keywords),
            theme=theme,
            order=order,
        )
    )
