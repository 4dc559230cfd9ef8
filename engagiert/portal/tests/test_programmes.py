"""Programme pages: members live from the directory (count, list, "alle anzeigen" into the
directory filtered by programme), with a fixed number of queries at 500 members; another town's
members never."""

from __future__ import annotations

import pytest

from engagiert.directory.models import Organisation, Programme, ProgrammeMembership
from engagiert.portal.models import ProgrammePage
from engagiert.portal.services import ensure_site
from engagiert.testing import make_org


@pytest.fixture
def vielfalt(dessau):
    return Programme.objects.create(slug="vielfaltsgestalter", name="Vielfaltsgestalter", municipality=dessau)


def programme_page(municipality, programme, **fields) -> ProgrammePage:
    home = ensure_site(municipality=municipality).home
    page = ProgrammePage(title=programme.name, slug=programme.slug, programme=programme, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_members(municipality, programme, n: int, *, prefix="Verein") -> None:
    orgs = Organisation.objects.bulk_create(
        Organisation(
            municipality=municipality,
            name=f"{prefix} {i:03d}",
            sort_name=f"{prefix.lower()} {i:03d}",
            slug=f"{prefix.lower()}-{i:03d}",
            status=Organisation.Status.PUBLISHED,
        )
        for i in range(n)
    )
    ProgrammeMembership.objects.bulk_create(ProgrammeMembership(organisation=o, programme=programme) for o in orgs)


def test_programme_page_lists_members_from_directory(client, dessau, wittenberg, vielfalt):
    page = programme_page(dessau, vielfalt, intro="Gemeinsam für Zusammenhalt und Vielfalt.")
    make_org(dessau, "Multikulturelles Zentrum", programmes=("vielfaltsgestalter",))
    make_org(dessau, "Entwurf e. V.", programmes=("vielfaltsgestalter",), status=Organisation.Status.PENDING)
    make_org(dessau, "Sportverein ohne Programm")
    make_org(wittenberg, "Wittenberger Verein", programmes=("vielfaltsgestalter",))
    html = client.get(page.url).content.decode()
    assert "1 Partnerorganisation im Durchblick" in html
    assert "Multikulturelles Zentrum" in html
    assert "Entwurf e. V." not in html and "Sportverein ohne Programm" not in html
    assert "Wittenberger Verein" not in html
    assert "/dessau-rosslau/durchblick/?programme=vielfaltsgestalter" in html


def test_member_list_reads_with_fixed_queries_at_500_members(client, dessau, vielfalt, django_assert_max_num_queries):
    page = programme_page(dessau, vielfalt)
    add_members(dessau, vielfalt, 3)
    client.get(page.url)
    with django_assert_max_num_queries(40) as few:
        response = client.get(page.url)
    assert "3 Partnerorganisationen im Durchblick" in response.content.decode()
    add_members(dessau, vielfalt, 497, prefix="Initiative")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(page.url)
    html = response.content.decode()
    assert "500 Partnerorganisationen im Durchblick" in html
    assert "Alle 500 anzeigen" in html
    assert html.count('class="member-list"') == 1 and html.count("/durchblick/initiative-") == 24


def test_demo_programme_pages(client, dessau, vielfalt):
    import datetime as dt

    from engagiert.demo import portal_programmes

    ensure_site(municipality=dessau)
    make_org(dessau, "Multikulturelles Zentrum", programmes=("vielfaltsgestalter",))
    counts = portal_programmes.load({"dessau-rosslau": dessau}, today=dt.date(2026, 3, 1))
    assert counts == {"portal_programme_pages": len(portal_programmes.PAGES)}
    assert portal_programmes.load({"dessau-rosslau": dessau}, today=dt.date(2026, 3, 1))["portal_programme_pages"] == 0
    assert ProgrammePage.objects.get(slug="vielfaltsgestalter").programme == vielfalt
    html = client.get("/dessau-rosslau/vielfaltsgestalter/").content.decode()
    assert "Zusammenhalt neu gedacht" in html and "1 Partnerorganisation im Durchblick" in html
    assert client.get("/dessau-rosslau/wirtschaft-und-engagement/").status_code == 200
