"""The events' figures for the impact dashboard and their open dataset (core.figures)."""

from __future__ import annotations

import datetime

from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import Row, in_towns, register_dataset, register_figure, register_section
from engagiert.events.models import ACCESSIBILITY_FEATURES, FORMAT_LABELS, Event, Registration

HELD = Event.Status.PUBLISHED


def _label(breakdown: str, item: str) -> str:
    if breakdown == "format":
        return str(FORMAT_LABELS.get(item, item))
    if breakdown == "access":
        return str(ACCESSIBILITY_FEATURES.get(item, item))
    return item


def _events(ids, start, end):
    return (
        Event.objects.filter(status=HELD, **in_towns(ids))
        .annotate(day=TruncDate("start"))
        .filter(day__range=(start, end))
    )


def events_held(ids, start, end):
    features = {name: Count("id", filter=Q(**{f"venue__{name}": True})) for name in ACCESSIBILITY_FEATURES}
    rows = _events(ids, start, end).values("municipality_id", "day", "format").annotate(n=Count("id"), **features)
    for row in rows.order_by():
        m, day = row["municipality_id"], row["day"]
        yield Row(m, day, "", "", row["n"])
        yield Row(m, day, "format", row["format"], row["n"])
        for name in ACCESSIBILITY_FEATURES:
            yield Row(m, day, "access", name, row[name])


def _registrations(ids, start, end):
    return (
        Registration.objects.filter(
            event__status=HELD, status=Registration.Status.CONFIRMED, **in_towns(ids, "event__municipality_id")
        )
        .annotate(day=TruncDate("event__start"), m=F("event__municipality_id"), fmt=F("event__format"))
        .filter(day__range=(start, end))
    )


def registrations(ids, start, end):
    """Confirmed registrations as people (the person and their companions), on the event's day."""
    rows = _registrations(ids, start, end).values("m", "day", "fmt").annotate(n=Count("id"), c=Sum("companions"))
    for row in rows.order_by():
        people = row["n"] + (row["c"] or 0)
        yield Row(row["m"], row["day"], "", "", people)
        yield Row(row["m"], row["day"], "format", row["fmt"], people)


def checkins(ids, start, end):
    rows = (
        _registrations(ids, start, end)
        .filter(checked_in_at__isnull=False)
        .values("m", "day", "fmt")
        .annotate(n=Count("id"), c=Sum("companions"))
    )
    for row in rows.order_by():
        people = row["n"] + (row["c"] or 0)
        yield Row(row["m"], row["day"], "", "", people)
        yield Row(row["m"], row["day"], "format", row["fmt"], people)


def head_counts(ids, start, end):
    rows = (
        _events(ids, start, end)
        .filter(head_count__isnull=False)
        .values("municipality_id", "day", "format")
        .annotate(n=Sum("head_count"))
    )
    for row in rows.order_by():
        yield Row(row["municipality_id"], row["day"], "", "", row["n"])
        yield Row(row["municipality_id"], row["day"], "format", row["format"], row["n"])


def public_events(municipality):
    since = timezone.now() - datetime.timedelta(days=365)
    qs = (
        Event.objects.filter(municipality=municipality, status=HELD, end__gte=since)
        .select_related("venue")
        .order_by("start", "pk")
    )
    for event in qs.iterator(chunk_size=500):
        venue = event.venue
        yield {
            "id": event.pk,
            "title": event.title,
            "start": timezone.localtime(event.start).isoformat(),
            "end": timezone.localtime(event.end).isoformat(),
            "format": str(event.format_label),
            "venue": venue.name if venue else "",
            "address": venue.address if venue else "",
            "accessibility": ", ".join(str(label) for _name, label in venue.features) if venue else "",
            "free": event.is_free,
            "registration_required": event.registration_required,
            "url": event.get_absolute_url(),
        }


def register() -> None:
    register_section(key="events", title=_("Begegnungen: Veranstaltungen"), order=20)
    register_figure(
        key="events.events",
        section="events",
        label=_("Veranstaltungen"),
        counted=_(
            "Veröffentlichte, nicht abgesagte Veranstaltungen, gezählt am Tag ihres Beginns; nach Format und nach "
            "den Merkmalen der Barrierefreiheit ihres Ortes (ein Ort kann mehrere haben)."
        ),
        compute=events_held,
        breakdowns={"format": _("nach Format"), "access": _("nach Barrierefreiheit des Ortes")},
        item_label=_label,
        headline=True,
        order=20,
    )
    register_figure(
        key="events.registrations",
        section="events",
        label=_("Angemeldete Personen"),
        counted=_("Bestätigte Anmeldungen samt Begleitpersonen, gezählt am Tag der Veranstaltung."),
        compute=registrations,
        breakdowns={"format": _("nach Format")},
        item_label=_label,
        order=21,
    )
    register_figure(
        key="events.checkins",
        section="events",
        label=_("Eingecheckte Personen"),
        counted=_("Bestätigte Anmeldungen, die am Einlass eingecheckt wurden, samt Begleitpersonen."),
        compute=checkins,
        breakdowns={"format": _("nach Format")},
        item_label=_label,
        order=22,
    )
    register_figure(
        key="events.head_count",
        section="events",
        label=_("Gezählte Gäste"),
        counted=_("Die von den Veranstaltenden nach der Veranstaltung eingetragene Zahl der Gäste."),
        compute=head_counts,
        breakdowns={"format": _("nach Format")},
        item_label=_label,
        order=23,
    )
    register_dataset(
        key="events.events",
        title=_("Veranstaltungen (Begegnungen)"),
        description=_(
            "Veröffentlichte Veranstaltungen der letzten zwölf Monate und der Zukunft: Titel, Zeit, Format, Ort "
            "und seine Barrierefreiheit."
        ),
        columns=(
            ("id", _("Nummer der Veranstaltung")),
            ("title", _("Titel")),
            ("start", _("Beginn (ISO 8601)")),
            ("end", _("Ende (ISO 8601)")),
            ("format", _("Format")),
            ("venue", _("Ort")),
            ("address", _("Anschrift des Ortes")),
            ("accessibility", _("Barrierefreiheit des Ortes")),
            ("free", _("Eintritt frei")),
            ("registration_required", _("Anmeldung erforderlich")),
            ("url", _("Adresse der Seite (Pfad)")),
        ),
        rows=public_events,
        keywords=("Veranstaltungen", "Begegnung", "Kultur"),
        theme="EDUC",
        order=20,
    )
