"""Filters behind a "Filter (n)" disclosure above the results (narrow screens, no JavaScript):
the directory search, the event calendar and the Mach mit! search say how many filters are on."""

from __future__ import annotations

import re

import pytest

from engagiert.core.forms import active_filter_count
from engagiert.directory.models import Topic
from engagiert.events.forms import FilterForm

pytestmark = pytest.mark.django_db

DESSAU = "/dessau-rosslau"


@pytest.fixture(autouse=True)
def topics():
    Topic.objects.create(slug="kultur", name="Kultur")
    Topic.objects.create(slug="bildung", name="Bildung")


def disclosure(client, url: str) -> str:
    """The filter disclosure of the page: rendered closed, before the results."""
    page = client.get(url).content.decode()
    found = re.search(r'<details class="filters">\s*<summary>([^<]*)</summary>', page)
    assert found, f"no closed filter disclosure on {url}"
    assert found.start() < page.index('id="results-heading"')
    return found.group(1).strip()


def test_directory_counts_its_active_facets(client, dessau):
    assert disclosure(client, f"{DESSAU}/durchblick/?q=Tanz") == "Filter"  # search words are no filter
    assert disclosure(client, f"{DESSAU}/durchblick/?q=Tanz&topic=kultur&kind=company") == "Filter (2)"
    # An unknown value is explained on the page, not counted.
    assert disclosure(client, f"{DESSAU}/durchblick/?topic=kultur&district=gibt-es-nicht") == "Filter (1)"


def test_calendar_counts_its_filters_but_not_the_period_tab(client, dessau):
    assert disclosure(client, f"{DESSAU}/begegnungen/") == "Filter"
    url = f"{DESSAU}/begegnungen/?barrierefreiheit=wheelchair&kostenlos=on&zeitraum=rueckblick"
    assert disclosure(client, url) == "Filter (2)"
    assert disclosure(client, f"{DESSAU}/begegnungen/?format=kein-format&kostenlos=on") == "Filter (1)"


def test_mach_mit_keeps_the_search_box_outside_and_counts_the_rest(client, dessau):
    page = client.get(f"{DESSAU}/mach-mit/?q=vorlesen&topic=bildung&remote=on").content.decode()
    details = page.index('<details class="filters">')
    assert page.index('name="q"') < details < page.index('name="topic"')
    assert disclosure(client, f"{DESSAU}/mach-mit/?q=vorlesen&topic=bildung&remote=on") == "Filter (2)"
    assert disclosure(client, f"{DESSAU}/mach-mit/?q=vorlesen") == "Filter"


def test_month_view_counts_its_filters(client, dessau):
    page = client.get(f"{DESSAU}/begegnungen/monat/2026/5/?format=dance&thema=kultur").content.decode()
    assert re.search(r'<details class="filters stay-closed month-filters">\s*<summary>Filter \(2\)</summary>', page)


def test_active_filter_count_leaves_out_hidden_invalid_and_named_fields(dessau):
    form = FilterForm({"q": "Tanz", "format": "dance", "sprache": "xyz", "zeitraum": "rueckblick"}, municipality=dessau)
    assert active_filter_count(form) == 2  # q and format; sprache is invalid, zeitraum hidden
    assert active_filter_count(form, besides=("q",)) == 1
    assert active_filter_count(FilterForm(None, municipality=dessau)) == 0
