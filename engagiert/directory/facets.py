"""Facet counts of the directory search: for every option of every facet, how many results
choosing it would give. Each facet is counted on the results of the query and the *other*
facets, so a chosen option never hides its alternatives.

One SQL statement counts all five facets: the query's matches are read once (with a flag per
active facet condition) and grouped per facet; the labels come from the small facet tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper

from engagiert.core.models import District, Municipality
from engagiert.core.search import owners_of, search_terms
from engagiert.directory.models import DiversityDimension, Organisation, Programme, ProgrammeMembership, Topic
from engagiert.directory.selectors import FACETS, DirectoryFilters, facet_conditions, published, term_matches


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


def _link(through, column: str) -> str:
    """A link table as (organisation, option): `FROM m JOIN <link>` of the counting SQL."""
    return f"JOIN {through._meta.db_table} link ON link.organisation_id = m.pk", f"link.{column}"


# facet -> (join, option column) in the counting SQL; `m` is the matches.
_SOURCES = {
    "topic": _link(Organisation.topics.through, "topic_id"),
    "dimension": _link(Organisation.diversity_dimensions.through, "diversitydimension_id"),
    "programme": _link(ProgrammeMembership, "programme_id"),
    "district": ("", "m.district_id"),
    "kind": ("", "m.kind"),
}


def _counts(*, municipality: Municipality, filters: DirectoryFilters) -> dict[str, dict[str, int]]:
    """facet -> option value (as text) -> number of results: one query."""
    matches = published(municipality=municipality)
    terms = search_terms(filters.query, municipality)
    if terms:
        matches = matches.filter(pk__in=owners_of(term_matches(terms, municipality), owner="organisation_id"))
    flags = {
        f"in_{name}": ExpressionWrapper(c, output_field=BooleanField()) for name, c in facet_conditions(filters).items()
    }
    base_sql, params = (
        matches.annotate(**flags).values("pk", "district_id", "kind", *flags).order_by().query.sql_with_params()
    )
    parts = []
    for facet in FACETS:
        join, column = _SOURCES[facet]
        others = " AND ".join(f"m.{flag}" for flag in flags if flag != f"in_{facet}") or "1 = 1"
        parts.append(
            f"SELECT '{facet}', CAST({column} AS TEXT), COUNT(*) FROM m {join} "  # noqa: S608 - no user values
            f"WHERE {others} AND {column} IS NOT NULL GROUP BY {column}"
        )
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH m AS ({base_sql}) " + " UNION ALL ".join(parts), params)  # noqa: S608
        for facet, value, n in cursor.fetchall():
            counts[facet][value] = n
    return counts


def facet_counts(*, municipality: Municipality, filters: DirectoryFilters) -> Facets:
    """Options of every facet with their counts (at most five queries, whatever the data size)."""
    active = filters.active()
    counts = _counts(municipality=municipality, filters=filters)

    def options(facet: str, rows) -> list[FacetOption]:
        return [FacetOption(slug, str(label), n, active.get(facet) == slug) for slug, label, n in rows]

    def labelled(facet: str, model) -> list[FacetOption]:
        found = counts[facet]
        objects = model.objects.filter(pk__in=[int(pk) for pk in found]) if found else model.objects.none()
        return options(facet, ((o.slug, o.name, found[str(o.pk)]) for o in objects))

    topics = labelled("topic", Topic)
    return Facets(
        topic=sorted(topics, key=lambda o: o.label),
        dimension=labelled("dimension", DiversityDimension),
        programme=labelled("programme", Programme),
        district=labelled("district", District),
        kind=options("kind", ((k, Organisation.Kind(k).label, n) for k, n in sorted(counts["kind"].items()))),
    )
