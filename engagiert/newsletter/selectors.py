"""Reads of the newsletter app: which newsletters a town shows and manages, subscriber counts,
an issue's progress, a person's subscriptions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from engagiert.core.models import Municipality
from engagiert.newsletter.models import Delivery, Issue, Newsletter, Subscriber, Topic


def of_town(municipality: Municipality) -> QuerySet[Newsletter]:
    """The newsletters of `municipality` and of the regional networks it belongs to."""
    return Newsletter.objects.filter(
        Q(municipality=municipality) | Q(network__in=municipality.networks.values("pk"))
    ).select_related("municipality", "network")


def drafts(municipality: Municipality) -> QuerySet[Issue]:
    """Issues not sent yet of the newsletters a coordinator of `municipality` manages (its work
    queue on "Mein Bereich", counted there in one query with the other queues)."""
    return Issue.objects.filter(newsletter__in=of_town(municipality).values("pk"), status=Issue.Status.DRAFT)


def signup_options(municipality: Municipality) -> list[Newsletter]:
    """The active newsletters of the sign-up page with their topics: two queries."""
    return list(
        of_town(municipality)
        .filter(active=True)
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("position", "name", "pk")))
        .order_by("network_id", "name", "pk")
    )


def managed(municipality: Municipality) -> list[Newsletter]:
    """The newsletters a coordinator of `municipality` manages, with subscriber counts and the
    latest issues: three queries, however many there are."""
    newsletters = list(
        of_town(municipality)
        .annotate(
            confirmed=Count("subscribers", filter=Q(subscribers__status=Subscriber.Status.CONFIRMED)),
            pending=Count("subscribers", filter=Q(subscribers__status=Subscriber.Status.PENDING)),
        )
        .prefetch_related("topics")
        .order_by("network_id", "name", "pk")
    )
    issues = Issue.objects.filter(newsletter__in=[n.pk for n in newsletters]).order_by("-created_at", "-pk")
    by_newsletter: dict[int, list[Issue]] = {}
    for issue in issues.only("pk", "subject", "status", "created_at", "finished_at", "newsletter_id"):
        by_newsletter.setdefault(issue.newsletter_id, []).append(issue)
    for newsletter in newsletters:
        newsletter.recent_issues = by_newsletter.get(newsletter.pk, [])[:10]
    return newsletters


@dataclass(frozen=True)
class Progress:
    total: int
    sent: int
    failed: int
    skipped: int
    waiting: int

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.skipped

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def progress(issue: Issue) -> Progress:
    """How far the sending of `issue` is: one query."""
    counts = Delivery.objects.filter(issue=issue).aggregate(
        total=Count("pk"),
        sent=Count("pk", filter=Q(status=Delivery.Status.SENT)),
        failed=Count("pk", filter=Q(status=Delivery.Status.FAILED)),
        skipped=Count("pk", filter=Q(status=Delivery.Status.SKIPPED)),
    )
    waiting = counts["total"] - counts["sent"] - counts["failed"] - counts["skipped"]
    return Progress(waiting=waiting, **counts)


def subscriptions_of(email: str) -> list[Subscriber]:
    """Every subscription of an address on the platform, with newsletter and topics."""
    return list(
        Subscriber.objects.filter(email=email.strip().lower())
        .select_related("town", "newsletter__municipality", "newsletter__network")
        .prefetch_related("topics", "newsletter__topics")
        .order_by("newsletter__name", "pk")
    )


def subscriptions_in_town(email: str, municipality: Municipality) -> list[Subscriber]:
    """The subscriptions of an address to the newsletters `municipality` shows."""
    return list(
        Subscriber.objects.filter(email=email.strip().lower(), newsletter__in=of_town(municipality).values("pk"))
        .select_related("newsletter__municipality", "newsletter__network")
        .prefetch_related("topics")
        .order_by("newsletter__name", "pk")
    )


def subscriber_municipalities(user) -> QuerySet:
    """Towns (ids) where `user`'s address subscribes to a newsletter of the town (Mein Konto)."""
    return Newsletter.objects.filter(municipality__isnull=False, subscribers__email=(user.email or "").lower()).values(
        "municipality_id"
    )
