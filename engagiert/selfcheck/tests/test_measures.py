from __future__ import annotations

import pytest

from engagiert.selfcheck.models import Measure
from engagiert.testing import make_org

BASE = "/dessau-rosslau/selbstcheck/koordination/massnahmen"


@pytest.fixture
def c(client, coordinator):
    client.force_login(coordinator)
    return client


def test_coordinator_adds_edits_and_deletes_a_milestone(c, dessau, org, catalogue):
    data = {
        "date": "2021-10-01",
        "title": "Auftaktveranstaltung",
        "goal": "Neuer Schub für das Netzwerk",
        "responsible_organisation": org.pk,
        "status": "done",
        "progress": "100",
        "event_title": "Auftaktveranstaltung Engagierte Stadt",
        "public": "on",
    }
    assert c.post(f"{BASE}/neu/", data).status_code == 302
    m = Measure.objects.get()
    assert (m.municipality, m.responsible_organisation, m.public, m.progress) == (dessau, org, True, 100)
    assert c.post(f"{BASE}/{m.pk}/", {**data, "progress": "60", "status": "in_progress"}).status_code == 302
    m.refresh_from_db()
    assert m.status == "in_progress" and m.progress == 60
    html = c.get(f"{BASE}/").content.decode()
    # One card per measure with its facts as a definition list (a phone reads it without a wide table).
    assert "<table" not in html and html.count('<dl class="facts">') == 1
    assert "<bdi>Auftaktveranstaltung</bdi>" in html and f'href="{BASE}/{m.pk}/"' in html
    assert c.post(f"{BASE}/{m.pk}/loeschen/").status_code == 302
    assert not Measure.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"progress": "150"}, "kleiner oder gleich 100"),
        ({"progress": "-5"}, "größer oder gleich 0"),
        ({"status": "vergessen"}, "gültige Auswahl"),
        ({"date": "Mai"}, "gültiges Datum"),
        ({"title": ""}, "Pflichtfeld"),
        ({"event_url": "javascript:alert(1)"}, "gültige Adresse"),
    ],
)
def test_bad_measure_input_is_rejected_and_kept(c, dessau, catalogue, change, message):
    data = {"date": "2021-10-01", "title": "Auftaktveranstaltung", "status": "done", "progress": "10", **change}
    response = c.post(f"{BASE}/neu/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'value="2021-10-01"' in response.content.decode() or change.get("date")
    assert not Measure.objects.exists()


def test_an_organisation_of_another_municipality_cannot_be_responsible(c, dessau, wittenberg, catalogue):
    foreign = make_org(wittenberg, "Fremder Verein")
    response = c.post(
        f"{BASE}/neu/",
        {
            "date": "2021-10-01",
            "title": "X",
            "status": "planned",
            "progress": "0",
            "responsible_organisation": foreign.pk,
        },
    )
    assert response.status_code == 200 and not Measure.objects.exists()
