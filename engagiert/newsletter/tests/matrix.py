"""The newsletter's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from engagiert.newsletter.models import Issue
from engagiert.newsletter.tests.factories import make_newsletter, make_subscriber
from engagiert.newsletter.tokens import confirm_token, subscription_token
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, MatrixWorld, everyone

# The subscriber's pages open with the signed link from the mail, for whoever holds it.
MATRIX: dict[str, dict[str, int]] = {
    "newsletter:signup": everyone(200),
    "newsletter:confirm": everyone(200),  # GET asks; POST confirms
    "newsletter:manage": everyone(200),
    "newsletter:export": everyone(200),
    "newsletter:delete": everyone(200),  # GET asks; POST deletes
    "newsletter:unsubscribe": everyone(200),  # GET asks; POST unsubscribes
    "newsletter:editor": COORDINATOR_ONLY,
    "newsletter:create": COORDINATOR_ONLY,
    "newsletter:issue": COORDINATOR_ONLY,
    "newsletter:edit": COORDINATOR_ONLY,
    "newsletter:preview": COORDINATOR_ONLY,
    "newsletter:send_test": COORDINATOR_POST_ONLY,
    "newsletter:send": COORDINATOR_ONLY,  # GET asks; POST sends
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    """Dessau-Roßlau's newsletter with a confirmed and a pending subscriber and a draft."""
    newsletter = make_newsletter(world.dessau, topics=("Integration",))
    confirmed = make_subscriber(newsletter, "abo@example.org", topics=("Integration",))
    pending = make_subscriber(newsletter, "wartet@example.org", confirmed=False, topics=("Integration",))
    draft = Issue.objects.create(newsletter=newsletter, subject="Entwurf")
    muni = world.dessau.slug
    link = {"municipality": muni, "token": subscription_token(confirmed)}
    issue = {"municipality": muni, "pk": draft.pk}
    return {
        "newsletter:confirm": {"municipality": muni, "token": confirm_token([pending])},
        "newsletter:manage": link,
        "newsletter:export": link,
        "newsletter:delete": link,
        "newsletter:unsubscribe": link,
        "newsletter:create": {"municipality": muni, "pk": newsletter.pk},
        "newsletter:issue": issue,
        "newsletter:edit": issue,
        "newsletter:preview": issue,
        "newsletter:send_test": issue,
        "newsletter:send": issue,
    }
