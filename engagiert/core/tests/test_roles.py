"""Roles change through core.roles: the listeners (the portal's editor groups) follow, the audit
trail records who granted or withdrew a role in the admin."""

from __future__ import annotations

from engagiert.core import registry
from engagiert.core.models import AuditRecord, Role
from engagiert.core.roles import grant_role, withdraw_role
from engagiert.testing import make_user


def test_listeners_hear_grants_and_withdrawals(dessau, platform_admin):
    heard = []
    registry.register_role_listener("test", lambda *, user, municipality: heard.append((user.pk, municipality.pk)))
    try:
        user = make_user("rolle@example.org")
        role = grant_role(user=user, municipality=dessau, kind=Role.Kind.EDITOR, actor=platform_admin)
        withdraw_role(role=role, actor=platform_admin)
    finally:
        registry._role_listeners.pop("test", None)
    assert heard == [(user.pk, dessau.pk), (user.pk, dessau.pk)]
    assert not Role.objects.filter(user=user).exists()
    actions = list(AuditRecord.objects.order_by("pk").values_list("action", "actor_id"))
    assert actions == [("core.grant_role", platform_admin.pk), ("core.withdraw_role", platform_admin.pk)]


def test_granting_twice_keeps_one_role(dessau):
    user = make_user("zweimal@example.org")
    grant_role(user=user, municipality=dessau, kind=Role.Kind.COORDINATOR)
    grant_role(user=user, municipality=dessau, kind=Role.Kind.COORDINATOR)
    assert Role.objects.filter(user=user).count() == 1
