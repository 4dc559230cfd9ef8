"""Building blocks shared by the routers of the JSON API (engagiert/api.py): the pagination
every list uses and the types of its parameters. Each bounds what it accepts, so a bad value
gets a 422 naming the parameter instead of reaching the database (a page number beyond the
64-bit range made the offset overflow: a 500)."""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination

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
