"""One timeline for every app: the Selbstcheck's milestones and the portal's Etappenplan
("Was bisher geschah") are shown by the same template, `core/_timeline.html`, from a list of
`TimelineEntry`. Apps build the entries (their presenter); core knows no app.

The template renders an ordered list (<ol>) with each date as <time>, the state as text and as a
marker of its own shape (never by colour alone), right-to-left correct with logical CSS
properties and without JavaScript (`core/timeline.css`)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

from django.utils.translation import gettext_lazy as _

Precision = Literal["day", "month", "year"]
State = Literal["done", "in_progress", "planned", "dropped"]

STATE_LABELS: dict[str, Any] = {
    "done": _("erledigt"),
    "in_progress": _("in Arbeit"),
    "planned": _("geplant"),
    "dropped": _("verworfen"),
}


@dataclass(frozen=True)
class TimelineLink:
    """A link below an entry, e.g. "Im Selbstcheck: …" or "Im Etappenplan der Engagierten Stadt"."""

    url: str
    label: str
    text: str = ""  # a line quoted from the linked entry, shown with the link


@dataclass(frozen=True)
class TimelineEntry:
    """One step of a timeline. `date` with `precision` ("Mai 2020" is a month); `label` replaces
    the formatted date when given (e.g. "02./04. Oktober 2021"). `anchor` is the entry's id on
    the page, so other pages can link to it."""

    date: datetime.date | None
    title: str
    text: str = ""
    state: State = "done"
    precision: Precision = "day"
    label: str = ""
    anchor: str = ""
    details: tuple[tuple[str, str], ...] = ()  # (label, value) lines, e.g. ("Ziel", "…")
    links: tuple[TimelineLink, ...] = field(default=())

    @property
    def state_label(self) -> Any:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def datetime_attr(self) -> str:
        """The machine-readable date of <time datetime=…> at the entry's precision."""
        if self.date is None:
            return ""
        if self.precision == "year":
            return f"{self.date.year:04d}"
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()
