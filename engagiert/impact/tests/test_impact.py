"""The impact dashboard: roll-ups against the raw rows, late corrections, masking, periods,
tenancy, fixed query counts, the Wirkungsbericht (PDF, XLSX) and bad input."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from engagiert.core import figures as registry
from engagiert.events.models import Registration
from engagiert.events.tests.factories import make_event, make_venue
from engagiert.impact import rollup, selectors
from engagiert.impact.models import DirtyDay, ManualFigure, ReportText, Rollup
from engagiert.impact.periods import CUSTOM, Period, PeriodForm, quarter, year
from engagiert.testing import make_user
from engagiert.volunteering.models import HourEntry
from engagiert.volunteering.services.hours import correct_hours

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def today(monkeypatch):
    """A fixed 'today' for the roll-up and the selectors."""
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    return TODAY


def hours_entry(municipality, day, hours, *, volunteer=None, status=HourEntry.Status.CONFIRMED):
    return HourEntry.objects.create(
        municipality=municipality,
        volunteer=volunteer,
        activity="Vorlesen im Seniorenheim",
        organisation_name="Seniorenheim Am Georgengarten",
        date=day,
        hours=Decimal(hours),
        status=status,
    )


def event_on(municipality, day: datetime.date, **fields):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))
    days = (start - timezone.now()).total_seconds() / 86400
    return make_event(municipality, days=days, **fields)


def value(dashboard, key, breakdown="", item=""):
    for section in dashboard.sections:
        for fr in section.figures:
            if fr.figure.key != key:
                continue
            if not breakdown:
                return fr.total
            for b in fr.breakdowns:
                if b.key == breakdown:
                    for label, v in b.items:
                        if label == item:
                            return v
    return None


# --- roll-up correctness ------------------------------------------------------------------


def test_rollup_matches_the_raw_rows(dessau, wittenberg, today):
    venue = make_venue(dessau, wheelchair=True, induction_loop=True)
    for i in range(7):
        event = event_on(dessau, datetime.date(2026, 3, 1 + i), format="concert" if i < 4 else "film", venue=venue)
        for n in range(i):
            Registration.objects.create(
                event=event,
                name=f"Gast {n}",
                email=f"g{i}-{n}@example.org",
                status="confirmed",
                companions=1,
                checked_in_at=timezone.now() if n % 2 == 0 else None,
            )
    event_on(dessau, datetime.date(2026, 3, 9), status="cancelled")  # not counted
    event_on(wittenberg, datetime.date(2026, 3, 9))  # another town
    for day, h in (
        (datetime.date(2026, 1, 31), "2.5"),
        (datetime.date(2026, 2, 1), "3"),
        (datetime.date(2026, 5, 20), "4"),
    ):
        hours_entry(dessau, day, h)
    hours_entry(dessau, datetime.date(2026, 2, 2), "8", status=HourEntry.Status.LOGGED)  # not confirmed

    rollup.run(since=datetime.date(2025, 1, 1))

    board = selectors.town_dashboard(dessau, year(2026), public=False)
    assert value(board, "events.events").current == 7
    assert value(board, "events.events", "format", "Konzert").current == 4
    assert value(board, "events.events", "access", "Induktionsschleife").current == 7
    registrations = Registration.objects.filter(event__municipality=dessau, status="confirmed")
    people = registrations.count() * 2  # everyone with one companion
    assert value(board, "events.registrations").current == people
    checked_in = registrations.filter(checked_in_at__isnull=False).count() * 2
    assert value(board, "events.checkins").current == checked_in
    assert value(board, "volunteering.hours").current == Decimal("9.5")
    # A period cut in the middle of months: edges from the days, the rest from the monthly sums.
    board = selectors.town_dashboard(
        dessau, Period(datetime.date(2026, 1, 31), datetime.date(2026, 5, 19)), public=False
    )
    assert value(board, "volunteering.hours").current == Decimal("5.5")
    board = selectors.town_dashboard(wittenberg, year(2026), public=False)
    assert value(board, "events.events").current == 1


def test_stock_figures_are_the_value_at_the_end_of_the_period(dessau, today, coordinator):
    volunteer = make_user("lea@example.org")
    hours_entry(dessau, datetime.date(2025, 3, 1), "2", volunteer=volunteer)
    rollup.run(since=datetime.date(2025, 1, 1))
    # Active: confirmed hours in the 365 days up to the period's last day.
    assert (
        value(selectors.town_dashboard(dessau, quarter(2025, 4), public=False), "volunteering.volunteers").current == 1
    )
    assert (
        value(selectors.town_dashboard(dessau, quarter(2026, 2), public=False), "volunteering.volunteers").current
        is None
    )


def test_a_late_correction_is_recomputed(dessau, today, coordinator):
    entry = hours_entry(dessau, datetime.date(2026, 1, 10), "3")
    rollup.run(since=datetime.date(2026, 1, 1))
    assert value(selectors.town_dashboard(dessau, quarter(2026, 1), public=False), "volunteering.hours").current == 3

    correct_hours(entry=entry, date=datetime.date(2026, 1, 12), hours=Decimal("5"), reason="Tippfehler", by=coordinator)
    assert set(DirtyDay.objects.values_list("day", flat=True)) == {
        datetime.date(2026, 1, 10),
        datetime.date(2026, 1, 12),
    }
    # The nightly run covers 35 days only: the dirty days outside it are recomputed too.
    rollup.run()
    assert value(selectors.town_dashboard(dessau, quarter(2026, 1), public=False), "volunteering.hours").current == 5
    assert DirtyDay.objects.count() == 0
    assert Rollup.objects.filter(figure="volunteering.hours", grain="day", day=datetime.date(2026, 1, 10)).count() == 0


def test_the_first_nightly_run_computes_whole_months(dessau, today):
    """The window (35 days back from 15 June) starts on 11 May: May is computed from the 1st,
    or its monthly sum would miss the 2nd."""
    hours_entry(dessau, datetime.date(2026, 5, 2), "2")
    hours_entry(dessau, datetime.date(2026, 6, 10), "3")
    rollup.run()
    assert value(selectors.town_dashboard(dessau, quarter(2026, 2), public=False), "volunteering.hours").current == 5


def test_without_the_dirty_marks_the_correction_would_be_missed(dessau, today, coordinator):
    """The control of the test above: the window alone does not reach January."""
    entry = hours_entry(dessau, datetime.date(2026, 1, 10), "3")
    rollup.run(since=datetime.date(2026, 1, 1))
    correct_hours(entry=entry, date=datetime.date(2026, 1, 12), hours=Decimal("5"), reason="Tippfehler", by=coordinator)
    DirtyDay.objects.all().delete()
    rollup.run()
    assert value(selectors.town_dashboard(dessau, quarter(2026, 1), public=False), "volunteering.hours").current == 3


# --- masking, periods ------------------------------------------------------------------------


def test_public_masks_counts_under_five(client, dessau, today):
    for i in range(3):
        event_on(dessau, datetime.date(2026, 2, 1 + i))
    rollup.run(since=datetime.date(2026, 1, 1))
    public = selectors.town_dashboard(dessau, year(2026), public=True)
    internal = selectors.town_dashboard(dessau, year(2026), public=False)
    assert value(public, "events.events").shown == "< 5"
    assert value(internal, "events.events").shown == "3"
    page = client.get("/dessau-rosslau/wirkung/?zeitraum=jahr&jahr=2026").content.decode()
    assert "&lt; 5" in page
    assert "So wurde gezählt" not in page  # the internal detail stays internal


def test_periods_and_previous_periods():
    assert year(2026).previous() == year(2025)
    assert quarter(2026, 1).previous() == quarter(2025, 4)
    custom = Period(datetime.date(2026, 3, 1), datetime.date(2026, 3, 10), CUSTOM)
    assert custom.previous() == Period(datetime.date(2026, 2, 19), datetime.date(2026, 2, 28), CUSTOM)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"zeitraum": "frei", "von": "2026-05-01", "bis": "2026-01-01"}, "liegt vor dem ersten"),
        ({"zeitraum": "frei", "von": "2010-01-01", "bis": "2026-01-01"}, "höchstens 10 Jahre"),
        ({"zeitraum": "frei", "von": "2026-05-01"}, "ersten und den letzten Tag"),
        ({"zeitraum": "jahr", "jahr": "1850"}, "zwischen 2000"),
        ({"zeitraum": "quartal", "jahr": "2026", "quartal": "9"}, "gültige"),
        ({"zeitraum": "frei", "von": "gestern", "bis": "heute"}, "gültiges Datum"),
    ],
)
def test_bad_periods_get_a_message_not_a_500(client, dessau, query, message):
    response = client.get("/dessau-rosslau/wirkung/", query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PeriodForm(query).is_valid()


def test_ten_years_exactly_is_allowed():
    form = PeriodForm({"zeitraum": "frei", "von": "2016-01-01", "bis": "2025-12-31"})
    assert form.is_valid(), form.errors


def test_unknown_town_and_network_answer_404(client, db):
    assert client.get("/nirgendwo/wirkung/").status_code == 404
    assert client.get("/wirkung/netzwerk/nirgendwo/").status_code == 404
    assert client.get("/nirgendwo/offene-daten/").status_code == 404


def test_another_towns_figures_are_hidden(client, dessau, wittenberg, coordinator):
    foreign = ManualFigure.objects.create(
        municipality=wittenberg,
        section="events",
        title="Lutherfest",
        label="Gäste",
        value=5000,
        date=datetime.date(2026, 6, 1),
        source="Veranstalter",
    )
    client.force_login(coordinator)
    assert client.get("/lutherstadt-wittenberg/wirkung/koordination/").status_code == 404
    assert client.post(f"/dessau-rosslau/wirkung/koordination/von-hand/{foreign.pk}/loeschen/").status_code == 404
    assert ManualFigure.objects.filter(pk=foreign.pk).exists()
    assert "Lutherfest" not in client.get("/dessau-rosslau/wirkung/koordination/").content.decode()


# --- fixed number of queries ------------------------------------------------------------------


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_dashboards_read_a_fixed_number_of_queries(client, dessau, wittenberg, coordinator, today):
    event_on(dessau, datetime.date(2026, 2, 1))
    rollup.run(since=datetime.date(2026, 1, 1))
    urls = ["/dessau-rosslau/wirkung/", "/wirkung/"]
    before = {url: _queries(client, url) for url in urls}
    for i in range(20):
        event_on(dessau, datetime.date(2026, 2, 1 + i), format=["film", "dance", "concert", "sport"][i % 4])
        event_on(wittenberg, datetime.date(2026, 3, 1 + i))
        hours_entry(dessau, datetime.date(2026, 4, 1 + i), "2")
        ManualFigure.objects.create(
            municipality=dessau,
            section="events",
            title=f"Fest {i}",
            label="Gäste",
            value=300,
            date=datetime.date(2026, 5, 1 + i),
            source="Zählung",
        )
    rollup.run(since=datetime.date(2026, 1, 1))
    assert {url: _queries(client, url) for url in urls} == before
    assert before["/dessau-rosslau/wirkung/"] <= 8
    client.force_login(coordinator)
    assert _queries(client, "/dessau-rosslau/wirkung/koordination/") <= 14


def test_headline_figures_for_the_portal(dessau, today, django_assert_num_queries):
    for i in range(6):
        event_on(dessau, datetime.date(2026, 2, 1 + i))
    rollup.run(since=datetime.date(2026, 1, 1))
    with django_assert_num_queries(1):
        figures = selectors.headline_figures(dessau)
    by_key = {f.key: f.value for f in figures}
    assert by_key["events.events"] == "6"
    assert by_key["card.active"] == "0"


def test_headline_figures_are_the_dashboards_totals(dessau, wittenberg, today):
    """The start page's figures (a plain sum of this year's totals) are the current values the
    dashboard reads: whole months, the days at the period's edges, stocks on the roll-up's last
    day; breakdown rows, other towns and other periods left out."""
    from engagiert.impact.models import RollupRun

    chosen = [f for f in registry.figures.all() if f.headline and f.public]
    sums = [f.key for f in chosen if f.kind == registry.SUM]
    stocks = [f.key for f in chosen if f.kind == registry.STOCK]
    now = timezone.now()
    RollupRun.objects.create(started_at=now, finished_at=now, first_day=today, last_day=today)
    period = selectors.current_year()
    rows = []
    for town, factor in ((dessau, 1), (wittenberg, 100)):
        for n, key in enumerate(sums, start=1):
            for day, grain in ((datetime.date(2026, 1, 1), "month"), (datetime.date(2026, 3, 1), "month")):
                rows.append(Rollup(municipality=town, figure=key, grain=grain, day=day, value=n * 7 * factor))
            rows.append(Rollup(municipality=town, figure=key, grain="day", day=datetime.date(2026, 3, 5), value=3))
            rows.append(Rollup(municipality=town, figure=key, grain="month", day=datetime.date(2025, 6, 1), value=50))
            detail = {"breakdown": "art", "item": "x", "grain": "month", "day": period.start, "value": 9}
            rows.append(Rollup(municipality=town, figure=key, **detail))
        for n, key in enumerate(stocks, start=1):
            for day in (today, today - datetime.timedelta(days=1)):
                value = n * 11 * factor + day.day
                rows.append(Rollup(municipality=town, figure=key, grain="day", day=day, value=value))
    Rollup.objects.bulk_create(rows)
    values = selectors.read_values(
        municipality_ids=[dessau.pk], period=period, previous=period.previous(), as_of=today, chosen=chosen
    )
    expected = {
        f.key: selectors.display(values.get((f.key, "", ""), (None, None))[0], unit=f.unit, hide_small=f.masked)
        for f in chosen
    }
    assert {h.key: h.value for h in selectors.headline_figures(dessau)} == expected
    assert any(value not in ("0", "< 5") for value in expected.values()), expected


# --- manual figures, report texts, Wirkungsbericht --------------------------------------------


def test_coordinator_adds_a_festival_by_hand(client, dessau, coordinator, today):
    client.force_login(coordinator)
    response = client.post(
        "/dessau-rosslau/wirkung/koordination/von-hand/",
        {
            "section": "events",
            "title": "Stadtfest",
            "label": "Gäste",
            "value": "300",
            "date": "2026-05-30",
            "source": "Zählung am Einlass",
            "public": "on",
        },
    )
    assert response.status_code == 302
    entry = ManualFigure.objects.get()
    assert (entry.value, entry.entered_by) == (300, coordinator)
    page = client.get("/dessau-rosslau/wirkung/?zeitraum=jahr&jahr=2026").content.decode()
    assert "Stadtfest" in page and "von Hand eingetragen" in page


def test_manual_figure_with_bad_input_keeps_what_was_typed(client, dessau, coordinator, today):
    client.force_login(coordinator)
    response = client.post(
        "/dessau-rosslau/wirkung/koordination/von-hand/",
        {
            "section": "events",
            "title": "Stadtfest",
            "label": "Gäste",
            "value": "-3",
            "date": "2030-01-01",
            "source": "",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Stadtfest" in page and "in der Zukunft" in page
    assert not ManualFigure.objects.exists()


def test_report_text_is_sanitised(client, dessau, coordinator, today):
    client.force_login(coordinator)
    response = client.post(
        "/dessau-rosslau/wirkung/koordination/bericht/?zeitraum=jahr&jahr=2026",
        {"intro": "<p>Ein gutes Jahr.</p><script>alert(1)</script>", "section_events": "<b onclick='x()'>Viel los</b>"},
    )
    assert response.status_code == 302
    texts = dict(ReportText.objects.values_list("section", "text"))
    assert texts["intro"] == "<p>Ein gutes Jahr.</p>"
    assert "onclick" not in texts["events"] and "Viel los" in texts["events"]


def test_wirkungsbericht_pdf_and_xlsx(client, dessau, coordinator, today):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    for i in range(6):
        event_on(dessau, datetime.date(2026, 2, 1 + i), format="film")
    ManualFigure.objects.create(
        municipality=dessau,
        section="events",
        title="Stadtfest",
        label="Gäste",
        value=300,
        date=datetime.date(2026, 5, 30),
        source="Zählung am Einlass",
    )
    ReportText.objects.create(
        municipality=dessau, period="2026", section="events", text="<p>Kino verbindet Generationen.</p>"
    )
    rollup.run(since=datetime.date(2025, 1, 1))
    client.force_login(coordinator)

    response = client.get("/dessau-rosslau/wirkung/koordination/bericht.pdf?zeitraum=jahr&jahr=2026")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in (
        "Wirkungsbericht 2026",
        "Dessau-Roßlau",
        "Begegnungen",
        "Kino verbindet Generationen",
        "Stadtfest",
        "von Hand eingetragen",
        "So wurde gezählt",
    ):
        assert expected in text, expected

    response = client.get("/dessau-rosslau/wirkung/koordination/bericht.xlsx?zeitraum=jahr&jahr=2026")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][8] == "So wurde gezählt"
    events = next(r for r in rows if r[1] == "Veranstaltungen" and not r[2])
    assert events[4] == 6 and events[5] == 0 and events[8]
    assert any(r[2] == "Von Hand eingetragen" and r[4] == 300 and r[9] == "Zählung am Einlass" for r in rows)
    every_figure = {f.key for f in registry.figures.all()}
    labels = {str(f.label) for f in registry.figures.all() if f.key in every_figure}
    assert labels <= {r[1] for r in rows}


def test_report_exports_one_at_a_time_and_rate_limited(client, dessau, coordinator, today):
    client.force_login(coordinator)
    cache.add(f"impact-report-running:{coordinator.pk}", 1, 60)  # a report is being made
    response = client.get("/dessau-rosslau/wirkung/koordination/bericht.xlsx", follow=True)
    assert response.status_code == 200
    assert "noch erstellt" in response.content.decode()
    cache.delete(f"impact-report-running:{coordinator.pk}")
    # The refused request counted too: 29 more within the hour, then a message.
    statuses = [client.get("/dessau-rosslau/wirkung/koordination/bericht.xlsx").status_code for _ in range(31)]
    assert statuses[:29] == [200] * 29 and statuses[29:] == [302, 302]
    assert "sehr viele Berichte" in client.get("/dessau-rosslau/wirkung/koordination/bericht/").content.decode()


def test_bad_period_on_a_report_download_redirects_with_a_message(client, dessau, coordinator):
    client.force_login(coordinator)
    response = client.get(
        "/dessau-rosslau/wirkung/koordination/bericht.pdf?zeitraum=frei&von=2026-05-01&bis=2026-01-01", follow=True
    )
    assert response.status_code == 200
    assert "gültigen Zeitraum" in response.content.decode()


def test_network_and_installation_sum_their_towns(client, dessau, wittenberg, today):
    from engagiert.core.models import RegionalNetwork

    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau)
    for town, count in ((dessau, 6), (wittenberg, 7)):
        for i in range(count):
            event_on(town, datetime.date(2026, 2, 1 + i))
    rollup.run(since=datetime.date(2026, 1, 1))
    assert value(selectors.network_dashboard(network, year(2026)), "events.events").current == 6
    assert value(selectors.installation_dashboard(year(2026)), "events.events").current == 13
    assert client.get("/wirkung/netzwerk/anhalt/").status_code == 200


def test_change_against_the_previous_period():
    assert selectors.Value(Decimal(12), Decimal(10)).change == "+20 %"
    assert selectors.Value(None, Decimal(38)).change == "-100 %"  # nothing this period
    assert selectors.Value(Decimal(5), None).change == ""  # nothing to compare with
    assert selectors.Value(Decimal(30), Decimal(3), hide_small=True).change == ""  # would reveal the small count


def test_active_volunteers_in_two_queries_match_the_query_per_day(dessau, wittenberg, django_assert_max_num_queries):
    """The interval computation of `active_volunteers` against the plain definition, one query a day."""
    import random

    from engagiert.core.figures import daily_stock
    from engagiert.volunteering.figures import active_volunteers, active_volunteers_at
    from engagiert.volunteering.models import VolunteerProfile

    rng = random.Random(5)
    people = [make_user(f"p{i}@example.org") for i in range(6)]
    for i, person in enumerate(people[:4]):
        VolunteerProfile.objects.create(
            user=person,
            municipality=dessau,
            birth_year=[2009, 2000, 1961, None][i],
            joined_on=datetime.date(2020, 1, 1),
        )
    for _ in range(40):
        town = rng.choice([dessau, wittenberg])
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(800))
        hours_entry(town, day, "2", volunteer=rng.choice(people))
    start, end = datetime.date(2024, 11, 20), datetime.date(2026, 2, 10)
    with django_assert_max_num_queries(2):
        fast = sorted(active_volunteers(None, start, end))
    slow = sorted(daily_stock(active_volunteers_at)(None, start, end))
    assert fast == slow
    assert len(fast) > 100
