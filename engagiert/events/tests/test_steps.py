"""A new event in steps (events/views/steps.py): each step checks its own fields, going back
keeps everything, the preview shows the page as it will be, publishing creates it once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.directory.models import OrganisationEditor
from engagiert.events.models import Event, EventSeries
from engagiert.events.tests.factories import STEP_PATHS, create_in_steps, make_venue
from engagiert.events.views.steps import STEPS
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db

CAL = "/dessau-rosslau/begegnungen/"
START = timezone.localtime() + dt.timedelta(days=10)


def what(org, **changes) -> dict:
    return {
        "title_de": "Vorlesetag",
        "description_de": "<p>Vorlesen in vielen Sprachen</p><script>alert(1)</script>",
        "format": "reading",
        "organisations": [org.pk],
        "languages": "de, ar",
        "target_group": "Kinder ab 6",
        **changes,
    }


WHEN = {"start": START.strftime("%Y-%m-%dT18:00"), "end": START.strftime("%Y-%m-%dT20:00")}
REGISTRATION = {"companions_allowed": "2", "registration_required": "on", "capacity": "30", "price": "3 €"}


def go(client, path: str, data: dict, direction: str = "weiter"):
    return client.post(f"{CAL}{path}", {**data, "richtung": direction})


def test_the_steps_split_every_field_of_the_form_once(dessau):
    from engagiert.directory.models import Organisation
    from engagiert.events.forms import EventForm
    from engagiert.events.views.steps import _field_names

    form = EventForm(municipality=dessau, organisations=Organisation.objects.none())
    names = [name for step in STEPS for name in _field_names(step, form)]
    assert sorted(names) == sorted(form.fields) and len(names) == len(set(names))


def test_each_step_checks_its_own_fields_and_shows_where_it_is(client, org, editor):
    client.force_login(editor)
    page = client.get(f"{CAL}neu/").content.decode()
    assert "Schritt 1 von 5: Was" in page and 'name="start"' not in page
    response = go(client, "neu/", {})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {
        "title_de",
        "description_de",
        "format",
        "organisations",
        "languages",
    }
    assert go(client, "neu/", what(org)).headers["Location"] == f"{CAL}neu/wann/"

    response = go(client, "neu/wann/", {"start": WHEN["end"], "end": WHEN["start"], "title_de": ""})
    assert response.status_code == 200 and "Schritt 2 von 5: Wann" in response.content.decode()
    assert set(response.context["form"].errors) == {"end"}  # only this step's fields are asked for
    response = go(
        client, "neu/wann/", {**WHEN, "repeat_weeks": "1", "repeat_until": START.date().isoformat()[:4] + "-01-01"}
    )
    assert "Die Wiederholung muss nach dem ersten Termin enden" in response.content.decode()
    assert go(client, "neu/wann/", WHEN).headers["Location"] == f"{CAL}neu/wo/"

    response = go(client, "neu/wo/", {"online_url": "kein link"})
    assert set(response.context["form"].errors) == {"online_url"}
    assert go(client, "neu/wo/", {}).headers["Location"] == f"{CAL}neu/anmeldung/"

    response = go(client, "neu/anmeldung/", {"capacity": "10", "companions_allowed": "0"})
    assert "Plätze gibt es nur mit Anmeldung" in response.content.decode()
    assert go(client, "neu/anmeldung/", REGISTRATION).headers["Location"] == f"{CAL}neu/vorschau/"
    assert not Event.objects.exists()  # nothing is saved before publishing


def test_going_back_keeps_what_was_typed_even_unchecked(client, org, editor):
    client.force_login(editor)
    go(client, "neu/", what(org))
    half = {"start": WHEN["start"], "end": ""}
    response = go(client, "neu/wann/", half, direction="zurueck")
    assert response.headers["Location"] == f"{CAL}neu/"
    page = client.get(f"{CAL}neu/").content.decode()
    assert (
        'value="Vorlesetag"' in page and "Kinder ab 6" in page and "Sie setzen Ihren angefangenen Entwurf fort" in page
    )
    page = client.get(f"{CAL}neu/wann/").content.decode()
    assert f'value="{WHEN["start"]}"' in page
    # Leaving and coming back later loses nothing either; "discard" starts afresh.
    client.post(f"{CAL}neu/verwerfen/")
    assert 'value="Vorlesetag"' not in client.get(f"{CAL}neu/").content.decode()


def test_the_preview_shows_the_page_as_it_will_be(client, dessau, org, editor):
    venue = make_venue(dessau, "Stadtbibliothek", wheelchair=True)
    client.force_login(editor)
    go(client, "neu/", what(org))
    go(client, "neu/wann/", WHEN)
    go(client, "neu/wo/", {"venue": venue.pk})
    go(client, "neu/anmeldung/", REGISTRATION)
    response = client.get(f"{CAL}neu/vorschau/")
    html = response.content.decode()
    assert response.status_code == 200 and "Schritt 5 von 5: Vorschau" in html
    for text in ("<h1>Vorlesetag</h1>", "Vorlesen in vielen Sprachen", "Stadtbibliothek", "One Community Projekt"):
        assert text in html, text
    assert "Kinder ab 6" in html and "3 €" in html and "30 von 30 Plätzen frei" in html and "Rollstuhlgerecht" in html
    assert "<script>alert" not in html  # sanitised as on saving
    assert "Zur Prüfung einreichen" in html and "Veröffentlichen</button>" not in html  # an untrusted editor
    assert not Event.objects.exists()
    # Back from the preview goes to the last step, with its values.
    assert go(client, "neu/vorschau/", {}, direction="zurueck").headers["Location"] == f"{CAL}neu/anmeldung/"
    assert 'value="30"' in client.get(f"{CAL}neu/anmeldung/").content.decode()


def test_publishing_creates_exactly_one_event(client, org, editor):
    client.force_login(editor)
    response = create_in_steps(client, CAL, {**what(org), **WHEN, **REGISTRATION})
    assert response.status_code == 302 and response.headers["Location"] == f"{CAL}verwalten/"
    event = Event.objects.get()
    assert (event.title, event.status, event.capacity, event.languages) == ("Vorlesetag", "pending", 30, "de,ar")
    assert list(event.organisations.all()) == [org] and "<script>" not in event.description_de
    # The same button again (a double click, the back button): the draft is gone, nothing more.
    again = go(client, "neu/vorschau/", {}, direction="veroeffentlichen")
    assert again.status_code == 302 and again.headers["Location"] == f"{CAL}neu/"
    assert Event.objects.count() == 1


def test_a_coordinator_publishes_at_once_and_a_series_says_how_many(client, org, coordinator):
    client.force_login(coordinator)
    until = (START + dt.timedelta(weeks=3)).date().isoformat()
    for path, data in zip(
        STEP_PATHS, (what(org), {**WHEN, "repeat_weeks": "1", "repeat_until": until}, {}, REGISTRATION), strict=True
    ):
        assert go(client, path, data).status_code == 302
    html = client.get(f"{CAL}neu/vorschau/").content.decode()
    assert "Veröffentlichen</button>" in html and "Es werden 4 Termine angelegt" in html
    assert "Regelmäßig: jede Woche" in html
    go(client, "neu/vorschau/", {}, direction="veroeffentlichen")
    assert Event.objects.filter(status="published").count() == 4 and EventSeries.objects.count() == 1


def test_the_preview_needs_every_step(client, org, editor):
    client.force_login(editor)
    assert client.get(f"{CAL}neu/vorschau/").headers["Location"] == f"{CAL}neu/"
    go(client, "neu/", what(org))
    assert client.get(f"{CAL}neu/vorschau/").headers["Location"] == f"{CAL}neu/wann/"
    assert client.get(f"{CAL}neu/gibtsnicht/").status_code == 404


def test_another_towns_steps_and_draft_answer_404(client, dessau, wittenberg, org, other_org, editor):
    client.force_login(editor)
    go(client, "neu/", what(org))
    other = "/lutherstadt-wittenberg/begegnungen/"
    for path in (*STEP_PATHS, "neu/vorschau/"):
        assert client.get(f"{other}{path}").status_code == 404, path
    assert client.post(f"{other}neu/verwerfen/").status_code == 404
    # An editor in both towns has a draft per town, and no other town's organisation.
    OrganisationEditor.objects.create(organisation=other_org, user=editor, status=OrganisationEditor.Status.ACTIVE)
    assert 'value="Vorlesetag"' not in client.get(f"{other}neu/").content.decode()
    response = client.post(f"{other}neu/", {**what(org), "richtung": "weiter"})
    assert "organisations" in response.context["form"].errors
    assert 'value="Vorlesetag"' in client.get(f"{CAL}neu/").content.decode()


def test_no_editor_no_steps(client, dessau, org):
    client.force_login(make_user("niemand@example.org"))
    assert client.get(f"{CAL}neu/").status_code == 404
    assert client.get(f"{CAL}neu/wann/").status_code == 404
