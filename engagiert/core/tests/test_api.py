"""The JSON API's shared pagination and parameter types (engagiert/core/api.py): bad values
get a 422 that names the parameter, never a 500."""

from __future__ import annotations

import pytest
from django.db import models

from engagiert.core.api import (
    MAX_PAGE,
    MAX_PAGE_SIZE,
    ErrorOut,
    NamedOut,
    ValidationErrorOut,
    answers,
    choices_enum,
    error_response,
    is_api_request,
)

pytestmark = pytest.mark.django_db

PAGINATED = [
    "/api/v1/organisations",
    "/api/v1/events",
    "/api/v1/opportunities",
    "/api/v1/card/dessau-rosslau/partners",
    "/api/v1/selfcheck/dessau-rosslau",
    "/api/v1/portraits",
]


@pytest.mark.parametrize("url", PAGINATED)
@pytest.mark.parametrize(
    ("query", "status", "parameter"),
    [
        ("page=1", 200, None),
        (f"page={MAX_PAGE}", 200, None),
        (f"page={MAX_PAGE + 1}", 422, "page"),
        ("page=9223372036854775807", 422, "page"),  # was a 500: the offset overflowed
        ("page=99999999999999999999", 422, "page"),
        ("page=0", 422, "page"),
        ("page=abc", 422, "page"),
        (f"page_size={MAX_PAGE_SIZE}", 200, None),
        (f"page_size={MAX_PAGE_SIZE + 1}", 422, "page_size"),
        ("page_size=0", 422, "page_size"),
    ],
)
def test_every_list_pages_within_bounds(client, dessau, url, query, status, parameter):
    response = client.get(f"{url}?{query}")
    assert response.status_code == status
    if parameter:
        assert response.json()["detail"][0]["loc"] == ["query", parameter]
    else:
        assert "items" in response.json()


def test_every_paginated_operation_uses_the_shared_pagination(client, db):
    spec = client.get("/api/v1/openapi.json").json()
    pages = {
        path: parameter["schema"]
        for path, operations in spec["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if parameter["name"] == "page"
    }
    assert set(pages) == {url.replace("dessau-rosslau", "{municipality}") for url in PAGINATED}
    assert all(schema["maximum"] == MAX_PAGE for schema in pages.values())


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/organisations?topic=k%C3%BCltur", ["query", "topic"]),
        ("/api/v1/organisations?district=a%20b", ["query", "district"]),
        ("/api/v1/organisations?dimension=%3Cx%3E", ["query", "dimension"]),
        ("/api/v1/organisations?programme=a.b", ["query", "programme"]),
        ("/api/v1/organisations?municipality=dessau%2Frosslau", ["query", "municipality"]),
        ("/api/v1/events?topic=%27", ["query", "topic"]),
        ("/api/v1/opportunities?district=%C3%A4", ["query", "district"]),
        ("/api/v1/organisations/dessau-rosslau/one%20community", ["path", "slug"]),
        ("/api/v1/organisations/dessau%20rosslau/one-community-projekt", ["path", "municipality"]),
        ("/api/v1/events/dessau-rosslau/99999999999999999999", ["path", "pk"]),
        ("/api/v1/events/d%C3%A9ssau/1", ["path", "municipality"]),
        ("/api/v1/opportunities/0", ["path", "opportunity_id"]),
        ("/api/v1/card/dessau%7E/keys", ["path", "municipality"]),
        ("/api/v1/selfcheck/" + "x" * 221, ["path", "municipality"]),
    ],
)
def test_slugs_and_ids_are_validated(client, org, url, parameter):
    response = client.get(url)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == parameter


def test_valid_slug_filters_still_work(client, org):
    data = client.get("/api/v1/organisations", {"topic": "kultur", "municipality": "dessau-rosslau"}).json()
    assert data["count"] == 1
    assert client.get("/api/v1/organisations", {"topic": "", "district": ""}).json()["count"] == 1


class _Colour(models.TextChoices):
    RED = "red", "Rot"
    LIGHT_BLUE = "light_blue", "Hellblau"


def test_choices_enum_has_its_own_name_and_the_models_values():
    colour = choices_enum("FlagColour", _Colour)
    assert colour.__name__ == "FlagColour"
    assert [member.value for member in colour] == ["red", "light_blue"]
    assert colour("light_blue") == "light_blue" and colour.LIGHT_BLUE.value == _Colour.LIGHT_BLUE


def test_answers_documents_the_error_bodies():
    assert answers(NamedOut) == {200: NamedOut, 404: ErrorOut, 422: ValidationErrorOut}


def test_errors_outside_the_api_answer_like_its_404(rf):
    assert is_api_request(rf.get("/api/v1/events")) and not is_api_request(rf.get("/dessau-rosslau/api/"))
    response = error_response("Kaputt.", status=400)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    ErrorOut.model_validate_json(response.content)
