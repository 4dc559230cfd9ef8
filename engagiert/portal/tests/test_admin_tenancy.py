"""Across tenants in the editors' admin (/redaktion/): a Bitterfeld-Wolfen coordinator sees and
edits nothing of Dessau-Roßlau's site: pages, news, images, documents, the admin search and the
choosers. (The admin's URLs are kept out of tests/test_permission_matrix.py; they are here.)"""

from __future__ import annotations

import pytest
from django.utils import timezone

from engagiert.core.models import Municipality, Role
from engagiert.core.roles import grant_role
from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories
from engagiert.testing import make_user

DENIED = {302, 403, 404}
SECRET = "Geheimnis-aus-Dessau"


@pytest.fixture
def bitterfeld(db) -> Municipality:
    return Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="ST")


@pytest.fixture
def two_sites(dessau, bitterfeld, coordinator):
    dessau_site = ensure_site(municipality=dessau)
    bitterfeld_site = ensure_site(municipality=bitterfeld)
    image = factories.image(dessau_site.collection, title=f"{SECRET} Bild")
    document = factories.document(dessau_site.collection, title=f"{SECRET} Bericht")
    news = factories.news(dessau, title=f"{SECRET} Nachricht", image=image)
    other = make_user("koordination@bitterfeld-wolfen.example")
    grant_role(user=other, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    return {
        "dessau": dessau_site,
        "bitterfeld": bitterfeld_site,
        "image": image,
        "document": document,
        "news": news,
        "other": other,
    }


def test_own_site_is_editable(client, two_sites, coordinator):
    client.force_login(coordinator)
    assert client.get("/redaktion/").status_code == 200
    assert client.get(f"/redaktion/pages/{two_sites['dessau'].home.pk}/edit/").status_code == 200
    assert client.get(f"/redaktion/pages/{two_sites['news'].pk}/edit/").status_code == 200
    assert client.get(f"/redaktion/images/{two_sites['image'].pk}/").status_code == 200
    assert client.get(f"/redaktion/documents/edit/{two_sites['document'].pk}/").status_code == 200
    assert SECRET in client.get("/redaktion/images/").content.decode()


def test_another_towns_pages_are_out_of_reach(client, two_sites):
    client.force_login(two_sites["other"])
    home, news = two_sites["dessau"].home, two_sites["news"]
    for page in (home, news):
        for url in (
            f"/redaktion/pages/{page.pk}/edit/",
            f"/redaktion/pages/{page.pk}/delete/",
            f"/redaktion/pages/{page.pk}/unpublish/",
            f"/redaktion/pages/{page.pk}/move/",
            f"/redaktion/pages/{page.pk}/copy/",
            f"/redaktion/pages/{page.pk}/revisions/",
            f"/redaktion/pages/{page.pk}/history/",
            f"/redaktion/pages/{page.pk}/edit/preview/",
            f"/redaktion/pages/{page.pk}/view_draft/",
            f"/redaktion/pages/{page.pk}/add_subpage/",
        ):
            response = client.get(url)
            assert response.status_code in DENIED, url
            assert SECRET not in response.content.decode(), url
    post = client.post(f"/redaktion/pages/{news.pk}/edit/", {"title": "Übernommen"})
    assert post.status_code in DENIED
    news.refresh_from_db()
    assert news.title.startswith(SECRET)


def test_another_towns_images_and_documents_are_invisible(client, two_sites):
    client.force_login(two_sites["other"])
    image, document = two_sites["image"], two_sites["document"]
    for url in (
        "/redaktion/images/",
        "/redaktion/images/chooser/",
        "/redaktion/documents/",
        "/redaktion/documents/chooser/",
    ):
        response = client.get(url, {"q": "Geheimnis"})
        assert response.status_code == 200, url
        assert SECRET not in response.content.decode(), url
    for url in (
        f"/redaktion/images/{image.pk}/",
        f"/redaktion/images/{image.pk}/delete/",
        f"/redaktion/images/usage/{image.pk}/",
        f"/redaktion/documents/edit/{document.pk}/",
        f"/redaktion/documents/delete/{document.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in DENIED, url
        assert SECRET not in response.content.decode(), url


def test_admin_search_and_choosers_show_no_other_town(client, two_sites):
    client.force_login(two_sites["other"])
    for url in (
        "/redaktion/pages/search/",
        "/redaktion/pages/search/results/",
        "/redaktion/choose-page/search/",
        "/redaktion/choose-page/",
        "/redaktion/pages/",
    ):
        response = client.get(url, {"q": "Geheimnis"})
        assert SECRET not in response.content.decode(), url
        assert "Dessau" not in response.content.decode(), url


def test_admin_sections_for_the_platform_stay_closed(client, two_sites):
    client.force_login(two_sites["other"])
    for url in (
        "/redaktion/users/",
        "/redaktion/groups/",
        "/redaktion/sites/",
        "/redaktion/collections/",
        "/redaktion/workflows/list/",
    ):
        assert client.get(url).status_code in DENIED, url


def test_signed_out_admin_goes_to_allauths_login(client, two_sites):
    response = client.get("/redaktion/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    login = client.get("/redaktion/login/")
    assert login["Location"].startswith("/accounts/login/")


def test_people_without_an_editing_role_get_no_admin(client, two_sites, outsider):
    client.force_login(outsider)
    assert client.get("/redaktion/").status_code in DENIED


# Every report of Wagtail's admin, its results view and its CSV export (portal.admin_reports).
REPORTS = ["locked", "workflow", "workflow_tasks", "site-history", "aging-pages"]


@pytest.fixture
def busy_sites(two_sites, dessau, coordinator):
    """Both towns at work: Dessau-Roßlau's editor has a page waiting for approval, its
    coordinator has locked one and edited an image; Bitterfeld-Wolfen has done the same."""
    from wagtail.log_actions import log

    def at_work(town, *, coordinator, editor, prefix):
        waiting = factories.news(town, title=f"{prefix} wartet auf Freigabe")
        waiting.save_revision(user=editor)
        waiting.get_workflow().start(waiting, editor)
        locked = factories.news(town, title=f"{prefix} gesperrt")
        locked.save_revision(user=coordinator).publish(user=coordinator)
        locked.locked, locked.locked_by, locked.locked_at = True, coordinator, timezone.now()
        locked.save()
        log(
            two_sites["image"] if prefix == SECRET else factories.image(two_sites["bitterfeld"].collection),
            "wagtail.edit",
            user=coordinator,
        )

    dessau_editor = make_user("redaktion@dessau.example")
    grant_role(user=dessau_editor, municipality=dessau, kind=Role.Kind.EDITOR)
    at_work(dessau, coordinator=coordinator, editor=dessau_editor, prefix=SECRET)
    bitterfeld = two_sites["bitterfeld"].home.specific.town
    own_editor = make_user("redaktion@bitterfeld-wolfen.example")
    grant_role(user=own_editor, municipality=bitterfeld, kind=Role.Kind.EDITOR)
    at_work(bitterfeld, coordinator=two_sites["other"], editor=own_editor, prefix="Bitterfelder Nachricht")
    return two_sites


def _text(response) -> str:
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode()


def test_reports_show_nothing_of_another_town(client, busy_sites):
    """The rows, the filters' choices (workflows, tasks, people) and the export: the own town only.
    (One test over every URL: the two busy sites take long to build.)"""
    client.force_login(busy_sites["other"])
    for report in REPORTS:
        for variant in ("", "results/", "?export=csv"):
            url = f"/redaktion/reports/{report}/{variant}"
            response = client.get(url)
            assert response.status_code == 200, url
            text = _text(response)
            assert SECRET not in text, url
            assert "dessau" not in text.lower(), url  # neither "Freigabe Dessau-Roßlau" nor its people


def test_reports_show_the_own_towns_work(client, busy_sites):
    client.force_login(busy_sites["other"])
    workflows = _text(client.get("/redaktion/reports/workflow/"))
    assert "Freigabe Bitterfeld-Wolfen" in workflows
    assert "redaktion@bitterfeld-wolfen.example" in workflows
    assert "Bitterfelder Nachricht wartet auf Freigabe" in _text(client.get("/redaktion/reports/workflow/results/"))
    assert "Freigabe durch die Koordination Bitterfeld-Wolfen" in _text(
        client.get("/redaktion/reports/workflow_tasks/")
    )
    assert "Bitterfelder Nachricht gesperrt" in _text(client.get("/redaktion/reports/locked/results/"))
    assert "Bitterfelder Nachricht" in _text(client.get("/redaktion/reports/site-history/results/"))
    assert "Bitterfelder Nachricht" in _text(client.get("/redaktion/reports/aging-pages/results/"))


def test_page_types_report_is_for_platform_admins_only(client, busy_sites, admin_user):
    client.force_login(busy_sites["other"])
    for url in ("/redaktion/reports/page-types-usage/", "/redaktion/reports/page-types-usage/results/"):
        assert client.get(url).status_code in DENIED, url
    assert "page-types-usage" not in client.get("/redaktion/").content.decode()
    client.force_login(admin_user)
    assert client.get("/redaktion/reports/page-types-usage/").status_code == 200
    # Platform admins keep every town's filter choices.
    assert "Freigabe Dessau-Roßlau" in _text(client.get("/redaktion/reports/workflow/"))


def test_dashboard_and_histories_show_nothing_of_another_town(client, busy_sites):
    """The dashboard's panels (awaiting review, own submissions, locked, recent edits) and the
    history of the own start page; another town's page history stays closed."""
    client.force_login(busy_sites["other"])
    dashboard = _text(client.get("/redaktion/"))
    assert "Bitterfelder Nachricht wartet auf Freigabe" in dashboard  # awaiting their review
    own_home = busy_sites["bitterfeld"].home
    for url in ("/redaktion/", f"/redaktion/pages/{own_home.pk}/history/", "/redaktion/snippets/"):
        text = _text(client.get(url, follow=True))
        assert SECRET not in text and "dessau" not in text.lower(), url
    home = busy_sites["dessau"].home
    for url in (f"/redaktion/pages/{home.pk}/history/", f"/redaktion/pages/{home.pk}/workflow_history/"):
        response = client.get(url)
        assert response.status_code in DENIED, url
        assert SECRET not in _text(response), url
