"""Glücksbringer's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from engagiert.nominations import services
from engagiert.nominations.tests.factories import confirm_latest, make_campaign, nominate, published_nomination
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, MatrixWorld, everyone

MATRIX: dict[str, dict[str, int]] = {
    "nominations:home": everyone(200),
    "nominations:network": everyone(302),  # to the newest campaign's gallery
    "nominations:gallery": everyone(200),
    "nominations:nominate": everyone(200),
    "nominations:portrait": everyone(200),
    "nominations:poster": COORDINATOR_ONLY,
    "nominations:social_image": COORDINATOR_ONLY,
    "nominations:confirm": everyone(200),  # a button; the link is used by POST
    "nominations:nominee": everyone(200),  # whoever holds the link
    "nominations:nominee_portrait": everyone(200),
    "nominations:nominee_withdraw": everyone(200),
    "nominations:queue": COORDINATOR_ONLY,
    "nominations:figures": COORDINATOR_ONLY,
    "nominations:block": COORDINATOR_ONLY,
    "nominations:detail": COORDINATOR_ONLY,
    "nominations:consent": COORDINATOR_ONLY,
    "nominations:consent_pdf": COORDINATOR_ONLY,
    "nominations:consent_scan": COORDINATOR_ONLY,
    "nominations:edit_portrait": COORDINATOR_ONLY,
    "nominations:publish": COORDINATOR_POST_ONLY,
    "nominations:reject": COORDINATOR_POST_ONLY,
    "nominations:merge": COORDINATOR_POST_ONLY,
    "api:portraits": everyone(200),
    "api:portrait": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    """A campaign of Dessau-Roßlau and Wittenberg, a published portrait with a photo, and a
    nomination whose consent the coordinator recorded on paper."""
    campaign = make_campaign(world.dessau, world.wittenberg, slug="matrix-kampagne")
    shown = published_nomination(campaign, world.dessau, email="portraet@example.org")
    paper = confirm_latest(nominate(campaign, world.dessau, email="", nominator="matrix@example.org"))
    services.record_consent(
        nomination=paper,
        by=world.users["coordinator"],
        consent=services.RecordedConsent(channel="paper", given_on=timezone.localdate()),
        scan=SimpleUploadedFile("scan.pdf", b"%PDF-1.4 signed"),
    )
    muni = world.dessau.slug
    token = services.nominee_token(shown)
    slug = shown.portrait.slug
    return {
        "nominations:gallery": {"municipality": muni, "slug": campaign.slug},
        "nominations:nominate": {"municipality": muni, "slug": campaign.slug},
        "nominations:portrait": {"municipality": muni, "slug": slug},
        "nominations:poster": {"municipality": muni, "slug": slug, "size": "a4"},
        "nominations:social_image": {"municipality": muni, "slug": slug},
        "nominations:confirm": {"municipality": muni, "token": "any-token"},
        "nominations:nominee": {"municipality": muni, "token": token},
        "nominations:nominee_portrait": {"municipality": muni, "token": token},
        "nominations:nominee_withdraw": {"municipality": muni, "token": token},
        "nominations:detail": {"municipality": muni, "pk": paper.pk},
        "nominations:consent": {"municipality": muni, "pk": paper.pk},
        "nominations:consent_pdf": {"municipality": muni, "pk": paper.pk},
        "nominations:consent_scan": {"municipality": muni, "pk": paper.pk},
        "nominations:edit_portrait": {"municipality": muni, "pk": paper.pk},
        "nominations:publish": {"municipality": muni, "pk": paper.pk},
        "nominations:reject": {"municipality": muni, "pk": paper.pk},
        "nominations:merge": {"municipality": muni, "pk": paper.pk},
        "api:portrait": {"portrait_id": shown.portrait.pk},
    }
