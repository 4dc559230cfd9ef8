"""The one timeline in Chromium: the Engagierte Stadt programme page (structure and Etappenplan of
the demo, linked with the Selbstcheck's milestones) and the Selbstcheck page's "Was bisher
geschah", axe-clean in German and Arabic, no wider than a 390 px phone, right to left in Arabic."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from engagiert.demo import portal_programmes
from engagiert.directory.models import Programme
from engagiert.portal.services import ensure_site
from engagiert.selfcheck.models import Measure
from engagiert.testing import make_org
from tests.browser.test_portal_pages import wagtail_roots

pytestmark = pytest.mark.browser

PAGES = {"engagierte-stadt": "/dessau-rosslau/engagierte-stadt/", "selfcheck": "/dessau-rosslau/selbstcheck/"}


@pytest.fixture
def es(dessau):
    wagtail_roots()
    ensure_site(municipality=dessau)
    Programme.objects.create(slug="engagierte-stadt", name="Engagierte Stadt", municipality=dessau)
    for name in ("Koordinierungsstelle Engagierte Stadt Dessau-Roßlau", "AWO Kreisverband Dessau e.V."):
        make_org(dessau, name, programmes=("engagierte-stadt",))
    start = Measure.objects.create(
        municipality=dessau,
        date=dt.date(2020, 5, 1),
        title="Bewilligung Programm „Engagierte Stadt“",
        goal="Aufbau, Etappenplan und Koordination des Netzwerks",
        status="done",
        public=True,
    )
    strategy = Measure.objects.create(
        municipality=dessau,
        date=dt.date(2026, 2, 1),
        title="Erarbeitung einer Engagement-Strategie",
        status="in_progress",
        progress=30,
        public=True,
    )
    portal_programmes.load({"dessau-rosslau": dessau}, today=dt.date(2026, 3, 1))
    return {"start": start, "strategy": strategy}


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_timelines_have_no_axe_violations_and_fit_a_phone(contexts, check_a11y, es, name, lang):
    page = contexts.page(lang=lang, viewport={"width": 390, "height": 844})
    response = page.goto(PAGES[name])
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    timeline = page.locator("ol.timeline")
    expect(timeline).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{name} ({lang}) is {width} px wide"
    # Right to left in Arabic: the line and markers stand at the right edge of the list.
    box = timeline.bounding_box()
    entry = page.locator("li.timeline-entry").first.bounding_box()
    marker = page.locator("li.timeline-entry .timeline-marker").first.bounding_box()
    if lang == "ar":
        assert marker["x"] > entry["x"] + entry["width"] / 2 > box["x"]
    else:
        assert marker["x"] < entry["x"] + entry["width"] / 2
    check_a11y(page, name=f"timeline-{name}-{lang}")


def test_etappenplan_and_selfcheck_link_each_other(contexts, es):
    page = contexts.page(viewport={"width": 390, "height": 844})
    page.goto(PAGES["engagierte-stadt"])
    expect(page.get_by_role("heading", name="Was bisher geschah")).to_be_visible()
    expect(page.get_by_role("heading", name="Struktur")).to_be_visible()
    expect(page.locator("time[datetime='2020-05']")).to_have_text("Mai 2020")
    strategy = page.locator(f"#etappe-{es['strategy'].pk}")
    expect(strategy).to_contain_text("Stand: in Arbeit")  # live from the Selbstcheck, as text
    page.get_by_role("link", name="Im Selbstcheck: Bewilligung Programm „Engagierte Stadt“").click()
    assert page.url.endswith(f"/dessau-rosslau/selbstcheck/#massnahme-{es['start'].pk}")
    start = page.locator(f"#massnahme-{es['start'].pk}")
    expect(start).to_contain_text("Stand: erledigt")
    start.get_by_role("link", name="Im Etappenplan „Engagierte Stadt“").click()
    assert page.url.endswith(f"/dessau-rosslau/engagierte-stadt/#etappe-{es['start'].pk}")
