"""A town's and a network's portal site: made by ensure_site, served at /<slug>/ behind the
app URLs, with editor groups that follow the roles."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from engagiert.core.models import RegionalNetwork, Role
from engagiert.core.roles import grant_role, withdraw_role
from engagiert.portal.models import ContactPage, NewsIndexPage, TownHomePage
from engagiert.portal.routes import app_segments
from engagiert.portal.services import ensure_network_site, ensure_site, group_name
from engagiert.testing import make_user


@pytest.fixture
def dessau_site(dessau):
    return ensure_site(municipality=dessau)


def test_ensure_site_makes_start_page_news_collection_and_groups(dessau_site, dessau):
    home = dessau_site.home
    assert home.url == "/dessau-rosslau/"
    assert home.live and home.town == dessau
    assert [b.block_type for b in home.body][:2] == ["intro", "search"]
    assert {b.value["kind"] for b in home.body if b.block_type == "live"} >= {"events", "volunteering", "news", "card"}
    assert NewsIndexPage.objects.child_of(home).get().url == "/dessau-rosslau/aktuelles/"
    assert dessau_site.collection.name == "Dessau-Roßlau"
    assert dessau_site.coordinators.name == group_name("dessau-rosslau", Role.Kind.COORDINATOR)


def test_ensure_site_is_idempotent(dessau_site, dessau):
    again = ensure_site(municipality=dessau)
    assert again.home.pk == dessau_site.home.pk
    assert TownHomePage.objects.count() == 1
    assert NewsIndexPage.objects.count() == 1


def test_start_page_is_served_and_app_urls_keep_precedence(client, dessau_site, dessau):
    page = client.get("/dessau-rosslau/")
    assert page.status_code == 200
    assert "Engagiert in Dessau-Roßlau" in page.content.decode()
    assert client.get("/dessau-rosslau/aktuelles/").status_code == 200
    directory = client.get(reverse("directory:search", args=[dessau.slug]))
    assert directory.status_code == 200
    assert directory.templates[0].name != "portal/site_home_page.html"


def test_town_without_site_keeps_cores_start_page(client, dessau):
    page = client.get("/dessau-rosslau/")
    assert page.status_code == 200
    assert "core/municipality_home.html" in [t.name for t in page.templates]


def test_unknown_slug_is_404(client, dessau_site):
    assert client.get("/nirgendwo/").status_code == 404
    assert client.get("/dessau-rosslau/gibt-es-nicht/").status_code == 404


def test_network_site_is_served_at_its_slug(client, dessau, wittenberg):
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="regionalnetzwerk-anhalt")
    network.municipalities.set([dessau, wittenberg])
    parts = ensure_network_site(network=network)
    assert parts.home.url == "/regionalnetzwerk-anhalt/"
    assert client.get("/regionalnetzwerk-anhalt/").status_code == 200


def test_network_slug_may_not_be_a_towns(dessau):
    network = RegionalNetwork(name="Doppelt", slug="dessau-rosslau")
    with pytest.raises(ValidationError) as error:
        network.full_clean()
    assert "slug" in error.value.message_dict


def test_network_slug_may_not_be_reserved(db):
    with pytest.raises(ValidationError):
        RegionalNetwork(name="Redaktion", slug="redaktion").full_clean()


def test_app_segments_come_from_the_urlconf():
    segments = app_segments()
    assert {"durchblick", "begegnungen", "mach-mit", "ehrenamtskarte", "selbstcheck"} <= segments
    assert {"mein-bereich", "barrierefreiheit", "impressum", "datenschutz", "einstellungen"} <= segments


def test_page_under_start_page_may_not_take_an_app_segment(dessau_site):
    from engagiert.portal.models import ContentPage

    page = ContentPage(title="Durchblick", slug="durchblick")
    with pytest.raises(ValidationError) as error:
        dessau_site.home.add_child(instance=page)
    assert "slug" in error.value.message_dict


def test_groups_follow_the_role(dessau_site, dessau):
    user = make_user("neu@dessau.example")
    role = grant_role(user=user, municipality=dessau, kind=Role.Kind.COORDINATOR)
    assert user.groups.filter(pk=dessau_site.coordinators.pk).exists()
    assert user.has_perm("wagtailadmin.access_admin")
    withdraw_role(role=role)
    user = type(user).objects.get(pk=user.pk)
    assert not user.groups.exists()
    assert not user.has_perm("wagtailadmin.access_admin")


def test_editor_role_gives_the_editor_group(dessau_site, dessau):
    user = make_user("redaktion@dessau.example")
    grant_role(user=user, municipality=dessau, kind=Role.Kind.EDITOR)
    assert list(user.groups.all()) == [dessau_site.editors]


def test_site_made_after_the_role_takes_the_role_holders_in(dessau, coordinator):
    parts = ensure_site(municipality=dessau)
    assert coordinator.groups.filter(pk=parts.coordinators.pk).exists()


@pytest.mark.parametrize("restricted", ["none", "index", "home", "portal", "tree root", "alias source"])
def test_a_routed_pages_view_restrictions_are_wagtails_in_one_query(
    rf, dessau_site, restricted, django_assert_num_queries
):
    """PortalPage.get_view_restrictions finds what Wagtail's does (the page's and every
    ancestor's, an alias's source's), in one query for a page routed from the site's root."""
    from wagtail.models import Page, PageViewRestriction

    from engagiert.portal.models import ContentPage
    from engagiert.portal.views import route

    home = dessau_site.home
    index = NewsIndexPage.objects.child_of(home).get()
    source = home.add_child(instance=ContentPage(title="Quelle", slug="quelle", live=True))
    source.create_alias(parent=home, update_slug="verweis")
    pages = {
        "index": index,
        "home": home,
        "portal": home.get_parent(),
        "tree root": Page.get_first_root_node(),
        "alias source": source,
    }
    expected = []
    if restricted != "none":
        restriction = PageViewRestriction(page=pages[restricted], restriction_type="password", password="x")
        restriction.save()
        expected = [restriction]
    for path, queries in (("dessau-rosslau/aktuelles/", 1), ("dessau-rosslau/verweis/", 2)):
        request = rf.get(f"/{path}", HTTP_HOST="localhost")
        route(request, path)
        page = request._wagtail_route_for_request.page
        wagtails = list(Page.get_view_restrictions(page))
        with django_assert_num_queries(queries):  # an alias: Wagtail's own way (its source read)
            ours = list(page.get_view_restrictions())
        on_path = restricted not in ("index", "alias source") or (restricted == "index") == path.endswith("aktuelles/")
        assert ours == wagtails == (expected if on_path else [])


def test_routing_finds_each_page_whatever_type_it_guessed(client, dessau, dessau_site, settings):
    """PortalPage.route reads a child as the type it guesses; a guess that no longer fits (the
    slug now belongs to a page of another type) routes as Wagtail does."""
    from engagiert.portal.models import ContentPage
    from engagiert.portal.tests.factories import news

    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    home = dessau_site.home
    item = news(dessau, title="Lesefest")
    for _ in range(2):  # the first visit learns the index's type, the second guesses it
        assert "portal/news_index_page.html" in [t.name for t in client.get("/dessau-rosslau/aktuelles/").templates]
        assert "Lesefest" in client.get(item.url).content.decode()
    index = NewsIndexPage.objects.child_of(home).get()
    index.slug = "nachrichten"
    index.save_revision().publish()
    home.add_child(instance=ContentPage(title="Über Aktuelles", slug="aktuelles", live=True))
    assert "portal/content_page.html" in [t.name for t in client.get("/dessau-rosslau/aktuelles/").templates]
    assert "portal/news_index_page.html" in [t.name for t in client.get("/dessau-rosslau/nachrichten/").templates]
    assert client.get("/dessau-rosslau/nachrichten/lesefest/").status_code == 200
    assert client.get("/dessau-rosslau/aktuelles/lesefest/").status_code == 404
    assert client.get("/dessau-rosslau/gibt-es-nicht/").status_code == 404


@pytest.mark.parametrize(
    ("host", "sites"),
    [
        ("localhost", []),
        ("stadt.example:8000", [("stadt.example", 8000, False)]),
        ("stadt.example", [("stadt.example", 8000, False)]),
        ("stadt.example", [("stadt.example", 8000, False), ("stadt.example", 8001, False)]),
        ("stadt.example:8001", [("stadt.example", 8000, False), ("stadt.example", 8001, False)]),
        ("stadt.example", [("stadt.example", 80, True)]),
        ("anders.example", [("stadt.example", 80, True), ("anders.example", 8000, False)]),
    ],
)
def test_the_site_found_for_a_request_is_wagtails(rf, dessau_site, host, sites):
    """portal.views.find_site answers as Wagtail's Site.find_for_request, with a cheaper query."""
    from wagtail.models import Site

    from engagiert.portal.views import find_site

    root = dessau_site.home.get_parent()
    for hostname, port, default in sites:
        if default:
            Site.objects.filter(is_default_site=True).update(is_default_site=False)
        Site.objects.create(hostname=hostname, port=port, root_page=root, is_default_site=default)
    ours, wagtails = rf.get("/", HTTP_HOST=host), rf.get("/", HTTP_HOST=host)
    assert find_site(ours) == Site._find_for_request(wagtails)
    assert ours._wagtail_site is find_site(ours)  # kept on the request, where Wagtail looks


def test_the_site_is_read_once_per_process_and_again_when_it_changes(rf, dessau_site, monkeypatch):
    """portal.views.find_site keeps the site it read (no query for the next requests), each
    request with its own copy; a site saved here is read again, one saved elsewhere after
    SITES_KEPT_SECONDS."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from engagiert.portal import views

    first = views.find_site(rf.get("/", HTTP_HOST="localhost"))
    with CaptureQueriesContext(connection) as queries:
        second = views.find_site(rf.get("/", HTTP_HOST="localhost"))
    assert len(queries) == 0 and second == first and second.root_page == first.root_page
    assert second is not first and second.root_page is not first.root_page  # nothing shared between requests
    site = Site.objects.get()
    site.hostname = "engagiert.example"
    site.save()
    assert views.find_site(rf.get("/", HTTP_HOST="localhost")).hostname == "engagiert.example"
    Site.objects.update(site_name="Anderswo")  # as another process would: no signal here
    assert views.find_site(rf.get("/", HTTP_HOST="localhost")).site_name != "Anderswo"
    later = views.time.monotonic() + views.SITES_KEPT_SECONDS
    monkeypatch.setattr(views.time, "monotonic", lambda: later)
    assert views.find_site(rf.get("/", HTTP_HOST="localhost")).site_name == "Anderswo"


@pytest.mark.parametrize("active", ["de", "ar"])
def test_a_fresh_sites_contact_page_and_news_read_in_every_language(client, dessau, active):
    with translation.override(active):  # whoever makes the site, in whatever language
        parts = ensure_site(municipality=dessau)
    contact = ContactPage.objects.child_of(parts.home).get()
    news = NewsIndexPage.objects.child_of(parts.home).get()
    assert (contact.title_de, contact.title_ar, contact.title_uk) == ("Kontakt", "التواصل", "Контакти")
    assert contact.intro_de.startswith("So erreichen Sie uns.") and contact.intro_ar.startswith("هكذا تصلون إلينا")
    assert (news.title_de, news.title_ar) == ("Aktuelles", "الأخبار")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    html = client.get(contact.url).content.decode()
    assert "<h1>التواصل</h1>" in html and 'lang="de"' not in html.split("<main", 1)[1].split("<form", 1)[0]
