"""The OpenAPI document of /api/v1/: every schema name belongs to one schema, every enum
parameter lists its model's choices, every operation documents its 404 and 422 answers.

django-ninja builds the document operation by operation and keys the schemas by class name:
of two namesakes (Organisation.Kind and Opportunity.Kind were both `Kind`) the last one
silently wins, and organisations' `kind` was documented with the opportunity values."""

from __future__ import annotations

import enum
import json
import typing
from collections import defaultdict

import pytest
from pydantic import BaseModel

from engagiert.api import api
from engagiert.card.models import AcceptancePartner
from engagiert.core.api import ErrorOut, ValidationErrorOut
from engagiert.directory.models import Organisation
from engagiert.events.models import Format
from engagiert.testing import make_org
from engagiert.volunteering.models import Opportunity

pytestmark = pytest.mark.django_db

# Every enum parameter of the API and the model choices it must list.
ENUM_PARAMETERS = {
    ("/api/v1/organisations", "kind"): Organisation.Kind,
    ("/api/v1/opportunities", "kind"): Opportunity.Kind,
    ("/api/v1/events", "format"): Format,
    ("/api/v1/card/{municipality}/partners", "category"): AcceptancePartner.Category,
}


@pytest.fixture
def spec(client):
    return client.get("/api/v1/openapi.json").json()


def operations(spec):
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def enum_values(schema: dict, spec: dict) -> list[str] | None:
    """The values of an enum parameter's schema (through $ref and `anyOf [..., null]`)."""
    if "$ref" in schema:
        return enum_values(spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]], spec)
    if "enum" in schema:
        return schema["enum"]
    for option in schema.get("anyOf", []):
        values = enum_values(option, spec)
        if values is not None:
            return values
    return None


def test_every_enum_parameter_lists_its_models_choices(spec):
    found = {}
    for path, _method, operation in operations(spec):
        for parameter in operation.get("parameters", []):
            values = enum_values(parameter["schema"], spec)
            if values is not None:
                found[(path, parameter["name"])] = values
    assert set(found) == set(ENUM_PARAMETERS), "a new enum parameter? list it in ENUM_PARAMETERS"
    for key, choices in ENUM_PARAMETERS.items():
        assert found[key] == list(choices.values), key


def test_organisations_kind_is_documented_with_the_organisation_kinds(spec):
    [kind] = [p for p in spec["paths"]["/api/v1/organisations"]["get"]["parameters"] if p["name"] == "kind"]
    values = enum_values(kind["schema"], spec)
    assert "verein" in values and "one_off" not in values


def _types_in(annotation) -> typing.Iterator[type]:
    """The pydantic models and enums an annotation names (through list[...], X | None, ...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | enum.Enum):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _types_in(argument)


def _schemas_of_the_api() -> dict[str, set[str]]:
    """Schema name -> the distinct schemas that would be published under it."""
    seen: set[type] = set()
    by_name: dict[str, set[str]] = defaultdict(set)

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.add(cls)
        if issubclass(cls, enum.Enum):
            by_name[cls.__name__].add(json.dumps([member.value for member in cls]))
            return
        by_name[cls.__name__].add(json.dumps(cls.model_json_schema(), sort_keys=True))
        for field in cls.model_fields.values():
            for inner in _types_in(field.annotation):
                visit(inner)

    for _prefix, router in api._routers:
        for view in router.path_operations.values():
            for operation in view.operations:
                # ninja's wrappers (QueryParams, NinjaResponseSchema) are not published themselves.
                wrappers = [*operation.models, *operation.response_models.values()]
                for wrapper in wrappers:
                    for field in wrapper.model_fields.values():
                        for cls in _types_in(field.annotation):
                            visit(cls)
    return by_name


def test_no_two_schemas_share_a_name():
    by_name = _schemas_of_the_api()
    assert {"OrganisationKind", "OpportunityKind", "OrganisationContactOut", "OpportunityContactOut"} <= set(by_name)
    assert {name: schemas for name, schemas in by_name.items() if len(schemas) > 1} == {}


def test_every_schema_is_published_under_its_name(spec):
    assert set(_schemas_of_the_api()) - {"SearchParams", "EventParams", "OpportunityParams", "PartnerParams"} <= set(
        spec["components"]["schemas"]
    )


def test_every_operation_documents_404_and_422(spec):
    for path, method, operation in operations(spec):
        responses = operation["responses"]
        assert {"200", "404", "422"} <= set(responses), (path, method)
        assert responses["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
        assert responses["422"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ValidationErrorOut"
        }


def test_the_documented_error_bodies_are_the_real_ones(client, dessau):
    ErrorOut.model_validate(client.get("/api/v1/organisations/dessau-rosslau/nirgends").json())
    ValidationErrorOut.model_validate(client.get("/api/v1/organisations?kind=gibtsnicht").json())


def test_organisations_filter_by_kind(client, dessau):
    make_org(dessau, "Ein Verein", kind=Organisation.Kind.ASSOCIATION)
    make_org(dessau, "Eine Schule", kind=Organisation.Kind.SCHOOL)
    names = [o["name"] for o in client.get("/api/v1/organisations?kind=verein").json()["items"]]
    assert names == ["Ein Verein"]
    response = client.get("/api/v1/organisations?kind=one_off")
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "kind"]


def test_enum_parameters_still_filter(client, dessau):
    for url in ("/api/v1/opportunities?kind=regular", "/api/v1/events?format=dance"):
        assert client.get(url).status_code == 200, url
    assert client.get("/api/v1/card/dessau-rosslau/partners?category=museum").status_code == 200
