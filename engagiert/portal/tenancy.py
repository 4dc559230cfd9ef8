"""Which towns' sites a person edits in Wagtail's admin: the towns where they hold an editing
role (coordination or Redaktion). Their page and collection permissions come from the town's
groups (portal.services), which follow these roles."""

from __future__ import annotations

from engagiert.core.models import Municipality, Role

EDITING_ROLES = (Role.Kind.COORDINATOR, Role.Kind.EDITOR)


def admin_towns(user) -> list[Municipality]:
    """The towns whose sites `user` edits (every town for a platform admin is not listed: None
    of them is "theirs")."""
    if not user.is_authenticated or user.is_superuser:
        return []
    return list(
        Municipality.objects.filter(roles__user=user, roles__kind__in=EDITING_ROLES).distinct().order_by("name")
    )
