"""Building blocks for the card's tests: rules, an eligible application, an issued card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, Benefit, Card, CardApplication, CardRules
from engagiert.core import tokens
from engagiert.core.models import Municipality, Role


def rules(municipality: Municipality, **overrides) -> CardRules:
    obj, _ = CardRules.objects.update_or_create(municipality=municipality, defaults=overrides)
    return obj


PERSON = {
    "first_name": "Anna",
    "last_name": "Müller",
    "birth_date": date(1980, 5, 17),
    "street": "Zerbster Straße 4",
    "postcode": "06844",
    "city": "Dessau-Roßlau",
    "residence_state": "Sachsen-Anhalt",
    "consent": True,
}


def draft(
    user, municipality: Municipality, *, activities=1, hours="5", since=date(2018, 3, 1), **person
) -> CardApplication:
    application = services.save_draft(applicant=user, municipality=municipality, data={**PERSON, **person})
    for i in range(activities):
        services.add_activity(
            application=application,
            data={
                "organisation_name": f"Tafel Dessau {i}" if i else "Dessauer Tafel e. V.",
                "contact_email": f"tafel{i}@example.org",
                "since": since,
                "hours": Decimal(hours),
                "period": "week",
                "paid_allowance": False,
            },
        )
    return application


def confirm_all(application: CardApplication) -> None:
    for activity in application.activities.all():
        for confirmation in activity.confirmations.filter(used_at__isnull=True):
            services.answer_confirmation(token=tokens.reissue(confirmation), confirm=True)


def issued_card(user, municipality: Municipality, coordinator, **person) -> Card:
    application = draft(user, municipality, **person)
    services.submit(application=application)
    confirm_all(application)
    return services.approve(application=application, by=coordinator)


def partner(
    municipality: Municipality, user=None, name="Museum für Naturkunde und Vorgeschichte", **fields
) -> AcceptancePartner:
    obj = AcceptancePartner.objects.create(
        municipality=municipality,
        name=name,
        category=fields.pop("category", "museum"),
        street="Askanische Straße 32",
        postcode="06842",
        city="Dessau-Roßlau",
        status=fields.pop("status", AcceptancePartner.Status.APPROVED),
        **fields,
    )
    Benefit.objects.create(partner=obj, text_de="Freier Eintritt")
    if user is not None:
        obj.users.add(user)
        Role.objects.get_or_create(user=user, municipality=municipality, kind=Role.Kind.ACCEPTANCE_PARTNER)
    return obj
