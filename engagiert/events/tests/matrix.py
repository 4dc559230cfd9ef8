"""Begegnungen's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from engagiert.events.models import EventChange, Registration
from engagiert.events.tests.factories import make_event
from engagiert.events.tokens import registration_token
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, EDITOR_ONLY, MatrixWorld, everyone, signed_in

EDITOR_POST_ONLY = {**EDITOR_ONLY, "editor": 405, "coordinator": 405, "admin": 405}

MATRIX: dict[str, dict[str, int]] = {
    "events:calendar": everyone(200),
    "events:month": everyone(200),
    "events:network": everyone(200),
    "events:feed": everyone(200),
    "events:detail": everyone(200),
    "events:event_ics": everyone(200),
    "events:register": everyone(200),
    "events:registration": everyone(200),
    "events:confirm": everyone(200),
    "events:cancel": everyone(200),
    "events:manage": signed_in(200),
    "events:impact": COORDINATOR_ONLY,
    "events:create": EDITOR_ONLY,
    "events:create_step": EDITOR_ONLY,
    "events:discard_draft": EDITOR_POST_ONLY,
    "events:edit": EDITOR_ONLY,
    "events:registrations": EDITOR_ONLY,
    "events:export_csv": EDITOR_ONLY,
    "events:export_xlsx": EDITOR_ONLY,
    "events:checkin": EDITOR_ONLY,
    "events:approve": COORDINATOR_POST_ONLY,
    "events:decide_change": COORDINATOR_POST_ONLY,
    "events:cancel_event": EDITOR_POST_ONLY,
    "events:cancel_registration": EDITOR_POST_ONLY,
    "events:head_count": EDITOR_POST_ONLY,
    "api:events": everyone(200),
    "api:event": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    event = make_event(world.dessau, organisation=world.org, registration_required=True, capacity=10)
    pending = make_event(world.dessau, "Wartet auf Freigabe", organisation=world.org, status="pending")
    change = EventChange.objects.create(event=event, changes={"title_de": ["Inklusive Tanzgala", "Tanzgala"]})
    registration = Registration.objects.create(
        event=event, name="Erika", email="erika@example.org", status=Registration.Status.PENDING
    )
    muni = world.dessau.slug
    token = registration_token(registration.pk)
    by_event = {"municipality": muni, "pk": event.pk}
    return {
        "events:month": {"municipality": muni, "year": 2026, "month": 11},
        "events:detail": by_event,
        "events:event_ics": by_event,
        "events:register": by_event,
        "events:registration": {"municipality": muni, "token": token},
        "events:confirm": {"municipality": muni, "token": token},
        "events:cancel": {"municipality": muni, "token": token},
        "events:create_step": {"municipality": muni, "step": "wann"},
        "events:edit": by_event,
        "events:registrations": by_event,
        "events:export_csv": by_event,
        "events:export_xlsx": by_event,
        "events:checkin": by_event,
        "events:approve": {"municipality": muni, "pk": pending.pk},
        "events:decide_change": {"municipality": muni, "pk": change.pk},
        "events:cancel_event": by_event,
        "events:cancel_registration": {**by_event, "reg": registration.pk},
        "events:head_count": by_event,
        "api:event": by_event,
    }
