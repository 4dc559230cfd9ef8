"""Demo data of the Ehrenamtskarte: rules for Dessau-Roßlau and Bitterfeld-Wolfen, a signing
key per municipality, acceptance partners in Dessau-Roßlau, a card issued to the demo volunteer
almost two years before the day the demo is loaded (so it expires soon and can be renewed) and
a pending application. Idempotent: a second run changes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, Benefit, Card, CardApplication, CardRules
from engagiert.core import tokens
from engagiert.core.models import Municipality, User
from engagiert.demo.clock import at
from engagiert.directory.models import Organisation

RULES = {
    "dessau-rosslau": {"card_name": "Ehrenamtskarte Dessau-Roßlau"},
    # Bitterfeld-Wolfen issues its own card; the values are the platform defaults until the
    # town's coordinator sets its own in the admin.
    "bitterfeld-wolfen": {"card_name": "Ehrenamtskarte Bitterfeld-Wolfen"},
}

# Real venues of Dessau-Roßlau; the benefits are examples for the demo.
PARTNERS = [
    {
        "name": "Museum für Naturkunde und Vorgeschichte",
        "category": "museum",
        "street": "Askanische Straße 32",
        "postcode": "06842",
        "lat": 51.8358,
        "lon": 12.2372,
        "benefits": [("Freier Eintritt", "Free admission", "دخول مجاني", "Вільний вхід")],
        "website": "https://naturkunde.dessau-rosslau.de",
    },
    {
        "name": "Anhaltisches Theater Dessau",
        "category": "kultur",
        "street": "Friedensplatz 1a",
        "postcode": "06844",
        "lat": 51.8330,
        "lon": 12.2445,
        "benefits": [("Ermäßigte Eintrittskarten", "Reduced tickets", "تذاكر مخفضة", "Знижені квитки")],
        "website": "https://www.anhaltisches-theater.de",
    },
    {
        "name": "Stadtschwimmhalle Dessau",
        "category": "sport",
        "street": "Kreuzbergstraße 30",
        "postcode": "06849",
        "lat": 51.8235,
        "lon": 12.2295,
        "benefits": [
            (
                "50 % Rabatt auf die Tageskarte",
                "50 % off the day ticket",
                "خصم 50٪ على تذكرة اليوم",
                "Знижка 50 % на денний квиток",
            )
        ],
        "website": "",
    },
    {
        "name": "Buchhandlung am Rathaus",
        "category": "einzelhandel",
        "street": "Zerbster Straße 9",
        "postcode": "06844",
        "lat": 51.8349,
        "lon": 12.2441,
        "benefits": [("10 % Rabatt auf Bücher", "10 % off books", "خصم 10٪ على الكتب", "Знижка 10 % на книги")],
        "website": "",
    },
    {
        "name": "Café am Stadtpark",
        "category": "gastronomie",
        "street": "Kavalierstraße 20",
        "postcode": "06844",
        "lat": 51.8322,
        "lon": 12.2420,
        "benefits": [
            (
                "Ein Heißgetränk gratis zum Kuchen",
                "A free hot drink with cake",
                "مشروب ساخن مجاني مع الكعكة",
                "Гарячий напій безкоштовно до торта",
            )
        ],
        "website": "",
    },
    {
        "name": "Fahrradwerkstatt Roßlau",
        "category": "dienstleistung",
        "street": "Hauptstraße 41",
        "postcode": "06862",
        "lat": 51.8876,
        "lon": 12.2416,
        "benefits": [
            (
                "Kostenloser Sicherheitscheck fürs Fahrrad",
                "Free bicycle safety check",
                "فحص أمان مجاني للدراجة",
                "Безкоштовна перевірка велосипеда",
            )
        ],
        "website": "",
    },
]


def _partners(muni: Municipality) -> int:
    partner_user = User.objects.filter(email="partner@dessau-rosslau.example").first()
    for row in PARTNERS:
        partner, _ = AcceptancePartner.objects.update_or_create(
            municipality=muni,
            name=row["name"],
            defaults={
                "category": row["category"],
                "street": row["street"],
                "postcode": row["postcode"],
                "city": "Dessau-Roßlau",
                "latitude": row["lat"],
                "longitude": row["lon"],
                "website": row["website"],
                "status": AcceptancePartner.Status.APPROVED,
            },
        )
        for de, en, ar, uk in row["benefits"]:
            Benefit.objects.update_or_create(
                partner=partner, text_de=de, defaults={"text_en": en, "text_ar": ar, "text_uk": uk}
            )
    if partner_user is not None:
        AcceptancePartner.objects.get(municipality=muni, name=PARTNERS[0]["name"]).users.add(partner_user)
    return len(PARTNERS)


def _org(muni: Municipality, name: str) -> Organisation | None:
    return Organisation.objects.filter(municipality=muni, name=name).first()


def _application(user: User, muni: Municipality, person: dict, activities: list[dict]) -> CardApplication:
    application = services.save_draft(applicant=user, municipality=muni, data={**person, "consent": True})
    for activity in activities:
        org = _org(muni, activity.pop("organisation"))
        services.add_activity(application=application, data={**activity, "organisation": org})
    services.submit(application=application)
    return application


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _approved_card(muni: Municipality, today: date) -> int:
    user = User.objects.filter(email="freiwillige@dessau-rosslau.example").first()
    coordinator = User.objects.filter(email="koordination@dessau-rosslau.example").first()
    if user is None:
        return 0
    cards = Card.objects.filter(municipality=muni, holder=user)
    if cards.filter(valid_from__lte=today, valid_until__gt=today, valid_until__lte=today + timedelta(days=60)).exists():
        return 0
    # Loaded before for another day (the card is not valid or not about to expire on `today`): issue it afresh.
    CardApplication.objects.filter(pk__in=cards.values("application")).delete()
    cards.delete()
    application = _application(
        user,
        muni,
        {
            "first_name": "Marie",
            "last_name": "Schulze",
            "birth_date": date(1968, 4, 12),
            "street": "Kavalierstraße 45",
            "postcode": "06844",
            "city": "Dessau-Roßlau",
            "residence_state": "Sachsen-Anhalt",
        },
        [
            {
                "organisation": "Dessauer Tafel e.V.",
                "organisation_name": "",
                "description": "Ausgabe von Lebensmitteln, dienstags und freitags",
                "contact_email": "tafel@dessau-rosslau.example",
                "since": _years_before(today, 9).replace(day=1),
                "hours": Decimal("5"),
                "period": "week",
                "paid_allowance": False,
            }
        ],
    )
    for activity in application.activities.all():
        since = activity.since.year
        for confirmation in activity.confirmations.all():
            services.answer_confirmation(
                token=tokens.reissue(confirmation), confirm=True, note=f"Seit {since} im Team."
            )
    # Issued so that it runs out in a month: the holder sees the renewal, the coordinator the reminder.
    rules = CardRules.objects.filter(municipality=muni).first()
    issued = _years_before(today + timedelta(days=30), rules.validity_years if rules else 2)
    card = services.approve(
        application=application, by=coordinator, reason="Alle Voraussetzungen erfüllt.", today=issued
    )
    CardApplication.objects.filter(pk=application.pk).update(decided_at=at(issued, 10))
    Card.objects.filter(pk=card.pk).update(created_at=at(issued, 10))
    return 1


def _pending_application(muni: Municipality, today: date) -> int:
    user = User.objects.filter(email="antrag@dessau-rosslau.example").first()
    if user is None or CardApplication.objects.filter(municipality=muni, applicant=user).exists():
        return 0
    _application(
        user,
        muni,
        {
            "first_name": "Jonas",
            "last_name": "Becker",
            "birth_date": date(1999, 11, 3),
            "street": "Hauptstraße 12",
            "postcode": "06862",
            "city": "Dessau-Roßlau",
            "residence_state": "Sachsen-Anhalt",
        },
        [
            {
                "organisation": "Tanzwerkstatt Anhalt e.V.",
                "organisation_name": "Tanzwerkstatt Anhalt e.V.",
                "description": "Trainer der Jugendtanzgruppe",
                "contact_email": "vorstand@tanzwerkstatt-anhalt.example",
                "since": _years_before(today, 5).replace(day=1),
                "hours": Decimal("220"),
                "period": "year",
                "paid_allowance": True,
                "allowance_per_year": Decimal("600"),
            }
        ],
    )
    return 1


def _confirmed(application: CardApplication, *, confirm: bool = True, note: str = "") -> None:
    for activity in application.activities.all():
        for confirmation in activity.confirmations.all():
            services.answer_confirmation(
                token=tokens.reissue(confirmation), confirm=confirm, note=note or f"Seit {activity.since.year} dabei."
            )


def _decided_applications(muni: Municipality, today: date) -> int:
    """The other ends of an application: one refused (the organisation could not confirm the
    hours) and one card revoked after its holder moved away."""
    coordinator = User.objects.filter(email="koordination@dessau-rosslau.example").first()
    done = 0
    refused = User.objects.filter(email="olena.kovalenko@example.org").first()
    if refused and not CardApplication.objects.filter(municipality=muni, applicant=refused).exists():
        application = _application(
            refused,
            muni,
            {
                "first_name": "Olena",
                "last_name": "Kovalenko",
                "birth_date": date(1987, 6, 21),
                "street": "Mauerstraße 7",
                "postcode": "06842",
                "city": "Dessau-Roßlau",
                "residence_state": "Sachsen-Anhalt",
            },
            [
                {
                    "organisation": "Sprachcafé Vielfalt",
                    "organisation_name": "",
                    "description": "Gesprächspartnerin im Sprachcafé und Begleitung zu Ämtern",
                    "contact_email": "",
                    "since": _years_before(today, 3).replace(day=1),
                    "hours": Decimal("4"),
                    "period": "week",
                    "paid_allowance": False,
                }
            ],
        )
        _confirmed(
            application,
            confirm=False,
            note="Frau Kovalenko ist seit knapp einem Jahr bei uns, etwa zwei Stunden in der Woche.",
        )
        services.reject(
            application=application,
            by=coordinator,
            reason="Das Sprachcafé hat ein Engagement von knapp einem Jahr mit etwa zwei Stunden in der Woche "
            "bestätigt. Für die Ehrenamtskarte sind drei Jahre nötig. Gern können Sie später einen neuen Antrag "
            "stellen.",
        )
        done += 1
    moved = User.objects.filter(email="heinz.pohl@example.org").first()
    if moved and not CardApplication.objects.filter(municipality=muni, applicant=moved).exists():
        application = _application(
            moved,
            muni,
            {
                "first_name": "Heinz",
                "last_name": "Pohl",
                "birth_date": date(1951, 2, 9),
                "street": "Südstraße 3",
                "postcode": "06862",
                "city": "Dessau-Roßlau",
                "residence_state": "Sachsen-Anhalt",
            },
            [
                {
                    "organisation": "Seniorentreff der Volkssolidarität Roßlau",
                    "organisation_name": "",
                    "description": "Reparaturen im Repair-Café und Spielenachmittage",
                    "contact_email": "",
                    "since": _years_before(today, 4).replace(day=1),
                    "hours": Decimal("5"),
                    "period": "week",
                    "paid_allowance": False,
                }
            ],
        )
        _confirmed(application)
        issued = today - timedelta(days=300)
        card = services.approve(
            application=application, by=coordinator, reason="Alle Voraussetzungen erfüllt.", today=issued
        )
        services.revoke(
            card=card, by=coordinator, reason="Umzug nach Leipzig: Die Karte gilt nur für Menschen in Sachsen-Anhalt."
        )
        done += 1
    return done


def load(munis: dict[str, Municipality], *, today: date) -> dict[str, int]:
    for slug, rules in RULES.items():
        if slug in munis:
            CardRules.objects.update_or_create(municipality=munis[slug], defaults=rules)
            services.active_key(munis[slug])
    dessau = munis["dessau-rosslau"]
    partners = _partners(dessau)
    _approved_card(dessau, today)
    _pending_application(dessau, today)
    _decided_applications(dessau, today)
    return {
        "card_partners": partners,
        "cards": Card.objects.filter(municipality__in=munis.values()).count(),
        "card_applications": CardApplication.objects.filter(municipality__in=munis.values()).count(),
    }
