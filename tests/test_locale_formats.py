"""Pages in the reader's language (issue 13): event dates by each language's own pattern
(Ukrainian genitive month, no German "10." pattern), Latin names isolated with <bdi> in Arabic."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import pytest
from django.conf import settings

from engagiert.events.models import Event
from engagiert.events.tests.factories import make_event
from engagiert.testing import make_org

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2026, 12, 10, 18, 0, tzinfo=BERLIN)


@pytest.fixture
def event(dessau, org):
    event = make_event(dessau, "Inklusive Tanzgala", organisation=org)
    Event.objects.filter(pk=event.pk).update(start=START, end=START + dt.timedelta(hours=3))
    return event


def page(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get(url).content.decode()


def test_event_date_in_ukrainian_has_the_genitive_month(client, event):
    html = page(client, event.get_absolute_url(), "uk")
    assert "10 грудня 2026" in html
    assert "10. " not in html and "Грудень 2026, 18" not in html


def test_event_date_in_arabic_has_no_german_pattern(client, event):
    html = page(client, event.get_absolute_url(), "ar")
    assert "10 ديسمبر 2026" in html and "10. " not in html


def test_event_date_in_german_stays_german(client, event):
    assert "Donnerstag, 10. Dezember 2026, 18:00" in page(client, event.get_absolute_url(), "de")


def test_organisation_name_is_isolated_in_arabic(client, dessau):
    org = make_org(dessau, "Afrika-Forum Anhalt e.V.")
    html = page(client, org.get_absolute_url(), "ar")
    assert 'lang="ar"' in html
    assert re.search(r"<h1><bdi>Afrika-Forum Anhalt e\.V\.</bdi></h1>", html)
    assert "<bdi>Afrika-Forum Anhalt e.V.</bdi></nav>" in html


def test_arabic_messages_isolate_the_brand_mach_mit():
    """'Mach mit!' inside an Arabic sentence is wrapped in first-strong isolates (U+2068 …
    U+2069): without them the exclamation mark jumps to the other side ("!Mach mit")."""
    import re
    from pathlib import Path

    po = (Path(__file__).resolve().parent.parent / "engagiert/locale/ar/LC_MESSAGES/django.po").read_text()
    strings = re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', po, flags=re.M)
    bare = [s for s in strings if "Mach mit!" in s and s != "Mach mit!" and "\u2068Mach mit!\u2069" not in s]
    assert not bare
