"""Contacts across tenants in the editors' admin (/redaktion/): a Bitterfeld-Wolfen coordinator
lists, searches, opens, edits, copies, deletes and chooses none of Dessau-Roßlau's contacts (404),
while Dessau-Roßlau's coordinator does all of it with their own."""

from __future__ import annotations

import pytest

from engagiert.core.models import Municipality, RegionalNetwork, Role
from engagiert.core.roles import grant_role
from engagiert.portal.models import Contact
from engagiert.portal.services import ensure_network_site, ensure_site
from engagiert.testing import make_user

SECRET = "Geheimbüro-Dessau"
LIST = "/redaktion/snippets/portal/contact/"
CHOOSER = "/redaktion/snippets/choose/portal/contact/"


@pytest.fixture
def bitterfeld(db) -> Municipality:
    return Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="ST")


@pytest.fixture
def world(dessau, bitterfeld, coordinator):
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau, bitterfeld)
    ensure_site(municipality=dessau)
    ensure_site(municipality=bitterfeld)
    ensure_network_site(network=network)
    secret = Contact.objects.create(
        municipality=dessau, name=SECRET, name_de=SECRET, email="geheim@dessau-rosslau.example"
    )
    shared = Contact.objects.create(network=network, name="Netzwerkbüro", name_de="Netzwerkbüro", phone="0340 1")
    other = make_user("koordination@bitterfeld-wolfen.example")
    grant_role(user=other, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    own = Contact.objects.create(
        municipality=bitterfeld, name="Bürgerbüro Wolfen", name_de="Bürgerbüro Wolfen", phone="03494 666"
    )
    return {"secret": secret, "shared": shared, "other": other, "own": own, "network": network}


def _text(response) -> str:
    """The page, or the chooser's HTML inside its JSON answer."""
    if response.get("Content-Type", "").startswith("application/json"):
        return response.json().get("html", "") + str(response.json().get("result", ""))
    return response.content.decode()


def _urls(pk: int) -> list[str]:
    return [
        f"{LIST}edit/{pk}/",
        f"{LIST}delete/{pk}/",
        f"{LIST}copy/{pk}/",
        f"{LIST}history/{pk}/",
        f"{LIST}history-results/{pk}/",
        f"{LIST}usage/{pk}/",
        f"{CHOOSER}chosen/{pk}/",
    ]


def test_own_contacts_are_listed_edited_and_chosen(client, world, coordinator, dessau):
    client.force_login(coordinator)
    listing = client.get(LIST).content.decode()
    assert SECRET in listing and "Netzwerkbüro" in listing and "Bürgerbüro Wolfen" not in listing
    for url in _urls(world["secret"].pk):
        assert client.get(url).status_code == 200, url
    chooser = _text(client.get(CHOOSER))
    assert SECRET in chooser and "Bürgerbüro Wolfen" not in chooser


def test_coordinator_creates_a_contact_for_their_town_only(client, world, coordinator, dessau, bitterfeld):
    client.force_login(coordinator)
    form = client.get(f"{LIST}add/").content.decode()
    assert "Dessau-Roßlau" in form and "Regionalnetzwerk Anhalt" in form and "Bitterfeld-Wolfen" not in form
    data = {"owner": f"m{dessau.pk}", "name_de": "Bürgerbüro Roßlau", "phone": "0340 204-0", "postcode": ""}
    response = client.post(f"{LIST}add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Contact.objects.get(name_de="Bürgerbüro Roßlau").municipality == dessau
    response = client.post(f"{LIST}add/", {**data, "owner": f"m{bitterfeld.pk}", "name_de": "Untergeschoben"})
    assert response.status_code == 200 and not Contact.objects.filter(name_de="Untergeschoben").exists()
    response = client.post(f"{LIST}add/", {**data, "phone": "ruf an", "name_de": "Falsch"})
    assert response.status_code == 200 and "Ziffern" in response.content.decode()


def test_another_towns_contacts_answer_404(client, world):
    client.force_login(world["other"])
    secret = world["secret"]
    for url in _urls(secret.pk):
        response = client.get(url)
        assert response.status_code == 404, url
        assert SECRET not in _text(response), url
    for url in (f"{LIST}edit/{secret.pk}/", f"{LIST}delete/{secret.pk}/", f"{LIST}copy/{secret.pk}/"):
        assert client.post(url, {"name_de": "Übernommen", "owner": "x"}).status_code == 404, url
    secret.refresh_from_db()
    assert secret.name_de == SECRET
    bulk = f"/redaktion/bulk/portal/contact/delete/?id={secret.pk}&id={world['own'].pk}"
    assert client.get(bulk).status_code == 404
    assert client.post(bulk).status_code == 404
    assert Contact.objects.filter(pk=secret.pk).exists()
    several = client.get(f"{CHOOSER}chosen-multiple/?id={secret.pk}&id={world['own'].pk}&id=x")
    assert several.status_code == 200 and SECRET not in _text(several) and "Wolfen" in _text(several)
    assert client.get(CHOOSER, {"multiple": "1"}).status_code == 200


def test_list_search_chooser_and_admin_search_show_no_other_town(client, world):
    client.force_login(world["other"])
    for url in (LIST, f"{LIST}results/", CHOOSER, f"{CHOOSER}results/", "/redaktion/pages/search/", "/redaktion/"):
        for query in ("Geheim", "dessau"):
            response = client.get(url, {"q": query})
            assert response.status_code == 200, url
            assert SECRET not in _text(response), url
    listing = client.get(LIST, {"q": "Wolfen"}).content.decode()
    assert "Bürgerbüro Wolfen" in listing
    chooser = _text(client.get(f"{CHOOSER}results/", {"q": "Netzwerk"}))
    assert "Netzwerkbüro" in chooser  # the network's contacts are every member town's
    assert client.get("/redaktion/snippets/").status_code == 302  # no count of every town's rows


def test_own_bulk_delete_works(client, world, coordinator):
    client.force_login(coordinator)
    secret = world["secret"]
    response = client.post(f"/redaktion/bulk/portal/contact/delete/?id={secret.pk}")
    assert response.status_code in (200, 302)
    assert not Contact.objects.filter(pk=secret.pk).exists()


def test_redaktion_sees_but_does_not_edit_contacts(client, world, dessau):
    editor = make_user("redaktion@dessau.example")
    grant_role(user=editor, municipality=dessau, kind=Role.Kind.EDITOR)
    client.force_login(editor)
    assert SECRET in client.get(LIST).content.decode()
    assert SECRET in _text(client.get(CHOOSER))
    response = client.get(f"{LIST}edit/{world['secret'].pk}/")
    assert response.status_code in (302, 403)


def test_withdrawn_role_loses_the_contacts(client, world, coordinator, dessau):
    from engagiert.core.roles import withdraw_role

    withdraw_role(role=Role.objects.get(user=coordinator, municipality=dessau))
    client.force_login(coordinator)
    assert client.get(f"{CHOOSER}chosen/{world['secret'].pk}/").status_code in (302, 403, 404)
