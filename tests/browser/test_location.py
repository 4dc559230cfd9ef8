"""The place of a form on a map: click or drag the pin (core/map.js, _pin_map.html); without
JavaScript the postcode places it (core/geocoding.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from engagiert.card.models import AcceptancePartner
from engagiert.core.geocoding import centroid

pytestmark = pytest.mark.browser

REGISTER = "/dessau-rosslau/ehrenamtskarte/partner/eintragen/"


def fill_partner(page: Page, postcode: str = "06844") -> None:
    page.fill("#id_name", "Café Zeitlos")
    page.select_option("#id_category", "gastronomie")
    page.fill("#id_street", "Zerbster Straße 10")
    page.fill("#id_postcode", postcode)
    page.fill("#id_city", "Dessau-Roßlau")
    page.fill("#id_benefit", "Ein Kaffee gratis")


def submit(page: Page) -> None:
    page.locator("main form[method=post] button[type=submit].kern-btn--primary").click()
    page.wait_for_load_state()


def test_a_click_on_the_map_sets_the_pin_and_it_is_saved(contexts, dessau, outsider):
    dessau.latitude, dessau.longitude = 51.835, 12.246
    dessau.save()
    page = contexts.page(user=outsider)
    page.goto(REGISTER)
    canvas = page.locator("[data-pin-canvas]")
    expect(canvas).to_be_visible()
    expect(page.locator("#id_latitude")).to_have_value("")
    canvas.click(position={"x": 60, "y": 60})
    expect(page.locator("[data-pin-canvas] .leaflet-marker-icon")).to_have_count(1)
    expect(page.locator("[data-pin-status]")).to_have_text("Der Punkt ist gesetzt.")
    lat = float(page.locator("#id_latitude").input_value())
    lon = float(page.locator("#id_longitude").input_value())
    assert 51.7 < lat < 51.95 and 12.1 < lon < 12.4 and (lat, lon) != centroid("06844")
    # "remove" empties it; the centre button sets it again, for keyboard users.
    page.get_by_role("button", name="Punkt entfernen").click()
    expect(page.locator("#id_latitude")).to_have_value("")
    page.get_by_role("button", name="Punkt in die Kartenmitte setzen").click()
    lat = float(page.locator("#id_latitude").input_value())
    lon = float(page.locator("#id_longitude").input_value())
    assert abs(lat - 51.835) < 0.001 and abs(lon - 12.246) < 0.001
    fill_partner(page)
    submit(page)
    partner = AcceptancePartner.objects.get()
    assert (round(partner.latitude, 6), round(partner.longitude, 6)) == (round(lat, 6), round(lon, 6))


def test_without_javascript_the_postcode_places_it(contexts, dessau, outsider):
    page = contexts.page(user=outsider, java_script_enabled=False)
    page.goto(REGISTER)
    expect(page.locator("[data-pin-canvas]")).to_be_hidden()
    expect(page.get_by_text("Ohne Punkt auf der Karte bestimmen wir die Lage aus der Postleitzahl")).to_be_visible()
    fill_partner(page)
    submit(page)
    assert AcceptancePartner.objects.values_list("latitude", "longitude").get() == centroid("06844")


def test_an_unknown_postcode_is_said_and_the_entry_kept(contexts, dessau, outsider):
    page = contexts.page(user=outsider, java_script_enabled=False)
    page.goto(REGISTER)
    fill_partner(page, postcode="99999")
    submit(page)
    expect(page.get_by_text("Die Postleitzahl 99999 kennen wir nicht")).to_be_visible()
    partner = AcceptancePartner.objects.get()
    assert partner.name == "Café Zeitlos" and partner.latitude is None
