"""Keeps OpportunitySearchTerm in step with opportunities (see engagiert.core.search)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.html import strip_tags

from engagiert.core.languages import language_codes
from engagiert.core.search import weighted_terms
from engagiert.volunteering.models import Opportunity, OpportunitySearchTerm

LANGS = language_codes()


def _translations(obj, field: str) -> str:
    return " ".join(getattr(obj, f"{field}_{lang}", "") or "" for lang in LANGS)


def opportunity_terms(opp: Opportunity) -> dict[str, int]:
    """Weighted terms of one opportunity; relations must be prefetched for batches."""
    fields: list[tuple[str, int]] = [
        (_translations(opp, "title"), 5),
        (opp.organisation.name, 3),
        (opp.district.name if opp.district else "", 2),
        (_translations(opp, "tasks"), 1),
        (strip_tags(_translations(opp, "description")), 1),
        (opp.requirements, 1),
    ]
    fields += [(_translations(t, "name"), 3) for t in opp.topics.all()]
    fields += [(s.name, 3) for s in opp.skills.all()]
    return weighted_terms(fields)


@transaction.atomic
def reindex_opportunities(ids: Iterable[int]) -> int:
    """Rebuild the terms of the given opportunities; returns the number of terms written."""
    ids = list(ids)
    OpportunitySearchTerm.objects.filter(opportunity_id__in=ids).delete()
    opps = (
        Opportunity.objects.filter(pk__in=ids)
        .select_related("organisation", "district")
        .prefetch_related("topics", "skills")
    )
    rows = [
        OpportunitySearchTerm(opportunity=opp, municipality_id=opp.municipality_id, term=term, weight=weight)
        for opp in opps
        for term, weight in opportunity_terms(opp).items()
    ]
    OpportunitySearchTerm.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
