"""Report rendering shared by the coordinator's report, its PDF and the public page."""

from __future__ import annotations

from engagiert.selfcheck.radar import radar
from engagiert.selfcheck.selectors import Report


def chart(report: Report) -> dict:
    labels = [r.field.short_name for r in report.fields]
    return radar(labels, [(s.round.title, s.scores, s.current) for s in report.history])


def history_rows(report: Report) -> list[tuple]:
    """Rows of the data table beside the radar: field, then one score per round."""
    return [(r, [s.scores[i] for s in report.history]) for i, r in enumerate(report.fields)]
