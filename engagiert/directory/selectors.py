"""Reads of the directory: search with facets, detail, reach figures."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.db.models import Case, Count, IntegerField, Max, Prefetch, Q, QuerySet, Value, When

from engagiert.core.models import District, Municipality
from engagiert.core.search import bytewise, query_terms, term_lookup
from engagiert.directory.models import (
    ContactPerson,
    DiversityDimension,
    Organisation,
    OrganisationSearchTerm,
    Programme,
    ProgrammeMembership,
    Topic,
)

FACETS = ("topic", "district", "dimension", "programme", "kind")


@dataclass(frozen=True)
class DirectoryFilters:
    """What a searcher asked for; every facet is a slug (or a kind value) or empty."""

    query: str = ""
    topic: str = ""
    district: str = ""
    dimension: str = ""
    programme: str = ""
    kind: str = ""

    def active(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facets:
    topic: list[FacetOption] = field(default_factory=list)
    district: list[FacetOption] = field(default_factory=list)
    dimension: list[FacetOption] = field(default_factory=list)
    programme: list[FacetOption] = field(default_factory=list)
    kind: list[FacetOption] = field(default_factory=list)


def published(*, municipality: Municipality | None) -> QuerySet[Organisation]:
    qs = Organisation.objects.filter(status=Organisation.Status.PUBLISHED)
    return qs.filter(municipality=municipality) if municipality else qs


def _apply_facets(qs: QuerySet[Organisation], filters: DirectoryFilters) -> QuerySet[Organisation]:
    through = Organisation.topics.through
    if filters.topic:
        qs = qs.filter(pk__in=through.objects.filter(topic__slug=filters.topic).values("organisation_id"))
    if filters.dimension:
        dims = Organisation.diversity_dimensions.through.objects.filter(diversitydimension__slug=filters.dimension)
        qs = qs.filter(pk__in=dims.values("organisation_id"))
    if filters.programme:
        members = ProgrammeMembership.objects.filter(programme__slug=filters.programme)
        qs = qs.filter(pk__in=members.values("organisation_id"))
    if filters.district:
        qs = qs.filter(Q(district__slug=filters.district) | Q(district__parent__slug=filters.district))
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    return qs


def _require_every_term(qs: QuerySet[Organisation], terms: list[str], municipality: Municipality | None):
    """Keep organisations that match every term (each term one indexed subquery)."""
    for term in terms:
        matches = OrganisationSearchTerm.objects.filter(**term_lookup("term", term))
        if municipality:
            matches = matches.filter(municipality=municipality)
        qs = qs.filter(pk__in=matches.values("organisation_id"))
    return qs


def matching_ids(*, municipality: Municipality | None, filters: DirectoryFilters) -> QuerySet:
    """Primary keys of the matches, unranked: for use as a subquery."""
    qs = _apply_facets(published(municipality=municipality), filters)
    return _require_every_term(qs, query_terms(filters.query), municipality).values("pk")


def search_organisations(*, municipality: Municipality | None, filters: DirectoryFilters) -> QuerySet[Organisation]:
    """Published organisations matching every query term and the facets, best first.

    Relevance: the summed weight of the best field each term matched in
    (name > competencies/topics > kind, district, programmes > description)."""
    qs = _apply_facets(published(municipality=municipality), filters)
    terms = query_terms(filters.query)
    if not terms:
        return qs.order_by(bytewise("sort_name"))
    qs = _require_every_term(qs, terms, municipality)
    any_term = Q()
    for term in terms:
        any_term |= Q(**term_lookup("search_terms__term", term))
    weights = [
        Max(
            Case(
                When(**term_lookup("search_terms__term", term), then="search_terms__weight"),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        for term in terms
    ]
    qs = qs.filter(any_term).annotate(score=sum(weights[1:], weights[0]))
    return qs.order_by("-score", bytewise("sort_name"))


def list_page_prefetch(qs: QuerySet[Organisation]) -> QuerySet[Organisation]:
    """What a result list shows per organisation, loaded in a fixed number of queries."""
    return qs.select_related("district", "municipality").prefetch_related("topics")


def facet_counts(*, municipality: Municipality, filters: DirectoryFilters) -> Facets:
    """Options of every facet with the number of results each would give: counted on the
    results of the query and the *other* facets (five queries, whatever the data size)."""
    active = filters.active()

    def ids_without(facet: str) -> QuerySet:
        return matching_ids(municipality=municipality, filters=replace(filters, **{facet: ""}))

    def options(facet: str, rows) -> list[FacetOption]:
        return [FacetOption(slug, str(label), n, active.get(facet) == slug) for slug, label, n in rows]

    facets = Facets()
    topics = Topic.objects.filter(organisations__pk__in=ids_without("topic")).annotate(n=Count("organisations"))
    facets.topic = options("topic", ((t.slug, t.name, t.n) for t in topics.order_by("name")))
    dims = DiversityDimension.objects.filter(organisations__pk__in=ids_without("dimension"))
    facets.dimension = options("dimension", ((d.slug, d.name, d.n) for d in dims.annotate(n=Count("organisations"))))
    progs = Programme.objects.filter(organisations__pk__in=ids_without("programme")).annotate(n=Count("organisations"))
    facets.programme = options("programme", ((p.slug, p.name, p.n) for p in progs))
    districts = District.objects.filter(municipality=municipality, organisation__pk__in=ids_without("district"))
    facets.district = options("district", ((d.slug, d.name, d.n) for d in districts.annotate(n=Count("organisation"))))
    kinds = Organisation.objects.filter(pk__in=ids_without("kind")).values("kind").annotate(n=Count("pk"))
    facets.kind = options(
        "kind", ((k["kind"], Organisation.Kind(k["kind"]).label, k["n"]) for k in kinds.order_by("kind"))
    )
    return facets


def organisation_detail(*, municipality: Municipality, slug: str) -> Organisation:
    """A published organisation with everything its page shows (fixed query count)."""
    return (
        published(municipality=municipality)
        .select_related("district", "municipality")
        .prefetch_related(
            "topics",
            "diversity_dimensions",
            "programmes",
            Prefetch("contacts", queryset=ContactPerson.objects.prefetch_related("competencies")),
            "agreements",
        )
        .get(slug=slug)
    )


def reach(*, municipality: Municipality) -> dict[str, object]:
    """Partner organisations of the network: total, by programme and by topic."""
    orgs = published(municipality=municipality)
    return {
        "total": orgs.count(),
        "by_programme": list(
            Programme.objects.filter(organisations__in=orgs).annotate(n=Count("organisations")).order_by("-n", "name")
        ),
        "by_topic": list(
            Topic.objects.filter(organisations__in=orgs).annotate(n=Count("organisations")).order_by("-n", "name")
        ),
        "by_kind": list(orgs.values("kind").annotate(n=Count("pk")).order_by("-n")),
    }
