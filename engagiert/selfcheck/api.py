"""Public JSON API of Selbstcheck Weltoffene Kommune (django-ninja): published results only
(scores per field of each published round; no departments, no answers)."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from engagiert.core.api import Pagination, Slug, answers
from engagiert.core.models import Municipality
from engagiert.selfcheck.selectors import published_scores

router = Router(tags=["Selbstcheck Weltoffene Kommune"])


class FieldScoreOut(Schema):
    slug: str = Field(..., max_length=50)
    name: str = Field(..., max_length=120)
    score: float | None = Field(None, description="Punkte 0–100 (Mittelwert der Antworten, „weiß nicht“ zählt nicht)")
    light: str = Field(..., max_length=10, description="red, yellow, green oder leer")


class PublishedRoundOut(Schema):
    id: int
    title: str = Field(..., max_length=200)
    catalogue_version: str = Field(..., max_length=20)
    closed_at: datetime | None
    published_at: datetime | None
    respondents: int
    fields: list[FieldScoreOut]


@router.get(
    "/selfcheck/{municipality}",
    response=answers(list[PublishedRoundOut]),
    summary="Veröffentlichte Ergebnisse des Selbstchecks einer Kommune",
    url_name="selfcheck_results",
)
@paginate(Pagination, page_size=20)
def selfcheck_results(request, municipality: Slug):
    muni = get_object_or_404(Municipality, slug=municipality)
    return [
        {
            "id": r.pk,
            "title": r.title,
            "catalogue_version": r.catalogue.version,
            "closed_at": r.closed_at,
            "published_at": r.published_at,
            "respondents": r.respondents_submitted,
            "fields": [
                {"slug": f.slug, "name": f.name, "score": score, "light": r.light(score)} for f, score in scores
            ],
        }
        for r, scores in published_scores(municipality=muni)
    ]
