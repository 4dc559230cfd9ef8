"""Contacts: the snippet (owner, validation, constraints), the contact block (accessible box, one
query for all of a page's blocks, only the site's own contacts), the contact page with its form
(mail to the office and a copy to the sender, rate limits, honeypot, bad input) and the default
page of a fresh town."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, reset_queries, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.portal import services
from engagiert.portal.models import Contact, ContactPage, ContentPage
from engagiert.portal.services import ensure_network_site, ensure_site

CONTACT_URL = "/dessau-rosslau/kontakt/"


@pytest.fixture
def bitterfeld(db) -> Municipality:
    return Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="ST")


@pytest.fixture
def site(dessau):
    return ensure_site(municipality=dessau)


def office(municipality=None, *, network=None, **fields) -> Contact:
    values = {
        "name": "Integrationsbüro",
        "name_de": "Integrationsbüro",
        "room": "Zimmer 489",
        "room_de": "Zimmer 489",
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "phone": "0340 204-2901",
        "email": "integrationsbuero@dessau-rosslau.example",
        "opening_hours_de": "Di 9–12 Uhr\nDo 13–18 Uhr",
        **fields,
    }
    return Contact.objects.create(municipality=municipality, network=network, **values)


def _form(contact, **changes) -> dict:
    return {
        "recipient": str(contact.pk),
        "name": "Lea Sommer",
        "email": "Lea@Example.org",
        "subject": "Frage zur\nEhrenamtskarte",
        "message": "Guten Tag, wo gebe ich den Antrag ab?",
        "consent": "on",
        **changes,
    }


# --- the snippet ---------------------------------------------------------------------------------


def test_a_contact_belongs_to_exactly_one_town_or_network(dessau):
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    with pytest.raises(IntegrityError), transaction.atomic():
        office(dessau, network=network)
    with pytest.raises(IntegrityError), transaction.atomic():
        office(None)
    assert office(None, network=network).owner_name == "Regionalnetzwerk Anhalt"


def test_a_contact_needs_a_way_to_reach_it(dessau):
    with pytest.raises(IntegrityError), transaction.atomic():
        office(dessau, email="", phone="", street="")
    contact = Contact(municipality=dessau, name="Büro")
    with pytest.raises(ValidationError, match="mindestens eine"):
        contact.full_clean()


def test_phone_postcode_and_email_are_validated(dessau):
    contact = Contact(municipality=dessau, name="Büro", phone="ruf an", postcode="684", email="kein-at")
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert {"phone", "postcode", "email"} <= set(error.value.message_dict)
    good = Contact(municipality=dessau, name="Büro", phone="+49 340 204-2901", postcode="06844", email="a@b.example")
    good.full_clean()
    assert good.phone_link == "+493402042901"


# --- the contact block ---------------------------------------------------------------------------


def _page_with_contacts(site, contacts, *, slug="ueber-uns") -> ContentPage:
    body = [{"type": "contact", "value": {"heading": "", "contact": c.pk}} for c in contacts]
    page = ContentPage(title="Über uns", slug=slug, body=body)
    site.home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_contact_block_renders_an_accessible_box(client, dessau, site):
    contact = office(dessau, by_appointment=True)
    _page_with_contacts(site, [contact])
    html = client.get("/dessau-rosslau/ueber-uns/").content.decode()
    assert "<address>" in html and "Zimmer 489" in html and "06844 Dessau-Roßlau" in html
    assert 'href="tel:03402042901"' in html and 'href="mailto:integrationsbuero@dessau-rosslau.example"' in html
    assert "Di 9–12 Uhr" in html and "Außerdem nach Vereinbarung." in html


def test_only_by_appointment_is_said_so(client, dessau, site):
    _page_with_contacts(site, [office(dessau, opening_hours_de="", by_appointment=True)])
    assert "Nur nach Vereinbarung." in client.get("/dessau-rosslau/ueber-uns/").content.decode()


def _page_queries(client, url) -> int:
    client.get(url)
    reset_queries()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_several_contact_blocks_cost_no_more_queries_than_one(client, dessau, site):
    contacts = [office(dessau, name=f"Stelle {i}", name_de=f"Stelle {i}") for i in range(4)]
    _page_with_contacts(site, contacts[:1], slug="eine")
    _page_with_contacts(site, contacts, slug="vier")
    one = _page_queries(client, "/dessau-rosslau/eine/")
    four = _page_queries(client, "/dessau-rosslau/vier/")
    assert four == one
    html = client.get("/dessau-rosslau/vier/").content.decode()
    assert all(f"Stelle {i}" in html for i in range(4))


def test_another_towns_contact_is_not_shown_in_a_block(client, dessau, bitterfeld, site):
    foreign = office(bitterfeld, name="Bürgerbüro Wolfen", name_de="Bürgerbüro Wolfen")
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau)
    shared = office(None, network=network, name="Netzwerkbüro", name_de="Netzwerkbüro")
    _page_with_contacts(site, [foreign, shared])
    html = client.get("/dessau-rosslau/ueber-uns/").content.decode()
    assert "Bürgerbüro Wolfen" not in html
    assert "Netzwerkbüro" in html  # the town's network's contact is the town's too


# --- the contact page ----------------------------------------------------------------------------


def test_a_fresh_town_and_network_get_a_contact_page(dessau):
    parts = ensure_site(municipality=dessau)
    page = ContactPage.objects.child_of(parts.home).get()
    assert page.slug == "kontakt" and page.live
    ensure_site(municipality=dessau)  # idempotent
    assert ContactPage.objects.child_of(parts.home).count() == 1
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    assert ContactPage.objects.child_of(ensure_network_site(network=network).home).exists()


def test_contact_page_lists_the_towns_contacts_only(client, dessau, bitterfeld, site):
    ensure_site(municipality=bitterfeld)
    office(dessau)
    office(dessau, name="Versteckt", name_de="Versteckt", on_contact_page=False)
    office(bitterfeld, name="Bürgerbüro Wolfen", name_de="Bürgerbüro Wolfen")
    html = client.get(CONTACT_URL).content.decode()
    assert "Integrationsbüro" in html and "Bürgerbüro Wolfen" not in html and "Versteckt" not in html
    assert 'name="recipient"' in html and 'name="consent"' in html and 'name="homepage"' in html
    assert 'href="/dessau-rosslau/kontakt/"' in html  # the footer's link


def test_message_goes_to_the_office_with_a_copy_to_the_sender(client, dessau, site):
    contact = office(dessau)
    office(dessau, name="Koordinierungsstelle", name_de="Koordinierungsstelle", email="es@dessau-rosslau.example")
    response = client.post(CONTACT_URL, _form(contact))
    assert response.status_code == 302 and response["Location"] == CONTACT_URL
    assert "Nachricht ist unterwegs" in client.get(CONTACT_URL).content.decode()
    to_office, copy = mail.outbox
    assert to_office.to == ["integrationsbuero@dessau-rosslau.example"]
    assert to_office.extra_headers["Reply-To"] == "lea@example.org"
    assert to_office.subject == "Kontaktformular: Frage zur Ehrenamtskarte"
    assert "wo gebe ich den Antrag ab?" in to_office.body and "Lea Sommer" in to_office.body
    assert copy.to == ["lea@example.org"] and "Integrationsbüro" in copy.body
    assert "wo gebe ich den Antrag ab?" in copy.body


def test_bad_input_keeps_what_was_typed(client, dessau, site):
    contact = office(dessau)
    response = client.post(CONTACT_URL, _form(contact, email="lea-at-example", consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in html and "Einverständnis" in html
    assert "wo gebe ich den Antrag ab?" in html and 'value="Lea Sommer"' in html
    assert not mail.outbox


def test_a_forged_recipient_is_refused(client, dessau, bitterfeld, site):
    foreign = office(bitterfeld, email="buergerbuero@bitterfeld-wolfen.example")
    office(dessau)
    response = client.post(CONTACT_URL, _form(foreign))
    assert response.status_code == 200 and "Auswahl" in response.content.decode()
    assert not mail.outbox


def test_honeypot_sends_nothing(client, dessau, site):
    contact = office(dessau)
    response = client.post(CONTACT_URL, {**_form(contact), "homepage": "http://spam.example"})
    assert "nicht gesendet" in response.content.decode() and not mail.outbox


def test_rate_limits_per_client_and_per_sender(client, dessau, site, monkeypatch):
    contact = office(dessau)
    monkeypatch.setattr(services, "CONTACT_SENDER_LIMIT", 1)
    assert client.post(CONTACT_URL, _form(contact)).status_code == 302
    response = client.post(CONTACT_URL, _form(contact, email="LEA@example.org"))
    assert "Von dieser E-Mail-Adresse kamen gerade mehrere" in response.content.decode()
    assert 'value="Lea Sommer"' in response.content.decode()
    monkeypatch.setattr(services, "CONTACT_CLIENT_LIMIT", 2)
    response = client.post(CONTACT_URL, _form(contact, email="omar@example.org"))
    assert "Zu viele Nachrichten von diesem Anschluss" in response.content.decode()
    assert len(mail.outbox) == 2  # the first message and its copy


def test_a_page_without_reachable_contacts_shows_no_form(client, dessau, site):
    office(dessau, email="")
    html = client.get(CONTACT_URL).content.decode()
    assert "Zimmer 489" in html and 'name="message"' not in html


def test_contact_page_in_arabic(client, dessau, site):
    office(dessau, name_ar="مكتب الاندماج")
    html = client.get(CONTACT_URL, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html and "مكتب الاندماج" in html and "Zerbster Straße 4" in html


def test_only_one_contact_page_per_site(dessau, site):
    assert not ContactPage.can_create_at(site.home)
    assert ContactPage.can_create_at(Page.objects.get(pk=site.home.pk).specific) is False
