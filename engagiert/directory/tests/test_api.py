from __future__ import annotations

import pytest

from engagiert.testing import make_org

pytestmark = pytest.mark.django_db


def test_search_lists_public_organisations_with_facets(client, dessau, org, other_org):
    make_org(dessau, "Noch nicht frei", description="Tanz", status="pending")
    data = client.get("/api/v1/organisations", {"q": "Tanz", "municipality": "dessau-rosslau"}).json()
    assert [item["name"] for item in data["items"]] == ["One Community Projekt"]
    assert data["count"] == 1
    everywhere = client.get("/api/v1/organisations", {"q": "Tanz"}).json()
    assert {item["municipality"] for item in everywhere["items"]} == {"dessau-rosslau", "lutherstadt-wittenberg"}
    by_topic = client.get("/api/v1/organisations", {"topic": "kultur", "municipality": "dessau-rosslau"}).json()
    assert by_topic["count"] == 1


def test_detail_hides_private_contact_data(client, dessau, org):
    body = client.get("/api/v1/organisations/dessau-rosslau/one-community-projekt").json()
    assert body["contacts"][0]["email"] is None
    assert body["contacts"][0]["competencies"] == ["Tanzpädagogik"]
    contact = org.contacts.get()
    contact.contact_public = True
    contact.save()
    body = client.get("/api/v1/organisations/dessau-rosslau/one-community-projekt").json()
    assert body["contacts"][0]["email"] == "lea@one-community.example"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/organisations/dessau-rosslau/gibt-es-nicht", 404),
        ("/api/v1/organisations/nirgendwo/one-community-projekt", 404),
        ("/api/v1/organisations?municipality=nirgendwo", 404),
        ("/api/v1/organisations?kind=raumschiff", 422),
        ("/api/v1/organisations?page=0", 422),
        ("/api/v1/organisations?page=abc", 422),
        ("/api/v1/organisations?q=" + "x" * 300, 422),
    ],
)
def test_bad_input_gets_a_clear_error_not_a_500(client, org, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]


def test_pending_organisation_is_not_in_the_api(client, dessau):
    make_org(dessau, "Entwurf", status="pending")
    assert client.get("/api/v1/organisations/dessau-rosslau/entwurf").status_code == 404


def test_openapi_document(client, org):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "Engagiert API"
    assert "/api/v1/organisations" in spec["paths"]
    assert "/api/v1/organisations/{municipality}/{slug}" in spec["paths"]
