"""The Engagierte Stadt blocks of programme pages: the Etappenplan as the one timeline, linked with
the Selbstcheck's measures of the same town both ways (live state), the structure with members
from the Durchblick; another town's measures and organisations are neither listed nor accepted;
a fixed number of queries whatever the number of entries and members."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorDict

from engagiert.directory.models import Organisation, Programme
from engagiert.portal.etappenplan import OTHER_TOWN, foreign_choices
from engagiert.portal.models import ProgrammePage
from engagiert.portal.services import ensure_site
from engagiert.selfcheck.models import Measure
from engagiert.testing import make_org


@pytest.fixture
def programme(dessau):
    return Programme.objects.create(slug="engagierte-stadt", name="Engagierte Stadt", municipality=dessau)


def measure(town, title, *, status="done", public=True, date=dt.date(2021, 10, 1)) -> Measure:
    return Measure.objects.create(municipality=town, date=date, title=title, status=status, public=public)


def etappe(title, *, measure=None, date="2020-05-01", precision="month", state="done", text="", date_text=""):
    return {
        "date": date,
        "precision": precision,
        "date_text": date_text,
        "title": title,
        "text": text,
        "state": state,
        "measure": measure.pk if measure else None,
        "link": "",
    }


def etappenplan(*entries) -> dict:
    return {"type": "etappenplan", "value": {"heading": "Was bisher geschah", "entries": list(entries)}}


def structure(*, office=None, members=()) -> dict:
    return {
        "type": "structure",
        "value": {
            "heading": "Struktur",
            "office_name": "Koordinierungsstelle Engagierte Stadt",
            "office_text": "Im Referat des Oberbürgermeisters",
            "office": office.pk if office else None,
            "agreement_text": "<p>Kooperationsvereinbarung Stadt–Zivilgesellschaft–Wirtschaft</p>",
            "agreement_document": None,
            "committees": [
                {"name": "Arbeitsgruppe", "text": "Begleitet die Strategie.", "members": [o.pk for o in members]}
            ],
        },
    }


def es_page(town, programme, body) -> ProgrammePage:
    home = ensure_site(municipality=town).home
    page = ProgrammePage(title="Engagierte Stadt", slug="engagierte-stadt", programme=programme, show_members=False)
    page.body = body
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_linked_measure_shows_its_live_state_and_both_timelines_link(client, dessau, programme):
    start = measure(dessau, "Bewilligung Programm", date=dt.date(2020, 5, 1))
    strategy = measure(dessau, "Erarbeitung einer Engagement-Strategie", status="in_progress")
    internal = measure(dessau, "Interne Abstimmung", public=False)
    page = es_page(
        dessau,
        programme,
        [
            etappenplan(
                etappe("Bewilligung Programm „Engagierte Stadt“", measure=start, text="Aufbau des Netzwerks"),
                etappe("Auftaktveranstaltung", date="2021-10-01", date_text="02./04. Oktober 2021"),
                etappe("Engagement-Strategie", measure=strategy, state="done", date="2024-01-01", precision="year"),
                etappe("Abstimmung", measure=internal, state="planned", date="2024-02-01"),
            )
        ],
    )
    html = client.get(page.url).content.decode()
    assert '<ol class="timeline" aria-label="Was bisher geschah">' in html
    assert '<time datetime="2020-05">Mai 2020</time>' in html
    assert '<time datetime="2021-10">02./04. Oktober 2021</time>' in html
    assert '<time datetime="2024">2024</time>' in html
    # The measure's state, not the entry's own: live from the Selbstcheck, as text (not colour).
    assert f'id="etappe-{strategy.pk}"' in html and "timeline-entry--in_progress" in html
    assert "Stand: in Arbeit" in html
    assert f'href="/dessau-rosslau/selbstcheck/#massnahme-{strategy.pk}"' in html
    # A measure that is not public in the Selbstcheck: the entry's own state, no link.
    assert f"#massnahme-{internal.pk}" not in html and "Interne Abstimmung" not in html

    strategy.status = Measure.Status.DONE
    strategy.save()
    html = client.get(page.url).content.decode()
    assert "timeline-entry--in_progress" not in html

    selfcheck = client.get("/dessau-rosslau/selbstcheck/").content.decode()
    assert f'<li class="timeline-entry timeline-entry--done" id="massnahme-{start.pk}">' in selfcheck
    assert f'href="/dessau-rosslau/engagierte-stadt/#etappe-{start.pk}"' in selfcheck
    assert "Aufbau des Netzwerks" in selfcheck and "Im Etappenplan „Engagierte Stadt“" in selfcheck


def test_an_unpublished_page_is_not_linked_from_the_selfcheck(client, dessau, programme):
    start = measure(dessau, "Bewilligung Programm")
    page = es_page(dessau, programme, [etappenplan(etappe("Bewilligung", measure=start))])
    page.unpublish()
    assert "#etappe-" not in client.get("/dessau-rosslau/selbstcheck/").content.decode()


def test_another_towns_measure_or_organisation_is_refused(dessau, wittenberg, programme, other_org):
    own = measure(dessau, "Bewilligung Programm")
    foreign = measure(wittenberg, "Fremde Maßnahme")
    own_org = make_org(dessau, "AWO Kreisverband Dessau e.V.", status="published")
    pending = make_org(dessau, "Entwurf e. V.", status=Organisation.Status.PENDING)
    ok = [etappenplan(etappe("Eigene", measure=own)), structure(office=own_org, members=[own_org])]
    assert foreign_choices(ok, municipality_ids={dessau.pk}) is None

    bad = [
        structure(office=other_org, members=[own_org, pending]),
        etappenplan(etappe("Eigene", measure=own), etappe("Fremd", measure=foreign)),
    ]
    error = foreign_choices(bad, municipality_ids={dessau.pk})
    data = error.as_json_data()
    assert set(data["blockErrors"]) == {0, 1}
    assert data["blockErrors"][1]["blockErrors"]["entries"]["blockErrors"] == {
        1: {"blockErrors": {"measure": {"messages": [OTHER_TOWN]}}}
    }
    structure_errors = data["blockErrors"][0]["blockErrors"]
    assert "office" in structure_errors
    assert set(structure_errors["committees"]["blockErrors"][0]["blockErrors"]["members"]["blockErrors"]) == {1}

    # Saved any other way than the editor's form, the page refuses it too.
    page = es_page(dessau, programme, ok)
    page.body = bad[1:]
    with pytest.raises(ValidationError):
        page.full_clean()


def test_the_editors_form_marks_the_foreign_measure(dessau, wittenberg, programme, coordinator):
    own = measure(dessau, "Bewilligung Programm")
    foreign = measure(wittenberg, "Fremde Maßnahme")
    page = es_page(dessau, programme, [etappenplan(etappe("Eigene", measure=own))])
    form_class = ProgrammePage.get_edit_handler().get_form_class()
    form = form_class(instance=page, parent_page=page.get_parent(), for_user=coordinator)
    page.body = [etappenplan(etappe("Fremd", measure=foreign))]
    form.cleaned_data, form._errors = {"body_de": page.body, "slug": page.slug, "title": page.title}, ErrorDict()
    form.clean()
    assert "body_de" in form.errors
    error = form.errors.as_data()["body_de"][0]
    assert error.as_json_data()["blockErrors"][0]["blockErrors"]["entries"]["blockErrors"][0]


def test_choosers_list_the_editors_own_town_only(client, dessau, wittenberg, coordinator, other_org):
    ensure_site(municipality=dessau)
    ensure_site(municipality=wittenberg)
    own = measure(dessau, "Auftakt in Dessau")
    foreign = measure(wittenberg, "Auftakt in Wittenberg")
    make_org(dessau, "AWO Kreisverband Dessau e.V.", status="published")
    client.force_login(coordinator)
    listing = client.get("/redaktion/portal/massnahmen/").content.decode()
    assert "Auftakt in Dessau" in listing and "Auftakt in Wittenberg" not in listing
    assert client.get(f"/redaktion/portal/massnahmen/chosen/{own.pk}/").status_code == 200
    assert client.get(f"/redaktion/portal/massnahmen/chosen/{foreign.pk}/").status_code == 404
    orgs = client.get("/redaktion/portal/organisationen/").content.decode()
    assert "AWO Kreisverband" in orgs and other_org.name not in orgs
    assert client.get(f"/redaktion/portal/organisationen/chosen/{other_org.pk}/").status_code == 404


def test_structure_shows_published_members_of_the_town_with_fixed_queries(
    client, dessau, wittenberg, programme, other_org, django_assert_num_queries, django_assert_max_num_queries
):
    office = make_org(dessau, "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau", status="published")
    members = [make_org(dessau, f"Verein {i:02d}", status="published") for i in range(3)]
    start = measure(dessau, "Bewilligung Programm")
    page = es_page(
        dessau,
        programme,
        [etappenplan(etappe("Bewilligung", measure=start)), structure(office=office, members=members)],
    )
    client.get(page.url)
    with django_assert_max_num_queries(60) as few:
        html = client.get(page.url).content.decode()
    assert f'href="/dessau-rosslau/durchblick/{office.slug}/"' in html
    assert "Verein 02" in html and "Kooperationsvereinbarung Stadt–Zivilgesellschaft–Wirtschaft" in html

    more = members + [make_org(dessau, f"Initiative {i:02d}", status="published") for i in range(20)]
    more.append(make_org(dessau, "Entwurf e. V.", status=Organisation.Status.PENDING))
    more.append(other_org)
    measures = [measure(dessau, f"Schritt {i}") for i in range(20)]
    ProgrammePage.objects.filter(pk=page.pk).update(
        body_de=[
            etappenplan(*(etappe(m.title, measure=m) for m in [start, *measures])),
            structure(office=office, members=more),
        ]
    )  # as stored before any check: what is not of the town is never shown
    with django_assert_num_queries(len(few.captured_queries)):
        html = client.get(page.url).content.decode()
    assert "Initiative 19" in html and "Schritt 19" in html
    assert "Entwurf e. V." not in html and other_org.name not in html
