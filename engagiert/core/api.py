"""Building blocks shared by the routers of the JSON API (engagiert/api.py): the pagination
every list uses and the types of its parameters. Each bounds what it accepts, so a bad value
gets a 422 naming the parameter instead of reaching the database (a page number beyond the
64-bit range made the offset overflow: a 500). The documented answers of every operation
(`answers`) and the names of enum parameters (`choices_enum`) live here too: the OpenAPI
document keys its schemas by name and silently keeps only one of two namesakes. Errors
answered before the API sees a request (middleware) use `error_response`."""

from __future__ import annotations

import enum
from typing import Annotated, Any

from django.db import models
from django.http import HttpRequest, JsonResponse
from ninja import Field, Schema
from ninja.pagination import PageNumberPagination

API_PREFIX = "/api/"
MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
MAX_ID = 2**63 - 1  # BigAutoField
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"  # django.core.validators.validate_slug

# A municipality's or organisation's slug in a path, e.g. dessau-rosslau.
Slug = Annotated[str, Field(min_length=1, max_length=220, pattern=SLUG_PATTERN)]
# A row id in a path.
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def slug_filter(description: str = "", **kwargs):
    """An optional query parameter holding a slug (empty: no filter)."""
    return Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description=description, **kwargs)


class Pagination(PageNumberPagination):
    """Page numbers from 1 to MAX_PAGE, at most MAX_PAGE_SIZE items a page; use as
    `@paginate(Pagination, page_size=20)`."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE, description="Seite, ab 1")
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE, description="Einträge je Seite")

    def __init__(self, page_size: int = 20, **kwargs) -> None:
        super().__init__(page_size=page_size, max_page_size=MAX_PAGE_SIZE, **kwargs)


# The schemas below carry comments, not docstrings: ninja would publish a docstring in the
# (German) document.


# Something listed by its slug and name (a topic, a district).
class NamedOut(Schema):
    slug: str
    name: str


# The body of a 404 (and of a refused request): engagiert/api_errors.py.
class ErrorOut(Schema):
    detail: str = Field(..., description="Was nicht stimmt, in der Sprache der Anfrage")


class ValidationItemOut(Schema):
    loc: list[str | int] = Field(..., description='Wo, z. B. ["query", "page"]')
    type: str = Field(..., description="Art des Fehlers (pydantic)")
    msg: str = Field(..., description="Meldung in der Sprache der Anfrage")
    detail: str = Field(..., description="Meldung von pydantic (englisch)")


# The body of a 422: each bad parameter with a translated message.
class ValidationErrorOut(Schema):
    message: str = Field(..., description="Zusammenfassung in der Sprache der Anfrage")
    detail: list[ValidationItemOut]


def is_api_request(request: HttpRequest) -> bool:
    """Whether the request is for the JSON API (its errors answer JSON, not a page)."""
    return request.path.startswith(API_PREFIX)


def error_response(message: str, *, status: int) -> JsonResponse:
    """An API error answered outside the API (e.g. by middleware), shaped like ErrorOut."""
    return JsonResponse({"detail": message}, status=status)


def answers(ok: Any) -> dict[int, Any]:
    """The documented answers of an operation: `ok` with 200, the error bodies with 404 and 422."""
    return {200: ok, 404: ErrorOut, 422: ValidationErrorOut}


def choices_enum(name: str, choices: type[models.TextChoices]) -> type[enum.Enum]:
    """A str enum named `name` holding a model's choices, for an API parameter: Django's
    choices classes share names (Kind, Category), and namesakes overwrite each other in the
    OpenAPI document."""
    return enum.Enum(name, [(member.name, member.value) for member in choices], type=str)
