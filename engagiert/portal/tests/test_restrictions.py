"""Pages an editor made private (Wagtail's privacy setting): with a password, for signed-in
people, for groups. They answered 500 before: Wagtail reverses its own login and password
URLs, which the portal did not have."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from engagiert.portal.models import ContentPage
from engagiert.portal.services import ensure_site
from engagiert.testing import make_user

URL = "/dessau-rosslau/intern/"


@pytest.fixture
def private_page(dessau):
    home = ensure_site(municipality=dessau).home
    page = home.add_child(instance=ContentPage(title="Intern", slug="intern", intro="Protokoll der Arbeitsgruppe"))
    page.save_revision().publish()
    return page


def test_a_page_for_signed_in_people_asks_for_the_login_and_shows_after_it(client, private_page):
    PageViewRestriction.objects.create(page=private_page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == f"/accounts/login/?next={URL}"
    assert "Protokoll der Arbeitsgruppe" not in response.content.decode()
    client.force_login(make_user("anna@example.org"))
    assert "Protokoll der Arbeitsgruppe" in client.get(URL).content.decode()


def test_a_page_for_a_group_asks_for_the_login(client, private_page):
    from django.contrib.auth.models import Group

    restriction = PageViewRestriction.objects.create(page=private_page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Arbeitsgruppe"))
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_page_with_a_password_asks_for_it_in_the_sites_look(client, private_page):
    PageViewRestriction.objects.create(
        page=private_page, restriction_type=PageViewRestriction.PASSWORD, password="Leitbild2026"
    )
    form = client.get(URL)
    page = form.content.decode()
    assert form.status_code == 200 and "Passwort erforderlich" in page and 'class="kern-btn' in page
    assert "Protokoll der Arbeitsgruppe" not in page
    action = page.split('<form action="')[1].split('"')[0]
    assert action.startswith("/seitenschutz/")
    wrong = client.post(action, {"password": "falsch", "return_url": URL})
    assert wrong.status_code == 200 and "Protokoll der Arbeitsgruppe" not in wrong.content.decode()
    assert 'class="kern-error' in wrong.content.decode()  # said why, in the form
    right = client.post(action, {"password": "Leitbild2026", "return_url": URL})
    assert right.status_code == 302 and right["Location"] == URL
    assert "Protokoll der Arbeitsgruppe" in client.get(URL).content.decode()
    assert "Protokoll der Arbeitsgruppe" not in client.__class__().get(URL).content.decode()  # another browser


def test_wagtails_login_address_leads_to_the_platforms_login(client):
    response = client.get("/seitenschutz/anmelden/?next=/dessau-rosslau/intern/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=/dessau-rosslau/intern/"


def test_a_private_news_item_is_listed_nowhere_public(client, dessau, django_capture_on_commit_callbacks):
    """Not on the news list, its feeds, the start page or in the search: its title and teaser
    are as private as the item (a news item made private, or one below a private page)."""
    from engagiert.portal.tests.factories import news

    shown = news(dessau, title="Vorlesetag in der Stadtbibliothek")
    hidden = news(dessau, title="Vorstandssitzung Protokoll", teaser="Nur für die Arbeitsgruppe.")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    for url in (
        "/dessau-rosslau/aktuelles/",
        "/dessau-rosslau/aktuelles/feed/rss/",
        "/dessau-rosslau/aktuelles/feed/atom/",
        "/dessau-rosslau/",
        "/dessau-rosslau/suche/?q=Protokoll+Vorlesetag",
    ):
        page = client.get(url).content.decode()
        assert "Vorstandssitzung" not in page and "Nur für die Arbeitsgruppe" not in page, url
    for url in ("/dessau-rosslau/aktuelles/", "/dessau-rosslau/aktuelles/feed/rss/", "/dessau-rosslau/"):
        assert shown.title in client.get(url).content.decode(), url


@pytest.mark.parametrize("url", ["/dessau-rosslau/", URL])
def test_a_private_start_page_keeps_its_site_private(client, private_page, url):
    """A restriction on the start page covers the pages below it too (the routing reads whether
    one covers a page with it, PortalPage.get_view_restrictions)."""
    PageViewRestriction.objects.create(page=private_page.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == f"/accounts/login/?next={url}"
    client.force_login(make_user("anna@example.org"))
    assert client.get(url).status_code == 200
