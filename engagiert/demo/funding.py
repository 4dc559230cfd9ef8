"""Demo data of the Partnerschaft für Demokratie Dessau-Roßlau: the offices, a Begleitausschuss
with a civil-society majority and an advisory member, a Jugendforum, funds of two years with
projects in every state, and One Community Projekt's dance workshop series (4,800 EUR)
submitted and waiting for the coordination office, where a newcomer can walk the whole cycle.
Loading again replaces the PfD's applications, meetings and funds with fresh ones relative to
the day (the bodies and people are kept)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from engagiert.core.models import Municipality, User
from engagiert.demo.clock import at, days
from engagiert.directory.models import Organisation, OrganisationEditor
from engagiert.funding import services
from engagiert.funding.models import (
    Application,
    Assessment,
    Call,
    ChangeRequest,
    Committee,
    ConflictDeclaration,
    CostLine,
    FinancingLine,
    Fund,
    Grant,
    Meeting,
    Membership,
    Office,
    Partnership,
    PaymentRequest,
    Quote,
    Receipt,
    Recommendation,
    Report,
    Vote,
)

Status = Application.Status
PDF = b"%PDF-1.4\n% Demo-Beleg\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

INTRO = (
    "Sie setzen sich für eine offene und demokratische Gesellschaft in Dessau-Roßlau ein und haben eine Idee, "
    "wie wir das Zusammenleben in unserer Stadt gemeinsam verbessern können? Die Partnerschaft für Demokratie "
    "fördert kleine Projekte aus dem Aktions- und Initiativfonds und dem Jugendfonds – im Bundesprogramm "
    "„Demokratie leben!“."
)

# (name, represents, sector, voting); the first seat is the demo login of the Begleitausschuss.
COMMITTEE = [
    ("Dr. Katrin Albrecht", "Multikulturelles Zentrum Dessau e.V.", "civil", True),
    ("Jonas Weber", "Stadtjugendring Dessau-Roßlau e.V.", "civil", True),
    ("Amira Haddad", "Deutsch-Arabischer Kulturverein Brücke e.V.", "civil", True),
    ("Olena Kovalenko", "Ukrainische Gemeinschaft Dessau-Roßlau e.V.", "civil", True),
    ("Peter Sommer", "Evangelische Kirchengemeinde St. Johannis Dessau", "civil", True),
    ("Miriam Lange", "Tanzwerkstatt Anhalt e.V.", "civil", True),
    ("Thomas Krüger", "Stadtrat", "council", True),
    ("Sabine Hoffmann", "Stadtrat", "council", True),
    ("Frank Neumann", "Amt für Soziales und Integration", "administration", True),
    ("Lena Vogt", "Jugendforum Dessau-Roßlau", "youth", True),
    ("Heike Brandt", "Integrationsbeauftragte der Stadt", "administration", False),
]
YOUTH = [
    ("Noah Schulze", "Jugendforum Dessau-Roßlau", "youth", True),
    ("Mia Becker", "Jugendforum Dessau-Roßlau", "youth", True),
    ("Yusuf Demir", "Jugendforum Dessau-Roßlau", "youth", True),
    ("Lena Vogt", "Jugendforum Dessau-Roßlau", "youth", True),
]

CRITERIA = "Passt zu den Zielen von „Demokratie leben!“\nErreicht die Zielgruppe\nIst umsetzbar\nKosten sind angemessen"

# The dance workshop series of One Community Projekt: 4,800 EUR.
DANCE_LINES = [
    ("fees", "Honorar Tanzpädagogin (6 Workshops à 3 Stunden)", "6", "400", ""),
    ("rent", "Saalmiete Beatclub Dessau", "6", "150", "Drei Säle verglichen: Beatclub am günstigsten."),
    ("material", "Miete Musikanlage", "1", "600", "Zwei Verleihe angefragt."),
    ("publicity", "Plakate und Flyer (mehrsprachig)", "1", "400", "Online-Druckereien verglichen."),
    ("catering", "Getränke und Obst", "6", "50", "Einkauf im Großmarkt."),
    ("travel", "Fahrtkosten der Tanzpädagogin", "1", "200", "Bahnfahrten Leipziger Hbf – Dessau Hbf."),
]

# (fund, state, title, organisation, requested, summary, fields of action, participants)
PROJECTS = [
    # last year
    (
        "last",
        "closed",
        "Demokratiewerkstatt an der Gemeinschaftsschule",
        "Gemeinschaftsschule Am Zoberberg",
        "3200",
        "Schülerinnen und Schüler planen und führen einen Projekttag zu Mitbestimmung durch.",
        ["democracy", "participation"],
        85,
    ),
    (
        "last",
        "closed",
        "Interkulturelles Nachbarschaftsfest am Leipziger Tor",
        "Quartiersmanagement Am Leipziger Tor",
        "2500",
        "Ein Fest mit Musik, Essen aus vielen Ländern und Gesprächsrunden.",
        ["diversity"],
        240,
    ),
    (
        "last",
        "report_submitted",
        "Erzählcafé: Geschichten der Ankunft",
        "Multikulturelles Zentrum Dessau e.V.",
        "1800",
        "Zugewanderte und Alteingesessene erzählen, wie sie in Dessau-Roßlau angekommen sind.",
        ["diversity", "discrimination"],
        60,
    ),
    (
        "last",
        "refused",
        "Großes Stadtfest-Bühnenprogramm",
        "Heimatverein Roßlau e.V.",
        "5000",
        "Ein Bühnenprogramm beim Stadtfest.",
        ["democracy"],
        500,
    ),
    (
        "last",
        "not_recommended",
        "Vereinsausflug nach Berlin",
        "Kanu-Club Roßlau e.V.",
        "2000",
        "Ausflug der Vereinsmitglieder.",
        ["participation"],
        25,
    ),
    (
        "last",
        "withdrawn",
        "Podcast „Stimmen aus Roßlau“",
        "Medienwerkstatt Dessau e.V.",
        "1500",
        "Eine Podcastreihe mit Menschen aus Roßlau.",
        ["democracy"],
        0,
    ),
    # this year
    (
        "this",
        "draft",
        "Argumentationstraining gegen Stammtischparolen",
        "Volkshochschule Dessau-Roßlau",
        "1200",
        "Zwei Abende, an denen Erwachsene üben, auf diskriminierende Sprüche zu antworten.",
        ["extremism"],
        30,
    ),
    (
        "this",
        "changes",
        "Queere Filmreihe im Kiez Kino",
        "Queer in Dessau-Roßlau e.V.",
        "2400",
        "Vier Filmabende mit Gesprächen zu Vielfalt und Zusammenhalt.",
        ["diversity", "discrimination"],
        160,
    ),
    (
        "this",
        "complete",
        "Lesungen „Vielfalt in Büchern“ für Grundschulen",
        "Stadtbibliothek Dessau-Roßlau",
        "1600",
        "Autorinnen und Autoren lesen in Grundschulen aus Kinderbüchern über Vielfalt.",
        ["diversity"],
        300,
    ),
    (
        "this",
        "recommended",
        "Stolpersteine putzen und erzählen",
        "Evangelische Kirchengemeinde St. Johannis Dessau",
        "900",
        "Jugendliche recherchieren Biografien und stellen sie bei einem Rundgang vor.",
        ["democracy", "extremism"],
        45,
    ),
    (
        "this",
        "granted",
        "Chor der Nationen: Konzert „Viele Stimmen“",
        "Chor der Nationen Dessau",
        "3500",
        "Ein Konzert mit Liedern aus den Herkunftsländern der Sängerinnen und Sänger.",
        ["diversity"],
        200,
    ),
    (
        "this",
        "granted_paid",
        "Sprachcafé unterwegs: Stadtteilspaziergänge",
        "Sprachcafé Vielfalt",
        "1400",
        "Sprachcafé-Treffen als Spaziergänge durch die Stadtteile.",
        ["diversity", "participation"],
        70,
    ),
    (
        "this",
        "closed",
        "Workshop Zivilcourage im Sportverein",
        "SV Grün-Weiß Ziebigk e.V.",
        "1900",
        "Trainerinnen und Trainer lernen, bei Diskriminierung einzugreifen.",
        ["discrimination", "extremism"],
        40,
    ),
    (
        "youth",
        "closed",
        "Graffiti-Wand „Unser Zoberberg“",
        "Jugendclub Zoberberg",
        "950",
        "Jugendliche gestalten gemeinsam eine Wand am Jugendclub.",
        ["participation"],
        18,
    ),
    (
        "youth",
        "submitted",
        "Jugend-Podium zur Kommunalwahl",
        "Stadtjugendring Dessau-Roßlau e.V.",
        "800",
        "Jugendliche befragen Kandidierende.",
        ["democracy", "participation"],
        120,
    ),
]


def _user(email: str, first: str, last: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        from allauth.account.models import EmailAddress

        from engagiert.demo.loader import DEMO_PASSWORD

        user = User(email=email, username=email.split("@")[0] + "-pfd", first_name=first, last_name=last)
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _clear(partnership: Partnership) -> None:
    for application in Application.objects.filter(fund__partnership=partnership):
        services.delete_application_files(application)
        application.delete()
    Meeting.objects.filter(committee__partnership=partnership).delete()
    Fund.objects.filter(partnership=partnership).delete()


def _bodies(partnership: Partnership) -> tuple[Committee, Committee]:
    committee, _ = Committee.objects.update_or_create(
        partnership=partnership,
        kind=Committee.Kind.COMMITTEE,
        defaults={"name": "Begleitausschuss der Partnerschaft für Demokratie Dessau-Roßlau", "quorum": 6},
    )
    youth, _ = Committee.objects.update_or_create(
        partnership=partnership, kind=Committee.Kind.YOUTH, defaults={"name": "Jugendforum Dessau-Roßlau", "quorum": 3}
    )
    seat_user = User.objects.filter(email="begleitausschuss@dessau-rosslau.example").first()
    for index, (name, represents, sector, voting) in enumerate(COMMITTEE):
        user = seat_user if index == 0 else None
        if name == "Miriam Lange":  # edits One Community Projekt's entry: detected as conflicted
            user = _user("miriam.lange@dessau-rosslau.example", "Miriam", "Lange")
        Membership.objects.update_or_create(
            committee=committee,
            name=name,
            defaults={"user": user, "represents": represents, "sector": sector, "voting": voting},
        )
    youth_user = User.objects.filter(email="jugendforum@dessau-rosslau.example").first()
    for index, (name, represents, sector, voting) in enumerate(YOUTH):
        Membership.objects.update_or_create(
            committee=youth,
            name=name,
            defaults={
                "user": youth_user if index == 0 else None,
                "represents": represents,
                "sector": sector,
                "voting": voting,
            },
        )
    return committee, youth


def _plan(application: Application, lines, requested: Decimal, volunteer: Decimal = Decimal("0")) -> None:
    total = Decimal("0")
    for position, (category, description, quantity, price, note) in enumerate(lines):
        line_total = services.line_total(Decimal(quantity), Decimal(price))
        line = CostLine.objects.create(
            application=application,
            position=position,
            category=category,
            description=description,
            quantity=Decimal(quantity),
            unit_price=Decimal(price),
            total=line_total,
            price_note=note,
        )
        total += line_total
        if line_total >= Decimal("1000"):
            for supplier, factor in (("Anbieterin A", "1.00"), ("Anbieter B", "1.12"), ("Anbieterin C", "1.20")):
                Quote.objects.create(
                    cost_line=line,
                    supplier=supplier,
                    amount=(line_total * Decimal(factor)).quantize(Decimal("1")),
                    file=ContentFile(PDF, name="angebot.pdf"),
                )
    if volunteer:
        FinancingLine.objects.create(
            application=application, kind="volunteer", description="Ehrenamtliche Organisation", amount=volunteer
        )
    own = total - requested - volunteer
    if own > 0:
        FinancingLine.objects.create(application=application, kind="own", description="Vereinsmittel", amount=own)
    FinancingLine.objects.create(application=application, kind="requested", amount=requested)
    application.total_cost, application.requested_amount = total, requested
    application.save(update_fields=["total_cost", "requested_amount"])


def _lines_for(requested: Decimal):
    """A plain plan around `requested`: fee, rent, publicity, catering."""
    fee = (requested * Decimal("0.5")).quantize(Decimal("1"))
    rent = (requested * Decimal("0.2")).quantize(Decimal("1"))
    publicity = (requested * Decimal("0.15")).quantize(Decimal("1"))
    catering = requested - fee - rent - publicity + Decimal("100")
    return [
        (
            "fees",
            "Honorare Referentinnen und Referenten",
            "1",
            str(fee),
            "Honorarsätze der Volkshochschule verglichen.",
        ),
        ("rent", "Raummiete", "1", str(rent), "Zwei Räume verglichen."),
        ("publicity", "Plakate, Flyer, Anzeigen", "1", str(publicity), "Drei Druckereien angefragt."),
        ("catering", "Verpflegung", "1", str(catering), "Einkauf im Großmarkt."),
    ]


def load(munis: dict[str, Municipality], *, today: dt.date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    muni = munis["dessau-rosslau"]
    partnership, _ = Partnership.objects.update_or_create(
        municipality=muni,
        defaults={
            "name": "Partnerschaft für Demokratie Dessau-Roßlau",
            "intro": INTRO,
            "lead_office": "Amt für Soziales und Integration der Stadt Dessau-Roßlau",
            "lead_office_email": "amt-pfd@dessau-rosslau.example",
            "coordination_office": "Koordinierungs- und Fachstelle der Partnerschaft für Demokratie",
            "coordination_email": "fachstelle-pfd@dessau-rosslau.example",
        },
    )
    _clear(partnership)
    for email, kind in (
        ("fachstelle-pfd@dessau-rosslau.example", Office.Kind.COORDINATION),
        ("amt-pfd@dessau-rosslau.example", Office.Kind.LEAD),
    ):
        user = User.objects.filter(email=email).first()
        if user:
            Office.objects.get_or_create(partnership=partnership, user=user, kind=kind)
    coordination = User.objects.filter(email="fachstelle-pfd@dessau-rosslau.example").first()
    lead = User.objects.filter(email="amt-pfd@dessau-rosslau.example").first()
    committee, youth = _bodies(partnership)
    one_community = Organisation.objects.get(municipality=muni, name="One Community Projekt")
    lange = Membership.objects.get(committee=committee, name="Miriam Lange")
    OrganisationEditor.objects.update_or_create(
        organisation=one_community, user=lange.user, defaults={"status": OrganisationEditor.Status.ACTIVE}
    )

    # The funds: this year is the year of the coming projects (in December: next year).
    this_year = days(today, 45).year
    funds = {}
    for key, year in (("last", this_year - 1), ("this", this_year)):
        funds[key] = Fund.objects.create(
            partnership=partnership,
            municipality=muni,
            year=year,
            kind=Fund.Kind.ACTION,
            name="Aktions- und Initiativfonds",
            budget=Decimal("45000"),
            project_limit=Decimal("5000"),
            committee=committee,
            criteria=CRITERIA,
            rules=(
                "Gefördert werden Projekte, die Demokratie stärken, Vielfalt gestalten und Extremismus vorbeugen. "
                "Bis 5.000 € je Projekt. Das Projekt darf erst nach der Entscheidung beginnen. Ab 1.000 € je "
                "Kostenposition brauchen Sie drei Angebote. Ehrenamtliche Arbeit zählt als Eigenmittel "
                "(15 € je Stunde)."
            ),
        )
        youth_fund = Fund.objects.create(
            partnership=partnership,
            municipality=muni,
            year=year,
            kind=Fund.Kind.YOUTH,
            name="Jugendfonds",
            budget=Decimal("8750"),
            project_limit=Decimal("1000"),
            committee=youth,
            max_applicant_age=27,
            plain_language=True,
            criteria="Junge Menschen machen mit\nDie Idee ist gut umsetzbar",
            rules="Ihr seid höchstens 27 Jahre alt und habt eine Idee für Dessau-Roßlau? Bis 1.000 € je Projekt.",
        )
        if key == "this":
            funds["youth"] = youth_fund
    micro = Fund.objects.create(
        partnership=partnership,
        municipality=muni,
        year=this_year,
        kind=Fund.Kind.MICRO,
        name="Kleinstprojekte",
        budget=Decimal("3000"),
        project_limit=Decimal("500"),
        committee=None,
        continuous=True,
        rules="Bis 500 € entscheidet die Koordinierungs- und Fachstelle laufend, ohne Frist.",
    )
    # Meetings: one held last year, one coming (the dance workshops go there), a circulation.
    held = Meeting.objects.create(
        committee=committee,
        starts_at=at(days(today, -200), 17),
        place="Rathaus Dessau, Zerbster Straße 4, Raum 212",
        submission_deadline=days(today, -214),
        closed=True,
        minutes="Sitzung mit 9 stimmberechtigten Mitgliedern; beschlussfähig.",
    )
    coming = Meeting.objects.create(
        committee=committee,
        starts_at=at(days(today, 21), 17),
        place="Rathaus Dessau, Zerbster Straße 4, Raum 212",
        submission_deadline=days(today, 7),
    )
    youth_meeting = Meeting.objects.create(
        committee=youth,
        starts_at=at(days(today, 10), 16),
        place="Jugendclub Zoberberg",
        circulation=True,
        vote_deadline=at(days(today, 24), 23, 59),
        submission_deadline=days(today, -4),
    )
    Call.objects.create(
        fund=funds["this"],
        title=f"Förderaufruf {this_year}: Zusammenleben in Dessau-Roßlau",
        text=(
            "Reichen Sie Ihre Projektidee bis 14 Tage vor der nächsten Sitzung des Begleitausschusses ein. "
            "Die Koordinierungs- und Fachstelle berät Sie gern vorher."
        ),
        opens_on=days(today, -60),
        deadline=coming.submission_deadline,
        meeting=coming,
    )
    Call.objects.create(
        fund=funds["youth"],
        title=f"Jugendfonds {this_year}",
        text="Ihr habt eine Idee? Schreibt sie auf – das Jugendforum entscheidet online im Umlaufverfahren.",
        opens_on=days(today, -60),
    )
    members = list(committee.members.filter(voting=True).order_by("pk"))
    youth_members = list(youth.members.filter(voting=True).order_by("pk"))
    count = 0
    for fund_key, state, title, org_name, requested, summary, fields, participants in PROJECTS:
        fund = funds[fund_key]
        org = Organisation.objects.filter(municipality=muni, name=org_name).first()
        past = fund_key == "last"
        starts = dt.date(fund.year, 5, 4) if past else days(today, 30 + 7 * count % 40)
        if state in ("granted_paid", "closed") and not past:
            starts = days(today, -80)
        if starts.year != fund.year:
            starts = dt.date(fund.year, 1, 15) if starts.year < fund.year else dt.date(fund.year, 12, 1)
        ends = starts + dt.timedelta(days=42)
        application = Application.objects.create(
            fund=fund,
            municipality=muni,
            organisation=org,
            contact_name="Demo-Kontakt",
            contact_email="kontakt@dessau-rosslau.example",
            title=title,
            summary=summary,
            goals="Begegnung und Beteiligung stärken.",
            fields_of_action=fields,
            target_group="Menschen in Dessau-Roßlau",
            expected_participants=participants,
            place="Dessau-Roßlau",
            starts_on=starts,
            ends_on=ends,
            young_applicants=fund.max_applicant_age is not None,
            status=Status.DRAFT,
        )
        amount = Decimal(requested)
        _plan(application, _lines_for(amount), amount)
        count += 1
        _advance(
            application,
            state,
            held if past else (youth_meeting if fund_key == "youth" else coming),
            members if fund_key != "youth" else youth_members,
            coordination,
            lead,
            today,
            participants,
        )
    # A micro-project recommended by the coordination office alone.
    micro_app = Application.objects.create(
        fund=micro,
        municipality=muni,
        organisation=Organisation.objects.get(municipality=muni, name="Repair-Café Roßlau"),
        contact_name="Demo-Kontakt",
        contact_email="kontakt@dessau-rosslau.example",
        title="Reparieren statt wegwerfen – mit Nachbarn ins Gespräch",
        summary="Ein Reparaturnachmittag mit Gesprächsecke.",
        fields_of_action=["participation"],
        expected_participants=30,
        starts_on=days(today, 35),
        ends_on=days(today, 35),
        status=Status.SUBMITTED,
        submitted_at=timezone.now(),
    )
    _plan(
        micro_app,
        [("material", "Ersatzteile und Werkzeug", "1", "480", "Baumarkt und Onlinehandel verglichen.")],
        Decimal("480"),
    )

    # One Community Projekt's dance workshop series: submitted, waiting for the coordination office.
    dance = Application.objects.create(
        fund=funds["this"],
        municipality=muni,
        organisation=one_community,
        applicant=User.objects.filter(email="redaktion@one-community.example").first(),
        contact_name="Lea Schmidt",
        contact_email="redaktion@one-community.example",
        title="Tanzworkshop-Reihe „Moving Together“",
        summary=(
            "Sechs Tanzworkshops für junge Menschen aus aller Welt und aus Dessau-Roßlau, am Ende eine gemeinsame "
            "Aufführung bei der inklusiven Tanzgala."
        ),
        goals="Begegnung über Sprachgrenzen hinweg; Vielfalt sichtbar machen; junge Menschen beteiligen.",
        fields_of_action=["diversity", "participation"],
        target_group="Junge Menschen von 14 bis 27 Jahren, mit und ohne Fluchtgeschichte",
        expected_participants=40,
        partners="Tanzwerkstatt Anhalt e.V., Beatclub Dessau",
        place="Beatclub Dessau",
        starts_on=days(today, 35),
        ends_on=days(today, 77),
        status=Status.SUBMITTED,
        submitted_at=timezone.now(),
    )
    if dance.starts_on.year != funds["this"].year:
        dance.starts_on, dance.ends_on = dt.date(funds["this"].year, 1, 20), dt.date(funds["this"].year, 3, 3)
        dance.save()
    _plan(dance, DANCE_LINES, Decimal("4500"), volunteer=Decimal("300"))
    return {"funding_applications": Application.objects.filter(fund__partnership=partnership).count()}


def _advance(application, state, meeting, members, coordination, lead, today, participants) -> None:
    """Moves a demo application to `state` the way the cycle would, dated in the past."""
    now = timezone.now()
    if state == "draft":
        return
    application.submitted_at = now - dt.timedelta(days=30)
    if state in ("withdrawn",):
        application.status, application.decided_at = Status.WITHDRAWN, now - dt.timedelta(days=20)
        application.save()
        return
    if state == "changes":
        ChangeRequest.objects.create(
            application=application, text="Bitte ergänzen Sie, wie Sie die Filmabende bewerben.", asked_by=coordination
        )
        application.status = Status.CHANGES
        application.save()
        return
    if state == "submitted":
        application.status = Status.SUBMITTED
        application.meeting = None
        application.save()
        return
    application.status, application.meeting = Status.COMPLETE, meeting
    application.save()
    for index, member in enumerate(members[:4]):
        Assessment.objects.create(
            application=application,
            member=member,
            scores={"Ist umsetzbar": 4 + index % 2, "Kosten sind angemessen": 4},
            comment="Gute Idee, klarer Plan." if index % 2 == 0 else "",
        )
    if state == "complete":
        return
    recommended = state != "not_recommended"
    conflicted = members[-1]
    ConflictDeclaration.objects.create(application=application, member=conflicted, reason="member")
    voters = members[:-1]
    for index, member in enumerate(voters):
        choice = ("yes" if index < len(voters) - 2 else "abstain") if recommended else ("no" if index < 5 else "yes")
        Vote.objects.create(application=application, member=member, choice=choice, recorded_by=coordination)
    yes = sum(1 for v in application.votes.all() if v.choice == "yes")
    no = sum(1 for v in application.votes.all() if v.choice == "no")
    Recommendation.objects.create(
        application=application,
        recommended=recommended,
        amount=application.requested_amount if recommended else Decimal("0"),
        yes=yes,
        no=no,
        abstain=len(voters) - yes - no,
        conflicted=1,
        minutes=f"Abstimmung: {yes} ja, {no} nein. Wegen Befangenheit nicht beteiligt: {conflicted.name}.",
        decided_by=coordination,
    )
    application.status = Status.RECOMMENDED if recommended else Status.NOT_RECOMMENDED
    application.save()
    if state in ("recommended", "not_recommended"):
        return
    approved = state != "refused"
    Grant.objects.create(
        application=application,
        fund=application.fund,
        approved=approved,
        amount=application.requested_amount if approved else Decimal("0"),
        conditions="Logo von „Demokratie leben!“ auf allen Drucksachen." if approved else "",
        reason=""
        if approved
        else "Das Vorhaben ist eine allgemeine Veranstaltung ohne Bezug zu den Zielen des Programms.",
        decided_by=lead,
    )
    application.status = Status.GRANTED if approved else Status.REFUSED
    application.decided_at = now - dt.timedelta(days=25)
    application.save()
    if state in ("granted", "refused"):
        return
    grant = application.grant
    PaymentRequest.objects.create(
        grant=grant, amount=grant.amount, requested_by=application.applicant, paid_on=min(application.starts_on, today)
    )
    if state == "granted_paid":
        return
    report = Report.objects.create(
        application=application,
        narrative="Das Projekt fand wie geplant statt. Die Teilnehmenden haben Kontakte geknüpft, die bleiben.",
        outcome="Aus dem Projekt ist ein regelmäßiges Treffen entstanden.",
        participants_under_14=participants // 4,
        participants_14_17=participants // 4,
        participants_18_27=participants // 4,
        participants_over_27=participants - 3 * (participants // 4),
        status=Report.Status.SUBMITTED,
        submitted_at=now - dt.timedelta(days=5),
    )
    spent = Decimal("0")
    for line in application.cost_lines.all():
        actual = (line.total * Decimal("0.95")).quantize(Decimal("1"))
        line.actual = actual
        line.save(update_fields=["actual"])
        Receipt.objects.create(
            report=report,
            cost_line=line,
            date=min(application.ends_on, today),
            payee="Demo-Empfänger",
            purpose=line.description,
            amount=actual,
            file=ContentFile(PDF, name="beleg.pdf"),
        )
        spent += actual
    report.repayment = max(grant.amount - spent, Decimal("0"))
    if state == "closed":
        report.status, report.accepted_at = Report.Status.ACCEPTED, now
        report.repaid_on = today if report.repayment else None
        application.status = Status.CLOSED
        application.save()
    report.save()
