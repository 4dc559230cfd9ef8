"""Reads of the directory: search with facets, detail, reach figures."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from engagiert.core.models import Municipality
from engagiert.core.search import RankedResults, bytewise, matches_sql, query_terms
from engagiert.directory.models import (
    ContactPerson,
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


def published(*, municipality: Municipality | None) -> QuerySet[Organisation]:
    qs = Organisation.objects.filter(status=Organisation.Status.PUBLISHED)
    return qs.filter(municipality=municipality) if municipality else qs


def facet_conditions(filters: DirectoryFilters) -> dict[str, Q]:
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
    for condition in facet_conditions(filters).values():
        qs = qs.filter(condition)
    return qs


def term_matches(terms: list[str], municipality: Municipality | None) -> tuple[str, tuple]:
    index = OrganisationSearchTerm.objects.all()
    if municipality:
        index = index.filter(municipality=municipality)
    return matches_sql(index, owner="organisation_id", query=terms)


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
        matches=term_matches(terms, municipality),
        owner="organisation_id",
        candidates=qs,
        order=["sort_name"],
        load=list_page_prefetch,
    )


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
