"""The pages of each part: applicant, committee member, coordination office, lead office,
outsider; another town's objects answer 404; lists with a fixed number of queries."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from engagiert.funding import services
from engagiert.funding.models import Application, Grant, Vote
from engagiert.testing import make_org

from .factories import draft, granted, on_agenda, pdf, project_start, recommended, submitted

pytestmark = pytest.mark.django_db
Status = Application.Status


def url(name, m, **kwargs):
    return reverse(f"funding:{name}", kwargs={"municipality": m.slug, **kwargs})


def test_public_pages(client, pfd, org, editor):
    granted(pfd, org, editor)
    response = client.get(url("index", pfd.municipality))
    assert response.status_code == 200
    assert "Begleitausschuss" in response.text and "Mehrheit der Zivilgesellschaft" in response.text
    response = client.get(url("fund", pfd.municipality, pk=pfd.fund.pk))
    assert "Tanzworkshop-Reihe" in response.text and "15.500,00" in response.text
    assert "Tanzworkshop-Reihe" in client.get(url("projects", pfd.municipality)).text


def test_no_pfd_is_404(client, wittenberg):
    assert client.get(reverse("funding:index", kwargs={"municipality": wittenberg.slug})).status_code == 404


def test_applicant_creates_a_draft_through_the_form(client, pfd, org, editor):
    client.force_login(editor)
    start = project_start()
    response = client.post(
        url("create", pfd.municipality, fund_pk=pfd.fund.pk),
        {
            "organisation": org.pk,
            "contact_name": "Lea",
            "contact_email": "lea@example.org",
            "title": "Tanzworkshop-Reihe",
            "summary": "Sechs Workshops",
            "fields_of_action": ["diversity"],
            "expected_participants": "40",
            "starts_on": start.isoformat(),
            "ends_on": start.isoformat(),
        },
    )
    application = Application.objects.get()
    assert response.status_code == 302 and application.status == Status.DRAFT
    data = {
        "cost-TOTAL_FORMS": "2",
        "cost-INITIAL_FORMS": "0",
        "cost-0-category": "fees",
        "cost-0-description": "Honorar",
        "cost-0-quantity": "6",
        "cost-0-unit_price": "700,00",
        "cost-1-category": "rent",
        "cost-1-description": "Saal",
        "cost-1-quantity": "6",
        "cost-1-unit_price": "100",
        "cost-1-price_note": "verglichen",
        "fin-TOTAL_FORMS": "1",
        "fin-INITIAL_FORMS": "0",
        "fin-0-kind": "requested",
        "fin-0-amount": "4.800,00",
    }
    response = client.post(url("plan", pfd.municipality, pk=application.pk), data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.total_cost == Decimal("4800") and application.requested_amount == Decimal("4800")
    line = application.cost_lines.get(category="fees")
    for n in range(3):
        client.post(
            url("add_quote", pfd.municipality, pk=application.pk, line_pk=line.pk),
            {"supplier": f"A{n}", "amount": "4200", "file": pdf()},
        )
    assert line.quotes.count() == 3
    page = client.get(url("plan", pfd.municipality, pk=application.pk))
    assert "ausgeglichen und vollständig" in page.text
    client.post(url("submit", pfd.municipality, pk=application.pk))
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED


def test_plan_form_errors_lose_nothing(client, pfd, org, editor):
    application = draft(pfd, org, editor)
    client.force_login(editor)
    data = {
        "cost-TOTAL_FORMS": "1",
        "cost-INITIAL_FORMS": "0",
        "cost-0-category": "fees",
        "cost-0-description": "Honorar",
        "cost-0-quantity": "1",
        "cost-0-unit_price": "-300",
        "fin-TOTAL_FORMS": "1",
        "fin-INITIAL_FORMS": "0",
        "fin-0-kind": "requested",
        "fin-0-amount": "abc",
    }
    response = client.post(url("plan", pfd.municipality, pk=application.pk), data)
    assert response.status_code == 200
    assert "nicht negativ" in response.text and "Bitte geben Sie einen Betrag ein" in response.text
    assert 'value="Honorar"' in response.text  # what was typed stays in the form
    assert application.cost_lines.count() == 3


def test_quote_upload_must_be_pdf_or_image(client, pfd, org, editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    application = draft(pfd, org, editor)
    line = application.cost_lines.get(category="rent")
    client.force_login(editor)
    fake = SimpleUploadedFile("angebot.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(
        url("add_quote", pfd.municipality, pk=application.pk, line_pk=line.pk),
        {"supplier": "X", "amount": "100", "file": fake},
        follow=True,
    )
    assert "PDF oder ein Bild" in response.text and line.quotes.count() == 0


def test_outsider_and_other_town_see_nothing(client, pfd, other_pfd, org, editor, outsider, other_org):
    application = submitted(pfd, org, editor)
    client.force_login(outsider)
    for name in ("application", "plan", "letter"):
        assert client.get(url(name, pfd.municipality, pk=application.pk)).status_code == 404
    for name in ("office", "lead", "agenda"):
        assert client.get(url(name, pfd.municipality)).status_code == 404
    # The coordination office of Wittenberg does not reach a Dessau application.
    client.force_login(other_pfd.coordination)
    assert client.get(url("check", other_pfd.municipality, pk=application.pk)).status_code == 404
    assert client.get(url("check", pfd.municipality, pk=application.pk)).status_code == 404


def test_coordination_office_asks_for_a_quote_and_sets_the_agenda(client, pfd, org, editor):
    application = submitted(pfd, org, editor)
    client.force_login(pfd.coordination)
    assert "Tanzworkshop-Reihe" in client.get(url("office", pfd.municipality)).text
    client.post(url("request_changes", pfd.municipality, pk=application.pk), {"text": "Bitte ein weiteres Angebot."})
    application.refresh_from_db()
    assert application.status == Status.CHANGES
    client.force_login(editor)
    page = client.get(url("application", pfd.municipality, pk=application.pk))
    assert "Bitte ein weiteres Angebot." in page.text
    change = application.change_requests.get()
    client.post(url("answer", pfd.municipality, pk=application.pk, change_pk=change.pk), {"answer": "Hochgeladen."})
    client.post(url("submit", pfd.municipality, pk=application.pk))
    client.force_login(pfd.coordination)
    client.post(url("put_on_agenda", pfd.municipality, pk=application.pk), {"meeting": pfd.meeting.pk})
    application.refresh_from_db()
    assert application.status == Status.COMPLETE and application.meeting == pfd.meeting


def test_committee_member_declares_conflict_and_is_hidden_from_assessments(client, pfd, org, editor):
    application = on_agenda(pfd, org, editor)
    services.assess(
        application=application,
        member=pfd.members[1],
        scores={"Ist umsetzbar": 5},
        comment="Sehr schöne Idee",
        by=pfd.member_user(1),
    )
    client.force_login(pfd.member_user(0))
    page = client.get(url("committee_application", pfd.municipality, pk=application.pk))
    assert "Sehr schöne Idee" in page.text
    client.post(url("declare_conflict", pfd.municipality, pk=application.pk), {"reason": "member"})
    page = client.get(url("committee_application", pfd.municipality, pk=application.pk))
    assert "befangen" in page.text and "Sehr schöne Idee" not in page.text
    assert "Befangen" in client.get(url("agenda", pfd.municipality)).text
    # The coordination office cannot record a vote for them.
    client.force_login(pfd.coordination)
    prefix = f"a{application.pk}"
    response = client.post(
        url("record_votes", pfd.municipality, pk=pfd.meeting.pk, application_pk=application.pk),
        {f"{prefix}-m{pfd.members[0].pk}": "yes", **{f"{prefix}-m{m.pk}": "yes" for m in pfd.members[1:]}},
        follow=True,
    )
    assert "befangen" in response.text and not Vote.objects.exists()


def test_meeting_votes_recommendation_and_grant(client, pfd, org, editor):
    application = on_agenda(pfd, org, editor)
    services.declare_conflict(application=application, member=pfd.members[0], reason="member", by=pfd.member_user(0))
    client.force_login(pfd.coordination)
    prefix = f"a{application.pk}"
    data = {f"{prefix}-m{m.pk}": "yes" for m in pfd.members[1:]}
    client.post(url("record_votes", pfd.municipality, pk=pfd.meeting.pk, application_pk=application.pk), data)
    assert application.votes.count() == 4
    client.post(
        url("conclude_at_meeting", pfd.municipality, pk=pfd.meeting.pk, application_pk=application.pk),
        {f"c{application.pk}-amount": "4.500,00"},
    )
    application.refresh_from_db()
    assert application.status == Status.RECOMMENDED
    client.force_login(pfd.lead)
    assert "Tanzworkshop-Reihe" in client.get(url("lead", pfd.municipality)).text
    response = client.post(url("decide", pfd.municipality, pk=application.pk), {"decision": "grant", "amount": "5000"})
    assert response.status_code == 200 and "über dem beantragten" in response.text
    response = client.post(url("decide", pfd.municipality, pk=application.pk), {"decision": "grant", "amount": "4500"})
    assert response.status_code == 302
    assert Grant.objects.get().amount == Decimal("4500")
    client.force_login(editor)
    letter = client.get(url("letter", pfd.municipality, pk=application.pk))
    assert letter["Content-Type"] == "application/pdf" and letter.content[:5] == b"%PDF-"


def test_payment_and_report_through_the_pages(client, pfd, org, editor):
    application = granted(pfd, org, editor)
    client.force_login(editor)
    client.post(url("request_payment", pfd.municipality, pk=application.pk), {"amount": "4.500,00"})
    payment = application.grant.payments.get()
    client.force_login(pfd.lead)
    client.post(url("mark_paid", pfd.municipality, pk=payment.pk), {"paid_on": timezone.localdate().isoformat()})
    client.force_login(editor)
    lines = list(application.cost_lines.all())
    data = {
        "narrative": "Es war schön.",
        "participants_under_14": "0",
        "participants_14_17": "20",
        "participants_18_27": "10",
        "participants_over_27": "2",
    }
    data |= {f"actual_{line.pk}": str(line.total).replace(".", ",") for line in lines}
    assert client.post(url("report", pfd.municipality, pk=application.pk), data).status_code == 302
    client.post(
        url("add_receipt", pfd.municipality, pk=application.pk),
        {
            "date": timezone.localdate().isoformat(),
            "payee": "Tanzpädagogin",
            "purpose": "Honorar",
            "amount": "4.500,00",
            "file": pdf("beleg.pdf"),
        },
    )
    client.post(url("submit_report", pfd.municipality, pk=application.pk))
    client.force_login(pfd.coordination)
    assert "SOLL und IST" in client.get(url("check_report", pfd.municipality, pk=application.pk)).text
    client.post(url("decide_report", pfd.municipality, pk=application.pk), {"decision": "accept"})
    application.refresh_from_db()
    assert application.status == Status.CLOSED
    export = client.get(url("receipts_export", pfd.municipality, pk=application.pk, format="csv"))
    assert "Tanzpädagogin" in export.content.decode("utf-8-sig")
    year = application.fund.year
    export = client.get(url("export", pfd.municipality, year=year, format="xlsx"))
    assert export.status_code == 200 and export.content[:2] == b"PK"
    assert client.get(url("export", pfd.municipality, year=year, format="exe")).status_code == 404
    assert "Es war schön" not in client.get(url("projects", pfd.municipality)).text  # the Sachbericht is internal


def test_office_list_and_agenda_queries_are_fixed(client, pfd, org, editor, django_assert_max_num_queries):
    for n in range(4):
        on_agenda(pfd, org, editor, title=f"Projekt {n}")
    client.force_login(pfd.coordination)
    with django_assert_max_num_queries(20):
        assert client.get(url("office", pfd.municipality), {"year": pfd.fund.year}).status_code == 200
    client.force_login(pfd.member_user(2))
    with django_assert_max_num_queries(14):
        assert client.get(url("agenda", pfd.municipality)).status_code == 200
    for n in range(4, 10):
        on_agenda(pfd, org, editor, title=f"Projekt {n}")
    client.force_login(pfd.coordination)
    with django_assert_max_num_queries(20):
        client.get(url("office", pfd.municipality), {"year": pfd.fund.year})


def test_informal_group_with_carrier(client, pfd, dessau, outsider):
    carrier = make_org(dessau, "AWO Kreisverband Dessau")
    client.force_login(outsider)
    start = project_start()
    response = client.post(
        url("create", pfd.municipality, fund_pk=pfd.youth_fund.pk),
        {
            "group_name": "Jugendclub Roßlau",
            "contact_name": "Mo",
            "contact_email": "mo@example.org",
            "title": "Graffiti",
            "summary": "Wand",
            "expected_participants": "12",
            "starts_on": start.isoformat(),
            "ends_on": start.isoformat(),
        },
    )
    assert response.status_code == 200 and "braucht einen Träger" in response.text
    response = client.post(
        url("create", pfd.municipality, fund_pk=pfd.youth_fund.pk),
        {
            "group_name": "Jugendclub Roßlau",
            "carrier": carrier.pk,
            "contact_name": "Mo",
            "contact_email": "mo@example.org",
            "title": "Graffiti",
            "summary": "Wand",
            "expected_participants": "12",
            "starts_on": start.isoformat(),
            "ends_on": start.isoformat(),
        },
    )
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.carrier == carrier and application.applicant == outsider
    page = client.get(url("create", pfd.municipality, fund_pk=pfd.youth_fund.pk))
    assert "Wie heißt Ihr Projekt?" in page.text  # the short form in plain language


def test_recommended_page_for_lead_only(client, pfd, org, editor):
    application = recommended(pfd, org, editor)
    client.force_login(pfd.coordination)
    assert client.get(url("decide", pfd.municipality, pk=application.pk)).status_code == 404
    client.force_login(pfd.lead)
    assert client.get(url("decide", pfd.municipality, pk=application.pk)).status_code == 200
