"""Reads of Glücksbringer: campaigns of a town, the gallery, portraits, the moderation queue
and the campaign figures (also for the impact dashboard)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from engagiert.core.models import AuditRecord, Municipality
from engagiert.directory.models import Topic
from engagiert.nominations.models import Campaign, Nomination, Portrait

S = Nomination.Status


def campaigns_of(*, municipality: Municipality) -> list[Campaign]:
    """The campaigns the town takes part in, newest first: one query."""
    return list(Campaign.objects.filter(participants=municipality).select_related("network", "municipality"))


def campaign_in(*, municipality: Municipality, slug: str) -> Campaign:
    """A campaign the town takes part in (Campaign.DoesNotExist otherwise)."""
    return (
        Campaign.objects.select_related("network", "municipality")
        .prefetch_related("participants")
        .get(participants=municipality, slug=slug)
    )


def open_campaigns(*, municipality: Municipality, today: datetime.date | None = None) -> list[Campaign]:
    today = today or timezone.localdate()
    return [c for c in campaigns_of(municipality=municipality) if c.starts_on <= today <= c.ends_on]


def published(today: datetime.date | None = None) -> QuerySet[Portrait]:
    """Portraits visible to the public (publication date reached, nomination published)."""
    today = today or timezone.localdate()
    return Portrait.objects.filter(published_on__lte=today, nomination__status=S.PUBLISHED)


def _gallery_rows(qs: QuerySet[Portrait]) -> QuerySet[Portrait]:
    # Topic names are translated (modeltranslation): their fields are not deferred.
    return qs.select_related("municipality", "topic").defer("answers", "website", "photo_credit")


@dataclass
class GalleryFilters:
    town: str = ""
    topic: str = ""


def gallery(*, campaign: Campaign, filters: GalleryFilters | None = None) -> QuerySet[Portrait]:
    """The campaign's published portraits across the network, filtered by town and topic
    (slugs), newest first: one query for a page (the pagination counts in one more)."""
    filters = filters or GalleryFilters()
    qs = published().filter(campaign=campaign)
    if filters.town:
        qs = qs.filter(municipality__slug=filters.town)
    if filters.topic:
        qs = qs.filter(topic__slug=filters.topic)
    return _gallery_rows(qs).order_by("-published_on", "-pk")


def gallery_topics(*, campaign: Campaign) -> list[Topic]:
    """The topics that published portraits of the campaign have (for the filter): one query."""
    return list(Topic.objects.filter(pk__in=published().filter(campaign=campaign).values("topic_id")).order_by("name"))


def latest_portraits(municipality: Municipality, limit: int = 3) -> list[Portrait]:
    """The town's latest published portraits (any campaign), for the town's start page:
    one query, whatever `limit`."""
    return list(
        published()
        .filter(municipality=municipality)
        .select_related("municipality", "topic", "campaign")
        .defer("answers", "website", "photo_credit")
        .order_by("-published_on", "-pk")[:limit]
    )


def latest_portrait_links(municipality: Municipality, limit: int = 3) -> list[Portrait]:
    """The town's latest published portraits as the town's start page links them (name, topic,
    address): one query, reading those fields only."""
    return list(
        published()
        .filter(municipality=municipality)
        .select_related("municipality", "topic")
        .only("pk", "slug", "display_name", "published_on", "municipality__slug", "municipality__name", "topic")
        .order_by("-published_on", "-pk")[:limit]
    )


def portrait_page(*, municipality: Municipality, slug: str) -> Portrait:
    """A published portrait of the town (Portrait.DoesNotExist otherwise)."""
    return (
        published()
        .select_related("municipality", "campaign", "topic", "organisation")
        .get(municipality=municipality, slug=slug)
    )


# --- moderation ------------------------------------------------------------------------------

WAITING = (S.CONTACT, S.REVIEW)


def queue(*, municipality: Municipality, status: str = "") -> QuerySet[Nomination]:
    """The town's nominations for its moderators (ended ones left out unless asked for)."""
    qs = Nomination.objects.filter(municipality=municipality).select_related("campaign", "portrait")
    qs = qs.annotate(nominator_count=Count("nominators", filter=Q(nominators__confirmed_at__isnull=False)))
    if status:
        qs = qs.filter(status=status)
    else:
        qs = qs.exclude(status__in=(*Nomination.ENDED, S.UNCONFIRMED))
    return qs.order_by("-created_at", "-pk")


def waiting(municipality: Municipality) -> QuerySet[Nomination]:
    """The work queue of "Mein Bereich": nominations that wait for the coordination."""
    return Nomination.objects.filter(municipality=municipality, status__in=WAITING)


def nomination_for_moderation(*, municipality: Municipality, pk: int) -> Nomination:
    return (
        Nomination.objects.select_related("campaign", "municipality", "organisation", "topic", "consent_recorded_by")
        .prefetch_related("nominators", "handouts")
        .get(municipality=municipality, pk=pk)
    )


def history(nomination: Nomination) -> list[AuditRecord]:
    from django.contrib.contenttypes.models import ContentType

    return list(
        AuditRecord.objects.filter(
            target_type=ContentType.objects.get_for_model(Nomination), target_id=str(nomination.pk)
        )
        .select_related("actor")
        .order_by("created_at", "pk")
    )


def duplicates(nomination: Nomination) -> list[Nomination]:
    """Other active nominations of the same campaign and town, candidates for a merge."""
    return list(
        Nomination.objects.filter(
            campaign=nomination.campaign_id,
            municipality=nomination.municipality_id,
            status__in=(S.INVITED, S.CONTACT, S.CONSENTED, S.REVIEW, S.PUBLISHED),
        )
        .exclude(pk=nomination.pk)
        .only("pk", "nominee_name", "status")
        .order_by("nominee_name")
    )


def my_nominations(*, user, municipality: Municipality) -> list[Nomination]:
    """The nominations about the signed-in person (by their verified address) in the town."""
    if not user.is_authenticated or not user.email:
        return []
    return list(
        Nomination.objects.filter(
            municipality=municipality, nominee_email=user.email.lower(), status__in=Nomination.ACTIVE
        )
        .select_related("campaign", "portrait")
        .order_by("-created_at")
    )


# --- figures ---------------------------------------------------------------------------------


@dataclass
class CampaignFigures:
    """The figures of a campaign: counts by town and status, the consent rate (of the nominees
    asked who answered), days from nomination to publication, self vs. third-party."""

    by_town: dict[str, dict[str, int]] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    total: int = 0
    asked: int = 0
    consented: int = 0
    consent_rate: float | None = None
    median_days_to_publication: float | None = None
    self_nominations: int = 0
    third_party: int = 0

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def campaign_figures(campaign: Campaign, *, municipality: Municipality | None = None) -> CampaignFigures:
    """The figures of `campaign` (in `municipality` only, if given): two queries. Unconfirmed
    nominations do not count (nobody has confirmed them yet)."""
    qs = Nomination.objects.filter(campaign=campaign).exclude(status=S.UNCONFIRMED)
    if municipality is not None:
        qs = qs.filter(municipality=municipality)
    figures = CampaignFigures()
    by_town: dict[str, dict[str, int]] = defaultdict(dict)
    for row in qs.values("municipality__name", "status", "is_self").annotate(n=Count("pk")).order_by():
        town, status, n = row["municipality__name"], row["status"], row["n"]
        by_town[town][status] = by_town[town].get(status, 0) + n
        figures.by_status[status] = figures.by_status.get(status, 0) + n
        figures.total += n
        if row["is_self"]:
            figures.self_nominations += n
        else:
            figures.third_party += n
    figures.by_town = dict(sorted(by_town.items()))
    consenting = sum(figures.by_status.get(s, 0) for s in (S.CONSENTED, S.REVIEW, S.PUBLISHED))
    # Withdrawn had consented once; of the third-party nominees asked, how many agreed.
    answered = consenting + sum(figures.by_status.get(s, 0) for s in (S.DECLINED, S.EXPIRED, S.WITHDRAWN))
    figures.asked, figures.consented = answered, consenting + figures.by_status.get(S.WITHDRAWN, 0)
    figures.consent_rate = round(figures.consented / answered, 3) if answered else None
    durations = [
        (published - created).total_seconds() / 86400
        for created, published in qs.filter(published_at__isnull=False).values_list("created_at", "published_at")
    ]
    figures.median_days_to_publication = round(median(durations), 1) if durations else None
    return figures
