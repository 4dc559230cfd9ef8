"""What Begegnungen offers search engines (core.sitemaps): the calendar and the network
calendar of every town, and every public event that has not ended (past events stay
reachable but are no longer announced)."""

from django.utils import timezone

from engagiert.core.sitemaps import ObjectPages, TownPages, register_sitemap
from engagiert.events import selectors


def upcoming():
    return (
        selectors.public_events(municipalities=None)
        .filter(end__gte=timezone.now())
        .select_related("municipality")
        .only("pk", "municipality__slug")
        .order_by("pk")
    )


def register() -> None:
    register_sitemap("begegnungen", TownPages("events:calendar", "events:network"))
    register_sitemap("veranstaltungen", ObjectPages(upcoming, changefreq="daily"))
