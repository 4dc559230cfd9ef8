"""The one audit trail: services that act on someone's behalf (`by`/`user`/`actor`) call
`record`, which writes a core.AuditRecord of who did what to which object, and when."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from engagiert.core import pagecache
from engagiert.core.models import AuditRecord, Municipality


def record(
    *,
    actor,
    action: str,
    target: Model,
    municipality: Municipality | int | None,
    decision: str = "",
    reason: str = "",
    data: dict[str, Any] | None = None,
    label: str = "",
) -> AuditRecord:
    """Write who (`actor`, None or anonymous for the system) did `action` (e.g. "events.approve_event") to `target`.

    The target is kept as content type and id with `label` as its text (by default the model's
    name and id: a record must not keep a person's name after their data is deleted).

    A recorded action may change what the town's public pages show: their cached copies are
    replaced once the transaction commits (core.pagecache)."""
    pagecache.content_changed(municipality)
    return AuditRecord.objects.create(
        municipality_id=getattr(municipality, "pk", municipality),
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=ContentType.objects.get_for_model(target),
        target_id=str(target.pk),
        target_repr=(label or f"{target._meta.verbose_name} {target.pk}")[:200],
        decision=decision,
        reason=reason or "",
        data=data or {},
    )


def decision_of(approve: bool) -> str:
    """The stored value of a yes/no decision."""
    return AuditRecord.Decision.APPROVE if approve else AuditRecord.Decision.REJECT
