"""The server-rendered SVG bar charts of the dashboard (`svg`): one pair of bars per item, this
period and the one before, with the table of the same values beside the chart. No
JavaScript, printable, WeasyPrint-safe (like the Selbstcheck radar)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH = 420
LABEL_HEIGHT = 20
BAR_HEIGHT = 14
GAP = 14
VALUE_SPACE = 80  # room for the value after the longest bar
MAX_ITEMS = 12
CURRENT_COLOUR = "#0b5cad"
PREVIOUS_COLOUR = "#6b6b6b"


@dataclass
class Bar:
    label: str
    y: float
    current_width: float
    previous_width: float
    current_text: str
    previous_text: str

    @property
    def label_y(self) -> float:
        return self.y + LABEL_HEIGHT - 6

    @property
    def current_y(self) -> float:
        return self.y + LABEL_HEIGHT

    @property
    def previous_y(self) -> float:
        return self.y + LABEL_HEIGHT + BAR_HEIGHT

    @property
    def current_text_x(self) -> float:
        return self.current_width + 6

    @property
    def previous_text_x(self) -> float:
        return self.previous_width + 6

    @property
    def current_text_y(self) -> float:
        return self.current_y + BAR_HEIGHT - 3

    @property
    def previous_text_y(self) -> float:
        return self.previous_y + BAR_HEIGHT - 3


def bars(items, *, title: str, current_name: str, previous_name: str) -> dict | None:
    """items: (label, Value) pairs (selectors.Value): at most MAX_ITEMS bars, largest first.
    Masked values ("< 5") are drawn without a bar."""
    items = list(items)[:MAX_ITEMS]
    if not items:
        return None

    def amount(value, which):
        number = getattr(value, which)
        if number is None or value.hidden:
            return Decimal(0)
        return Decimal(number)

    largest = max([amount(v, "current") for _l, v in items] + [amount(v, "previous") for _l, v in items] + [Decimal(1)])
    scale = (WIDTH - VALUE_SPACE) / float(largest)
    rows, y = [], 0.0
    for label, value in items:
        rows.append(
            Bar(
                label=label,
                y=y,
                current_width=round(float(amount(value, "current")) * scale, 1),
                previous_width=round(float(amount(value, "previous")) * scale, 1),
                current_text=value.shown,
                previous_text=value.shown_previous,
            )
        )
        y += LABEL_HEIGHT + 2 * BAR_HEIGHT + GAP
    return {
        "title": title,
        "width": WIDTH,
        "height": round(y, 1),
        "rows": rows,
        "label_height": LABEL_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "current_colour": CURRENT_COLOUR,
        "previous_colour": PREVIOUS_COLOUR,
        "current_name": current_name,
        "previous_name": previous_name,
    }


def _n(value: float) -> str:
    """A coordinate as SVG wants it (a dot, no grouping), whatever the active language."""
    return f"{value:g}"


def svg(chart: dict, *, id: str) -> SafeString:
    """The chart as inline SVG (role="img" with title and a description that reads out every
    value; the table beside it has the same). Built here rather than in a template: a dashboard
    draws a dozen charts of up to a dozen bars each, which a template renders ten times slower."""
    escape = conditional_escape
    parts = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{0}-title {0}-desc" '
            'viewBox="0 0 {1} {2}" width="{1}" height="{2}" direction="ltr" font-family="sans-serif" '
            'class="impact-bars"><title id="{0}-title">{3}</title><desc id="{0}-desc">{4}{5}</desc>',
            id,
            _n(chart["width"]),
            _n(chart["height"]),
            _("Balkendiagramm: %(title)s") % {"title": chart["title"]},
            "".join(
                f"{bar.label}: {chart['current_name']} {bar.current_text}, "
                f"{chart['previous_name']} {bar.previous_text}. "
                for bar in chart["rows"]
            ),
            _("Die Tabelle daneben enthält dieselben Werte."),
        )
    ]
    bar_height, current, previous = _n(chart["bar_height"]), chart["current_colour"], chart["previous_colour"]
    for bar in chart["rows"]:
        parts.append(
            f'<text x="0" y="{_n(bar.label_y)}" font-size="14" fill="#1a1a1a">{escape(bar.label)}</text>'
            f'<rect x="0" y="{_n(bar.current_y)}" width="{_n(bar.current_width)}" height="{bar_height}" '
            f'fill="{current}"/>'
            f'<text x="{_n(bar.current_text_x)}" y="{_n(bar.current_text_y)}" font-size="12" fill="#1a1a1a">'
            f"{escape(bar.current_text)}</text>"
            f'<rect x="0" y="{_n(bar.previous_y)}" width="{_n(bar.previous_width)}" height="{bar_height}" '
            f'fill="none" stroke="{previous}" stroke-width="2" stroke-dasharray="4 2"/>'
            f'<text x="{_n(bar.previous_text_x)}" y="{_n(bar.previous_text_y)}" font-size="12" fill="#4a4a4a">'
            f"{escape(bar.previous_text)}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
