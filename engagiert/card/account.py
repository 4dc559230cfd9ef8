"""What the Ehrenamtskarte adds to core's pages (core.registry): the person's card and
application, the coordination's two queues, and the towns of a person's cards and
applications."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.card import selectors
from engagiert.card.models import AcceptancePartner, Card, CardApplication
from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue


def card_section(request, municipality):
    """Two queries: the card to show and the latest application."""
    card = selectors.current_card(user=request.user, municipality=municipality)
    return {
        "card": card,
        "verdict": selectors.Verdict(status=selectors.card_state(card)) if card else None,
        "application": selectors.latest_application(user=request.user, municipality=municipality),
    }


def register() -> None:
    register_area_section(
        key="card.mine",
        title=_("Meine Ehrenamtskarte"),
        template="card/area_card.html",
        context=card_section,
        order=30,
    )
    register_work_queue(
        key="card.applications",
        label=_("Ehrenamtskarte: Anträge prüfen"),
        url_name="card:queue",
        items=lambda m: CardApplication.objects.filter(
            municipality=m, status__in=(CardApplication.Status.SUBMITTED, CardApplication.Status.IN_REVIEW)
        ),
        order=40,
    )
    register_work_queue(
        key="card.partners",
        label=_("Ehrenamtskarte: neue Akzeptanzpartner"),
        url_name="card:queue",
        items=lambda m: AcceptancePartner.objects.filter(municipality=m, status=AcceptancePartner.Status.PENDING),
        order=41,
    )
    register_town_lookup(
        "card.applications", lambda user: CardApplication.objects.filter(applicant=user).values("municipality_id")
    )
    register_town_lookup("card.cards", lambda user: Card.objects.filter(holder=user).values("municipality_id"))
