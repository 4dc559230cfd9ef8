"""Newsletters, topics and subscribers for tests, and a fake item source."""

from __future__ import annotations

import itertools
from contextlib import contextmanager

import pytest
from django.utils import timezone

from engagiert.core.models import RegionalNetwork
from engagiert.newsletter.models import Newsletter, Subscriber, Topic
from engagiert.newsletter.sources import Item, register_source, sources


def make_newsletter(municipality=None, name="Newsletter Dessau-Roßlau", *, network=None, topics=(), **fields):
    newsletter = Newsletter.objects.create(municipality=municipality, network=network, name=name, **fields)
    for position, topic in enumerate(topics):
        Topic.objects.create(newsletter=newsletter, name=topic, position=position)
    return newsletter


def make_subscriber(newsletter, email, *, town=None, confirmed=True, topics=(), language="de", **fields):
    now = timezone.now()
    subscriber = Subscriber.objects.create(
        newsletter=newsletter,
        town=town or newsletter.municipality or newsletter.network.municipalities.order_by("pk").first(),
        email=email,
        language=language,
        status=Subscriber.Status.CONFIRMED if confirmed else Subscriber.Status.PENDING,
        confirmed_at=now if confirmed else None,
        **fields,
    )
    if topics:
        subscriber.topics.set(Topic.objects.filter(newsletter=newsletter, name__in=topics))
    return subscriber


def make_network(*towns, name="Regionalnetzwerk Anhalt"):
    network, _created = RegionalNetwork.objects.get_or_create(slug="anhalt", defaults={"name": name})
    network.municipalities.set(towns)
    return network


FAKE_ITEMS = [
    Item(
        key="1",
        title="Bundesweiter Vorlesetag am 15. November",
        teaser="Das Integrationsbüro hat Bücher übergeben.",
        url="/dessau-rosslau/aktuelles/vorlesetag/",
        image_url="/static/vendor/leaflet/images/layers-2x.png",  # a file the live server serves
        image_alt="Kinder lesen in der Stadtbibliothek",
    ),
    Item(
        key="2",
        title="Drei neue Termine im Mitmachlokal",
        teaser="Nach dem gelungenen Start geht es weiter.",
        url="https://www.example.de/mitmachlokal",
    ),
]
calls = itertools.count()


def fake_news(*, municipality, network, limit):
    next(calls)
    return FAKE_ITEMS[:limit]


@contextmanager
def fake_news_source():
    """A source "fake" offering FAKE_ITEMS, as the portal's news will (removed afterwards)."""
    register_source(key="fake", label="Aktuelles", items=fake_news, order=1)
    try:
        yield FAKE_ITEMS
    finally:
        sources.unregister("fake")


@pytest.fixture
def fake_source():
    with fake_news_source() as items:
        yield items
