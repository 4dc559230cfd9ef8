"""Mach mit! in Chromium: the "Done when" journey, and axe on every page in German and Arabic."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from engagiert.testing import make_user
from engagiert.volunteering import services
from engagiert.volunteering.models import Certificate, HourEntry, Interest, Opportunity
from engagiert.volunteering.tests.factories import TUESDAY_AFTERNOON, accept, make_opportunity, make_profile, make_shift

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/mach-mit"


@pytest.fixture
def scenario(dessau, org, editor, coordinator):
    """A published opportunity with a shift, a pending one, a volunteer who takes part
    with confirmed and open hours, a certificate, and a newcomer's open interest."""
    rosslau = dessau.districts.get(slug="rosslau")
    opp = make_opportunity(
        org,
        "Begleitung im Seniorenheim",
        topics=("Seniorenarbeit",),
        skills=("Vorlesen",),
        availability=TUESDAY_AFTERNOON,
        district=rosslau,
        description="<p>Vorlesen, spazieren gehen, zuhören.</p>",
        tasks_de="Besuche am Dienstagnachmittag",
        requirements="erweitertes Führungszeugnis",
        minimum_age=16,
    )
    make_shift(opp, in_days=4, hour=15)
    pending = make_opportunity(org, "Klimaschutz-AG", status=Opportunity.Status.PENDING)
    closed = make_opportunity(org, "Vorlesetag im Vorjahr", ends_on=timezone.localdate() - datetime.timedelta(days=2))
    stale = make_opportunity(org, "Repair-Café")
    Opportunity.objects.filter(pk=stale.pk).update(confirmed_current_at=timezone.now() - datetime.timedelta(days=100))
    volunteer = make_user("lotte@example.org")
    volunteer.first_name, volunteer.last_name = "Lotte", "Brandt"
    volunteer.save()
    make_profile(volunteer, dessau, topics=("Seniorenarbeit",), availability=TUESDAY_AFTERNOON, allow_contact=True)
    interest = accept(volunteer, opp, days_ago=30)
    services.send_message(interest=interest, sender=editor, body="Willkommen im Team!", from_organisation=True)
    today = timezone.localdate()
    confirmed = services.log_hours(
        volunteer=volunteer, opportunity=opp, date=today - datetime.timedelta(days=7), hours=Decimal("2.5")
    )
    services.decide_hours(entry=confirmed, confirm=True, by=editor)
    services.log_hours(volunteer=volunteer, opportunity=opp, date=today, hours=Decimal("2"), note="Spaziergang")
    certificate = services.issue_certificate(user=volunteer, municipality=dessau)
    newcomer = make_user("neu@example.org")
    make_profile(newcomer, dessau, topics=("Seniorenarbeit",))
    open_interest = Interest.objects.create(opportunity=opp, volunteer=newcomer, message="Ich habe dienstags Zeit.")
    make_profile(make_user("jamal@example.org"), dessau, topics=("Seniorenarbeit",), allow_contact=True)
    return SimpleNamespace(
        opp=opp,
        closed=closed,
        pending=pending,
        stale=stale,
        org=org,
        editor=editor,
        coordinator=coordinator,
        volunteer=volunteer,
        interest=interest,
        open_interest=open_interest,
        confirmed=confirmed,
        certificate=certificate,
        outsider=make_user("aussen@example.org"),
    )


def submit_main(page: Page) -> None:
    page.locator("main form[method=post]").last.locator("button[type=submit]").first.click()
    page.wait_for_load_state()


def bad_hours(page: Page) -> None:
    page.select_option("#id_opportunity", index=1)
    page.fill("#id_date", timezone.localdate().isoformat())
    page.fill("#id_hours", "30")
    page.fill("#id_note", "Spaziergang")
    page.locator("form:has(#id_hours) button[type=submit]").click()  # (any language)
    page.wait_for_load_state()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_note")).to_have_value("Spaziergang")


def invite_first(page: Page) -> None:
    page.locator("form[action$='/einladen/'] button[type=submit]").first.click()  # (any language)
    page.wait_for_load_state()
    expect(page.locator(".messages")).to_be_visible()  # "Die Einladung ist verschickt."


def empty_form_errors(page: Page) -> None:
    submit_main(page)
    expect(page.locator(".error-summary")).to_be_visible()


@dataclass(frozen=True)
class Visit:
    name: str
    path: object
    user: str = ""
    then: object = None
    status: int = 200


VISITS = [
    Visit("search", f"{BASE}/"),
    Visit("search-query", f"{BASE}/?q=Senioren&district=rosslau"),
    Visit("detail", lambda s: f"{BASE}/angebote/{s.opp.pk}/"),
    Visit("detail-signed-in", lambda s: f"{BASE}/angebote/{s.opp.pk}/", user="outsider"),
    Visit("detail-closed", lambda s: f"{BASE}/angebote/{s.closed.pk}/", user="outsider"),
    Visit("detail-manager-stale", lambda s: f"{BASE}/angebote/{s.stale.pk}/", user="editor"),
    Visit("verify-form", f"{BASE}/nachweis/"),
    Visit("verify-genuine", lambda s: f"{BASE}/nachweis/{s.certificate.code}/"),
    Visit("verify-forged", f"{BASE}/nachweis/GEFAELSCHT123/", status=404),
    Visit("profile", f"{BASE}/profil/", user="outsider"),
    Visit("suggestions", f"{BASE}/vorschlaege/", user="volunteer"),
    Visit("interest", lambda s: f"{BASE}/angebote/{s.opp.pk}/interesse/", user="outsider"),
    Visit("mine", f"{BASE}/mein-engagement/", user="volunteer"),
    Visit("mine-errors", f"{BASE}/mein-engagement/", user="volunteer", then=bad_hours),
    Visit("delete-account", f"{BASE}/mein-engagement/konto-loeschen/", user="volunteer"),
    Visit("delete-account-errors", f"{BASE}/mein-engagement/konto-loeschen/", user="volunteer", then=empty_form_errors),
    Visit("conversation-volunteer", lambda s: f"{BASE}/anfragen/{s.interest.pk}/", user="volunteer"),
    Visit("conversation-organisation", lambda s: f"{BASE}/anfragen/{s.open_interest.pk}/", user="editor"),
    Visit("organisation", lambda s: f"{BASE}/organisation/{s.org.slug}/", user="editor"),
    Visit("create", lambda s: f"{BASE}/organisation/{s.org.slug}/neu/", user="editor"),
    Visit("create-errors", lambda s: f"{BASE}/organisation/{s.org.slug}/neu/", user="editor", then=empty_form_errors),
    Visit("edit", lambda s: f"{BASE}/angebote/{s.opp.pk}/bearbeiten/", user="editor"),
    Visit("shifts", lambda s: f"{BASE}/angebote/{s.opp.pk}/schichten/", user="editor"),
    Visit("shifts-errors", lambda s: f"{BASE}/angebote/{s.opp.pk}/schichten/", user="editor", then=empty_form_errors),
    Visit("volunteers", lambda s: f"{BASE}/angebote/{s.opp.pk}/freiwillige/", user="editor"),
    Visit("volunteers-invited", lambda s: f"{BASE}/angebote/{s.opp.pk}/freiwillige/", user="editor", then=invite_first),
    Visit("group-hours", lambda s: f"{BASE}/angebote/{s.opp.pk}/stunden/", user="editor"),
    Visit(
        "group-hours-errors", lambda s: f"{BASE}/angebote/{s.opp.pk}/stunden/", user="editor", then=empty_form_errors
    ),
    Visit("correct-hours", lambda s: f"{BASE}/stunden/{s.confirmed.pk}/korrigieren/", user="editor"),
    Visit("queue", f"{BASE}/koordination/", user="coordinator"),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    url = visit.path(scenario) if callable(visit.path) else visit.path
    response = page.goto(url)
    assert response is not None and response.status == visit.status, f"{url}: {response and response.status}"
    if visit.status != 200:
        contexts.expect_console_error(
            f"{page.url}: Failed to load resource: the server responded with a status of {visit.status} "
            f"({response.status_text})"
        )
    if visit.then:
        visit.then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"volunteering-{visit.name}-{lang}")


def test_newcomer_journey(contexts, check_a11y, dessau, org, editor):
    """Profile → suggestions with reasons → interest → accepted → shift → hours → confirmed
    → certificate PDF whose code verifies on the site."""
    rosslau = dessau.districts.get(slug="rosslau")
    opp = make_opportunity(
        org,
        "Begleitung im Seniorenheim",
        topics=("Seniorenarbeit",),
        availability=TUESDAY_AFTERNOON,
        district=rosslau,
    )
    make_opportunity(org, "Klimaschutz-AG", topics=("Klimaschutz",))
    make_shift(opp, in_days=5, hour=15)
    newcomer = make_user("lotte@example.org")

    me = contexts.page(user=newcomer)
    me.goto(f"{BASE}/")
    me.get_by_role("link", name="Passende Angebote für mich").click()
    expect(me.get_by_role("heading", level=1)).to_have_text("Mein Profil als Freiwillige*r")
    me.get_by_label("Seniorenarbeit").check()
    me.get_by_label("dienstags nachmittags").check()
    me.select_option("#id_district", label="Roßlau")
    me.fill("#id_birth_year", "1984")
    me.get_by_role("button", name="Profil speichern").click()

    expect(me.get_by_role("heading", level=1)).to_have_text("Passende Angebote für Sie")
    result = me.locator(".result").first
    expect(result).to_contain_text("Begleitung im Seniorenheim")
    expect(result).to_contain_text("Passt, weil: Seniorenarbeit, dienstags nachmittags, in Roßlau")
    expect(me.get_by_text("Klimaschutz-AG")).to_have_count(0)
    check_a11y(me, name="journey-suggestions")
    result.get_by_role("link", name="Begleitung im Seniorenheim").click()
    me.get_by_role("link", name="Ich möchte mitmachen").click()
    me.fill("#id_message", "Ich lese gern vor und habe dienstags Zeit.")
    me.get_by_role("button", name="Interesse senden").click()
    expect(me.get_by_text("Danke! Die Organisation meldet sich bei Ihnen.")).to_be_visible()

    org_page = contexts.page(user=editor)
    org_page.goto(f"{BASE}/organisation/{org.slug}/")
    org_page.get_by_role("button", name=re.compile("^Annehmen")).click()
    expect(org_page.get_by_text("Entscheidung gespeichert")).to_be_visible()
    assert Interest.objects.get(volunteer=newcomer).status == Interest.Status.ACCEPTED

    me.reload()
    me.get_by_role("button", name=re.compile("Für die Schicht am")).click()
    expect(me.get_by_text("Sie sind für diese Schicht eingetragen.")).to_be_visible()

    me.goto(f"{BASE}/mein-engagement/")
    me.select_option("#id_opportunity", label="Begleitung im Seniorenheim")
    me.fill("#id_date", timezone.localdate().isoformat())
    me.fill("#id_hours", "2,5")
    me.fill("#id_note", "Vorlesen im Gemeinschaftsraum")
    me.get_by_role("button", name="Stunden erfassen").click()
    expect(me.get_by_text("Ihre Stunden sind erfasst")).to_be_visible()

    org_page.reload()
    org_page.get_by_role("button", name=re.compile("^Bestätigen")).click()
    expect(org_page.get_by_text("Entscheidung gespeichert")).to_be_visible()
    assert HourEntry.objects.get(volunteer=newcomer).status == HourEntry.Status.CONFIRMED

    me.reload()
    expect(me.get_by_text("Bestätigt insgesamt: 2,5 Stunden")).to_be_visible()
    me.get_by_role("button", name="Nachweis ausstellen").click()
    certificate = Certificate.objects.get(user=newcomer)
    with me.expect_download() as download:
        me.get_by_role("link", name=re.compile("herunterladen \\(PDF\\)")).click()
    path = download.value.path()
    with open(path, "rb") as pdf:
        assert pdf.read(4) == b"%PDF"

    anyone = contexts.page()
    anyone.goto(f"{BASE}/nachweis/")
    anyone.fill("#verify-code", certificate.code)
    anyone.get_by_role("button", name="Prüfen").click()
    expect(anyone.get_by_text("Echt:")).to_be_visible()
    expect(anyone.locator("main table")).to_contain_text("Begleitung im Seniorenheim")
