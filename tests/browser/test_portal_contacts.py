"""The contact page in Chromium: axe-clean in German and Arabic, no wider than a 390 px phone
(with the form's error messages too), and a message sent without JavaScript."""

from __future__ import annotations

import pytest
from django.core import mail
from playwright.sync_api import expect

from engagiert.portal.models import Contact, ContentPage
from engagiert.portal.services import ensure_site
from tests.browser.test_portal_pages import wagtail_roots

pytestmark = pytest.mark.browser

URL = "/dessau-rosslau/kontakt/"


@pytest.fixture
def contacts(dessau):
    wagtail_roots()
    site = ensure_site(municipality=dessau)
    office = Contact.objects.create(
        municipality=dessau,
        name="Integrationsbüro",
        name_de="Integrationsbüro",
        name_ar="مكتب الاندماج",
        room_de="Zimmer 489",
        street="Zerbster Straße 4",
        postcode="06844",
        city="Dessau-Roßlau",
        phone="0340 204-2901",
        email="integrationsbuero@dessau-rosslau.example",
        opening_hours_de="Di 9–12 Uhr und 13–18 Uhr\nDo 9–12 Uhr",
        by_appointment=True,
    )
    Contact.objects.create(
        municipality=dessau,
        name="Koordinierungsstelle Engagierte Stadt",
        name_de="Koordinierungsstelle Engagierte Stadt",
        phone="0340 204-1401",
        email="engagiertestadt@dessau-rosslau.example",
        by_appointment=True,
    )
    page = ContentPage(
        title="Über uns", slug="ueber-uns", body=[{"type": "contact", "value": {"heading": "", "contact": office.pk}}]
    )
    site.home.add_child(instance=page)
    page.save_revision().publish()
    return office


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_contact_page_has_no_axe_violations(contexts, check_a11y, contacts, lang):
    page = contexts.page(lang=lang)
    response = page.goto(URL)
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", lang)
    check_a11y(page, name=f"portal-contact-{lang}")
    page.locator(".contact-form button[type=submit]").click()  # empty: every field's message
    expect(page.locator(".kern-error").first).to_be_visible()
    check_a11y(page, name=f"portal-contact-errors-{lang}")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_contact_block_has_no_axe_violations(contexts, check_a11y, contacts, lang):
    page = contexts.page(lang=lang)
    page.goto("/dessau-rosslau/ueber-uns/")
    expect(page.locator("address").first).to_be_visible()
    check_a11y(page, name=f"portal-contact-block-{lang}")


def test_a_message_is_sent_without_javascript(contexts, contacts):
    page = contexts.page(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page.goto(URL)
    page.locator("#id_recipient").select_option(label="Integrationsbüro")
    page.locator("#id_name").fill("Lea Sommer")
    page.locator("#id_email").fill("lea@example.org")
    page.locator("#id_subject").fill("Ehrenamtskarte")
    page.locator("#id_message").fill("Wo gebe ich den Antrag ab?")
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.get_by_text("Ohne Ihr Einverständnis", exact=False).first).to_be_visible()
    expect(page.locator("#id_name")).to_have_value("Lea Sommer")  # nothing lost
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.get_by_text("Nachricht ist unterwegs", exact=False)).to_be_visible()
    assert sorted(m.to[0] for m in mail.outbox) == ["integrationsbuero@dessau-rosslau.example", "lea@example.org"]
