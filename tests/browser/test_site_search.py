"""The header's search box in Chromium on a phone (390 px), with and without JavaScript:
a visitor types "Tanz" on any town page and gets organisations, events and offers grouped."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from engagiert.events.tests.factories import make_event
from engagiert.volunteering.tests.factories import make_opportunity

from .conftest import PHONE, phone_width

pytestmark = pytest.mark.browser


@pytest.fixture
def dance(dessau, wittenberg, org, other_org):
    make_event(dessau, "Tanzcafé im Rathaus", organisation=org)
    make_opportunity(org, "Tanzprojekt-Helfer*in", description_de="<p>Beim Tanz unterstützen.</p>")
    make_event(wittenberg, "Tanzabend in Wittenberg", organisation=other_org)
    return org


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_header_search_on_a_phone(contexts, dance, javascript):
    page = contexts.page(viewport=PHONE, java_script_enabled=javascript)
    page.goto("/dessau-rosslau/begegnungen/")
    box = page.get_by_role("search").get_by_label("Suche auf dieser Website")
    expect(box).to_be_visible()
    assert box.bounding_box()["width"] >= 200  # a field to type in, not a sliver
    box.fill("Tanz")
    box.press("Enter")
    page.wait_for_url("**/dessau-rosslau/suche/?q=Tanz")
    expect(page.get_by_role("heading", name="3 Treffer für „Tanz“")).to_be_visible()
    for group in ("Organisationen", "Veranstaltungen", "Mach mit! – Engagementangebote"):
        expect(page.get_by_role("heading", name=f"{group} (1)")).to_be_visible()
    expect(page.get_by_role("link", name="Tanzcafé im Rathaus")).to_be_visible()
    expect(page.get_by_text("Tanzabend in Wittenberg")).to_have_count(0)
    width, culprits = phone_width(page)
    assert width <= PHONE["width"], culprits
    page.get_by_role("link", name="Alle 1 Treffer unter „Veranstaltungen“ anzeigen").click()
    page.wait_for_url("**/dessau-rosslau/begegnungen/?q=Tanz")
    expect(page.get_by_role("link", name="Tanzcafé im Rathaus")).to_be_visible()
