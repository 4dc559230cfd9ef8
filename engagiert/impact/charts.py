"""Geometry of the server-rendered SVG bar charts (impact/_bars.html): one pair of bars per item,
this period and the one before, with the table of the same values beside the chart. No
JavaScript, printable, WeasyPrint-safe (like the Selbstcheck radar)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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
