"""Builders for the tests of the Partnerschaft für Demokratie: a PfD with its offices, a
Begleitausschuss of five voting members (three from civil society) and one advisory member,
a Jugendforum, this year's funds, and applications in each state of the cycle."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from engagiert.core.models import Municipality, Role
from engagiert.funding import services
from engagiert.funding.models import Application, Committee, Fund, Meeting, Membership, Office, Partnership
from engagiert.testing import make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name: str = "angebot.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def project_start() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=40)


class PfD:
    """A PfD of `municipality` with its people (users by part)."""

    def __init__(self, municipality: Municipality, *, tag: str = "") -> None:
        slug = municipality.slug + tag
        self.municipality = municipality
        self.partnership = Partnership.objects.create(
            municipality=municipality,
            lead_office="Amt für Soziales und Integration",
            lead_office_email=f"amt@{slug}.example",
            coordination_office="Koordinierungs- und Fachstelle",
            coordination_email=f"fachstelle@{slug}.example",
        )
        self.coordination = make_user(f"fachstelle-person@{slug}.example")
        self.lead = make_user(f"amt-person@{slug}.example")
        Office.objects.create(partnership=self.partnership, user=self.coordination, kind=Office.Kind.COORDINATION)
        Office.objects.create(partnership=self.partnership, user=self.lead, kind=Office.Kind.LEAD)
        self.committee = Committee.objects.create(
            partnership=self.partnership, kind=Committee.Kind.COMMITTEE, name="Begleitausschuss", quorum=3
        )
        self.youth = Committee.objects.create(
            partnership=self.partnership, kind=Committee.Kind.YOUTH, name="Jugendforum", quorum=2
        )
        sectors = ["civil", "civil", "civil", "council", "administration"]
        self.members = []
        for n, sector in enumerate(sectors):
            user = make_user(f"mitglied{n}@{slug}.example")
            Role.objects.get_or_create(user=user, municipality=municipality, kind=Role.Kind.COMMITTEE_MEMBER)
            self.members.append(
                Membership.objects.create(
                    committee=self.committee, user=user, name=f"Mitglied {n}", sector=sector, voting=True
                )
            )
        self.advisory = Membership.objects.create(
            committee=self.committee,
            user=make_user(f"beratend@{slug}.example"),
            name="Beratend",
            sector="administration",
            voting=False,
        )
        # The year the test projects run in (they start in 40 days; in December that is next year).
        year = project_start().year
        self.fund = Fund.objects.create(
            partnership=self.partnership,
            municipality=municipality,
            year=year,
            kind=Fund.Kind.ACTION,
            name="Aktions- und Initiativfonds",
            budget=Decimal("20000"),
            project_limit=Decimal("5000"),
            committee=self.committee,
            criteria="Passt zu den Zielen\nIst umsetzbar\nKosten angemessen",
        )
        self.youth_fund = Fund.objects.create(
            partnership=self.partnership,
            municipality=municipality,
            year=year,
            kind=Fund.Kind.YOUTH,
            name="Jugendfonds",
            budget=Decimal("5000"),
            project_limit=Decimal("1000"),
            committee=self.youth,
            max_applicant_age=27,
            plain_language=True,
        )
        self.meeting = Meeting.objects.create(
            committee=self.committee,
            starts_at=timezone.now() + datetime.timedelta(days=20),
            submission_deadline=timezone.localdate() + datetime.timedelta(days=6),
            place="Rathaus, Zerbster Straße 4",
        )

    def member_user(self, n: int):
        return self.members[n].user


def draft(pfd: PfD, org, applicant, *, fund: Fund | None = None, title: str = "Tanzworkshop-Reihe") -> Application:
    fund = fund or pfd.fund
    start = project_start()
    application = services.save_application(
        fund=fund,
        by=applicant,
        data={
            "organisation": org,
            "contact_name": "Lea Schmidt",
            "contact_email": "lea@one-community.example",
            "title": title,
            "summary": "Sechs Tanzworkshops für junge Menschen aus aller Welt in Dessau-Roßlau.",
            "goals": "Begegnung, Vielfalt sichtbar machen",
            "fields_of_action": ["diversity", "participation"],
            "target_group": "Jugendliche",
            "expected_participants": 40,
            "place": "Beatclub Dessau",
            "starts_on": start,
            "ends_on": start + datetime.timedelta(days=20),
            "young_applicants": True,
        },
    )
    services.save_plan(
        application=application,
        by=applicant,
        cost_lines=[
            {
                "category": "fees",
                "description": "Honorar Tanzpädagogin",
                "quantity": Decimal("6"),
                "unit_price": Decimal("500"),
                "price_note": "",
            },
            {
                "category": "rent",
                "description": "Saalmiete",
                "quantity": Decimal("6"),
                "unit_price": Decimal("150"),
                "price_note": "Drei Säle verglichen",
            },
            {
                "category": "publicity",
                "description": "Plakate und Flyer",
                "quantity": Decimal("1"),
                "unit_price": Decimal("900"),
                "price_note": "Zwei Druckereien angefragt",
            },
        ],
        financing=[
            {"kind": "volunteer", "description": "20 Stunden Orga", "amount": Decimal("300")},
            {"kind": "requested", "description": "", "amount": Decimal("4500")},
        ],
    )
    fees = application.cost_lines.get(category="fees")
    for n in range(3):
        services.add_quote(cost_line=fees, by=applicant, supplier=f"Anbieter {n}", amount=Decimal("3000"), file=pdf())
    application.refresh_from_db()
    return application


def submitted(pfd: PfD, org, applicant, **kwargs) -> Application:
    application = draft(pfd, org, applicant, **kwargs)
    services.submit(application=application, by=applicant)
    application.refresh_from_db()
    return application


def on_agenda(pfd: PfD, org, applicant, **kwargs) -> Application:
    application = submitted(pfd, org, applicant, **kwargs)
    services.put_on_agenda(application=application, meeting=pfd.meeting, by=pfd.coordination)
    application.refresh_from_db()
    return application


def recommended(pfd: PfD, org, applicant, *, amount: Decimal = Decimal("4500"), **kwargs) -> Application:
    application = on_agenda(pfd, org, applicant, **kwargs)
    services.record_votes(application=application, votes={m.pk: "yes" for m in pfd.members[:4]}, by=pfd.coordination)
    services.conclude(application=application, by=pfd.coordination, amount=amount)
    application.refresh_from_db()
    return application


def granted(pfd: PfD, org, applicant, *, amount: Decimal = Decimal("4500"), **kwargs) -> Application:
    application = recommended(pfd, org, applicant, amount=amount, **kwargs)
    services.decide_grant(application=application, by=pfd.lead, approve=True, amount=amount)
    application.refresh_from_db()
    return application
