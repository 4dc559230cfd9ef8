"""Public JSON API of Mach mit! (django-ninja): visible opportunities only, no personal data
(a contact person's e-mail and phone only when the person opted in)."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from engagiert.core.api import Id, NamedOut, Pagination, answers, choices_enum, slug_filter
from engagiert.core.models import Municipality
from engagiert.volunteering.models import Opportunity
from engagiert.volunteering.selectors import OpportunityFilters, list_prefetch, search_opportunities, visible

router = Router(tags=["Mach mit!"])

OpportunityKind = choices_enum("OpportunityKind", Opportunity.Kind)


class OpportunityParams(Schema):
    q: str = Field("", max_length=200, description="Suchbegriffe, z. B. „Vorlesen“ oder „Senioren“")
    municipality: str = slug_filter("Kürzel der Kommune, z. B. dessau-rosslau")
    topic: str = slug_filter("Kürzel eines Themenfelds, z. B. seniorenarbeit")
    district: str = slug_filter("Kürzel eines Stadtteils, z. B. rosslau")
    kind: OpportunityKind | None = Field(None, description="Art des Engagements")
    remote: bool = False


class OpportunityOut(Schema):
    id: int
    municipality: str = Field(..., alias="municipality.slug")
    organisation: str = Field(..., alias="organisation.name")
    title: str
    kind: str
    hours_per_week: float | None
    hours_total: float | None
    district: str | None = Field(None, alias="district.name")
    remote: bool
    minimum_age: int
    topics: list[NamedOut]


class OpportunityContactOut(Schema):
    name: str
    email: str | None
    phone: str | None

    @staticmethod
    def resolve_email(obj) -> str | None:
        return obj.email if obj.contact_public and obj.email else None

    @staticmethod
    def resolve_phone(obj) -> str | None:
        return obj.phone if obj.contact_public and obj.phone else None


class OpportunityDetailOut(OpportunityOut):
    description: str
    tasks: str
    schedule: str
    address: str
    languages: list[str]
    requirements: str
    accessibility: str
    people_wanted: int
    skills: list[str]
    contact: OpportunityContactOut | None
    confirmed_current_at: str

    @staticmethod
    def resolve_languages(obj) -> list[str]:
        return obj.language_codes

    @staticmethod
    def resolve_skills(obj) -> list[str]:
        return [s.name for s in obj.skills.all()]

    @staticmethod
    def resolve_confirmed_current_at(obj) -> str:
        return obj.confirmed_current_at.isoformat()


@router.get(
    "/opportunities",
    response=answers(list[OpportunityOut]),
    summary="Engagementangebote suchen",
    url_name="opportunities",
)
@paginate(Pagination, page_size=20)
def opportunities(request, params: Query[OpportunityParams]):
    muni = get_object_or_404(Municipality, slug=params.municipality) if params.municipality else None
    filters = OpportunityFilters(
        query=params.q,
        topic=params.topic,
        district=params.district,
        kind=params.kind.value if params.kind else "",
        remote=params.remote,
    )
    return list_prefetch(search_opportunities(municipality=muni, filters=filters))


@router.get(
    "/opportunities/{opportunity_id}",
    response=answers(OpportunityDetailOut),
    summary="Ein Engagementangebot",
    url_name="opportunity",
)
def opportunity(request, opportunity_id: Id):
    try:
        return (
            list_prefetch(visible(municipality=None))
            .select_related("contact")
            .prefetch_related("skills")
            .get(pk=opportunity_id)
        )
    except Opportunity.DoesNotExist:
        raise Http404 from None
