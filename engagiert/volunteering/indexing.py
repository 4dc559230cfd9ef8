"""The search index of Mach mit! offers (OpportunitySearchTerm): their terms, and the names
of what they are found by (the index is registered with core.indexing in apps.py)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import strip_tags

from engagiert.core.indexing import SearchIndex, Source, in_every_language
from engagiert.core.models import District
from engagiert.core.search import weighted_terms
from engagiert.directory.models import Competency, Organisation, Topic
from engagiert.volunteering.models import Opportunity, OpportunitySearchTerm


def opportunity_terms(opp: Opportunity) -> dict[str, int]:
    """Weighted terms of one opportunity; relations must be prefetched for batches."""
    fields: list[tuple[str, int]] = [
        (in_every_language(opp, "title"), 5),
        (opp.organisation.name, 3),
        (opp.district.name if opp.district else "", 2),
        (in_every_language(opp, "tasks"), 1),
        (strip_tags(in_every_language(opp, "description")), 1),
        (opp.requirements, 1),
    ]
    fields += [(in_every_language(t, "name"), 3) for t in opp.topics.all()]
    fields += [(s.name, 3) for s in opp.skills.all()]
    return weighted_terms(fields)


INDEX = SearchIndex(
    terms_model=OpportunitySearchTerm,
    terms=opportunity_terms,
    load=lambda opps: opps.select_related("organisation", "district").prefetch_related("topics", "skills"),
    sources=(
        Source(model=Organisation, via="organisation"),
        Source(model=District, via="district"),
        Source(model=Topic, via="topics"),
        Source(model=Competency, via="skills"),
    ),
)


def reindex_opportunities(ids: Iterable[int]) -> int:
    """Rebuild the terms of the given opportunities; returns the number of terms written."""
    return INDEX.rebuild(ids)
