"""Ehrenamtskarte's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from engagiert.card.models import AcceptancePartner, ActivityConfirmation
from engagiert.card.tests import factories
from engagiert.core import tokens
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, MatrixWorld, everyone, make_user, signed_in

VERIFIERS = {**COORDINATOR_ONLY, "partner": 200}
POST_ONLY_SIGNED_IN = signed_in(405)

MATRIX: dict[str, dict[str, int]] = {
    "card:overview": everyone(200),
    "card:application": signed_in(200),
    "card:add_activity": POST_ONLY_SIGNED_IN,
    "card:set_activity_email": POST_ONLY_SIGNED_IN,
    "card:remove_activity": POST_ONLY_SIGNED_IN,
    "card:withdraw": POST_ONLY_SIGNED_IN,
    "card:my_card": signed_in(200),
    # Only the volunteer holds a card in this world; everyone else has no PDF to download.
    "card:card_pdf": {**signed_in(404), "volunteer": 200},
    "card:renew": POST_ONLY_SIGNED_IN,
    "card:confirm_activity": everyone(200),
    "card:partners": everyone(200),
    "card:partner_register": signed_in(200),
    "card:partner_stats": VERIFIERS,
    "card:verify": VERIFIERS,
    "card:trust_list": VERIFIERS,
    "card:service_worker": everyone(200),
    "card:queue": COORDINATOR_ONLY,
    "card:review": COORDINATOR_ONLY,
    "card:record_evidence": COORDINATOR_POST_ONLY,
    "card:handover": COORDINATOR_POST_ONLY,
    "card:revoke": COORDINATOR_POST_ONLY,
    "card:decide_partner": COORDINATOR_POST_ONLY,
    "card:rotate_key": COORDINATOR_POST_ONLY,
    "card:rules": COORDINATOR_ONLY,
    "card:reports": COORDINATOR_ONLY,
    "card:reports_csv": COORDINATOR_ONLY,
    "card:reports_xlsx": COORDINATOR_ONLY,
    "api:card_partners": everyone(200),
    "api:card_keys": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    muni = world.dessau.slug
    card = factories.issued_card(world.users["volunteer"], world.dessau, world.users["coordinator"])
    pending = factories.draft(make_user("antrag@example.org"), world.dessau)
    from engagiert.card import services

    services.submit(application=pending)
    confirmation = ActivityConfirmation.objects.filter(activity__application=pending).first()
    activity = pending.activities.first()
    factories.partner(world.dessau, world.users["partner"])
    waiting = factories.partner(world.dessau, name="Café am Bauhaus", category="gastronomie", status="pending")
    assert waiting.status == AcceptancePartner.Status.PENDING
    return {
        "card:remove_activity": {"municipality": muni, "pk": activity.pk},
        "card:set_activity_email": {"municipality": muni, "pk": activity.pk},
        "card:record_evidence": {"municipality": muni, "pk": activity.pk},
        "card:confirm_activity": {"municipality": muni, "token": tokens.reissue(confirmation)},
        "card:review": {"municipality": muni, "pk": pending.pk},
        "card:handover": {"municipality": muni, "pk": card.pk},
        "card:revoke": {"municipality": muni, "pk": card.pk},
        "card:decide_partner": {"municipality": muni, "pk": waiting.pk},
        "api:card_partners": {"municipality": muni},
        "api:card_keys": {"municipality": muni},
    }
