"""Selbstcheck in Chromium: the "Done when" journey of issue 6, and axe (WCAG 2.1 A/AA) on
every Selbstcheck page in German and Arabic."""

from __future__ import annotations

import datetime
import re
from types import SimpleNamespace

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from engagiert.selfcheck import services
from engagiert.selfcheck.models import Measure, Question, Respondent, Round, WorkshopNote
from engagiert.selfcheck.tests.factories import answer_all, catalogue, make_respondent, make_round

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/selbstcheck"
RESOURCE_ERROR = "Failed to load resource: the server responded with a status of"


def link_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def earlier_round(dessau) -> Round:
    old = make_round(dessau, title="Selbstcheck 2024", status="published")
    Round.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=700))
    for i in range(3):
        answer_all(make_respondent(old, f"alt{i}@dessau.example", "Jugendamt")[0], lambda q: 2)
    return old


def answer_field(page: Page, order: int, values: list[str]) -> None:
    """On the page of field `order`, pick the i-th radio value for the i-th question; save and go on."""
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Handlungsfeld {order} von 7")
    questions = page.locator("fieldset.question")
    for i in range(questions.count()):
        value = values[i % len(values)]
        questions.nth(i).locator(f"input[value='{value}']").check()
    page.get_by_role("button", name=re.compile("Speichern und (weiter|zur Übersicht)")).click()
    page.wait_for_load_state()


def test_coordinator_runs_a_round_and_follows_up(contexts, check_a11y, dessau, coordinator):
    catalogue()
    earlier_round(dessau)
    page = contexts.page(user=coordinator)
    page.goto(f"{BASE}/koordination/")
    page.fill("#id_title", "Selbstcheck 2026")
    page.get_by_role("button", name="Runde anlegen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Selbstcheck 2026")

    people = [
        ("soziales@dessau.example", "Amt für Soziales und Integration"),
        ("personal@dessau.example", "Personalamt"),
        ("buergerbuero@dessau.example", "Bürgerbüro"),
    ]
    for email, department in people:
        page.fill("#id_email", email)
        page.fill("#id_department", department)
        page.fill("#id_role", "Amtsleitung")
        page.get_by_role("button", name="Einladen").click()
        expect(page.get_by_role("cell", name=email, exact=True)).to_be_visible()
    page.get_by_role("button", name="Runde öffnen und Einladungen verschicken").click()
    expect(page.locator("#round-status")).to_have_text("Läuft")
    check_a11y(page, name="selfcheck-journey-round")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(e for e, _d in people)

    for n, message in enumerate(mail.outbox):
        respondent = contexts.page()
        respondent.goto(link_path(message))
        expect(respondent.get_by_text("0 von 100 Aussagen beantwortet.")).to_be_visible()
        if n:  # the others answer the same 100 questions: stored directly, to keep the test short
            invited = Respondent.objects.get(email=message.to[0])
            answers = {q.pk: 3 + n % 3 for q in Question.objects.filter(field__catalogue=invited.round.catalogue)}
            services.save_answers(respondent=invited, answers=answers)
            services.submit(respondent=invited)
            continue
        respondent.get_by_role("link", name="Mit der Befragung beginnen").click()
        for order in range(1, 8):
            answer_field(respondent, order, [str(3 + n % 3), "0", "4"])
        expect(respondent.get_by_text("100 von 100 Aussagen beantwortet.")).to_be_visible()
        respondent.get_by_role("button", name="Antworten endgültig abschicken").click()
        expect(respondent.get_by_text("Änderungen sind nicht mehr möglich.").first).to_be_visible()

    page.reload()
    expect(page.get_by_text("3 eingeladen, 3 begonnen, 3 abgeschickt.")).to_be_visible()
    page.get_by_role("button", name="Runde abschließen").click()
    expect(page.locator("#round-status")).to_have_text("Abgeschlossen")
    page.get_by_role("link", name="Bericht ansehen").click()
    radar = page.get_by_role("img", name=re.compile("Netzdiagramm"))
    expect(radar).to_be_visible()
    expect(page.locator(".radar-legend")).to_contain_text("Selbstcheck 2024")
    expect(page.locator(".radar-legend")).to_contain_text("Selbstcheck 2026 (aktuelle Runde)")
    expect(page.locator("table.history thead")).to_contain_text("Selbstcheck 2024")
    check_a11y(page, name="selfcheck-journey-report")
    with page.expect_download() as download:
        page.get_by_role("link", name="Bericht als PDF").click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"

    page.goto(f"{BASE}/koordination/massnahmen/neu/")
    page.fill("#id_date", "2026-11-20")
    page.fill("#id_title", "Dialogveranstaltung zum Selbstcheck 2026")
    page.fill("#id_goal", "Ergebnisse mit Verwaltung und Zivilgesellschaft besprechen")
    page.select_option("#id_status", "planned")
    page.check("#id_public")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("heading", name="Dialogveranstaltung zum Selbstcheck 2026", exact=True)).to_be_visible()

    round = Round.objects.get(title="Selbstcheck 2026")
    page.goto(f"{BASE}/koordination/runde/{round.pk}/")
    page.get_by_role("button", name="Ergebnisse veröffentlichen").click()
    expect(page.locator("#round-status")).to_have_text("Veröffentlicht")

    public = contexts.page()
    public.goto(f"{BASE}/")
    expect(public.get_by_role("img", name=re.compile("Netzdiagramm"))).to_be_visible()
    milestones = public.get_by_role("list", name="Meilensteine")
    expect(milestones.get_by_role("heading", name="Dialogveranstaltung zum Selbstcheck 2026")).to_be_visible()
    expect(public.get_by_text("Amt für Soziales und Integration")).to_have_count(0)
    check_a11y(public, name="selfcheck-journey-public")


@pytest.fixture
def world(dessau, coordinator):
    catalogue()
    old = earlier_round(dessau)
    current = make_round(dessau, title="Selbstcheck 2026")
    for i in range(3):
        answer_all(make_respondent(current, f"p{i}@dessau.example", "Personalamt")[0], lambda q: 3 + q.pk % 3)
    respondent, token = make_respondent(current, "offen@dessau.example", "Ordnungsamt")
    done, done_token = make_respondent(current, "fertig@dessau.example", "Ordnungsamt")
    answer_all(done, lambda q: 4)
    WorkshopNote.objects.create(round=old, date=datetime.date(2024, 5, 14), title="Workshop", body="<p>Ergebnisse</p>")
    measure = Measure.objects.create(
        municipality=dessau,
        date=datetime.date(2021, 10, 1),
        title="Auftaktveranstaltung",
        goal="Neuer Schub",
        public=True,
    )
    return SimpleNamespace(
        coordinator=coordinator, old=old, current=current, token=token, done_token=done_token, measure=measure
    )


def submit_bad_answer(page: Page) -> None:
    page.evaluate(
        "() => { const i = document.querySelector('fieldset.question input'); i.value = '9'; i.checked = true; }"
    )
    page.locator("button[name=stay]").click()  # "Speichern", in any language
    expect(page.locator(".error-summary")).to_be_visible()


def submit_empty(page: Page) -> None:
    page.locator("main form[novalidate] button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()


PAGES = [
    ("public", lambda w: f"{BASE}/", False, None, 200),
    ("respond", lambda w: f"{BASE}/antworten/{w.token}/", False, None, 200),
    ("respond-field", lambda w: f"{BASE}/antworten/{w.token}/feld/2/", False, None, 200),
    ("respond-field-errors", lambda w: f"{BASE}/antworten/{w.token}/feld/1/", False, submit_bad_answer, 200),
    ("respond-submitted", lambda w: f"{BASE}/antworten/{w.done_token}/", False, None, 200),
    ("respond-invalid", lambda w: f"{BASE}/antworten/erfunden/", False, None, 404),
    ("coordination", lambda w: f"{BASE}/koordination/", True, None, 200),
    ("coordination-errors", lambda w: f"{BASE}/koordination/", True, submit_empty, 200),
    ("round", lambda w: f"{BASE}/koordination/runde/{w.current.pk}/", True, None, 200),
    ("round-errors", lambda w: f"{BASE}/koordination/runde/{w.current.pk}/", True, submit_empty, 200),
    ("report", lambda w: f"{BASE}/koordination/runde/{w.current.pk}/bericht/", True, None, 200),
    ("workshop", lambda w: f"{BASE}/koordination/runde/{w.old.pk}/workshop/", True, None, 200),
    ("workshop-errors", lambda w: f"{BASE}/koordination/runde/{w.old.pk}/workshop/", True, submit_empty, 200),
    ("measures", lambda w: f"{BASE}/koordination/massnahmen/", True, None, 200),
    ("measure-new-errors", lambda w: f"{BASE}/koordination/massnahmen/neu/", True, submit_empty, 200),
    ("measure-edit", lambda w: f"{BASE}/koordination/massnahmen/{w.measure.pk}/", True, None, 200),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize(("name", "path", "as_coordinator", "then", "status"), PAGES, ids=[p[0] for p in PAGES])
def test_selfcheck_page_has_no_axe_violations(
    contexts, check_a11y, world, lang, name, path, as_coordinator, then, status
):
    page = contexts.page(lang=lang, user=world.coordinator if as_coordinator else None)
    url = path(world)
    response = page.goto(url)
    assert response is not None and response.status == status
    if status != 200:
        contexts.expect_console_error(f"{page.url}: {RESOURCE_ERROR} {status} ({response.status_text})")
    if then:
        then(page)  # invalid forms answer 200 with the error summary
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"selfcheck-{name}-{lang}")


@pytest.mark.parametrize(
    ("lang", "heading", "statement"),
    [
        ("uk", "Управління та координація", "Муніципалітет має затверджену міською радою концепцію"),
        ("ar", "الإدارة والتوجيه", "لدى البلدية رؤية توجيهية اعتمدها مجلس المدينة"),
    ],
)
def test_a_respondent_invited_in_ukrainian_or_arabic_answers_in_that_language(
    contexts, check_a11y, world, lang, heading, statement
):
    Respondent.objects.filter(email="offen@dessau.example").update(language=lang)
    page = contexts.page(viewport={"width": 390, "height": 844})  # no language cookie: the invitation decides
    page.goto(f"{BASE}/antworten/{world.token}/feld/1/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    expect(page.locator("legend").first).to_contain_text(statement)
    expect(page.locator('main [lang="de"]')).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    check_a11y(page, name=f"selfcheck-respond-field-invited-{lang}")
