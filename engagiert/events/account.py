"""What Begegnungen adds to core's pages (core.registry): the person's registrations and
tickets, the events of the organisations they edit, the coordination's two queues, and the
towns of a person's registrations."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue
from engagiert.directory.selectors import edited_organisations
from engagiert.events import selectors
from engagiert.events.models import Event, EventChange
from engagiert.events.tokens import registration_token


def registrations_section(request, municipality):
    mine = selectors.my_registrations(user=request.user, municipality=municipality)
    for registration in (*mine.upcoming, *mine.past):
        registration.token = registration_token(registration.pk)
    return {"upcoming": mine.upcoming, "past": mine.past}


def organiser_section(request, municipality):
    """Only for editors of an organisation of the town (coordinators have their queues)."""
    organisations = edited_organisations(user=request.user, municipality=municipality)
    if not organisations:
        return None
    found = selectors.editor_events(organisation_ids=[o.pk for o in organisations], municipality=municipality)
    can_create = any(o.status == "published" for o in organisations)
    return {"events": found.events, "total": found.total, "can_create": can_create}


def register() -> None:
    register_area_section(
        key="events.registrations",
        title=_("Meine Anmeldungen zu Veranstaltungen"),
        template="events/area_registrations.html",
        context=registrations_section,
        order=10,
    )
    register_area_section(
        key="events.organiser",
        title=_("Veranstaltungen meiner Organisationen"),
        template="events/area_organiser.html",
        context=organiser_section,
        order=50,
    )
    register_work_queue(
        key="events.pending",
        label=_("Begegnungen: neue Veranstaltungen freigeben"),
        url_name="events:manage",
        items=lambda m: Event.objects.filter(municipality=m, status=Event.Status.PENDING),
        order=20,
    )
    register_work_queue(
        key="events.changes",
        label=_("Begegnungen: Änderungen an Veranstaltungen"),
        url_name="events:manage",
        items=lambda m: EventChange.objects.filter(event__municipality=m, status=EventChange.Status.PENDING),
        order=21,
    )
    register_town_lookup("events", selectors.registration_municipalities)
