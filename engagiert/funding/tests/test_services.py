"""The rules of the cycle: plan balance and limits, quotes, dates, conflicts, quorum, the
grant and its budget, payments and the Verwendungsnachweis, retention."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from engagiert.core.models import AuditRecord
from engagiert.directory.models import ContactPerson
from engagiert.funding import selectors, services
from engagiert.funding.models import Application, ConflictDeclaration, Grant, Report, Vote
from engagiert.funding.services import FundingError

from .factories import draft, granted, on_agenda, pdf, recommended, submitted

pytestmark = pytest.mark.django_db
Status = Application.Status


def test_plan_balances_and_counts(pfd, org, editor):
    application = draft(pfd, org, editor)
    assert application.total_cost == Decimal("4800.00")
    assert application.requested_amount == Decimal("4500.00")
    assert services.plan_problems(application) == []


def test_unbalanced_plan_is_saved_as_draft_but_cannot_be_submitted(pfd, org, editor):
    application = draft(pfd, org, editor)
    services.save_plan(
        application=application,
        by=editor,
        cost_lines=[
            {
                "category": "rent",
                "description": "Saal",
                "quantity": Decimal("1"),
                "unit_price": Decimal("800"),
                "price_note": "verglichen",
            }
        ],
        financing=[{"kind": "requested", "amount": Decimal("700")}],
    )
    problems = services.plan_problems(application)
    assert any("nicht ausgeglichen" in p for p in problems)
    with pytest.raises(FundingError, match="nicht ausgeglichen"):
        services.submit(application=application, by=editor)
    application.refresh_from_db()
    assert application.status == Status.DRAFT


def test_request_above_fund_limit_is_refused_and_nothing_saved(pfd, org, editor):
    application = draft(pfd, org, editor)
    with pytest.raises(FundingError, match="Höchstbetrag"):
        services.save_plan(
            application=application,
            by=editor,
            cost_lines=[
                {
                    "category": "fees",
                    "description": "Honorar",
                    "quantity": Decimal("1"),
                    "unit_price": Decimal("6000"),
                    "price_note": "",
                }
            ],
            financing=[{"kind": "requested", "amount": Decimal("6000")}],
        )
    application.refresh_from_db()
    assert application.total_cost == Decimal("4800.00") and application.cost_lines.count() == 3


@pytest.mark.parametrize("price", [Decimal("-5"), Decimal("2000000")])
def test_negative_or_absurd_amounts(pfd, org, editor, price):
    application = draft(pfd, org, editor)
    with pytest.raises(FundingError):
        services.save_plan(
            application=application,
            by=editor,
            cost_lines=[{"category": "fees", "description": "x", "quantity": Decimal("1"), "unit_price": price}],
            financing=[],
        )
    assert application.cost_lines.count() == 3


def test_lines_above_threshold_need_three_quotes_below_a_note(pfd, org, editor):
    application = draft(pfd, org, editor)
    fees = application.cost_lines.get(category="fees")
    fees.quotes.first().delete()
    rent = application.cost_lines.get(category="rent")
    rent.price_note = ""
    rent.save()
    problems = " ".join(services.plan_problems(application))
    assert "drei Angebote" in problems and "Preise verglichen" in problems


def test_volunteer_work_only_where_allowed(pfd, org, editor):
    pfd.fund.volunteer_work_allowed = False
    pfd.fund.save()
    # draft() values volunteer work among the own funds: refused here.
    with pytest.raises(FundingError, match="ehrenamtliche Arbeit"):
        draft(pfd, org, editor)


def test_start_in_the_past_needs_early_start(pfd, org, editor):
    application = draft(pfd, org, editor)
    application.starts_on = timezone.localdate() - datetime.timedelta(days=3)
    application.save()
    with pytest.raises(FundingError, match="Vergangenheit"):
        services.submit(application=application, by=editor)
    application.early_start_requested = True
    application.save()
    services.submit(application=application, by=editor)


def test_end_before_start_is_refused(pfd, org, editor):
    application = draft(pfd, org, editor)
    with pytest.raises(FundingError, match="vor dem Beginn"):
        services.save_application(
            application=application, by=editor, data={"ends_on": application.starts_on - datetime.timedelta(days=1)}
        )


def test_submission_mails_the_coordination_office(pfd, org, editor):
    submitted(pfd, org, editor)
    assert any("fachstelle@" in m.to[0] for m in mail.outbox)


def test_change_request_answered_then_resubmitted(pfd, org, editor):
    application = submitted(pfd, org, editor)
    services.request_changes(application=application, by=pfd.coordination, text="Bitte ein drittes Angebot.")
    application.refresh_from_db()
    assert application.status == Status.CHANGES and application.editable
    with pytest.raises(FundingError, match="Rückfragen"):
        services.submit(application=application, by=editor)
    services.answer_change(change=application.change_requests.get(), by=editor, answer="Ist hochgeladen.")
    services.submit(application=application, by=editor)
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED


def test_conflict_detected_through_directory_editorship(pfd, org, editor):
    # Member 0 edits the applicant's directory entry, member 1 is its contact person.
    from engagiert.directory.models import OrganisationEditor

    OrganisationEditor.objects.create(organisation=org, user=pfd.member_user(0), status="active")
    ContactPerson.objects.create(organisation=org, name="Mitglied 1", email=pfd.member_user(1).email)
    application = on_agenda(pfd, org, editor)
    conflicted = set(application.conflicts.values_list("member_id", flat=True))
    assert conflicted == {pfd.members[0].pk, pfd.members[1].pk}
    assert all(c.detected for c in application.conflicts.all())


def test_conflicted_member_cannot_vote_nor_see_assessments(pfd, org, editor):
    application = on_agenda(pfd, org, editor)
    services.assess(
        application=application, member=pfd.members[1], scores={"a": 4}, comment="gut", by=pfd.member_user(1)
    )
    services.declare_conflict(application=application, member=pfd.members[0], reason="member", by=pfd.member_user(0))
    assert selectors.visible_assessments(application, pfd.members[0]) == []
    assert len(selectors.visible_assessments(application, pfd.members[2])) == 1
    with pytest.raises(FundingError, match="befangen"):
        services.record_votes(application=application, votes={pfd.members[0].pk: "yes"}, by=pfd.coordination)
    with pytest.raises(FundingError, match="befangen"):
        services.assess(application=application, member=pfd.members[0], scores={}, comment="", by=pfd.member_user(0))
    assert not Vote.objects.filter(application=application).exists()  # nothing half-saved


def test_second_vote_and_advisory_vote_refused(pfd, org, editor):
    application = on_agenda(pfd, org, editor)
    services.record_votes(application=application, votes={pfd.members[2].pk: "yes"}, by=pfd.coordination)
    with pytest.raises(FundingError, match="schon abgestimmt"):
        services.record_votes(application=application, votes={pfd.members[2].pk: "no"}, by=pfd.coordination)
    with pytest.raises(FundingError, match="beratendes"):
        services.record_votes(application=application, votes={pfd.advisory.pk: "yes"}, by=pfd.coordination)
    assert application.votes.count() == 1


def test_quorum_is_checked_and_minutes_record_conflicts(pfd, org, editor):
    application = on_agenda(pfd, org, editor)
    services.declare_conflict(application=application, member=pfd.members[0], reason="employee", by=pfd.member_user(0))
    services.record_votes(
        application=application, votes={pfd.members[1].pk: "yes", pfd.members[2].pk: "yes"}, by=pfd.coordination
    )
    with pytest.raises(FundingError, match="nicht beschlussfähig"):
        services.conclude(application=application, by=pfd.coordination)
    services.record_votes(application=application, votes={pfd.members[3].pk: "no"}, by=pfd.coordination)
    recommendation = services.conclude(application=application, by=pfd.coordination, amount=Decimal("4500"))
    assert recommendation.recommended and recommendation.yes == 2 and recommendation.no == 1
    assert "Mitglied 0" in recommendation.minutes and recommendation.conflicted == 1


def test_circulation_vote_before_deadline_only(pfd, org, editor):
    meeting = services.create_meeting(
        committee=pfd.committee,
        by=pfd.coordination,
        starts_at=timezone.now() + datetime.timedelta(hours=1),
        circulation=True,
    )
    application = submitted(pfd, org, editor)
    services.put_on_agenda(application=application, meeting=meeting, by=pfd.coordination)
    services.cast_vote(application=application, member=pfd.members[0], choice="yes", by=pfd.member_user(0))
    with pytest.raises(FundingError, match="schon abgestimmt"):
        services.cast_vote(application=application, member=pfd.members[0], choice="no", by=pfd.member_user(0))
    late = meeting.vote_deadline + datetime.timedelta(minutes=1)
    with pytest.raises(FundingError, match="Frist"):
        services.cast_vote(
            application=application, member=pfd.members[1], choice="yes", by=pfd.member_user(1), now=late
        )


def test_grant_is_a_separate_step_and_may_be_reduced(pfd, org, editor):
    application = recommended(pfd, org, editor)
    assert application.status == Status.RECOMMENDED and not Grant.objects.exists()
    grant = services.decide_grant(
        application=application, by=pfd.lead, approve=True, amount=Decimal("4000"), conditions="Logo auf Plakaten"
    )
    application.refresh_from_db()
    assert application.status == Status.GRANTED and grant.amount == Decimal("4000")
    assert AuditRecord.objects.filter(action="funding.grant", actor=pfd.lead).exists()
    letter = [m for m in mail.outbox if m.to == [editor.email] and m.attachments]
    assert letter and letter[0].attachments[0][0] == f"zuwendungsbescheid-{application.pk}.pdf"
    assert letter[0].attachments[0][1][:5] == b"%PDF-"


def test_grant_above_recommendation_needs_a_reason(pfd, org, editor):
    application = recommended(pfd, org, editor, amount=Decimal("4000"))
    with pytest.raises(FundingError, match="über der Empfehlung"):
        services.decide_grant(application=application, by=pfd.lead, approve=True, amount=Decimal("4500"))
    assert not Grant.objects.exists()
    services.decide_grant(
        application=application, by=pfd.lead, approve=True, amount=Decimal("4500"), reason="Preise gestiegen"
    )


def test_refusal_needs_a_reason(pfd, org, editor):
    application = recommended(pfd, org, editor)
    with pytest.raises(FundingError, match="begründen"):
        services.decide_grant(application=application, by=pfd.lead, approve=False)
    services.decide_grant(application=application, by=pfd.lead, approve=False, reason="Kein Bezug zum Programm")
    application.refresh_from_db()
    assert application.status == Status.REFUSED


def test_grant_never_takes_the_fund_below_zero(pfd, org, editor):
    pfd.fund.budget = Decimal("6000")
    pfd.fund.save()
    first = recommended(pfd, org, editor, title="Erstes")
    second = recommended(pfd, org, editor, title="Zweites")
    services.decide_grant(application=first, by=pfd.lead, approve=True)
    with pytest.raises(FundingError, match="nur noch"):
        services.decide_grant(application=second, by=pfd.lead, approve=True)
    figures = selectors.figures(pfd.fund)
    assert figures.available == Decimal("1500") and figures.granted == Decimal("4500")


def test_fund_figures(pfd, org, editor):
    application = granted(pfd, org, editor)
    submitted(pfd, org, editor, title="Noch offen")
    payment = services.request_payment(grant=application.grant, by=editor, amount=Decimal("3000"))
    services.mark_paid(payment=payment, by=pfd.lead, paid_on=timezone.localdate())
    figures = selectors.figures(pfd.fund)
    assert figures.requested == Decimal("9000")
    assert figures.recommended == Decimal("4500")
    assert figures.granted == Decimal("4500")
    assert figures.paid == Decimal("3000")
    assert figures.available == Decimal("15500")


def test_payment_requests_within_the_grant(pfd, org, editor):
    application = granted(pfd, org, editor)
    services.request_payment(grant=application.grant, by=editor, amount=Decimal("4000"))
    with pytest.raises(FundingError, match="höchstens noch"):
        services.request_payment(grant=application.grant, by=editor, amount=Decimal("600"))


def test_spending_reminder_sent_once(pfd, org, editor):
    application = granted(pfd, org, editor)
    payment = services.request_payment(grant=application.grant, by=editor, amount=Decimal("4500"))
    services.mark_paid(payment=payment, by=pfd.lead, paid_on=timezone.localdate() - datetime.timedelta(days=36))
    mail.outbox.clear()
    assert services.send_reminders(today=timezone.localdate())["spending"] == 1
    assert services.send_reminders(today=timezone.localdate())["spending"] == 0
    assert len(mail.outbox) == 1


def _report(pfd, org, editor, *, paid=Decimal("4500"), spent=(Decimal("4000"),)):
    application = granted(pfd, org, editor)
    payment = services.request_payment(grant=application.grant, by=editor, amount=paid)
    services.mark_paid(payment=payment, by=pfd.lead, paid_on=timezone.localdate())
    report = services.report_for(application)
    services.save_report(
        report=report,
        by=editor,
        data={"narrative": "Sechs Workshops, eine Aufführung.", "participants_14_17": 20, "participants_18_27": 18},
        actuals={line.pk: line.total for line in application.cost_lines.all()},
    )
    for amount in spent:
        services.add_receipt(
            report=report,
            by=editor,
            data={
                "date": timezone.localdate(),
                "payee": "Tanzpädagogin",
                "purpose": "Honorar",
                "amount": amount,
                "file": pdf("beleg.pdf"),
            },
        )
    return application, report


def test_report_with_surplus_shows_repayment_and_is_accepted(pfd, org, editor):
    application, report = _report(pfd, org, editor)
    services.submit_report(report=report, by=editor)
    report.refresh_from_db()
    assert report.repayment == Decimal("500")
    services.request_corrections(report=report, by=pfd.coordination, note="Beleg 1 unleserlich")
    report.refresh_from_db()
    assert report.status == Report.Status.CORRECTIONS
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=pfd.coordination)
    application.refresh_from_db()
    assert application.status == Status.CLOSED
    services.mark_repaid(report=report, by=pfd.lead, repaid_on=timezone.localdate())
    assert selectors.figures(pfd.fund).returned == Decimal("500")


def test_report_needs_narrative_actuals_and_receipts(pfd, org, editor):
    application = granted(pfd, org, editor)
    report = services.report_for(application)
    with pytest.raises(FundingError) as error:
        services.submit_report(report=report, by=editor)
    assert "Sachbericht" in str(error.value) and "IST" in str(error.value) and "Belege" in str(error.value)


def test_funding_figures_for_the_dashboard(pfd, org, editor):
    application, report = _report(pfd, org, editor)
    services.submit_report(report=report, by=editor)
    services.accept_report(report=report, by=pfd.coordination)
    year = timezone.localdate().year
    figures = selectors.funding_figures(
        pfd.municipality, datetime.date(year - 1, 1, 1), datetime.date(year + 1, 12, 31)
    )
    assert figures["funded_projects"] == 1 and figures["participants"] == 38
    by_field = {row["key"]: row["projects"] for row in figures["projects_by_field_of_action"]}
    assert by_field["diversity"] == 1 and by_field["democracy"] == 0


def test_retention_deletes_rejected_after_a_year_and_granted_after_ten(pfd, org, editor):
    refused = recommended(pfd, org, editor, title="Abgelehnt")
    services.decide_grant(application=refused, by=pfd.lead, approve=False, reason="passt nicht")
    kept = granted(pfd, org, editor, title="Gefördert")
    today = timezone.localdate()
    assert services.purge(today=today) == {"rejected": 0, "granted": 0}
    assert services.purge(today=today + datetime.timedelta(days=370))["rejected"] == 1
    assert Application.objects.filter(pk=kept.pk).exists()
    assert services.purge(today=today.replace(year=today.year + 11))["granted"] == 1
    assert not Application.objects.exists()


def test_detected_conflict_recorded_once(pfd, org, editor):
    from engagiert.directory.models import OrganisationEditor

    OrganisationEditor.objects.create(organisation=org, user=pfd.member_user(3), status="active")
    application = on_agenda(pfd, org, editor)
    services.detect_conflicts(application=application)
    assert ConflictDeclaration.objects.filter(application=application).count() == 1


def test_daily_commands_run(pfd, org, editor):
    from io import StringIO

    from django.core.management import call_command

    granted(pfd, org, editor)
    out = StringIO()
    call_command("purge_funding_applications", stdout=out)
    call_command("send_funding_reminders", stdout=out)
    assert "rejected/withdrawn: 0, granted: 0" in out.getvalue() and "spending: 0" in out.getvalue()
    assert Application.objects.count() == 1
