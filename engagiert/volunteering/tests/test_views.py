"""Pages and API of Mach mit!: public search, bad input in forms, tenancy, query counts."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from engagiert.testing import make_org, make_user
from engagiert.volunteering import services
from engagiert.volunteering.models import HourEntry, Interest, Opportunity, VolunteerProfile

from .factories import accept, make_opportunity, make_profile, make_shift

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/mach-mit"


def test_public_search_without_account(client, dessau, org, other_org):
    make_opportunity(org, "Lesepat*in zum Vorlesetag", topics=("Bildung",), skills=("Vorlesen",))
    make_opportunity(org, "Klimaschutz-AG", topics=("Klimaschutz",), status=Opportunity.Status.DRAFT)
    make_opportunity(other_org, "Vorlesen in Wittenberg")
    page = client.get(f"{BASE}/", {"q": "vorlesen"}).content.decode()
    assert "Lesepat*in zum Vorlesetag" in page
    assert "Wittenberg" not in page.split("results-heading")[1]
    assert "Klimaschutz-AG" not in client.get(f"{BASE}/").content.decode()  # drafts are not public
    filtered = client.get(f"{BASE}/", {"topic": "klimaschutz"}).content.decode()
    assert "Lesepat" not in filtered


def test_an_invalid_filter_is_explained_and_the_search_still_applies(client, dessau, org):
    make_opportunity(org, "Lesepat*in zum Vorlesetag", topics=("Bildung",))
    make_opportunity(org, "Tafel-Ausgabe", topics=("Soziales",))
    response = client.get(f"{BASE}/", {"q": "vorlesen", "topic": "gibt-es-nicht", "kind": "quatsch"})
    page = response.content.decode()
    assert response.status_code == 200 and 'class="error-summary"' in page
    assert set(response.context["form"].errors) == {"topic", "kind"}
    assert "Lesepat*in zum Vorlesetag" in page and "Tafel-Ausgabe" not in page  # the query still applies


def test_search_needs_every_word_ranks_by_weight_and_pages(client, dessau, org):
    both_in_title = make_opportunity(org, "Sprachcafé für Senioren", topics=("Integration",))
    in_description = make_opportunity(
        org, "Sprachcafé am Markt", description_de="<p>Auch für Senioren.</p>", topics=("Integration",)
    )
    make_opportunity(org, "Seniorentanz", topics=("Kultur",))  # one word only
    for n in range(25):  # both words with weight 1; the newest first
        make_opportunity(org, f"Treffpunkt {n:02d}", tasks_de="Sprachcafé", description_de="<p>Senioren</p>")
    page = client.get(f"{BASE}/", {"q": "Sprachcafe Senioren"}).content.decode()
    assert "27 Angebote" in page
    assert page.index("Sprachcafé für Senioren") < page.index("Sprachcafé am Markt") < page.index("Treffpunkt 24")
    assert "Seniorentanz" not in page and "Treffpunkt 07" in page and "Treffpunkt 06" not in page
    second = client.get(f"{BASE}/", {"q": "Sprachcafe Senioren", "page": "2"}).content.decode()
    assert second.count("Treffpunkt ") == 7 and "Treffpunkt 00" in second and "Sprachcafé für" not in second
    api = client.get("/api/v1/opportunities", {"q": "Sprachcafe Senioren", "municipality": "dessau-rosslau"}).json()
    assert api["count"] == 27 and [item["id"] for item in api["items"][:2]] == [both_in_title.pk, in_description.pk]


@pytest.mark.parametrize("count", [1, 25])
def test_list_and_detail_take_a_fixed_number_of_queries(client, dessau, org, count, django_assert_num_queries):
    opps = [make_opportunity(org, f"Sprachcafé {n}", topics=("Integration",)) for n in range(count)]
    make_shift(opps[0])
    # Municipality, the form's topics and districts; search: the town's synonyms, ranked ids with
    # their count, the page's opportunities, their topics; the list without words: count, page, topics.
    with django_assert_num_queries(7):
        assert client.get(f"{BASE}/", {"q": "Sprachcafe"}).status_code == 200
    with django_assert_num_queries(6):
        assert client.get(f"{BASE}/").status_code == 200
    with django_assert_num_queries(6):  # municipality, opportunity, topics, skills, open shifts, its editors
        assert client.get(f"{BASE}/angebote/{opps[0].pk}/").status_code == 200


def test_drafts_are_visible_to_their_organisation_only(client, dessau, org, editor, outsider):
    draft = make_opportunity(org, "Entwurf", status=Opportunity.Status.DRAFT)
    client.force_login(outsider)
    assert client.get(f"{BASE}/angebote/{draft.pk}/").status_code == 404
    client.force_login(editor)
    assert client.get(f"{BASE}/angebote/{draft.pk}/").status_code == 200


def test_editor_of_untrusted_organisation_needs_approval(client, dessau, org, editor, coordinator):
    client.force_login(editor)
    data = {
        "title_de": "Sprachcafé",
        "kind": "regular",
        "hours_per_week": "2",
        "people_wanted": "3",
        "minimum_age": "0",
    }
    response = client.post(f"{BASE}/organisation/{org.slug}/neu/", {**data, "submit": "1"})
    assert response.status_code == 302
    opp = Opportunity.objects.get()
    assert opp.status == Opportunity.Status.PENDING
    client.force_login(coordinator)
    client.post(f"{BASE}/koordination/{opp.pk}/", {"decision": "approve"})
    opp.refresh_from_db()
    assert opp.status == Opportunity.Status.PUBLISHED


def test_opportunity_form_rejects_bad_input_and_keeps_it(client, dessau, org, editor):
    client.force_login(editor)
    data = {
        "title_de": "Sprachcafé",
        "kind": "regular",
        "people_wanted": "0",
        "minimum_age": "120",
        "hours_total": "-3",
    }
    page = client.post(f"{BASE}/organisation/{org.slug}/neu/", {**data, "submit": "1"}).content.decode()
    assert "Bitte suchen Sie mindestens eine Person." in page
    assert "Bitte geben Sie ein Mindestalter bis 99 an." in page
    assert "Bitte geben Sie eine Stundenzahl über 0 an." in page
    assert 'value="Sprachcafé"' in page
    assert not Opportunity.objects.exists()


def test_hours_form_bad_input_keeps_what_was_typed(client, dessau, org, editor):
    volunteer = make_user("lotte@example.org")
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=3)
    client.force_login(volunteer)
    url = f"{BASE}/mein-engagement/"
    cases = {
        "30": "Ein Tag hat höchstens 24 Stunden.",
        "-2": "Bitte geben Sie eine positive Stundenzahl an.",
        "viel": "Bitte eine Zahl eingeben",
    }
    for hours, message in cases.items():
        page = client.post(
            url,
            {"opportunity": opp.pk, "date": timezone.localdate().isoformat(), "hours": hours, "note": "Spaziergang"},
        )
        text = page.content.decode()
        assert message in text, hours
        assert 'value="Spaziergang"' in text
    early = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    text = client.post(url, {"opportunity": opp.pk, "date": early, "hours": "2"}).content.decode()
    assert "vor dem Beginn" in text
    assert not HourEntry.objects.exists()
    response = client.post(url, {"opportunity": opp.pk, "date": timezone.localdate().isoformat(), "hours": "2,5"})
    assert response.status_code == 302
    assert HourEntry.objects.get().hours == Decimal("2.5")


def test_withdrawing_confirmed_hours_shows_a_message(client, dessau, org, editor):
    volunteer = make_user("lotte@example.org")
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=3)
    entry = services.log_hours(volunteer=volunteer, opportunity=opp, date=timezone.localdate(), hours=Decimal("2"))
    services.decide_hours(entry=entry, confirm=True, by=editor)
    client.force_login(volunteer)
    response = client.post(f"{BASE}/mein-engagement/stunden/{entry.pk}/zuruecknehmen/", follow=True)
    assert "Bestätigte Stunden können nicht gelöscht werden" in response.content.decode()
    assert HourEntry.objects.filter(pk=entry.pk).exists()


def test_profile_form_rejects_bad_input(client, dessau):
    client.force_login(make_user("lotte@example.org"))
    data = {"birth_year": "1850", "travel_km": "-1", "languages": "deutsch!"}
    page = client.post(f"{BASE}/profil/", data).content.decode()
    assert "Bitte geben Sie ein Geburtsjahr zwischen" in page
    assert "ist kein Sprachkürzel" in page
    assert not VolunteerProfile.objects.exists()


def test_profile_and_interest_remember_the_language_of_the_page(client, dessau, org):
    from django.conf import settings

    volunteer = make_user("lotte@example.org")
    opp = make_opportunity(org, "Sprachcafé")
    client.force_login(volunteer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "uk"
    data = {"travel_km": "5", "languages": "uk, de", "birth_year": "1990", "topics": [], "slots": []}
    assert client.post(f"{BASE}/profil/", data).status_code == 302
    assert VolunteerProfile.objects.get(user=volunteer).language == "uk"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    client.post(f"{BASE}/angebote/{opp.pk}/interesse/", {"message": ""})
    assert Interest.objects.get(volunteer=volunteer).language == "ar"
    assert VolunteerProfile.objects.get(user=volunteer).language == "ar"


def test_messages_hide_email_until_accepted(client, dessau, org, editor):
    volunteer = make_user("lotte@example.org")
    opp = make_opportunity(org, "Sprachcafé")
    interest = services.express_interest(user=volunteer, opportunity=opp, message="Hallo!")
    client.force_login(editor)
    url = f"{BASE}/anfragen/{interest.pk}/"
    assert volunteer.email not in client.get(url).content.decode()
    mail.outbox.clear()
    client.post(url, {"body": "Willkommen, kommen Sie am Dienstag vorbei?"})
    notice = mail.outbox[-1]
    assert notice.to == [volunteer.email] and editor.email not in notice.body and "/anfragen/" in notice.body
    services.decide_interest(interest=interest, accept=True, by=editor)
    assert volunteer.email in client.get(url).content.decode()
    client.force_login(volunteer)
    page = client.get(url).content.decode()
    assert "Willkommen, kommen Sie am Dienstag vorbei?" in page and editor.email in page
    client.force_login(make_user("fremd@example.org"))
    assert client.get(url).status_code == 404


def test_another_municipalitys_objects_answer_404(client, dessau, wittenberg, coordinator, other_org):
    """A coordinator of Dessau-Roßlau addressing Wittenberg's objects through Dessau's URLs."""
    foreign = make_opportunity(other_org, "Tanz in Wittenberg", status=Opportunity.Status.PENDING)
    shift = make_shift(foreign)
    person = make_user("w@example.org")
    interest = Interest.objects.create(opportunity=foreign, volunteer=person)
    entry = HourEntry.objects.create(
        municipality=wittenberg,
        volunteer=person,
        opportunity=foreign,
        organisation=other_org,
        activity="Tanz",
        organisation_name=other_org.name,
        date=timezone.localdate(),
        hours=Decimal("2"),
    )
    client.force_login(coordinator)
    assert client.get(f"{BASE}/angebote/{foreign.pk}/").status_code == 404
    assert client.get(f"{BASE}/angebote/{foreign.pk}/bearbeiten/").status_code == 404
    assert client.get(f"{BASE}/organisation/{other_org.slug}/").status_code == 404
    assert client.get(f"{BASE}/anfragen/{interest.pk}/").status_code == 404
    assert client.get(f"{BASE}/stunden/{entry.pk}/korrigieren/").status_code == 404
    assert client.post(f"{BASE}/koordination/{foreign.pk}/", {"decision": "approve"}).status_code == 404
    assert client.post(f"{BASE}/anfragen/{interest.pk}/entscheiden/", {"decision": "accept"}).status_code == 404
    assert client.post(f"{BASE}/stunden/{entry.pk}/entscheiden/", {"decision": "confirm"}).status_code == 404
    assert client.post(f"{BASE}/schichten/{shift.pk}/anmelden/").status_code == 404
    foreign_profile = VolunteerProfile.objects.create(
        user=person, municipality=wittenberg, allow_contact=True, joined_on=timezone.localdate()
    )
    own = make_opportunity(make_org(dessau, "AWO Kreisverband Dessau e.V."), "Sprachcafé")
    invite_url = f"{BASE}/angebote/{own.pk}/freiwillige/{foreign_profile.pk}/einladen/"
    assert client.post(invite_url).status_code == 404
    assert client.get(f"/{wittenberg.slug}/mach-mit/koordination/").status_code == 404
    foreign.refresh_from_db()
    interest.refresh_from_db()
    entry.refresh_from_db()
    assert (foreign.status, interest.status, entry.status) == ("pending", "pending", "logged")


def test_api_lists_and_shows_visible_opportunities(client, dessau, org):
    visible = make_opportunity(org, "Lesepat*in zum Vorlesetag", skills=("Vorlesen",))
    draft = make_opportunity(org, "Entwurf", status=Opportunity.Status.DRAFT)
    body = client.get("/api/v1/opportunities", {"municipality": "dessau-rosslau", "q": "Vorlesetag"}).json()
    assert [item["title"] for item in body["items"]] == ["Lesepat*in zum Vorlesetag"]
    detail = client.get(f"/api/v1/opportunities/{visible.pk}").json()
    assert detail["skills"] == ["Vorlesen"] and detail["organisation"] == "One Community Projekt"
    assert client.get(f"/api/v1/opportunities/{draft.pk}").status_code == 404
    assert client.get("/api/v1/opportunities", {"q": "x" * 201}).status_code == 422
    assert "/api/v1/opportunities" in client.get("/api/v1/openapi.json").json()["paths"]


def test_suggestions_page_shows_reasons(client, dessau, org):
    volunteer = make_user("lotte@example.org")
    make_opportunity(org, "Begleitung im Seniorenheim", topics=("Seniorenarbeit",))
    make_profile(volunteer, dessau, topics=("Seniorenarbeit",))
    client.force_login(volunteer)
    page = client.get(f"{BASE}/vorschlaege/").content.decode()
    assert "Passt, weil:" in page and "Seniorenarbeit" in page


def test_signup_form_shows_clash(client, dessau, org):
    volunteer = make_user("lotte@example.org")
    a = make_shift(make_opportunity(org, "Sprachcafé"), hour=10)
    b = make_shift(make_opportunity(org, "Tanzprojekt"), hour=11)
    make_profile(volunteer, dessau)
    client.force_login(volunteer)
    client.post(f"{BASE}/schichten/{a.pk}/anmelden/")
    page = client.post(f"{BASE}/schichten/{b.pk}/anmelden/", follow=True).content.decode()
    assert "Sie haben zu dieser Zeit schon eine Schicht" in page


def test_other_organisations_editor_cannot_manage(client, dessau, org, editor):
    opp = make_opportunity(make_org(dessau, "AWO Kreisverband Dessau e.V."), "Sprachcafé")
    client.force_login(editor)
    assert client.get(f"{BASE}/angebote/{opp.pk}/bearbeiten/").status_code == 404
    assert client.post(f"{BASE}/angebote/{opp.pk}/status/", {"action": "archived"}).status_code == 404


def test_stale_opportunity_asks_its_organisation_to_confirm(client, dessau, org, editor):
    opp = make_opportunity(org, "Klimaschutz-AG")
    Opportunity.objects.filter(pk=opp.pk).update(confirmed_current_at=timezone.now() - datetime.timedelta(days=100))
    client.force_login(editor)
    assert "Bitte bestätigen" in client.get(f"{BASE}/organisation/{org.slug}/").content.decode()
    assert "nicht als aktuell bestätigt" in client.get(f"{BASE}/angebote/{opp.pk}/").content.decode()
    client.post(f"{BASE}/angebote/{opp.pk}/status/", {"action": "current"})
    opp.refresh_from_db()
    assert opp.confirmed_current_at > timezone.now() - datetime.timedelta(minutes=1)


def test_the_organisation_sees_a_volunteer_as_the_volunteer_chose(client, dessau, org, editor, mailoutbox):
    opp = make_opportunity(org, "Lesepat*in")
    lea = make_user("lea@example.org")
    lea.first_name, lea.last_name = "Lea", "Schmidt"  # name_shown: the first name only by default
    lea.save()
    ole = make_user("ole@example.org")
    ole.first_name, ole.last_name, ole.name_shown = "Ole", "Berg", "full"
    ole.save()
    services.express_interest(user=lea, opportunity=opp, message="")
    services.express_interest(user=ole, opportunity=opp, message="")
    services.express_interest(user=make_user("alt@example.org"), opportunity=opp, message="")  # no name
    client.force_login(editor)
    page = client.get(f"{BASE}/organisation/{org.slug}/").content.decode()
    assert "<bdi>Lea</bdi> möchte bei" in page and "Schmidt" not in page
    assert "<bdi>Ole Berg</bdi> möchte bei" in page
    assert "<bdi>Eine Person</bdi> möchte bei" in page and "alt@example.org" not in page
    bodies = [m.body for m in mailoutbox]
    assert any("Lea möchte" in b for b in bodies) and not any("Schmidt" in b for b in bodies)
    assert any("Ole Berg möchte" in b for b in bodies)


def test_my_engagement_takes_the_same_queries_for_one_offer_or_four(client, dessau, org):
    """Each interest and shift links to its offer, whose address names the town: read with the
    interests and shifts, not once per offer."""
    volunteer = make_user("lotte@example.org")
    client.force_login(volunteer)
    url = f"{BASE}/mein-engagement/"
    counts = []
    for number in range(4):
        opp = make_opportunity(org, f"Lesepatenschaft {number}")
        accept(volunteer, opp, days_ago=3)
        services.sign_up_for_shift(user=volunteer, shift=make_shift(opp, in_days=3 + number))
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        assert f"Lesepatenschaft {number}" in page
        counts.append(len(queries))
    assert counts[0] == counts[-1], counts


def test_my_hours_are_shown_a_page_at_a_time_the_newest_first(client, dessau, org, django_assert_max_num_queries):
    from engagiert.volunteering.views.volunteer import HOURS_PAGE_SIZE

    volunteer = make_user("lotte@example.org")
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=60)
    today = timezone.localdate()
    for days in range(HOURS_PAGE_SIZE + 5):
        services.log_hours(
            volunteer=volunteer, opportunity=opp, date=today - datetime.timedelta(days=days), hours=Decimal("1"),
            note=f"Besuch {days}",
        )  # fmt: skip
    client.force_login(volunteer)
    url = f"{BASE}/mein-engagement/"
    with django_assert_max_num_queries(25):
        first = client.get(url).content.decode()
    assert f"Einträge 1 bis {HOURS_PAGE_SIZE} von {HOURS_PAGE_SIZE + 5}, die neuesten zuerst." in first
    assert (
        "Besuch 0<" in first and f"Besuch {HOURS_PAGE_SIZE - 1}<" in first and f"Besuch {HOURS_PAGE_SIZE}<" not in first
    )
    assert 'href="?page=2#erfasste-stunden"' in first
    second = client.get(f"{url}?page=2").content.decode()
    assert f"Besuch {HOURS_PAGE_SIZE + 4}<" in second and "Besuch 0<" not in second
    assert client.get(f"{url}?page=x").status_code == 200  # not a number: the first page
