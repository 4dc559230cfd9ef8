"""What the newsletter adds to core's pages: the person's subscriptions on "Mein Bereich"
(found by the person's verified address), their towns on "Mein Konto" and, for the
coordination, the issues not sent yet (the way to the editor's pages)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue
from engagiert.newsletter import selectors
from engagiert.newsletter.tokens import subscription_token


def subscriptions_section(request, municipality):
    email = request.user.email
    if not email:
        return None
    # Most people subscribe to nothing: one query for them; the address must be verified (the
    # subscriptions belong to whoever confirmed it) before any is shown.
    subscriptions = selectors.subscriptions_in_town(email, municipality)
    if not subscriptions or not request.user.emailaddress_set.filter(email__iexact=email, verified=True).exists():
        return None
    for subscription in subscriptions:
        subscription.token = subscription_token(subscription)
    return {"subscriptions": subscriptions}


def register() -> None:
    register_area_section(
        key="newsletter.subscriptions",
        title=_("Meine Newsletter"),
        template="newsletter/area_subscriptions.html",
        context=subscriptions_section,
        order=60,
    )
    register_work_queue(
        key="newsletter.drafts",
        label=_("Newsletter: Ausgaben schreiben und versenden"),
        url_name="newsletter:editor",
        items=selectors.drafts,
        order=60,
    )
    register_town_lookup("newsletter", selectors.subscriber_municipalities)
