"""Where the items of an issue come from: apps register sources of "recent items of a town or
a network" (news, events, ...), and the composing page offers what they return.

Another app plugs in with a few lines in its AppConfig.ready():

    from engagiert.newsletter.sources import Item, register_source

    def recent_news(*, municipality, network, limit):
        return [Item(key=str(n.pk), title=n.title, teaser=n.teaser, url=n.url, date=n.date) for n in ...]

    register_source(key="portal.news", label=_("Aktuelles"), items=recent_news, order=10)

`items(municipality=..., network=..., limit=...)` gets the newsletter's town (network None) or
network (municipality None) and returns at most `limit` Items, newest or next first. An item's
`key` is stable within its source; `url` is a path of this site or an absolute https URL."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import Registry


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    url: str
    teaser: str = ""
    image_url: str = ""
    image_alt: str = ""
    date: datetime.date | None = None


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    items: Callable[..., list[Item]]
    order: int = 100


sources = Registry()


def register_source(*, key: str, label: str, items: Callable[..., list[Item]], order: int = 100) -> None:
    """Offer the items of `items(municipality=, network=, limit=)` to the editors of issues."""
    sources.register(Source(key=key, label=label, items=items, order=order))


def offered(newsletter, *, limit: int = 15) -> list[tuple[Source, list[Item]]]:
    """Each registered source with its items for `newsletter`'s town or network."""
    found = []
    for source in sources.all():
        items = list(source.items(municipality=newsletter.municipality, network=newsletter.network, limit=limit))
        found.append((source, items[:limit]))
    return found


def find(newsletter, wanted: list[str], *, limit: int = 15) -> list[tuple[str, Item]]:
    """The items named "source:key" in `wanted` that the sources offer now, in the order asked."""
    by_id = {
        f"{source.key}:{item.key}": (source.key, item)
        for source, items in offered(newsletter, limit=limit)
        for item in items
    }
    return [by_id[w] for w in dict.fromkeys(wanted) if w in by_id]


def upcoming_events(*, municipality, network, limit: int) -> list[Item]:
    """Begegnungen: the next published events of the town (or of the network's towns)."""
    from django.utils.formats import date_format

    from engagiert.events.models import Event

    events = Event.objects.filter(status=Event.Status.PUBLISHED, start__gte=timezone.now())
    if municipality is not None:
        events = events.filter(municipality=municipality)
    else:
        events = events.filter(municipality__in=network.municipalities.all())
    events = events.select_related("venue", "municipality").order_by("start", "pk")[:limit]
    return [
        Item(
            key=str(event.pk),
            title=event.title,
            url=event.get_absolute_url(),
            teaser=" · ".join(
                part
                for part in (
                    date_format(timezone.localtime(event.start), "EVENT_DATETIME_FORMAT"),
                    event.venue.name if event.venue else "",
                )
                if part
            ),
            date=timezone.localtime(event.start).date(),
        )
        for event in events
    ]


def register_builtin() -> None:
    register_source(key="events", label=_("Begegnungen: nächste Veranstaltungen"), items=upcoming_events, order=50)
