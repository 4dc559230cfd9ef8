"""The site-wide search in the JSON API: GET /api/v1/<municipality>/search?q= answers what the
header's search box shows (core.sitesearch), grouped by kind."""

from __future__ import annotations

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from engagiert.core.api import Slug, answers
from engagiert.core.models import Municipality
from engagiert.core.sitesearch import search_everything

router = Router(tags=["Suche"])


class SiteSearchParams(Schema):
    q: str = Field(
        "", max_length=200, description="Suchbegriffe, z. B. „Tanz“ oder „Flüchtlinge“ (leer: keine Treffer)"
    )
    limit: int = Field(5, ge=1, le=20, description="Treffer je Art")


class SiteSearchResultOut(Schema):
    title: str
    url: str = Field(..., description="Adresse der Seite (absolut)")
    snippet: str
    date: dt.datetime | dt.date | None
    extra: str


class SiteSearchKindOut(Schema):
    key: str = Field(..., description="organisations, events, offers, …")
    label: str
    count: int = Field(..., description="Alle Treffer dieser Art")
    more_url: str = Field(..., description="Die Suche der Anwendung mit allen Treffern (absolut), oder leer")
    results: list[SiteSearchResultOut]


class SiteSearchOut(Schema):
    municipality: str
    query: str
    total: int
    kinds: list[SiteSearchKindOut]


@router.get("/{municipality}/search", response=answers(SiteSearchOut), summary="Alles durchsuchen", url_name="search")
def search(request, municipality: Slug, params: Query[SiteSearchParams]):
    muni = get_object_or_404(Municipality, slug=municipality)
    query = " ".join(params.q.split())
    groups = search_everything(muni, query, limit=params.limit)

    def absolute(url: str) -> str:
        return request.build_absolute_uri(url) if url else ""

    return {
        "municipality": muni.slug,
        "query": query,
        "total": sum(group.count for group in groups),
        "kinds": [
            {
                "key": group.key,
                "label": str(group.label),
                "count": group.count,
                "more_url": absolute(group.more_url),
                "results": [
                    {
                        "title": r.title,
                        "url": absolute(r.url),
                        "snippet": r.snippet,
                        "date": r.date,
                        "extra": r.extra,
                    }
                    for r in group.results
                ],
            }
            for group in groups
        ],
    }
