"""Keeps OrganisationSearchTerm in step with organisations (see engagiert.core.search)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.html import strip_tags

from engagiert.core.languages import language_codes
from engagiert.core.search import weighted_terms
from engagiert.directory.models import Organisation, OrganisationSearchTerm

LANGS = language_codes()


def _translations(obj, field: str) -> str:
    return " ".join(getattr(obj, f"{field}_{lang}", "") or "" for lang in LANGS)


def organisation_terms(org: Organisation) -> dict[str, int]:
    """Weighted terms of one organisation; its relations must be prefetched for batches."""
    fields: list[tuple[str, int]] = [
        (org.name, 5),
        (str(org.get_kind_display()) + " " + str(org.Kind(org.kind).label), 2),
        (org.district.name if org.district else "", 2),
        (strip_tags(_translations(org, "description")), 1),
    ]
    fields += [(_translations(t, "name"), 3) for t in org.topics.all()]
    fields += [(_translations(d, "name"), 2) for d in org.diversity_dimensions.all()]
    fields += [(_translations(p, "name"), 2) for p in org.programmes.all()]
    for contact in org.contacts.all():
        fields.append((f"{contact.name} {contact.role}", 1))
        fields += [(c.name, 3) for c in contact.competencies.all()]
    return weighted_terms(fields)


def _prefetched(ids: Iterable[int]):
    return (
        Organisation.objects.filter(pk__in=list(ids))
        .select_related("district")
        .prefetch_related("topics", "diversity_dimensions", "programmes", "contacts__competencies")
    )


@transaction.atomic
def reindex_organisations(ids: Iterable[int]) -> int:
    """Rebuild the terms of the given organisations; returns the number of terms written."""
    ids = list(ids)
    OrganisationSearchTerm.objects.filter(organisation_id__in=ids).delete()
    rows = [
        OrganisationSearchTerm(organisation=org, municipality_id=org.municipality_id, term=term, weight=weight)
        for org in _prefetched(ids)
        for term, weight in organisation_terms(org).items()
    ]
    OrganisationSearchTerm.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
