"""The Wirkungsbericht: the dashboard's figures as rows of a spreadsheet (core.export) and as the
context of the PDF (core.pdf), each figure with how it was counted."""

from __future__ import annotations

from django.utils.translation import gettext as _

from engagiert.impact import charts
from engagiert.impact.selectors import Dashboard


def chart_of(figure_result, dashboard: Dashboard, breakdown) -> dict | None:
    return charts.bars(
        breakdown.items,
        title=f"{figure_result.label} {breakdown.label}",
        current_name=str(dashboard.period.label),
        previous_name=str(dashboard.previous.label),
    )


def _breakdown(figure_result, dashboard: Dashboard, breakdown, id: str) -> dict:
    chart = chart_of(figure_result, dashboard, breakdown)
    return {"breakdown": breakdown, "chart": chart, "id": id, "svg": charts.svg(chart, id=id) if chart else ""}


def with_charts(dashboard: Dashboard, texts: dict[str, str] | None = None) -> list[dict]:
    """The sections with a chart for every breakdown of every figure and the coordination's
    text of each section (template-ready)."""
    result = []
    for section in dashboard.sections:
        figures = []
        for index, fr in enumerate(section.figures):
            figures.append(
                {
                    "result": fr,
                    "breakdowns": [
                        _breakdown(fr, dashboard, b, f"chart-{section.section.key}-{index}-{b.key}")
                        for b in fr.breakdowns
                    ],
                }
            )
        result.append({"section": section, "figures": figures, "text": (texts or {}).get(section.section.key, "")})
    return result


def spreadsheet_rows(dashboard: Dashboard, *, town_name: str) -> list[list]:
    """Every figure, breakdown item and figure entered by hand, with how it was counted."""
    rows: list[list] = [
        [
            _("Bereich"),
            _("Kennzahl"),
            _("Aufteilung"),
            _("Eintrag"),
            str(dashboard.period.label),
            str(dashboard.previous.label),
            _("Veränderung"),
            _("Einheit"),
            _("So wurde gezählt"),
            _("Quelle"),
        ]
    ]
    units = {"h": _("Stunden"), "pt": _("Punkte (0–100)"), "": _("Anzahl")}
    source = _("Tägliche Auswertung der Plattform")
    for section in dashboard.sections:
        for fr in section.figures:
            unit = units.get(fr.figure.unit, fr.figure.unit)
            rows.append(
                [
                    section.title,
                    fr.label,
                    "",
                    "",
                    _number(fr.total.current),
                    _number(fr.total.previous),
                    fr.total.change,
                    unit,
                    str(fr.figure.counted),
                    source,
                ]
            )
            for breakdown in fr.breakdowns:
                for label, value in breakdown.items:
                    rows.append(
                        [
                            section.title,
                            fr.label,
                            breakdown.label,
                            label,
                            _number(value.current),
                            _number(value.previous),
                            value.change,
                            unit,
                            str(fr.figure.counted),
                            source,
                        ]
                    )
        for entry in section.manual:
            rows.append(
                [
                    section.title,
                    entry.label,
                    _("Von Hand eingetragen"),
                    f"{entry.title} ({entry.date:%d.%m.%Y})",
                    entry.value,
                    "",
                    "",
                    _("Anzahl"),
                    _("Von der Koordination von Hand eingetragen."),
                    entry.source,
                ]
            )
    return rows


def _number(value):
    if value is None:
        return 0
    return int(value) if value == int(value) else float(value)
