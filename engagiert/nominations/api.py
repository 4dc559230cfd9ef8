"""Public JSON API of Glücksbringer (django-ninja): published portraits only, public fields
only (what the portrait page shows; no e-mail, no nominator, no consent details)."""

from django.conf import settings
from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from engagiert.core.api import Id, Pagination, answers, slug_filter
from engagiert.nominations.selectors import published

router = Router(tags=["Glücksbringer"])


class PortraitParams(Schema):
    municipality: str = slug_filter("Kürzel der Kommune, z. B. bitterfeld-wolfen")
    campaign: str = slug_filter("Kürzel der Kampagne, z. B. gluecksbringer-2023")
    topic: str = slug_filter("Kürzel eines Themenfelds, z. B. seniorenarbeit")


class AnswerOut(Schema):
    question: str
    answer: str


class PortraitOut(Schema):
    id: int
    slug: str
    name: str = Field(..., alias="display_name")
    municipality: str = Field(..., alias="municipality.slug")
    campaign: str = Field(..., alias="campaign.slug")
    topic: str | None = Field(None, alias="topic.slug")
    published_on: str
    url: str
    photo: str | None
    photo_alt: str | None
    photo_credit: str | None
    website: str | None
    answers: list[AnswerOut]

    @staticmethod
    def resolve_published_on(obj) -> str:
        return obj.published_on.isoformat()

    @staticmethod
    def resolve_url(obj) -> str:
        return settings.SITE_URL.rstrip("/") + obj.get_absolute_url()

    @staticmethod
    def resolve_photo(obj) -> str | None:
        return settings.SITE_URL.rstrip("/") + obj.photo.url if obj.photo else None

    @staticmethod
    def resolve_photo_alt(obj) -> str | None:
        return obj.photo_alt if obj.photo else None

    @staticmethod
    def resolve_photo_credit(obj) -> str | None:
        return obj.photo_credit if obj.photo else None

    @staticmethod
    def resolve_website(obj) -> str | None:
        return obj.website or None

    @staticmethod
    def resolve_answers(obj) -> list[dict]:
        return [a for a in obj.answers if a.get("answer")]


def _portraits():
    return published().select_related("municipality", "campaign", "topic").order_by("-published_on", "-pk")


@router.get("/portraits", response=answers(list[PortraitOut]), summary="Glücksbringer-Porträts", url_name="portraits")
@paginate(Pagination, page_size=20)
def portraits(request, params: Query[PortraitParams]):
    qs = _portraits()
    if params.municipality:
        qs = qs.filter(municipality__slug=params.municipality)
    if params.campaign:
        qs = qs.filter(campaign__slug=params.campaign)
    if params.topic:
        qs = qs.filter(topic__slug=params.topic)
    return qs


@router.get(
    "/portraits/{portrait_id}", response=answers(PortraitOut), summary="Ein Glücksbringer-Porträt", url_name="portrait"
)
def portrait(request, portrait_id: Id):
    item = _portraits().filter(pk=portrait_id).first()
    if item is None:
        raise Http404
    return item
