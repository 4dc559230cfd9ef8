"""The demo portal's pictures: a header on every start page, illustrated news, each in its
site's own collection with an alternative text, the same images after a second load; and the
names of the demo's editors and coordinators."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command

from engagiert.core.models import Municipality, User
from engagiert.demo import images
from engagiert.portal.models import NetworkHomePage, NewsPage, PortalImage, TownHomePage

pytestmark = pytest.mark.django_db


def _header(home) -> PortalImage:
    intro = next(block for block in home.body if block.block_type == "intro")
    return intro.value["image"]


def test_demo_portal_has_pictures_in_each_sites_collection_and_loads_them_once(client):
    call_command("load_demo", stdout=io.StringIO())
    homes = [*TownHomePage.objects.all(), *NetworkHomePage.objects.all()]
    assert len(homes) == Municipality.objects.count() + 1
    for home in homes:
        header = _header(home)
        assert header is not None, home.title
        assert header.collection_id == home.collection_id
        assert header.alt.startswith("Illustration: ") and home.title in header.alt
        assert header.has_focal_point() and images.is_demo(header.file.name)
        assert (header.width, header.height) == images.HEADER_SIZE
    dessau = TownHomePage.objects.get(town__slug="dessau-rosslau")
    news = NewsPage.objects.descendant_of(dessau).select_related("image")
    illustrated = [page for page in news if page.image]
    assert len(illustrated) >= 8 and len(illustrated) < len(news)  # a good share, not every item
    assert {page.image.collection_id for page in illustrated} == {dessau.collection_id}
    decorative = [page.image for page in illustrated if page.image.decorative]
    assert len(decorative) == 1 and decorative[0].alt == ""  # marked decorative, as an editor may
    described = [page for page in illustrated if not page.image.decorative]
    assert all(page.image.alt.startswith(f"Illustration zum Beitrag „{page.title}“: ") for page in described)
    # Other towns' editors see none of it: every image lies in one site's collection.
    collections = {home.collection_id for home in homes}
    assert set(PortalImage.objects.values_list("collection_id", flat=True)) <= collections

    # The public pages show responsive renditions with the alternative text.
    start = client.get("/dessau-rosslau/").content.decode()
    header = _header(dessau)
    assert "<picture" in start and f'alt="{header.alt}"' in start
    assert re.search(r'srcset="[^"]*images/[^"]*\.webp', start)
    page = max(described, key=lambda page: page.date)
    html = client.get(page.url).content.decode()
    assert f'alt="{page.image.alt}"' in html and "width-800" in html
    assert f'alt="{page.image.alt}"' in client.get(page.get_parent().url).content.decode()

    # The people who edit and coordinate have names (Wagtail's admin shows them).
    coordinator = User.objects.get(email="koordination@dessau-rosslau.example")
    assert coordinator.get_full_name() == "Sabine Hellwig"
    assert User.objects.get(email="redaktion@dessau-rosslau.example").get_full_name() == "Lea Sommerfeld"
    assert User.objects.get(email="koordination@bitterfeld-wolfen.example").first_name == "Anett"

    before = sorted(PortalImage.objects.values_list("pk", "file"))
    call_command("load_demo", stdout=io.StringIO())
    assert sorted(PortalImage.objects.values_list("pk", "file")) == before
    assert _header(TownHomePage.objects.get(pk=dessau.pk)).pk == header.pk
