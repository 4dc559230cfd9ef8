"""The search index of organisations (OrganisationSearchTerm): their terms, and the names of
what they are found by (the index is registered with core.indexing in apps.py)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import strip_tags

from engagiert.core.indexing import SearchIndex, Source, in_every_language
from engagiert.core.models import District
from engagiert.core.search import weighted_terms
from engagiert.directory.models import (
    Competency,
    DiversityDimension,
    Organisation,
    OrganisationSearchTerm,
    Programme,
    Topic,
)


def organisation_terms(org: Organisation) -> dict[str, int]:
    """Weighted terms of one organisation; its relations must be prefetched for batches."""
    fields: list[tuple[str, int]] = [
        (org.name, 5),
        (str(org.get_kind_display()) + " " + str(org.Kind(org.kind).label), 2),
        (org.district.name if org.district else "", 2),
        (strip_tags(in_every_language(org, "description")), 1),
    ]
    fields += [(in_every_language(t, "name"), 3) for t in org.topics.all()]
    fields += [(in_every_language(d, "name"), 2) for d in org.diversity_dimensions.all()]
    fields += [(in_every_language(p, "name"), 2) for p in org.programmes.all()]
    for contact in org.contacts.all():
        fields.append((f"{contact.name} {contact.role}", 1))
        fields += [(c.name, 3) for c in contact.competencies.all()]
    return weighted_terms(fields)


INDEX = SearchIndex(
    terms_model=OrganisationSearchTerm,
    terms=organisation_terms,
    load=lambda orgs: orgs.select_related("district").prefetch_related(
        "topics", "diversity_dimensions", "programmes", "contacts__competencies"
    ),
    sources=(
        Source(model=District, via="district"),
        Source(model=Topic, via="topics"),
        Source(model=DiversityDimension, via="diversity_dimensions"),
        Source(model=Programme, via="programmes"),
        Source(model=Competency, via="contacts__competencies"),
    ),
)


def reindex_organisations(ids: Iterable[int]) -> int:
    """Rebuild the terms of the given organisations; returns the number of terms written."""
    return INDEX.rebuild(ids)
