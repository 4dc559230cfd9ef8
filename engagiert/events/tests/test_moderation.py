"""Edits of published events by editors of organisations that are not trusted wait for a
coordinator, as new events do (the directory's moderated changes, for Begegnungen)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.events import services
from engagiert.events.models import Event, EventChange
from engagiert.events.services import EventError
from engagiert.testing import make_org

from .factories import make_event, make_venue

CAL = "/dessau-rosslau/begegnungen/"


@pytest.fixture
def gala(dessau, org):
    venue = make_venue(dessau)
    return make_event(dessau, "Inklusive Tanzgala", organisation=org, venue=venue, description_de="<p>Für alle.</p>")


def form_data(client, event: Event, **changes) -> dict:
    """What the edit form sends back for `event`, with `changes`."""
    form = client.get(f"{event.get_absolute_url()}bearbeiten/").context["form"]
    skip = ("organisations", "topics", "image")  # a browser sends no file when none is chosen
    data = {k: v for k, v in form.initial.items() if v is not None and k not in skip}
    data.update(
        organisations=[o.pk for o in form.initial["organisations"]],
        venue=event.venue_id or "",
        district=event.district_id or "",
        start=timezone.localtime(event.start).strftime("%Y-%m-%dT%H:%M"),
        end=timezone.localtime(event.end).strftime("%Y-%m-%dT%H:%M"),
    )
    for key in ("is_free", "registration_required", "waiting_list"):
        data[key] = "on" if data.get(key) else ""
    return {**data, **changes}


def fields(event: Event) -> dict:
    return {k: getattr(event, k) for k in services.SCALAR_FIELDS}


def test_editor_change_waits_and_the_coordinator_applies_it(client, gala, editor, coordinator):
    client.force_login(editor)
    response = client.post(f"{gala.get_absolute_url()}bearbeiten/", form_data(client, gala, title_de="Tanzgala"))
    assert response.status_code == 302, response.context["form"].errors
    assert "nach der Freigabe" in client.get(response.url).content.decode()
    gala.refresh_from_db()
    assert gala.title == "Inklusive Tanzgala"  # still live as it was
    assert "Inklusive Tanzgala" in client.get(gala.get_absolute_url()).content.decode()
    change = EventChange.objects.get(event=gala, status="pending")
    assert change.changes == {"title_de": ["Inklusive Tanzgala", "Tanzgala"]}
    assert "wartet noch auf Freigabe" in client.get(f"{gala.get_absolute_url()}bearbeiten/").content.decode()

    client.force_login(coordinator)
    queue = client.get(f"{CAL}verwalten/").content.decode()
    assert "Änderungen an veröffentlichten Veranstaltungen" in queue and "<td>Tanzgala</td>" in queue
    client.post(f"{CAL}aenderung/{change.pk}/", {"decision": "approve"})
    gala.refresh_from_db()
    change.refresh_from_db()
    assert gala.title == "Tanzgala" and change.status == "applied" and change.decided_by == coordinator
    assert [e.title for e in client.get(f"{CAL}?q=Tanzgala").context["page"].object_list] == ["Tanzgala"]
    response = client.post(f"{CAL}aenderung/{change.pk}/", {"decision": "approve"}, follow=True)
    assert "bereits entschieden" in response.content.decode()


def test_rejected_change_leaves_the_event_as_it_was(gala, editor, coordinator):
    change = services.update_event(
        event=gala,
        author=editor,
        data={**fields(gala), "price": "5 €", "is_free": False},
        organisations=[*gala.organisations.all()],
    )
    services.decide_event_change(change=change, approve=False, by=coordinator, note="Bitte mit Ermäßigung")
    gala.refresh_from_db()
    change.refresh_from_db()
    assert gala.is_free and gala.price == "" and change.status == "rejected" and change.note == "Bitte mit Ermäßigung"


def test_a_newer_change_replaces_the_waiting_one(gala, editor, org):
    first = services.update_event(event=gala, author=editor, data={**fields(gala), "price": "3 €"}, organisations=[org])
    second = services.update_event(
        event=gala, author=editor, data={**fields(gala), "price": "4 €"}, organisations=[org]
    )
    assert first.pk == second.pk and EventChange.objects.get().changes == {"price": ["", "4 €"]}
    assert services.update_event(event=gala, author=editor, data=fields(gala), organisations=[org]) is None


def test_trusted_organisations_coordinators_and_unpublished_events_change_at_once(
    dessau, gala, editor, coordinator, org
):
    services.update_event(event=gala, author=coordinator, data={**fields(gala), "price": "1 €"}, organisations=[org])
    gala.refresh_from_db()
    assert gala.price == "1 €"
    draft = make_event(dessau, "Mitmachlokal", organisation=org, status="pending")
    services.update_event(event=draft, author=editor, data={**fields(draft), "price": "2 €"}, organisations=[org])
    draft.refresh_from_db()
    assert draft.price == "2 €" and draft.status == "pending"  # the whole event still waits
    org.trusted = True
    org.save()
    services.update_event(event=gala, author=editor, data={**fields(gala), "price": "3 €"}, organisations=[org])
    gala.refresh_from_db()
    assert gala.price == "3 €" and not EventChange.objects.exists()


def test_dropping_ones_own_organisation_does_not_skip_approval(dessau, gala, editor, org):
    trusted = make_org(dessau, "Kiez Kino", trusted=True)
    gala.organisations.add(trusted)
    change = services.update_event(event=gala, author=editor, data=fields(gala), organisations=[trusted])
    assert isinstance(change, EventChange) and set(gala.organisations.all()) == {org, trusted}
    assert change.changes["organisations"] == [sorted([org.pk, trusted.pk]), [trusted.pk]]


def test_change_is_checked_when_proposed_and_again_when_applied(gala, editor, coordinator, org):
    gala.registration_required, gala.capacity = True, 5
    gala.save()
    services.register(event=gala, name="A", email="a@example.org")
    with pytest.raises(EventError, match="schon 1 Plätze"):
        services.update_event(event=gala, author=editor, data={**fields(gala), "capacity": 0}, organisations=[org])
    change = services.update_event(event=gala, author=editor, data={**fields(gala), "capacity": 2}, organisations=[org])
    services.register(event=gala, name="B", email="b@example.org")
    services.register(event=gala, name="C", email="c@example.org")
    with pytest.raises(EventError, match="schon 3 Plätze"):
        services.decide_event_change(change=change, approve=True, by=coordinator)
    change.refresh_from_db()
    gala.refresh_from_db()
    assert change.status == "pending" and gala.capacity == 5


def test_times_and_relations_survive_the_queue(dessau, gala, editor, coordinator, org):
    hall = make_venue(dessau, "Marienkirche", wheelchair=False)
    later = gala.start.replace(second=0, microsecond=0) + dt.timedelta(days=1)
    data = {**fields(gala), "venue": hall, "start": later, "end": later + dt.timedelta(hours=2)}
    change = services.update_event(event=gala, author=editor, data=data, organisations=[org])
    services.decide_event_change(change=change, approve=True, by=coordinator)
    gala.refresh_from_db()
    assert gala.venue == hall and gala.start == later and gala.end == later + dt.timedelta(hours=2)
