"""The network's and the installation's dashboards: public sums with small counts masked, and
the internal versions (every figure, how it was counted, each town's totals) for the network's
coordinators and the platform admins only; others get 404, anonymous visitors the login."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.impact import rollup, selectors
from engagiert.impact.periods import year
from engagiert.impact.tests.test_impact import event_on, today  # noqa: F401 - fixture
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


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_internal_views_read_a_fixed_number_of_queries(client, dessau, coordinator, platform_admin, figures):
    client.force_login(coordinator)
    network_before = _queries(client, INTERNAL)
    client.force_login(platform_admin)
    installation_before = _queries(client, INSTALLATION_INTERNAL)
    network = RegionalNetwork.objects.get()
    for i in range(5):  # more towns, more figures: the same queries
        town = Municipality.objects.create(name=f"Stadt {i}", slug=f"stadt-{i}", ags=f"1509{i:04d}")
        network.municipalities.add(town)
        event_on(town, datetime.date(2026, 3, 1 + i))
    rollup.run(since=datetime.date(2026, 1, 1))
    assert _queries(client, INSTALLATION_INTERNAL) == installation_before
    client.force_login(coordinator)
    assert _queries(client, INTERNAL) == network_before
    assert network_before <= 14
