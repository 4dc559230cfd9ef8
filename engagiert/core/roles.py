"""Granting and withdrawing municipality-wide roles: the one path that changes a Role, so that
what follows a role (the portal's editor groups, through core.registry's role listeners) follows
it every time. The Django admin's Role pages and the test factories go through here."""

from __future__ import annotations

from django.db import transaction

from engagiert.core import audit
from engagiert.core.models import Municipality, Role
from engagiert.core.registry import roles_changed


@transaction.atomic
def grant_role(*, user, municipality: Municipality, kind: str, actor=None) -> Role:
    """Give `user` the role `kind` in `municipality` (nothing changes when they hold it)."""
    role, created = Role.objects.get_or_create(user=user, municipality=municipality, kind=kind)
    if created and actor is not None:  # granted by a person (the admin); the demo and tests grant none
        audit.record(actor=actor, action="core.grant_role", target=role, municipality=municipality, data={"kind": kind})
    roles_changed(user=user, municipality=municipality)
    return role


@transaction.atomic
def withdraw_role(*, role: Role, actor=None) -> None:
    """Take the role away; what followed it (editor groups) goes with it."""
    user, municipality = role.user, role.municipality
    if actor is not None:
        audit.record(
            actor=actor, action="core.withdraw_role", target=role, municipality=municipality, data={"kind": role.kind}
        )
    role.delete()
    roles_changed(user=user, municipality=municipality)
