"""The demo: every state of the cycle over two years, and the newcomer's walk through the
dance workshop series of One Community Projekt from the coordination office's question to
the accepted Verwendungsnachweis (the issue's "Done when", through the services)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from engagiert.core.models import User
from engagiert.demo.loader import load
from engagiert.funding import selectors, services
from engagiert.funding.models import Application, Membership, Report
from engagiert.funding.tests.factories import pdf

pytestmark = pytest.mark.django_db


def test_demo_states_and_the_newcomers_walk():
    load()
    load()  # loading again replaces, and does not add
    applications = Application.objects.filter(municipality__slug="dessau-rosslau")
    states = set(applications.values_list("status", flat=True))
    assert states == set(Application.Status.values)
    assert len({a.fund.year for a in applications.select_related("fund")}) == 2
    assert Report.objects.filter(status="submitted").exists() and Report.objects.filter(status="accepted").exists()
    committee = applications.first().fund.partnership.committees.get(kind="committee")
    civil, total, majority = selectors.civil_society_majority(committee)
    assert majority and civil == 6 and total == 10

    dance = applications.get(title__startswith="Tanzworkshop-Reihe")
    assert dance.total_cost == Decimal("4800.00") and dance.status == "submitted"
    assert services.plan_problems(dance) == []
    applicant = User.objects.get(email="redaktion@one-community.example")
    coordination = User.objects.get(email="fachstelle-pfd@dessau-rosslau.example")
    lead = User.objects.get(email="amt-pfd@dessau-rosslau.example")
    services.request_changes(
        application=dance, by=coordination, text="Bitte laden Sie ein Angebot für die Musikanlage hoch."
    )
    services.answer_change(change=dance.change_requests.get(), by=applicant, answer="Angebot ist hochgeladen.")
    services.submit(application=dance, by=applicant)
    meeting = committee.meetings.filter(closed=False).get()
    services.put_on_agenda(application=dance, meeting=meeting, by=coordination)
    lange = Membership.objects.get(committee=committee, name="Miriam Lange")
    assert dance.conflicts.get().member == lange  # she edits One Community Projekt's entry
    voting = committee.members.filter(voting=True).exclude(pk=lange.pk)
    services.record_votes(application=dance, votes={m.pk: "yes" for m in voting}, by=coordination)
    services.conclude(application=dance, by=coordination, amount=Decimal("4500"))
    services.decide_grant(application=dance, by=lead, approve=True, amount=Decimal("4500"))
    dance.refresh_from_db()
    payment = services.request_payment(grant=dance.grant, by=applicant, amount=Decimal("4500"))
    services.mark_paid(payment=payment, by=lead, paid_on=timezone.localdate())
    report = services.report_for(dance)
    services.save_report(
        report=report,
        by=applicant,
        data={"narrative": "Sechs Workshops, 38 Tänzerinnen und Tänzer.", "participants_18_27": 38},
        actuals={line.pk: line.total for line in dance.cost_lines.all()},
    )
    services.add_receipt(
        report=report,
        by=applicant,
        data={
            "date": timezone.localdate(),
            "payee": "Tanzpädagogin",
            "purpose": "Honorar",
            "amount": Decimal("4500"),
            "file": pdf(),
        },
    )
    services.submit_report(report=report, by=applicant)
    services.accept_report(report=report, by=coordination)
    dance.refresh_from_db()
    assert dance.status == "closed"
    assert dance in selectors.funded_projects(dance.municipality)
