"""Writes of the impact app: figures entered by hand, the Wirkungsbericht's texts, the open-data
settings. Every write is logged with its actor (core.audit)."""

from __future__ import annotations

from django.db import transaction

from engagiert.core import audit
from engagiert.core.fields import sanitize_html
from engagiert.core.models import Municipality
from engagiert.impact.models import ManualFigure, OpenDataSettings, ReportText
from engagiert.impact.periods import Period


@transaction.atomic
def add_manual_figure(*, municipality: Municipality, by, data: dict) -> ManualFigure:
    entry = ManualFigure.objects.create(municipality=municipality, entered_by=by, **data)
    audit.record(
        actor=by,
        action="impact.add_manual_figure",
        target=entry,
        municipality=municipality,
        data={"value": entry.value, "section": entry.section},
    )
    return entry


@transaction.atomic
def delete_manual_figure(*, entry: ManualFigure, by) -> None:
    audit.record(
        actor=by,
        action="impact.delete_manual_figure",
        target=entry,
        municipality=entry.municipality_id,
        data={"value": entry.value, "title": entry.title[:80]},
    )
    entry.delete()


@transaction.atomic
def save_report_texts(*, municipality: Municipality, period: Period, texts: dict[str, str], by) -> list[ReportText]:
    """Keep the coordination's texts for the report of `period` (sanitised: no script survives)."""
    saved = []
    for section, text in texts.items():
        row, _created = ReportText.objects.update_or_create(
            municipality=municipality,
            period=period.key,
            section=section,
            defaults={"text": sanitize_html(text or "").strip(), "updated_by": by},
        )
        saved.append(row)
    if saved:
        audit.record(
            actor=by,
            action="impact.save_report_texts",
            target=saved[0],
            municipality=municipality,
            data={"period": period.key},
        )
    return saved


@transaction.atomic
def save_open_data_settings(*, municipality: Municipality, by, data: dict) -> OpenDataSettings:
    settings, _created = OpenDataSettings.objects.update_or_create(municipality=municipality, defaults=data)
    audit.record(
        actor=by,
        action="impact.open_data_settings",
        target=settings,
        municipality=municipality,
        data={"licence": settings.licence, "publish": settings.publish},
    )
    return settings


def open_data_settings(municipality: Municipality) -> OpenDataSettings:
    found = OpenDataSettings.objects.filter(municipality=municipality).first()
    return found or OpenDataSettings(municipality=municipality)
