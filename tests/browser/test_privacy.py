"""The privacy centre in Chromium: axe on its pages in German and Arabic at 390 px (check_a11y
measures the phone width too), and the "Done when" journey of the demo-like volunteer: see the
data, withdraw a consent, export (ZIP link by e-mail), delete the account and be told what stays."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from engagiert.core.models import User
from engagiert.events.models import Registration
from tests.test_privacy_centre import EMAIL, person  # noqa: F401 - the fixture: data in every app

pytestmark = pytest.mark.browser

CENTRE = "/dessau-rosslau/mein-bereich/datenschutz/"


def empty_delete(page: Page) -> None:
    page.locator("main form[method=post] button[type=submit]").last.click()  # (any language)
    page.wait_for_load_state()
    expect(page.locator(".error-summary")).to_be_visible()


VISITS = [
    ("privacy-centre", CENTRE, None, 200),
    ("privacy-delete", f"{CENTRE}konto-loeschen/", None, 200),
    ("privacy-delete-errors", f"{CENTRE}konto-loeschen/", empty_delete, 200),
    ("privacy-export-link-invalid", "/mein-konto/daten/gefaelscht/", None, 404),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize(("name", "path", "then", "status"), VISITS, ids=[v[0] for v in VISITS])
def test_privacy_pages_have_no_axe_violations(contexts, check_a11y, person, name, path, then, status, lang):  # noqa: F811
    page = contexts.page(lang=lang, user=person)
    response = page.goto(path)
    assert response is not None and response.status == status
    if status != 200:
        contexts.expect_console_error(
            f"{page.url}: Failed to load resource: the server responded with a status of {status} "
            f"({response.status_text})"
        )
    if then:
        then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"{name}-{lang}")


def test_volunteer_sees_exports_withdraws_and_deletes(contexts, check_a11y, person, mailoutbox):  # noqa: F811
    me = contexts.page(user=person)
    me.set_viewport_size({"width": 390, "height": 844})
    me.goto("/dessau-rosslau/mein-bereich/")
    me.get_by_role("link", name="Meine Daten: herunterladen, Einwilligungen, Konto löschen").click()
    expect(me.get_by_role("heading", level=1)).to_have_text("Meine Daten")
    for app in ("Begegnungen", "Mach mit!", "Ehrenamtskarte", "Netzwerkverzeichnis"):
        expect(me.get_by_role("heading", level=3, name=app)).to_be_visible()

    # Withdraw the consent to the support needs
    consent = me.locator(".privacy-consents li", has_text="Unterstützungsbedarf")
    consent.get_by_role("button", name="Einwilligung widerrufen").click()
    expect(me.get_by_text("Ihre Einwilligung ist widerrufen.")).to_be_visible()
    expect(me.locator(".privacy-consents li", has_text="Unterstützungsbedarf")).to_have_count(0)
    assert not Registration.objects.exclude(needs="").exists()

    # Export: the link comes by e-mail and downloads the ZIP
    me.get_by_role("button", name="Alle meine Daten anfordern (ZIP per E-Mail)").click()
    expect(me.get_by_text("Ihr Export wird erstellt.")).to_be_visible()
    link = re.search(r"/mein-konto/daten/\S+/", mailoutbox[-1].body).group(0)
    with me.expect_download() as download:
        me.evaluate("url => { const a = document.createElement('a'); a.href = url; a.click(); }", link)
    assert download.value.suggested_filename.endswith(".zip")
    me.goto(CENTRE)
    expect(me.get_by_text("über den Link in der E-Mail abrufbar")).to_be_visible()
    check_a11y(me, name="privacy-journey-centre")

    # Delete: told per app what stays, then gone
    me.get_by_role("link", name="Konto löschen …").click()
    expect(me.get_by_role("heading", name="Was bleibt und warum")).to_be_visible()
    expect(me.locator(".privacy-kept")).to_contain_text("Kartenregister")
    me.get_by_label("Ja, ich möchte mein Konto und meine Daten in allen Bereichen löschen.").check()
    me.get_by_role("button", name="Konto endgültig löschen").click()
    expect(me.get_by_text("Ihr Konto ist gelöscht.")).to_be_visible()
    assert not User.objects.filter(email=EMAIL).exists()
