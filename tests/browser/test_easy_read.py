"""Leichte Sprache in Chromium: the town's overview and a page in Leichte Sprache are axe-clean
in German and Arabic (the content staying German, left to right) and fit a 390 px phone; the
header's link "Leichte Sprache" fits the phone's header and leads to the town's overview."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from engagiert.portal.services import ensure_site
from tests.browser.test_portal_pages import wagtail_roots

pytestmark = pytest.mark.browser

PAGES = {
    "overview": "/dessau-rosslau/leichte-sprache/",
    "statement": "/dessau-rosslau/leichte-sprache/barrierefreiheit/",
}


@pytest.fixture
def easy_read(dessau):
    wagtail_roots()
    ensure_site(municipality=dessau)


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_easy_read_pages_have_no_axe_violations(contexts, check_a11y, easy_read, name, lang):
    page = contexts.page(lang=lang)
    response = page.goto(PAGES[name])
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("article.easy-read")).to_have_attribute("lang", "de")
    expect(page.locator("article.easy-read")).to_have_attribute("dir", "ltr")
    check_a11y(page, name=f"easy-read-{name}-{lang}")  # axe, then the width at 390 px


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_header_link_fits_a_phone_and_leads_to_the_overview(contexts, easy_read, lang):
    page = contexts.page(lang=lang, viewport={"width": 390, "height": 844})
    page.goto("/dessau-rosslau/")
    link = page.locator("header a.easy-read-header-link")
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    link.click()
    expect(page).to_have_url(f"{contexts.base_url}/dessau-rosslau/leichte-sprache/")
    page.get_by_role("link", name="Erklärung zur Barriere·freiheit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Erklärung zur Barriere·freiheit")
