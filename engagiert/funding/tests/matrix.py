"""The Partnerschaft für Demokratie's URLs in the permission matrix (tests/test_permission_matrix.py).

In this world the coordinator works in both offices of Dessau-Roßlau's PfD (coordination and
lead office), the volunteer sits in its Begleitausschuss, the editor of One Community Projekt
has a granted application with a report. Platform admins hold both offices but no seat."""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from engagiert.funding import services
from engagiert.funding.models import Membership, Office
from engagiert.funding.tests.factories import PfD, granted, pdf
from engagiert.testing import MatrixWorld, everyone, signed_in

SIGNED_IN_POST = signed_in(405)
APPLICANT = {**everyone(404), "anonymous": 302, "editor": 200, "admin": 200}
OFFICES = {**everyone(404), "anonymous": 302, "coordinator": 200, "admin": 200}
OFFICES_POST = {**OFFICES, "coordinator": 405, "admin": 405}
READERS = {**APPLICANT, "coordinator": 200}
READERS_AND_COMMITTEE = {**READERS, "volunteer": 200}
COMMITTEE = {**everyone(404), "anonymous": 302, "volunteer": 200}
COMMITTEE_POST = {**COMMITTEE, "volunteer": 405}

MATRIX: dict[str, dict[str, int]] = {
    "funding:index": everyone(200),
    "funding:fund": everyone(200),
    "funding:projects": everyone(200),
    "funding:mine": signed_in(200),
    "funding:create": signed_in(200),
    "funding:application": APPLICANT,
    # A granted application cannot be edited: the form sends back to the application.
    "funding:edit": {**APPLICANT, "editor": 302, "admin": 302},
    "funding:plan": APPLICANT,
    "funding:add_quote": SIGNED_IN_POST,
    "funding:remove_quote": SIGNED_IN_POST,
    "funding:quote_file": READERS_AND_COMMITTEE,
    "funding:submit": SIGNED_IN_POST,
    "funding:withdraw": SIGNED_IN_POST,
    "funding:answer": SIGNED_IN_POST,
    "funding:letter": READERS_AND_COMMITTEE,
    "funding:request_payment": SIGNED_IN_POST,
    "funding:report": APPLICANT,
    "funding:add_receipt": SIGNED_IN_POST,
    "funding:remove_receipt": SIGNED_IN_POST,
    "funding:receipt_file": READERS,
    "funding:add_photo": SIGNED_IN_POST,
    "funding:submit_report": SIGNED_IN_POST,
    "funding:receipts_export": READERS,
    "funding:agenda": COMMITTEE,
    "funding:committee_application": COMMITTEE,
    "funding:declare_conflict": COMMITTEE_POST,
    "funding:assess": COMMITTEE_POST,
    "funding:vote": COMMITTEE_POST,
    "funding:office": OFFICES,
    "funding:check": OFFICES,
    "funding:request_changes": OFFICES_POST,
    "funding:approve_early_start": OFFICES_POST,
    "funding:put_on_agenda": OFFICES_POST,
    "funding:conclude": OFFICES_POST,
    "funding:check_report": OFFICES,
    "funding:decide_report": OFFICES_POST,
    "funding:meetings": OFFICES,
    "funding:meeting": OFFICES,
    "funding:record_votes": OFFICES_POST,
    "funding:conclude_at_meeting": OFFICES_POST,
    "funding:export": OFFICES,
    "funding:lead": OFFICES,
    "funding:decide": OFFICES,
    "funding:mark_paid": OFFICES_POST,
    "funding:mark_repaid": OFFICES_POST,
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    muni = world.dessau.slug
    pfd = PfD(world.dessau)
    for kind in (Office.Kind.COORDINATION, Office.Kind.LEAD):
        Office.objects.create(partnership=pfd.partnership, user=world.users["coordinator"], kind=kind)
    Membership.objects.create(
        committee=pfd.committee, user=world.users["volunteer"], name="Freiwillige", sector="civil", voting=True
    )
    application = granted(pfd, world.org, world.users["editor"])
    payment = services.request_payment(grant=application.grant, by=world.users["editor"], amount=Decimal("100"))
    report = services.report_for(application)
    receipt = services.add_receipt(
        report=report,
        by=world.users["editor"],
        data={
            "date": timezone.localdate(),
            "payee": "Druckerei",
            "purpose": "Plakate",
            "amount": Decimal("90"),
            "file": pdf(),
        },
    )
    quote = application.cost_lines.get(category="fees").quotes.first()
    line = application.cost_lines.first()
    app = {"municipality": muni, "pk": application.pk}
    return {
        "funding:fund": {"municipality": muni, "pk": pfd.fund.pk},
        "funding:create": {"municipality": muni, "fund_pk": pfd.fund.pk},
        **{
            f"funding:{name}": app
            for name in (
                "application",
                "edit",
                "plan",
                "submit",
                "withdraw",
                "letter",
                "request_payment",
                "report",
                "add_receipt",
                "add_photo",
                "submit_report",
                "committee_application",
                "declare_conflict",
                "assess",
                "vote",
                "check",
                "request_changes",
                "approve_early_start",
                "put_on_agenda",
                "conclude",
                "check_report",
                "decide_report",
                "decide",
                "mark_repaid",
            )
        },
        "funding:add_quote": {**app, "line_pk": line.pk},
        "funding:remove_quote": {**app, "quote_pk": quote.pk},
        "funding:quote_file": {**app, "quote_pk": quote.pk},
        "funding:answer": {**app, "change_pk": 1},
        "funding:remove_receipt": {**app, "receipt_pk": receipt.pk},
        "funding:receipt_file": {**app, "receipt_pk": receipt.pk},
        "funding:receipts_export": {**app, "format": "csv"},
        "funding:meeting": {"municipality": muni, "pk": pfd.meeting.pk},
        "funding:record_votes": {"municipality": muni, "pk": pfd.meeting.pk, "application_pk": application.pk},
        "funding:conclude_at_meeting": {"municipality": muni, "pk": pfd.meeting.pk, "application_pk": application.pk},
        "funding:export": {"municipality": muni, "year": application.fund.year, "format": "xlsx"},
        "funding:mark_paid": {"municipality": muni, "pk": payment.pk},
    }
