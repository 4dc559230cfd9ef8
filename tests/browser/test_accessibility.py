"""axe (WCAG 2.1 A + AA) on every page a person can reach, in German and in Arabic (right-to-left)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from playwright.sync_api import Page, expect

from engagiert.core.models import User
from engagiert.directory import services
from engagiert.directory.models import OrganisationEditor
from engagiert.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.browser

DESSAU = "/dessau-rosslau"
SEARCH = f"{DESSAU}/durchblick/"
ORG = f"{SEARCH}one-community-projekt/"


@pytest.fixture
def area_volunteer(dessau, org):
    """A volunteer with something in every section of "Mein Bereich": a ticket, a place on a
    waiting list, an interest, a shift and confirmed hours."""
    from decimal import Decimal

    from django.utils import timezone

    from engagiert.events import services as event_services
    from engagiert.events.tests.factories import make_event
    from engagiert.volunteering.models import HourEntry, Interest, ShiftSignup
    from engagiert.volunteering.tests.factories import make_opportunity, make_shift

    person = make_user("freiwillig@example.org")
    gala = make_event(dessau, "Inklusive Tanzgala", organisation=org, registration_required=True, capacity=1)
    event_services.register(event=gala, name="Fre Iwillig", email=person.email, user=person)
    full = make_event(dessau, "Konzert im Stadtpark", registration_required=True, capacity=0, days=9)
    event_services.register(event=full, name="Fre Iwillig", email=person.email, user=person)
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    Interest.objects.create(opportunity=opp, volunteer=person)
    ShiftSignup.objects.create(shift=make_shift(opp), volunteer=person)
    HourEntry.objects.create(
        municipality=dessau,
        volunteer=person,
        organisation=org,
        organisation_name=org.name,
        activity="Begleitung",
        date=timezone.localdate(),
        hours=Decimal("2.5"),
        status="confirmed",
    )
    return person


@pytest.fixture
def scenario(dessau, org, editor, coordinator, outsider, area_volunteer):
    """One of everything: published organisations (one on the map), a pending registration,
    an editorship request and a pending change, so that every list has an entry."""
    make_org(
        dessau,
        "Tanzschule Roßlau",
        kind="company",
        description="<p>Tanzkurse für alle Generationen.</p>",
        topics=("Kultur", "Sport"),
        district=dessau.districts.get(slug="rosslau"),
        dimensions=("Alter",),
        programmes=("Demokratie leben",),
        street="Hauptstraße 1",
        postcode="06862",
        city="Dessau-Roßlau",
        latitude=51.8876,
        longitude=12.2416,
    )
    services.register_organisation(
        user=outsider,
        municipality=dessau,
        data={"name": "Nachbarschaftshilfe Ziebigk", "kind": "initiative", "description_de": "<p>Einkaufshilfe.</p>"},
    )
    asking = make_user("anfrage@example.org")
    OrganisationEditor.objects.create(
        organisation=org, user=asking, status=OrganisationEditor.Status.REQUESTED, message="Ich leite die Tanzgruppe."
    )
    data = services.snapshot(org)
    services.propose_change(
        organisation=org, author=editor, data={**data, "description_de": "<p>Neu: eine Tanzgala im Mai.</p>"}
    )
    unverified = User.objects.create_user(username="neu", email="neu@example.org", password=PASSWORD)
    address = EmailAddress.objects.create(user=unverified, email="neu@example.org", verified=False, primary=True)
    return SimpleNamespace(
        gb=gluecksbringer(dessau, coordinator),
        org=org,
        editor=editor,
        coordinator=coordinator,
        outsider=outsider,
        volunteer=area_volunteer,
        confirm_key=EmailConfirmationHMAC(address).key,
    )


def gluecksbringer(dessau, coordinator) -> SimpleNamespace:
    """A Glücksbringer campaign with a published portrait, an invited nominee, one writing her
    portrait and one the coordinator has to ask (phone)."""
    from engagiert.nominations import services as gb
    from engagiert.nominations.tests.factories import confirm_latest, make_campaign, nominate, published_nomination

    campaign = make_campaign(dessau)
    shown = published_nomination(campaign, dessau, email="gezeigt@example.org")
    invited = confirm_latest(nominate(campaign, dessau, email="eingeladen@example.org"))
    writing = confirm_latest(nominate(campaign, dessau, email="schreibt@example.org"))
    gb.answer_invitation(nomination=writing, choice=gb.AGREE_WRITE)
    phone = confirm_latest(nominate(campaign, dessau, email=""))
    base = f"{DESSAU}/gluecksbringer"
    return SimpleNamespace(
        campaign=f"{base}/kampagnen/{campaign.slug}/",
        portrait=f"{base}/portraets/{shown.portrait.slug}/",
        invitation=f"{base}/einladung/{gb.nominee_token(invited)}/",
        writing=f"{base}/einladung/{gb.nominee_token(writing)}/",
        published=f"{base}/einladung/{gb.nominee_token(shown)}/",
        detail=f"{base}/koordination/{phone.pk}/",
        review=f"{base}/koordination/{shown.pk}/",
    )


def submit_main_form(page: Page) -> None:
    page.click("main form button[type=submit]")
    page.wait_for_load_state()


def submit_empty_and_expect_errors(page: Page) -> None:
    submit_main_form(page)
    expect(page.locator(".error-summary")).to_be_visible()


def submit_bad_edit(page: Page) -> None:
    page.fill("input[name=name]", "")
    page.fill("input[name=postcode]", "123")
    submit_main_form(page)
    expect(page.locator(".error-summary").first).to_be_visible()


def submit_bad_feedback(page: Page) -> None:
    page.fill("input[name=email]", "keine-adresse")
    submit_main_form(page)
    expect(page.locator(".error-summary")).to_be_visible()


def submit_bad_colour(page: Page) -> None:
    page.fill("input[name=accent_colour]", "#ffcc00")
    submit_main_form(page)
    expect(page.locator(".error-summary")).to_be_visible()


def submit_bad_login(page: Page) -> None:
    page.fill("input[name=login]", "koordination@dessau.example")
    page.fill("input[name=password]", "falsches-passwort")
    submit_main_form(page)
    expect(page.locator("main .error-summary")).to_be_visible()


def submit_bad_signup(page: Page) -> None:
    page.fill("input[name=first_name]", "Nora")
    page.fill("input[name=email]", "neugierig@example.org")  # taken
    page.fill("input[name=password1]", "kurz")
    page.fill("input[name=password2]", "anders")
    submit_main_form(page)
    expect(page.locator("main .error-summary")).to_be_visible()


def reauthenticate(page: Page) -> None:
    """allauth asks for the password again before two-factor settings change."""
    page.fill("input[name=password]", PASSWORD)
    submit_main_form(page)
    expect(page.locator("input[name=code]")).to_be_visible()


def submit_bad_synonyms(page: Page) -> None:
    page.fill("textarea[name=entries]", "Erste Hilfe: Sanitäter")
    submit_main_form(page)
    expect(page.locator(".error-summary")).to_be_visible()


def wait_for_map(page: Page) -> None:
    expect(page.locator("#map .leaflet-marker-icon")).to_have_count(1)


@dataclass(frozen=True)
class Visit:
    name: str
    path: str | Callable[[SimpleNamespace], str]
    user: str = ""  # attribute of the scenario; empty: anonymous
    then: Callable[[Page], None] | None = None
    expect_path: str = ""  # where the visit must end; default: `path`
    status: int = 200

    def url(self, scenario) -> str:
        return self.path(scenario) if callable(self.path) else self.path


VISITS = [
    Visit("platform-home", "/"),
    Visit("municipality-home", f"{DESSAU}/"),
    Visit("search-results", f"{SEARCH}?q=Tanz", then=wait_for_map),
    Visit("search-facets", f"{SEARCH}?topic=kultur&kind=company&district=rosslau", then=wait_for_map),
    Visit("search-no-results", f"{SEARCH}?q=Zauberw%C3%BCrfel"),
    Visit("search-invalid-filter", f"{SEARCH}?q=Tanz&district=gibt-es-nicht&kind=x"),
    Visit("organisation-detail", ORG),
    Visit("organisation-detail-coordinator", ORG, user="coordinator"),
    Visit("register", f"{SEARCH}eintragen/", user="outsider"),
    Visit("register-errors", f"{SEARCH}eintragen/", user="outsider", then=submit_empty_and_expect_errors),
    Visit("edit", f"{ORG}bearbeiten/", user="editor"),
    Visit("edit-errors", f"{ORG}bearbeiten/", user="editor", then=submit_bad_edit),
    Visit("history", f"{ORG}verlauf/", user="editor"),
    Visit("request-editorship", f"{ORG}verwalten/", user="outsider"),
    Visit("request-editorship-errors", f"{ORG}verwalten/", user="outsider", then=submit_empty_and_expect_errors),
    Visit("queue", f"{SEARCH}koordination/", user="coordinator"),
    Visit("reach", f"{SEARCH}koordination/reichweite/", user="coordinator"),
    Visit("accessibility", f"{DESSAU}/barrierefreiheit/"),
    Visit("accessibility-errors", f"{DESSAU}/barrierefreiheit/", then=submit_bad_feedback),
    Visit("imprint", f"{DESSAU}/impressum/"),
    Visit("privacy", f"{DESSAU}/datenschutz/"),
    Visit("appearance", f"{DESSAU}/einstellungen/darstellung/", user="coordinator"),
    Visit("appearance-errors", f"{DESSAU}/einstellungen/darstellung/", user="coordinator", then=submit_bad_colour),
    Visit("site-search", f"{DESSAU}/suche/?q=Tanz"),
    Visit("site-search-empty", f"{DESSAU}/suche/"),
    Visit("site-search-no-results", f"{DESSAU}/suche/?q=Tanz+Zauberw%C3%BCrfel"),
    Visit("site-search-nothing-searchable", f"{DESSAU}/suche/?q=%25%25"),
    Visit("search-settings", f"{DESSAU}/einstellungen/suche/", user="coordinator"),
    Visit("search-settings-errors", f"{DESSAU}/einstellungen/suche/", user="coordinator", then=submit_bad_synonyms),
    Visit("account", "/mein-konto/", user="editor"),
    Visit("my-area-volunteer", f"{DESSAU}/mein-bereich/", user="volunteer"),
    Visit("my-area-editor", f"{DESSAU}/mein-bereich/", user="editor"),
    Visit("my-area-coordinator", f"{DESSAU}/mein-bereich/", user="coordinator"),
    Visit("privacy-centre", f"{DESSAU}/mein-bereich/datenschutz/", user="volunteer"),
    Visit("privacy-delete-account", f"{DESSAU}/mein-bereich/datenschutz/konto-loeschen/", user="volunteer"),
    Visit("impact-public", f"{DESSAU}/wirkung/"),
    Visit("impact-coordinator", f"{DESSAU}/wirkung/koordination/", user="coordinator"),
    Visit("open-data", f"{DESSAU}/offene-daten/"),
    Visit("login", "/accounts/login/"),
    Visit("login-errors", "/accounts/login/", then=submit_bad_login),
    Visit("signup", "/accounts/signup/"),
    Visit("signup-errors", "/accounts/signup/", then=submit_bad_signup),
    Visit("password-reset", "/accounts/password/reset/"),
    Visit("password-reset-done", "/accounts/password/reset/done/"),
    Visit("verification-sent", "/accounts/confirm-email/"),
    Visit("confirm-email", lambda s: f"/accounts/confirm-email/{s.confirm_key}/"),
    Visit("email-addresses", "/accounts/email/", user="editor"),
    Visit("password-change", "/accounts/password/change/", user="editor"),
    Visit("logout", "/accounts/logout/", user="editor"),
    Visit("not-found", f"{SEARCH}gibt-es-nicht/", status=404),
    Visit("mfa-index", "/accounts/2fa/", user="coordinator"),
    Visit(
        "reauthenticate", "/accounts/2fa/totp/activate/", user="coordinator", expect_path="/accounts/reauthenticate/"
    ),
    Visit("mfa-totp-activate", "/accounts/2fa/totp/activate/", user="coordinator", then=reauthenticate),
    # Glücksbringer
    Visit("gb-home", f"{DESSAU}/gluecksbringer/"),
    Visit("gb-gallery", lambda s: s.gb.campaign),
    Visit("gb-gallery-filtered", lambda s: s.gb.campaign + "?town=dessau-rosslau&topic=gibt-es-nicht"),
    Visit("gb-portrait", lambda s: s.gb.portrait),
    Visit("gb-portrait-coordinator", lambda s: s.gb.portrait, user="coordinator"),
    Visit("gb-nominate", lambda s: s.gb.campaign + "vorschlagen/"),
    Visit("gb-nominate-errors", lambda s: s.gb.campaign + "vorschlagen/", then=submit_empty_and_expect_errors),
    Visit("gb-self-nominate", lambda s: s.gb.campaign + "vorschlagen/?selbst=1"),
    Visit("gb-confirm", f"{DESSAU}/gluecksbringer/bestaetigen/ein-link/"),
    Visit("gb-invitation", lambda s: s.gb.invitation),
    Visit("gb-invitation-errors", lambda s: s.gb.invitation, then=submit_empty_and_expect_errors),
    Visit("gb-consent-given", lambda s: s.gb.published),
    Visit("gb-write-portrait", lambda s: s.gb.writing + "portraet/"),
    Visit("gb-write-portrait-errors", lambda s: s.gb.writing + "portraet/", then=submit_empty_and_expect_errors),
    Visit("gb-withdraw", lambda s: s.gb.published + "widerrufen/"),
    Visit("gb-link-forged", f"{DESSAU}/gluecksbringer/einladung/1:gefaelscht/", status=404),
    Visit("gb-queue", f"{DESSAU}/gluecksbringer/koordination/", user="coordinator"),
    Visit("gb-detail", lambda s: s.gb.detail, user="coordinator"),
    Visit("gb-detail-published", lambda s: s.gb.review, user="coordinator"),
    Visit("gb-record-consent", lambda s: s.gb.detail + "einwilligung/", user="coordinator"),
    Visit(
        "gb-record-consent-errors",
        lambda s: s.gb.detail + "einwilligung/",
        user="coordinator",
        then=submit_empty_and_expect_errors,
    ),
    Visit("gb-edit-portrait", lambda s: s.gb.review + "portraet/", user="coordinator"),
    Visit("gb-figures", f"{DESSAU}/gluecksbringer/koordination/kennzahlen/", user="coordinator"),
    Visit("gb-block", f"{DESSAU}/gluecksbringer/koordination/sperren/", user="coordinator"),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    url = visit.url(scenario)
    response = page.goto(url)
    assert response is not None and response.status == visit.status, f"{url}: {response and response.status}"
    if visit.status != 200:
        status = f"{visit.status} ({response.status_text})"
        contexts.expect_console_error(
            f"{page.url}: Failed to load resource: the server responded with a status of {status}"
        )
    if visit.then:
        visit.then(page)
    assert urlsplit(page.url).path == (visit.expect_path or urlsplit(url).path)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", lang)
    expect(html).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"{visit.name}-{lang}")


def test_axe_reports_violations(contexts, check_a11y, dessau):
    """The check above would notice a broken page: an input without a label and low contrast."""
    page = contexts.page()
    page.goto(f"{DESSAU}/")
    page.evaluate(
        """() => {
            const main = document.querySelector("main");
            main.append(document.createElement("input"));
            const pale = main.appendChild(document.createElement("p"));
            pale.textContent = "blass";
            pale.style.color = "#bbb";  // CSSOM: allowed by the Content-Security-Policy, style attributes are not
        }"""
    )
    with pytest.raises(AssertionError) as failure:
        check_a11y(page)
    assert "label" in str(failure.value) and "color-contrast" in str(failure.value)


def test_api_docs_page(contexts, check_a11y):
    """Swagger UI from local static files (no CDN, no inline script), with lang and AA contrast."""
    for lang in ("de", "ar"):
        page = contexts.page(lang=lang)
        page.goto("/api/v1/docs")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("#swagger-ui .info")).to_be_visible(timeout=5000)
        expect(page.locator(".opblock-summary-path").first).to_be_visible()
        check_a11y(page, name=f"api-docs-{lang}")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_static_error_pages(contexts, check_a11y, dessau, lang):
    """The expired-form page (CSRF failure) and the server error page (engagiert/core/errors.py)."""
    from django.test import RequestFactory
    from django.utils import translation

    from engagiert.core.errors import server_error

    page = contexts.page(lang=lang)
    page.goto(f"{DESSAU}/barrierefreiheit/")
    page.fill("textarea[name=message]", "Der Kontrast ist zu schwach.")
    page.evaluate("document.querySelector('main form [name=csrfmiddlewaretoken]').value = 'abgelaufen'")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        submit_main_form(page)
    assert answer.value.status == 403
    contexts.expect_console_error(
        f"{page.url}: Failed to load resource: the server responded with a status of 403 (Forbidden)"
    )
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"csrf-failure-{lang}")

    # The 500 page cannot be provoked on the live server: serve the handler's answer at a URL of it.
    with translation.override(lang):
        html = server_error(RequestFactory().get("/")).content.decode()
    page.route("**/kaputt/", lambda route: route.fulfill(status=500, body=html, content_type="text/html"))
    response = page.goto("/kaputt/")
    assert response.status == 500
    contexts.expect_console_error(
        f"{page.url}: Failed to load resource: the server responded with a status of 500 ({response.status_text})"
    )
    expect(page.locator("html")).to_have_attribute("lang", lang)
    check_a11y(page, name=f"server-error-{lang}")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_directory_shows_its_first_result_on_a_phones_first_screen(contexts, scenario, lang):
    """Facets wait behind "Filter (n)" on a phone; on a wide screen they are the sidebar, no click needed."""
    from .conftest import PHONE

    page = contexts.page(lang=lang, viewport=PHONE)
    page.goto(f"{SEARCH}?q=Tanz&kind=company")
    wait_for_map(page)  # the map follows the results on a phone
    summary = page.locator("details.filters > summary")
    expect(summary).to_be_visible()
    expect(page.locator(".facets")).to_be_hidden()
    first = page.locator(".result").first.bounding_box()
    assert first["y"] + 48 <= PHONE["height"], f"first result at {first['y']} px"
    assert page.locator("#map").bounding_box()["y"] > first["y"]
    summary.click()
    expect(page.locator(".facets a").first).to_be_visible()

    wide = contexts.page(lang=lang)
    wide.goto(f"{SEARCH}?q=Tanz&kind=company")
    expect(wide.locator("details.filters > summary")).to_be_hidden()
    expect(wide.locator(".facets a").first).to_be_visible()
    facets, results = wide.locator(".facets").bounding_box(), wide.locator("#results-heading").bounding_box()
    left, right = sorted([facets, results], key=lambda box: box["x"])
    assert left["x"] + left["width"] <= right["x"]  # side by side, not stacked
