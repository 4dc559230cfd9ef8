"""Reads of the directory: search with facets, detail, reach figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper, Prefetch, Q, QuerySet

from engagiert.core.models import District, Municipality
from engagiert.core.search import RankedResults, bytewise, matches_sql, owners_of, query_terms
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


def _facet_conditions(filters: DirectoryFilters) -> dict[str, Q]:
    """One condition per active facet."""
    conditions = {}
    if filters.topic:
        topics = Organisation.topics.through.objects.filter(topic__slug=filters.topic)
        conditions["topic"] = Q(pk__in=topics.values("organisation_id"))
    if filters.dimension:
        dims = Organisation.diversity_dimensions.through.objects.filter(diversitydimension__slug=filters.dimension)
        conditions["dimension"] = Q(pk__in=dims.values("organisation_id"))
    if filters.programme:
        members = ProgrammeMembership.objects.filter(programme__slug=filters.programme)
        conditions["programme"] = Q(pk__in=members.values("organisation_id"))
    if filters.district:
        conditions["district"] = Q(district__slug=filters.district) | Q(district__parent__slug=filters.district)
    if filters.kind:
        conditions["kind"] = Q(kind=filters.kind)
    return conditions


def _apply_facets(qs: QuerySet[Organisation], filters: DirectoryFilters) -> QuerySet[Organisation]:
    for condition in _facet_conditions(filters).values():
        qs = qs.filter(condition)
    return qs


def _matches(terms: list[str], municipality: Municipality | None) -> tuple[str, tuple]:
    index = OrganisationSearchTerm.objects.all()
    if municipality:
        index = index.filter(municipality=municipality)
    return matches_sql(index, owner="organisation_id", query=terms)


def matching_ids(*, municipality: Municipality | None, filters: DirectoryFilters) -> QuerySet:
    """Primary keys of the matches, unranked: for use as a subquery."""
    qs = _apply_facets(published(municipality=municipality), filters)
    terms = query_terms(filters.query)
    if terms:
        qs = qs.filter(pk__in=owners_of(_matches(terms, municipality), owner="organisation_id"))
    return qs.values("pk")


def list_page_prefetch(qs: QuerySet[Organisation]) -> QuerySet[Organisation]:
    """What a result list shows per organisation, loaded in a fixed number of queries."""
    return qs.select_related("district", "municipality").prefetch_related("topics")


def search_organisations(
    *, municipality: Municipality | None, filters: DirectoryFilters
) -> QuerySet[Organisation] | RankedResults:
    """Published organisations matching every query term and the facets, best first, with
    what a result list shows (for `Paginator` or the API's pagination).

    Relevance: the summed weight of the best field each term matched in
    (name > competencies/topics > kind, district, programmes > description), then the name."""
    qs = _apply_facets(published(municipality=municipality), filters)
    terms = query_terms(filters.query)
    if not terms:
        return list_page_prefetch(qs.order_by(bytewise("sort_name"), "pk"))
    return RankedResults(
        matches=_matches(terms, municipality),
        owner="organisation_id",
        candidates=qs,
        tie="sort_name",
        load=list_page_prefetch,
    )


def _ids_per_facet(*, municipality: Municipality, filters: DirectoryFilters) -> dict[str, list[int]]:
    """For each facet, the organisations matching the query and the *other* facets: read in
    one query (the query's matches, with a flag per active facet), split in Python."""
    qs = published(municipality=municipality)
    terms = query_terms(filters.query)
    if terms:
        qs = qs.filter(pk__in=owners_of(_matches(terms, municipality), owner="organisation_id"))
    flags = {name: ExpressionWrapper(c, output_field=BooleanField()) for name, c in _facet_conditions(filters).items()}
    rows = qs.annotate(**{f"in_{name}": flag for name, flag in flags.items()}).order_by()
    per_facet: dict[str, list[int]] = {facet: [] for facet in FACETS}
    for pk, *inside in rows.values_list("pk", *(f"in_{name}" for name in flags)):
        outside = [name for name, hit in zip(flags, inside, strict=True) if not hit]
        if len(outside) > 1:
            continue  # fails two facets: counted in none
        for facet in outside or FACETS:
            per_facet[facet].append(pk)
    return per_facet


def facet_counts(*, municipality: Municipality, filters: DirectoryFilters) -> Facets:
    """Options of every facet with the number of results each would give: counted on the
    results of the query and the *other* facets (six queries, whatever the data size)."""
    active = filters.active()
    ids = _ids_per_facet(municipality=municipality, filters=filters)

    def options(facet: str, rows) -> list[FacetOption]:
        return [FacetOption(slug, str(label), n, active.get(facet) == slug) for slug, label, n in rows]

    facets = Facets()
    topics = Topic.objects.filter(organisations__pk__in=ids["topic"]).annotate(n=Count("organisations"))
    facets.topic = options("topic", ((t.slug, t.name, t.n) for t in topics.order_by("name")))
    dims = DiversityDimension.objects.filter(organisations__pk__in=ids["dimension"])
    facets.dimension = options("dimension", ((d.slug, d.name, d.n) for d in dims.annotate(n=Count("organisations"))))
    progs = Programme.objects.filter(organisations__pk__in=ids["programme"]).annotate(n=Count("organisations"))
    facets.programme = options("programme", ((p.slug, p.name, p.n) for p in progs))
    districts = District.objects.filter(organisation__pk__in=ids["district"]).annotate(n=Count("organisation"))
    facets.district = options("district", ((d.slug, d.name, d.n) for d in districts))
    kinds = Organisation.objects.filter(pk__in=ids["kind"]).values("kind").annotate(n=Count("pk"))
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
