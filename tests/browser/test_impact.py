"""The impact dashboard in Chromium: the "Done when" journey of issue 17 (the coordinator
compares this year with last, adds a festival by hand, downloads the Wirkungsbericht; the
public page shows the aggregates) and axe (WCAG 2.1 A/AA) on every page in German and Arabic,
no wider than a 390 px phone."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from engagiert.events.tests.factories import make_event
from engagiert.impact import rollup
from engagiert.impact.models import ManualFigure

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/wirkung"


@pytest.fixture
def figures(dessau):
    """Events this year and last year, rolled up."""
    this_year = timezone.localdate().year
    for i in range(6):
        make_event(dessau, f"Begegnungscafé {i}", days=-(i + 1), format="cafe")
    for i in range(8):
        start = datetime.datetime(this_year - 1, 3, 1 + i, 18, tzinfo=datetime.UTC)
        make_event(dessau, f"Konzert {i}", days=(start - timezone.now()).total_seconds() / 86400, format="concert")
    rollup.run(since=datetime.date(this_year - 1, 1, 1))
    return this_year


def test_coordinator_compares_years_adds_a_festival_and_downloads_the_report(
    contexts, check_a11y, dessau, coordinator, figures
):
    page = contexts.page(user=coordinator)
    page.goto(f"{BASE}/koordination/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wirkung: Auswertung für die Koordination")
    page.get_by_label("Jahr", exact=True).fill(str(figures))
    page.get_by_role("button", name="Zahlen anzeigen").click()
    row = page.locator("table.impact-table tr", has=page.get_by_role("rowheader", name="Veranstaltungen", exact=True))
    expect(row.locator("td").nth(0)).to_have_text("6")
    expect(row.locator("td").nth(1)).to_have_text("8")
    expect(row.locator("td").nth(2)).to_have_text("-25 %")
    page.locator("summary", has_text="Veranstaltungen nach Format").click()  # a <details>: chart and table
    expect(page.locator("svg.impact-bars").first).to_be_visible()
    check_a11y(page, name="impact-journey-internal")

    page.get_by_role("link", name="Zahl von Hand eintragen").click()
    page.get_by_label("Bereich").select_option("events")
    page.get_by_label("Was war es?").fill("Stadtteilfest Am Leipziger Tor")
    page.get_by_label("Was wurde gezählt?").fill("Gäste")
    page.get_by_label("Anzahl").fill("300")
    page.get_by_label("Datum").fill(timezone.localdate().isoformat())
    page.get_by_label("Quelle der Zahl").fill("Schätzung des Quartiersmanagements")
    page.get_by_role("button", name="Eintragen").click()
    expect(page.locator("main")).to_contain_text("ist eingetragen")
    check_a11y(page, name="impact-journey-manual")
    assert ManualFigure.objects.get().value == 300

    page.get_by_role("link", name="Zurück zur Auswertung").click()
    expect(page.locator(".impact-manual")).to_contain_text("Stadtteilfest Am Leipziger Tor")
    page.get_by_role("link", name="Wirkungsbericht (PDF, Excel)").click()
    page.get_by_label("Einleitung").fill("Ein Jahr voller Begegnungen.")
    page.get_by_role("button", name="Texte speichern").click()
    expect(page.locator("main")).to_contain_text("sind gespeichert")
    check_a11y(page, name="impact-journey-report")
    with page.expect_download() as download:
        page.get_by_role("link", name="Bericht als PDF herunterladen").click()
    assert download.value.suggested_filename == f"wirkungsbericht-dessau-rosslau-{figures}.pdf"
    with page.expect_download() as download:
        page.get_by_role("link", name="Alle Zahlen als Excel (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")

    public = contexts.page()
    public.goto(f"{BASE}/")
    expect(public.locator("main")).to_contain_text("Stadtteilfest Am Leipziger Tor")
    expect(public.locator("main")).not_to_contain_text("Schätzung des Quartiersmanagements")  # sources stay internal
    check_a11y(public, name="impact-journey-public")


PAGES = [
    ("public", f"{BASE}/", False),
    ("public-quarter", f"{BASE}/?zeitraum=quartal&jahr=2026&quartal=1", False),
    ("public-bad-period", f"{BASE}/?zeitraum=frei&von=2026-05-01&bis=2026-01-01", False),
    ("installation", "/wirkung/", False),
    ("installation-internal", "/wirkung/intern/", "admin"),
    ("network", "/wirkung/netzwerk/anhalt/", False),
    ("network-internal", "/wirkung/netzwerk/anhalt/koordination/", True),
    ("internal", f"{BASE}/koordination/", True),
    ("manual", f"{BASE}/koordination/von-hand/", True),
    ("report", f"{BASE}/koordination/bericht/", True),
    ("opendata", "/dessau-rosslau/offene-daten/", False),
    ("opendata-settings", "/dessau-rosslau/offene-daten/einstellungen/", True),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize(("name", "path", "as_coordinator"), PAGES, ids=[p[0] for p in PAGES])
def test_impact_pages_pass_axe(
    contexts, check_a11y, dessau, coordinator, platform_admin, figures, name, path, as_coordinator, lang
):
    from engagiert.core.models import RegionalNetwork

    RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt").municipalities.add(dessau)
    ManualFigure.objects.create(
        municipality=dessau,
        section="events",
        title="Stadtfest",
        label="Gäste",
        value=300,
        date=timezone.localdate(),
        source="Zählung",
    )
    user = platform_admin if as_coordinator == "admin" else coordinator if as_coordinator else None
    page = contexts.page(lang=lang, user=user)
    page.goto(path)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # charts included
    if name == "public-bad-period":
        expect(page.locator("main")).to_contain_text(re.compile("."))
    if name.endswith("-internal") and name != "internal":
        expect(page.locator("#nach-kommunen")).to_be_visible()  # each town's totals
    check_a11y(page, name=f"impact-{name}-{lang}")
