"""The Selbstcheck's milestones as the one timeline (core.timeline, core/_timeline.html), with
what other apps link to a measure (the portal's Etappenplan entries): apps register a provider
here, so the Selbstcheck imports none of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.utils.translation import gettext as _

from engagiert.core.models import Municipality
from engagiert.core.timeline import TimelineEntry, TimelineLink
from engagiert.selfcheck.models import Measure

# provider(municipality=, measure_ids=) -> {measure id: [TimelineLink, …]}, public links only,
# with a fixed number of queries whatever the number of measures.
LinkProvider = Callable[..., dict[int, list[TimelineLink]]]
_providers: dict[str, LinkProvider] = {}


def register_measure_links(key: str, provider: LinkProvider) -> None:
    """Let another app show where it refers to a measure (e.g. the portal's Etappenplan)."""
    _providers[key] = provider


def measure_links(*, municipality: Municipality, measure_ids: Iterable[int]) -> dict[int, list[TimelineLink]]:
    ids = list(measure_ids)
    found: dict[int, list[TimelineLink]] = defaultdict(list)
    if not ids:
        return found
    for _key, provider in sorted(_providers.items()):
        for measure_id, links in provider(municipality=municipality, measure_ids=ids).items():
            found[measure_id].extend(links)
    return found


def measure_anchor(measure_id: int) -> str:
    """The id of a measure's entry on the public Selbstcheck page (others link to it)."""
    return f"massnahme-{measure_id}"


def measure_entries(measures: Iterable[Measure], *, municipality: Municipality) -> list[TimelineEntry]:
    """The measures as timeline entries, each with the places that refer to it."""
    measures = list(measures)
    links = measure_links(municipality=municipality, measure_ids=[m.pk for m in measures])
    entries = []
    for m in measures:
        details: list[tuple[str, str]] = []
        extra: list[TimelineLink] = []
        if m.event_title:
            if m.event_url:
                extra.append(TimelineLink(url=m.event_url, label=f"{_('Veranstaltung')}: {m.event_title}"))
            else:
                details.append((_("Veranstaltung"), m.event_title))
        entries.append(
            TimelineEntry(
                date=m.date,
                precision="month",
                title=m.title,
                text=m.goal,
                state=m.status,
                anchor=measure_anchor(m.pk),
                details=tuple(details),
                links=(*extra, *links.get(m.pk, ())),
            )
        )
    return entries
