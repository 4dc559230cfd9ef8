"""Durchblick's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from engagiert.directory.models import OrganisationChange, OrganisationEditor
from engagiert.testing import (
    COORDINATOR_ONLY,
    COORDINATOR_POST_ONLY,
    EDITOR_ONLY,
    MatrixWorld,
    everyone,
    make_org,
    make_user,
    signed_in,
)

MATRIX: dict[str, dict[str, int]] = {
    "directory:search": everyone(200),
    "directory:detail": everyone(200),
    "directory:register": signed_in(200),
    "directory:request_editorship": signed_in(200),
    "directory:edit": EDITOR_ONLY,
    "directory:history": EDITOR_ONLY,
    "directory:queue": COORDINATOR_ONLY,
    "directory:reach": COORDINATOR_ONLY,
    "directory:export_csv": COORDINATOR_ONLY,
    "directory:export_xlsx": COORDINATOR_ONLY,
    "directory:decide_registration": COORDINATOR_POST_ONLY,
    "directory:decide_editor": COORDINATOR_POST_ONLY,
    "directory:decide_change": COORDINATOR_POST_ONLY,
    "directory:set_trusted": COORDINATOR_POST_ONLY,
    "api:municipalities": everyone(200),
    "api:organisations": everyone(200),
    "api:organisation": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    pending = make_org(world.dessau, "Wartet", status="pending")
    editor_request = OrganisationEditor.objects.create(organisation=world.org, user=make_user("anfrage@example.org"))
    change = OrganisationChange.objects.create(
        organisation=world.org, author=world.users["editor"], changes={"phone": ["", "1"]}
    )
    muni, slug = world.dessau.slug, world.org.slug
    return {
        "directory:detail": {"municipality": muni, "slug": slug},
        "directory:request_editorship": {"municipality": muni, "slug": slug},
        "directory:edit": {"municipality": muni, "slug": slug},
        "directory:history": {"municipality": muni, "slug": slug},
        "directory:decide_registration": {"municipality": muni, "pk": pending.pk},
        "directory:decide_editor": {"municipality": muni, "pk": editor_request.pk},
        "directory:decide_change": {"municipality": muni, "pk": change.pk},
        "directory:set_trusted": {"municipality": muni, "pk": world.org.pk},
        "api:organisation": {"municipality": muni, "slug": slug},
    }
