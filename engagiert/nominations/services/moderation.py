"""Moderation by the town's coordinators: publish, reject, withdraw, merge duplicates, block addresses,
record handed-out images."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.core import audit
from engagiert.core.mail import Text
from engagiert.core.models import Municipality
from engagiert.nominations.models import (
    BlockedAddress,
    ImageHandout,
    Nomination,
    Portrait,
)
from engagiert.nominations.services.common import (
    NominationError,
    S,
    _absolute,
    _locked,
    _mail_coordinators,
    _mail_nominators,
    _mail_nominee,
    _move,
)
from engagiert.nominations.services.deletion import erase
from engagiert.nominations.services.nominating import _join, email_digest

# --- moderation ------------------------------------------------------------------------------


@transaction.atomic
def publish(*, nomination: Nomination, by, on: datetime.date | None = None) -> Portrait:
    """Publish the portrait (from `on`, default today)."""
    nomination = _locked(nomination)
    portrait = Portrait.objects.filter(nomination=nomination).first()
    if portrait is None:
        raise NominationError(_("Es gibt noch kein Porträt, das veröffentlicht werden könnte."))
    if nomination.status not in (S.REVIEW, S.CONSENTED):
        raise NominationError(
            _("Das ist im Zustand „%(status)s“ nicht möglich.") % {"status": nomination.get_status_display()}
        )
    _move(nomination, S.PUBLISHED)
    on = on or timezone.localdate()
    nomination.published_at = timezone.now()
    nomination.save(update_fields=["status", "published_at"])
    portrait.published_on = on
    portrait.save(update_fields=["published_on"])
    audit.record(
        actor=by,
        action="nominations.publish",
        target=nomination,
        municipality=nomination.municipality_id,
        decision=audit.decision_of(True),
        label=nomination.label,
        data={"on": on.isoformat()},
    )
    url = _absolute(portrait.get_absolute_url())
    _mail_nominee(nomination, "nominations/email/published", portrait_url=url, on=on)
    _mail_nominators(
        nomination,
        gettext_noop("Die Person, die Sie vorgeschlagen haben, wird ab %(on)s als Glücksbringer vorgestellt."),
        url=url,
        on=on,
    )
    return portrait


@transaction.atomic
def reject(*, nomination: Nomination, by, reason: str) -> None:
    """Do not publish: the nominators learn the reason, everything about the nominee is deleted."""
    nomination = _locked(nomination)
    if not reason.strip():
        raise NominationError(_("Bitte begründen Sie die Ablehnung."))
    _move(nomination, S.REJECTED)
    audit.record(
        actor=by,
        action="nominations.reject",
        target=nomination,
        municipality=nomination.municipality_id,
        decision=audit.decision_of(False),
        reason=reason.strip(),
        label=nomination.label,
    )
    _mail_nominators(
        nomination,
        gettext_noop("Ihr Vorschlag wird nicht veröffentlicht. Begründung der Koordinierungsstelle: %(reason)s"),
        reason=reason.strip(),
    )
    if nomination.consent_at:
        _mail_nominee(nomination, "nominations/email/rejected", reason=reason.strip())
    _notify_handouts(nomination, gettext_noop("Ein veröffentlichtes Porträt wurde zurückgezogen."))
    erase(nomination, status=S.REJECTED)


@transaction.atomic
def withdraw(*, nomination: Nomination, by=None) -> None:
    """The nominee withdraws consent (by the link or from "Mein Bereich"): unpublished at once
    and deleted with the photos; the coordinators learn of images handed out for print."""
    nomination = _locked(nomination)
    _move(nomination, S.WITHDRAWN)
    audit.record(
        actor=by,
        action="nominations.withdraw",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
    )
    _notify_handouts(
        nomination, gettext_noop("Die Person hat ihre Einwilligung widerrufen; ihr Porträt ist gelöscht."), always=True
    )
    _mail_nominee(nomination, "nominations/email/withdrawn")
    erase(nomination, status=S.WITHDRAWN)


def _notify_handouts(nomination: Nomination, msgid: str, *, always: bool = False) -> None:
    handouts = list(nomination.handouts.values_list("kind", "created_at"))
    if not handouts and not always:
        return
    listed = "; ".join(f"{ImageHandout.Kind(kind).label} ({timezone.localtime(at):%d.%m.%Y})" for kind, at in handouts)
    if handouts:
        _mail_coordinators(
            nomination,
            gettext_noop("%(what)s Ausgegebene Bilder, die Sie bitte zurückziehen: %(handouts)s"),
            what=Text(msgid),
            handouts=listed,
        )
    else:
        _mail_coordinators(nomination, msgid)


@transaction.atomic
def merge(*, into: Nomination, duplicate: Nomination, by) -> Nomination:
    """The moderator merges a second nomination of the same person into `into`."""
    into, duplicate = _locked(into), _locked(duplicate)
    if into.pk == duplicate.pk:
        raise NominationError(_("Ein Vorschlag kann nicht mit sich selbst zusammengeführt werden."))
    if into.campaign_id != duplicate.campaign_id or into.municipality_id != duplicate.municipality_id:
        raise NominationError(_("Nur Vorschläge derselben Kampagne und Kommune können zusammengeführt werden."))
    if duplicate.is_ended or into.is_ended:
        raise NominationError(_("Beendete Vorschläge können nicht zusammengeführt werden."))
    if duplicate.status == S.PUBLISHED:
        raise NominationError(_("Ein veröffentlichtes Porträt kann nicht in einen anderen Vorschlag übergehen."))
    return _join(nominator=None, duplicate=duplicate, into=into, by=by)


def block_address(*, municipality: Municipality, email: str, by, note: str = "") -> BlockedAddress:
    blocked, _created = BlockedAddress.objects.get_or_create(
        municipality=municipality, email_digest=email_digest(email), defaults={"created_by": by, "note": note[:200]}
    )
    audit.record(actor=by, action="nominations.block_address", target=blocked, municipality=municipality)
    return blocked


def record_handout(*, nomination: Nomination, kind: str, by) -> None:
    ImageHandout.objects.create(nomination=nomination, kind=kind, by=by)
    audit.record(
        actor=by,
        action="nominations.handout",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"kind": kind},
    )
