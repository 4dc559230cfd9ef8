"""Public JSON API of the directory (django-ninja). Public data only: a contact person's
e-mail and phone appear only when the person opted in."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from engagiert.core.api import NamedOut, Pagination, Slug, answers, choices_enum, slug_filter
from engagiert.core.models import Municipality
from engagiert.directory.models import Organisation
from engagiert.directory.selectors import (
    DirectoryFilters,
    organisation_detail,
    search_organisations,
)

router = Router(tags=["Durchblick"])

OrganisationKind = choices_enum("OrganisationKind", Organisation.Kind)


class SearchParams(Schema):
    q: str = Field("", max_length=200, description="Suchbegriffe, z. B. „Tanz“ oder „Übersetzung Arabisch“")
    municipality: str = slug_filter("Kürzel der Kommune, z. B. dessau-rosslau")
    topic: str = slug_filter("Kürzel eines Themenfelds, z. B. kultur")
    district: str = slug_filter("Kürzel eines Stadtteils, z. B. rosslau")
    dimension: str = slug_filter("Kürzel einer Vielfaltsdimension")
    programme: str = slug_filter("Kürzel eines Programms")
    kind: OrganisationKind | None = Field(None, description="Art der Organisation")


class OrganisationOut(Schema):
    id: int
    municipality: str = Field(..., alias="municipality.slug")
    slug: str
    name: str
    kind: str
    city: str
    district: str | None = Field(None, alias="district.name")
    latitude: float | None
    longitude: float | None
    website: str
    topics: list[NamedOut]


class OrganisationContactOut(Schema):
    name: str
    role: str
    email: str | None
    phone: str | None
    competencies: list[str]
    languages: list[str]

    @staticmethod
    def resolve_email(obj) -> str | None:
        return obj.email if obj.contact_public and obj.email else None

    @staticmethod
    def resolve_phone(obj) -> str | None:
        return obj.phone if obj.contact_public and obj.phone else None

    @staticmethod
    def resolve_competencies(obj) -> list[str]:
        return [c.name for c in obj.competencies.all()]

    @staticmethod
    def resolve_languages(obj) -> list[str]:
        return obj.language_codes


class OrganisationDetailOut(OrganisationOut):
    description: str
    street: str
    postcode: str
    email: str
    phone: str
    diversity_dimensions: list[NamedOut]
    programmes: list[NamedOut]
    contacts: list[OrganisationContactOut]


class MunicipalityOut(Schema):
    slug: str
    name: str
    ags: str
    state: str


@router.get("/municipalities", response=answers(list[MunicipalityOut]), summary="Kommunen")
def municipalities(request):
    return Municipality.objects.all()


@router.get("/organisations", response=answers(list[OrganisationOut]), summary="Organisationen suchen")
@paginate(Pagination, page_size=20)
def organisations(request, params: Query[SearchParams]):
    muni = get_object_or_404(Municipality, slug=params.municipality) if params.municipality else None
    filters = DirectoryFilters(
        query=params.q,
        topic=params.topic,
        district=params.district,
        dimension=params.dimension,
        programme=params.programme,
        kind=params.kind.value if params.kind else "",
    )
    return search_organisations(municipality=muni, filters=filters)


@router.get(
    "/organisations/{municipality}/{slug}", response=answers(OrganisationDetailOut), summary="Eine Organisation"
)
def organisation(request, municipality: Slug, slug: Slug):
    muni = get_object_or_404(Municipality, slug=municipality)
    try:
        return organisation_detail(municipality=muni, slug=slug)
    except Organisation.DoesNotExist:
        raise Http404 from None
