"""Partnerschaft für Demokratie in Chromium: the "Done when" journey of issue 16 (the dance
workshop series from the application to the public page), and axe (WCAG 2.1 A/AA, 390 px) on
the applicant's, the committee member's and the offices' main pages in German and Arabic."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from engagiert.funding import services
from engagiert.funding.models import Application
from engagiert.funding.tests.factories import PfD, draft, granted, on_agenda, pdf, project_start, submitted

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/demokratie"


def click(page: Page, name) -> None:
    page.get_by_role("button", name=name).click()
    page.wait_for_load_state()


def test_dance_workshops_from_application_to_public_page(contexts, check_a11y, dessau, org, editor, tmp_path):
    pfd = PfD(dessau)
    start = project_start()
    quote = tmp_path / "angebot.pdf"
    quote.write_bytes(b"%PDF-1.4\n%%EOF\n")

    # The applicant fills in the application and the cost plan of 4,800 EUR.
    page = contexts.page(user=editor)
    page.goto(f"{BASE}/")
    page.get_by_role("link", name="Förderung beantragen").click()
    page.get_by_role("link", name=re.compile("Aktions- und Initiativfonds")).click()
    page.select_option("#id_organisation", label="One Community Projekt")
    page.fill("#id_contact_name", "Lea Schmidt")
    page.fill("#id_title", "Tanzworkshop-Reihe „Moving Together“")
    page.fill("#id_summary", "Sechs Tanzworkshops für junge Menschen aus aller Welt.")
    page.check("input[name=fields_of_action][value=diversity]")
    page.fill("#id_expected_participants", "40")
    page.fill("#id_starts_on", start.isoformat())
    page.fill("#id_ends_on", start.isoformat())
    click(page, "Entwurf speichern und weiter zum Kostenplan")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kosten- und Finanzierungsplan")
    for n, (category, text, qty, price, note) in enumerate(
        [
            ("fees", "Honorar Tanzpädagogin", "6", "500", ""),
            ("rent", "Saalmiete", "6", "150", "Drei Säle verglichen"),
            ("publicity", "Plakate und Flyer", "1", "900", "Zwei Druckereien angefragt"),
        ]
    ):
        page.select_option(f"#id_cost-{n}-category", category)
        page.fill(f"#id_cost-{n}-description", text)
        page.fill(f"#id_cost-{n}-quantity", qty)
        page.fill(f"#id_cost-{n}-unit_price", price)
        page.fill(f"#id_cost-{n}-price_note", note)
    page.select_option("#id_fin-0-kind", "volunteer")
    page.fill("#id_fin-0-amount", "300")
    page.select_option("#id_fin-1-kind", "requested")
    page.fill("#id_fin-1-amount", "4.500,00")
    click(page, "Plan speichern")
    expect(page.get_by_role("cell", name="4.800,00 €")).to_have_count(2)  # costs and financing balance
    for n in range(3):
        section = page.locator("section", has=page.get_by_role("heading", name=re.compile("Honorar")))
        section.locator("input[name=supplier]").fill(f"Anbieterin {n}")
        section.locator("input[name=amount]").fill("3000")
        section.locator("input[name=file]").set_input_files(str(quote))
        section.get_by_role("button", name=re.compile("Angebot hochladen")).click()
        page.wait_for_load_state()
    expect(page.get_by_text("Der Plan ist ausgeglichen und vollständig.")).to_be_visible()
    check_a11y(page, name="funding-plan")
    page.get_by_role("link", name="Weiter zur Übersicht und zum Einreichen").click()
    click(page, "Antrag einreichen")
    expect(page.locator(".status-line")).to_contain_text("Eingereicht")
    application = Application.objects.get()

    # The coordination office asks for one more quote; the applicant answers and resubmits.
    office = contexts.page(user=pfd.coordination)
    office.goto(f"{BASE}/fachstelle/")
    office.get_by_role("link", name=re.compile("Tanzworkshop-Reihe")).click()
    office.fill("#id_text", "Bitte legen Sie den Vertrag mit dem Beatclub bei.")
    click(office, "Rückfrage senden")
    check_a11y(office, name="funding-check")
    page.goto(f"{BASE}/antraege/{application.pk}/")
    expect(page.get_by_text("Bitte legen Sie den Vertrag mit dem Beatclub bei.")).to_be_visible()
    page.get_by_label("Ihre Antwort").fill("Das Angebot des Beatclubs liegt jetzt bei.")
    click(page, "Antwort speichern")
    click(page, "Erneut einreichen")
    office.reload()
    office.select_option("#id_meeting", index=0)
    click(office, "Auf die Tagesordnung")
    expect(office.locator(".status-line")).to_contain_text("Tagesordnung")

    # On the committee, one member declares a conflict and does not vote.
    member = contexts.page(user=pfd.member_user(0))
    member.goto(f"{BASE}/gremium/")
    check_a11y(member, name="funding-agenda")
    member.get_by_role("link", name=re.compile("Tanzworkshop-Reihe")).click()
    member.check("input[name=reason][value=member]")
    click(member, "Befangenheit erklären")
    expect(member.get_by_text(re.compile("Sie sind bei diesem Antrag befangen"))).to_be_visible()
    check_a11y(member, name="funding-committee-conflict")

    office.goto(f"{BASE}/fachstelle/sitzungen/{pfd.meeting.pk}/")
    for m in pfd.members[1:]:
        office.select_option(f"#id_a{application.pk}-m{m.pk}", "yes")
    click(office, re.compile("Stimmen speichern"))
    expect(office.get_by_text("4 ja, 0 nein, 0 Enthaltungen")).to_be_visible()
    expect(office.get_by_text(re.compile("Befangen, stimmt nicht mit ab: Mitglied 0"))).to_be_visible()
    office.fill(f"#id_c{application.pk}-amount", "4.500,00")
    click(office, re.compile("Ergebnis festhalten"))
    check_a11y(office, name="funding-meeting")

    # The lead office grants 4,500 EUR; the letter downloads as PDF.
    lead = contexts.page(user=pfd.lead)
    lead.goto(f"{BASE}/amt/")
    lead.get_by_role("link", name=re.compile("Tanzworkshop-Reihe")).click()
    lead.check("input[name=decision][value=grant]")
    lead.fill("#id_amount", "4.500,00")
    click(lead, "Entscheidung speichern und Bescheid senden")
    page.goto(f"{BASE}/antraege/{application.pk}/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Bescheid herunterladen (PDF)").click()
    assert download.value.suggested_filename == f"zuwendungsbescheid-{application.pk}.pdf"

    # The grantee requests the money, the lead office pays, the grantee reports.
    page.fill("#id_amount", "4.500,00")
    click(page, "Mittel abrufen")
    lead.goto(f"{BASE}/amt/")
    click(lead, re.compile("Als ausgezahlt vermerken"))
    page.get_by_role("link", name="Verwendungsnachweis öffnen").click()
    page.fill("#id_narrative", "Sechs Workshops, eine Aufführung bei der Tanzgala.")
    page.fill("#id_outcome", "Eine feste Tanzgruppe trifft sich weiter jeden Freitag.")
    page.fill("#id_participants_18_27", "38")
    for line in application.cost_lines.all():
        page.fill(f"#id_actual_{line.pk}", str(line.total).replace(".", ","))
    click(page, "Speichern")
    form = page.locator("form[action$='/nachweis/belege/']")
    form.locator("#id_date").fill(timezone.localdate().isoformat())
    form.locator("#id_payee").fill("Tanzpädagogin")
    form.locator("#id_purpose").fill("Honorar")
    form.locator("#id_amount").fill("4500")
    form.locator("#id_file").set_input_files(str(quote))
    click(page, "Beleg eintragen")
    check_a11y(page, name="funding-report")
    click(page, "Verwendungsnachweis einreichen")
    expect(page.locator(".status-line")).to_contain_text("Eingereicht")

    office.goto(f"{BASE}/fachstelle/antraege/{application.pk}/nachweis/")
    expect(office.get_by_role("heading", name="SOLL und IST je Kostenposition")).to_be_visible()
    click(office, "Verwendungsnachweis annehmen")

    # The public page shows the project and the fund's remaining budget.
    public = contexts.page()
    public.goto(f"{BASE}/fonds/{pfd.fund.pk}/")
    expect(public.get_by_text("Tanzworkshop-Reihe „Moving Together“")).to_be_visible()
    expect(public.get_by_text("Eine feste Tanzgruppe trifft sich weiter jeden Freitag.")).to_be_visible()
    expect(public.locator("table.figures strong")).to_have_text("15.500,00 €")


@pytest.fixture
def scenario(dessau, org, editor):
    pfd = PfD(dessau)
    draft_app = draft(pfd, org, editor, title="Entwurf: Tanzworkshops")
    asked = submitted(pfd, org, editor, title="Mit Rückfrage")
    services.request_changes(application=asked, by=pfd.coordination, text="Bitte noch ein Angebot.")
    agenda = on_agenda(pfd, org, editor, title="Auf der Tagesordnung")
    services.assess(
        application=agenda, member=pfd.members[1], scores={"Ist umsetzbar": 4}, comment="Gut.", by=pfd.member_user(1)
    )
    done = granted(pfd, org, editor, title="Bewilligt", amount=Decimal("4500"))
    payment = services.request_payment(grant=done.grant, by=editor, amount=Decimal("4500"))
    services.mark_paid(payment=payment, by=pfd.lead, paid_on=timezone.localdate())
    report = services.report_for(done)
    services.save_report(
        report=report,
        by=editor,
        data={"narrative": "Es war schön."},
        actuals={line.pk: line.total for line in done.cost_lines.all()},
    )
    services.add_receipt(
        report=report,
        by=editor,
        data={
            "date": timezone.localdate(),
            "payee": "Druckerei",
            "purpose": "Plakate",
            "amount": Decimal("4200"),
            "file": pdf(),
        },
    )
    services.submit_report(report=report, by=editor)
    to_decide = on_agenda(pfd, org, editor, title="Empfohlen")
    services.record_votes(application=to_decide, votes={m.pk: "yes" for m in pfd.members[:3]}, by=pfd.coordination)
    services.conclude(application=to_decide, by=pfd.coordination)
    return SimpleNamespace(
        pfd=pfd,
        editor=editor,
        coordination=pfd.coordination,
        lead=pfd.lead,
        member=pfd.member_user(1),
        draft=draft_app,
        asked=asked,
        agenda=agenda,
        done=done,
        to_decide=to_decide,
    )


def submit_bad_plan(page: Page) -> None:
    page.fill("#id_cost-0-unit_price", "-300")
    page.fill("#id_fin-0-amount", "viel")
    page.locator("main form:not([enctype]) button[type=submit]").first.click()
    expect(page.locator(".error-summary").first).to_be_visible()


@dataclass(frozen=True)
class Visit:
    name: str
    path: Callable[[SimpleNamespace], str] | str
    user: str = ""
    then: Callable[[Page], None] | None = None

    def url(self, s) -> str:
        return self.path(s) if callable(self.path) else self.path


VISITS = [
    Visit("funding-index", f"{BASE}/"),
    Visit("funding-fund", lambda s: f"{BASE}/fonds/{s.pfd.fund.pk}/"),
    Visit("funding-projects", f"{BASE}/projekte/"),
    Visit("funding-mine", f"{BASE}/antraege/", user="editor"),
    Visit("funding-new", lambda s: f"{BASE}/antraege/neu/{s.pfd.fund.pk}/", user="editor"),
    Visit("funding-new-youth", lambda s: f"{BASE}/antraege/neu/{s.pfd.youth_fund.pk}/", user="editor"),
    Visit("funding-draft", lambda s: f"{BASE}/antraege/{s.draft.pk}/", user="editor"),
    Visit("funding-plan", lambda s: f"{BASE}/antraege/{s.draft.pk}/kostenplan/", user="editor"),
    Visit(
        "funding-plan-errors",
        lambda s: f"{BASE}/antraege/{s.draft.pk}/kostenplan/",
        user="editor",
        then=submit_bad_plan,
    ),
    Visit("funding-changes", lambda s: f"{BASE}/antraege/{s.asked.pk}/", user="editor"),
    Visit("funding-granted", lambda s: f"{BASE}/antraege/{s.done.pk}/", user="editor"),
    Visit("funding-report", lambda s: f"{BASE}/antraege/{s.done.pk}/nachweis/", user="editor"),
    Visit("funding-agenda", f"{BASE}/gremium/", user="member"),
    Visit("funding-committee-application", lambda s: f"{BASE}/gremium/antraege/{s.agenda.pk}/", user="member"),
    Visit("funding-office", f"{BASE}/fachstelle/", user="coordination"),
    Visit("funding-check", lambda s: f"{BASE}/fachstelle/antraege/{s.agenda.pk}/", user="coordination"),
    Visit("funding-meetings", f"{BASE}/fachstelle/sitzungen/", user="coordination"),
    Visit("funding-meeting", lambda s: f"{BASE}/fachstelle/sitzungen/{s.pfd.meeting.pk}/", user="coordination"),
    Visit("funding-check-report", lambda s: f"{BASE}/fachstelle/antraege/{s.done.pk}/nachweis/", user="coordination"),
    Visit("funding-lead", f"{BASE}/amt/", user="lead"),
    Visit("funding-decide", lambda s: f"{BASE}/amt/antraege/{s.to_decide.pk}/", user="lead"),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_funding_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    response = page.goto(visit.url(scenario))
    assert response is not None and response.status == 200, f"{visit.name}: {response and response.status}"
    if visit.then:
        visit.then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"{visit.name}-{lang}")
