"""The network's and the installation's dashboards: public sums with small counts masked, and
the internal versions (every figure, how it was counted, each town's totals) for the network's
coordinators and the platform admins only; others get 404, anonymous visitors the login."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.events.models import Event
from engagiert.events.services import record_head_count
from engagiert.impact import rollup, selectors
from engagiert.impact.models import AreaRollup, Rollup
from engagiert.impact.periods import quarter, year
from engagiert.impact.tests.test_impact import event_on, today, value  # noqa: F401 - fixture
from engagiert.testing import make_user

NETWORK = "/wirkung/netzwerk/anhalt/"
INTERNAL = "/wirkung/netzwerk/anhalt/koordination/"
INSTALLATION_INTERNAL = "/wirkung/intern/"
PERIOD = {"zeitraum": "jahr", "jahr": "2026"}


@pytest.fixture
def network(dessau):
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau)
    return network


@pytest.fixture
def figures(dessau, wittenberg, network, today):  # noqa: F811 - the fixed day
    gräfenhainichen = Municipality.objects.create(name="Gräfenhainichen", slug="graefenhainichen", ags="15091110")
    network.municipalities.add(gräfenhainichen)
    for town, count in ((dessau, 6), (gräfenhainichen, 3), (wittenberg, 8)):
        for i in range(count):
            event_on(town, datetime.date(2026, 2, 1 + i), format="concert")
    rollup.run(since=datetime.date(2026, 1, 1))
    return gräfenhainichen


def test_public_network_page_masks_small_counts_and_shows_no_towns_table(client, figures):
    page = client.get(NETWORK, PERIOD).content.decode()
    assert "Nach Kommunen" not in page and "So wurde gezählt" not in page
    board = selectors.network_dashboard(RegionalNetwork.objects.get(), year(2026))
    events = next(f for s in board.sections for f in s.figures if f.figure.key == "events.events")
    assert events.total.shown == "9"  # Dessau 6 + Gräfenhainichen 3; Wittenberg is not a member


def test_network_coordinator_sees_each_towns_totals_unmasked(client, dessau, coordinator, figures):
    client.force_login(coordinator)
    response = client.get(INTERNAL, PERIOD)
    assert response.status_code == 200
    page = response.content.decode()
    assert "So wurde gezählt" in page and "Nach Kommunen" in page
    tables = {t.section.key: t for t in response.context["town_tables"]}
    column = [f.key for f in tables["events"].figures].index("events.events")
    shown = {row.municipality.name: row.values[column].shown for row in tables["events"].towns}
    assert shown == {"Dessau-Roßlau": "6", "Gräfenhainichen": "3"}  # 3 is not masked internally
    assert "Lutherstadt Wittenberg" not in page
    assert '<a href="/graefenhainichen/wirkung/?zeitraum=jahr&amp;jahr=2026"><bdi>Gräfenhainichen</bdi></a>' in page
    assert '<td class="num">3</td>' in page


def test_the_public_network_page_links_its_coordinators_to_the_internal_one(client, coordinator, figures):
    assert INTERNAL not in client.get(NETWORK).content.decode()
    client.force_login(coordinator)
    assert INTERNAL in client.get(NETWORK).content.decode()


@pytest.mark.parametrize(
    ("who", "network_status", "installation_status"),
    [
        ("anonymous", 302, 302),
        ("outsider", 404, 404),
        ("member_coordinator", 200, 404),
        ("other_coordinator", 404, 404),  # Wittenberg is not in the network
        ("member_volunteer", 404, 404),
        ("platform_admin", 200, 200),
    ],
)
def test_who_may_see_the_internal_views(
    client, dessau, network, coordinator, other_coordinator, platform_admin, who, network_status, installation_status
):
    from engagiert.core.models import Role
    from engagiert.core.roles import grant_role

    users = {
        "anonymous": None,
        "outsider": make_user("neugierig@example.org"),
        "member_coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "member_volunteer": make_user("freiwillig@example.org"),
        "platform_admin": platform_admin,
    }
    if who == "member_volunteer":
        grant_role(user=users[who], municipality=dessau, kind=Role.Kind.VOLUNTEER)
    if users[who]:
        client.force_login(users[who])
    assert client.get(INTERNAL).status_code == network_status
    assert client.get(INSTALLATION_INTERNAL).status_code == installation_status
    assert client.get("/wirkung/netzwerk/nirgendwo/koordination/").status_code == 404


def test_installation_internal_lists_every_town(client, platform_admin, figures):
    client.force_login(platform_admin)
    response = client.get(INSTALLATION_INTERNAL, PERIOD)
    tables = {t.section.key: t for t in response.context["town_tables"]}
    assert [row.municipality.name for row in tables["events"].towns] == [
        "Dessau-Roßlau",
        "Gräfenhainichen",
        "Lutherstadt Wittenberg",
    ]
    assert "So wurde gezählt" in response.content.decode()


def test_installation_internal_shows_the_towns_a_page_at_a_time(client, platform_admin, figures, monkeypatch):
    from engagiert.impact import views

    monkeypatch.setattr(views, "TOWNS_PER_PAGE", 2)
    client.force_login(platform_admin)

    def towns_on(page: str | None):
        response = client.get(INSTALLATION_INTERNAL, {**PERIOD, **({"page": page} if page else {})})
        assert response.status_code == 200
        html = response.content.decode()  # from the cache from the second view of a page on
        return list(dict.fromkeys(re.findall(r"<bdi>([^<]+)</bdi></a></th>", html))), html

    names, html = towns_on(None)
    assert names == ["Dessau-Roßlau", "Gräfenhainichen"]
    assert "Kommunen 1 bis 2 von 3" in html
    assert 'href="?zeitraum=jahr&amp;jahr=2026&amp;page=2#nach-kommunen" rel="next"' in html
    names, html = towns_on("2")
    assert names == ["Lutherstadt Wittenberg"]
    assert towns_on("99")[0] == ["Lutherstadt Wittenberg"]  # beyond the last: the last
    assert towns_on("x")[0] == ["Dessau-Roßlau", "Gräfenhainichen"]


# The network's and the installation's figures come from their own roll-up rows (AreaRollup),
# made by the same run as the towns' and remade with them on a late correction.


def total(board, key):
    found = value(board, key)
    return found.current if found else None


def test_network_and_installation_read_their_own_rows_not_the_towns(dessau, network, figures):
    assert total(selectors.network_dashboard(network, year(2026)), "events.events") == 9
    assert total(selectors.installation_dashboard(year(2026)), "events.events") == 17
    Rollup.objects.all().delete()  # the towns' rows gone: the sums are still there
    assert total(selectors.network_dashboard(network, year(2026)), "events.events") == 9
    assert total(selectors.installation_dashboard(year(2026)), "events.events") == 17
    assert total(selectors.town_dashboard(dessau, year(2026), public=False), "events.events") is None  # control
    AreaRollup.objects.all().delete()
    assert total(selectors.installation_dashboard(year(2026)), "events.events") is None


def test_a_late_correction_in_one_town_reaches_the_network_and_the_installation(network, figures, wittenberg):
    events = Event.objects.filter(municipality=figures).order_by("start")  # Gräfenhainichen, in February
    record_head_count(event=events[0], head_count=120)
    record_head_count(event=Event.objects.filter(municipality=wittenberg).first(), head_count=30)
    assert total(selectors.network_dashboard(network, year(2026)), "events.head_count") is None
    rollup.run()  # the nightly run: February is far outside its window, the marks bring it back
    assert total(selectors.network_dashboard(network, year(2026)), "events.head_count") == 120
    assert total(selectors.installation_dashboard(year(2026)), "events.head_count") == 150
    assert total(selectors.network_dashboard(network, quarter(2026, 1)), "events.head_count") == 120
    assert total(selectors.network_dashboard(network, quarter(2026, 2)), "events.head_count") is None


def test_a_town_joining_a_network_counts_from_the_next_run_on(network, figures, wittenberg):
    network.municipalities.add(wittenberg)
    assert total(selectors.network_dashboard(network, year(2026)), "events.events") == 9
    rollup.run()  # February again, though outside the nightly window: the network's towns changed
    assert total(selectors.network_dashboard(network, year(2026)), "events.events") == 17
    network.municipalities.remove(wittenberg)
    rollup.run()
    assert total(selectors.network_dashboard(network, year(2026)), "events.events") == 9
    assert total(selectors.installation_dashboard(year(2026)), "events.events") == 17


def test_latest_figures_of_several_towns_are_the_mean_of_their_latest_values(dessau, wittenberg, network, today):  # noqa: F811
    key = "selfcheck.scores"
    for town, day, points in (
        (dessau, datetime.date(2026, 1, 10), "40"),
        (wittenberg, datetime.date(2026, 3, 5), "80"),
        (dessau, datetime.date(2026, 5, 1), "61"),
    ):
        Rollup.objects.create(municipality=town, figure=key, grain="day", day=day, value=Decimal(points))
        Rollup.objects.create(
            municipality=town, figure=key, breakdown="field", item="a", grain="day", day=day, value=Decimal(points)
        )
    rollup.remake_areas()
    towns = [dessau.pk, wittenberg.pk]
    for period, everyone, anhalt in ((quarter(2026, 1), 60, 40), (quarter(2026, 2), Decimal("70.5"), 61)):
        from_towns = selectors.dashboard(municipality_ids=towns, period=period, public=False)
        assert total(from_towns, key) == everyone  # the mean of the towns' latest values, read from the towns
        assert total(selectors.installation_dashboard(period, public=False), key) == everyone
        assert value(selectors.installation_dashboard(period, public=False), key, "field", "a").current == everyone
        assert total(selectors.network_dashboard(network, period, public=False), key) == anhalt


NETWORK_QUERIES = 10
INSTALLATION_QUERIES = 10  # one more: the count of the towns' pages


def test_internal_views_read_a_fixed_number_of_queries(
    client, dessau, coordinator, platform_admin, figures, django_assert_num_queries
):
    def count_queries():
        client.force_login(coordinator)
        with django_assert_num_queries(NETWORK_QUERIES):
            assert client.get(INTERNAL, PERIOD).status_code == 200
        client.force_login(platform_admin)
        with django_assert_num_queries(INSTALLATION_QUERIES):
            assert client.get(INSTALLATION_INTERNAL, PERIOD).status_code == 200

    count_queries()
    network = RegionalNetwork.objects.get()
    for i in range(5):  # more towns, more figures: the same queries
        town = Municipality.objects.create(name=f"Stadt {i}", slug=f"stadt-{i}", ags=f"1509{i:04d}")
        network.municipalities.add(town)
        event_on(town, datetime.date(2026, 3, 1 + i))
    rollup.run(since=datetime.date(2026, 1, 1))
    count_queries()
