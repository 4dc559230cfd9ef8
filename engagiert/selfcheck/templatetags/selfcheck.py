from __future__ import annotations

from django import template
from django.template.defaultfilters import floatformat

from engagiert.selfcheck import radar
from engagiert.selfcheck.views.report import history_rows as _history_rows

register = template.Library()


@register.filter
def score(value) -> str:
    """A score 0..100 with one decimal, or a dash when there is none."""
    return "–" if value is None else floatformat(value, 1)


@register.filter
def score_at(scores, index: int) -> str:
    return score(scores[index])


@register.filter
def ring_y(cy, value) -> float:
    return round(float(cy) - radar.RADIUS * int(value) / 100 - 2, 1)


@register.filter
def history_rows(report):
    return _history_rows(report)
