"""The nominee's consent: answered by the nominee from the invitation, or recorded by a coordinator
(form, scan, or date and channel)."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.core import audit
from engagiert.core.images import reencode_image
from engagiert.nominations.models import (
    Nomination,
)
from engagiert.nominations.services.common import (
    SCAN_MAX_BYTES,
    NominationError,
    S,
    _locked,
    _mail_coordinators,
    _mail_nominators,
    _move,
)
from engagiert.nominations.services.deletion import erase

# --- the nominee's consent -------------------------------------------------------------------

AGREE_WRITE, AGREE_COORDINATOR, DECLINE = "write", "coordinator", "decline"


@transaction.atomic
def answer_invitation(*, nomination: Nomination, choice: str, now: datetime.datetime | None = None) -> Nomination:
    """The nominee's answer by the link: agree and write, agree with the coordinator's help, or decline."""
    now = now or timezone.now()
    nomination = _locked(nomination)
    if choice == DECLINE:
        _move(nomination, S.DECLINED)
        audit.record(
            actor=None,
            action="nominations.decline",
            target=nomination,
            municipality=nomination.municipality_id,
            label=nomination.label,
        )
        _mail_nominators(
            nomination,
            gettext_noop(
                "Die vorgeschlagene Person wird in dieser Kampagne nicht vorgestellt. Vielen Dank für Ihren Vorschlag."
            ),
        )
        erase(nomination, status=S.DECLINED, now=now)
        return nomination
    if choice not in (AGREE_WRITE, AGREE_COORDINATOR):
        raise NominationError(_("Bitte wählen Sie eine der drei Möglichkeiten."))
    if nomination.status == S.CONSENTED:  # changing who writes
        nomination.writer = Nomination.Writer.NOMINEE if choice == AGREE_WRITE else Nomination.Writer.COORDINATOR
        nomination.save(update_fields=["writer"])
        return nomination
    _move(nomination, S.CONSENTED)
    nomination.consent_at = now
    nomination.consent_channel = Nomination.ConsentChannel.LINK
    nomination.writer = Nomination.Writer.NOMINEE if choice == AGREE_WRITE else Nomination.Writer.COORDINATOR
    nomination.save()
    audit.record(
        actor=None,
        action="nominations.consent",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"channel": "link", "writer": nomination.writer},
    )
    if choice == AGREE_COORDINATOR:
        _mail_coordinators(
            nomination,
            gettext_noop(
                "Die vorgeschlagene Person hat eingewilligt und möchte ihr "
                "Porträt gemeinsam mit Ihnen schreiben. Bitte melden Sie sich "
                "bei ihr."
            ),
        )
    return nomination


@dataclass(frozen=True)
class RecordedConsent:
    channel: str
    given_on: datetime.date
    note: str = ""
    writer: str = Nomination.Writer.COORDINATOR


@transaction.atomic
def record_consent(*, nomination: Nomination, by, consent: RecordedConsent, scan=None) -> Nomination:
    """A coordinator records the consent obtained on paper, by phone or in person (a signed
    scan uploaded, or noted with date and channel)."""
    nomination = _locked(nomination)
    if consent.channel not in (
        Nomination.ConsentChannel.PAPER,
        Nomination.ConsentChannel.PHONE,
        Nomination.ConsentChannel.IN_PERSON,
        Nomination.ConsentChannel.EMAIL,
    ):
        raise NominationError(_("Bitte wählen Sie, wie die Person eingewilligt hat."))
    if consent.channel == Nomination.ConsentChannel.PAPER and scan is None:
        raise NominationError(_("Bitte laden Sie das unterschriebene Formular hoch."))
    if consent.given_on > timezone.localdate():
        raise NominationError(_("Das Datum der Einwilligung liegt in der Zukunft."))
    _move(nomination, S.CONSENTED)
    stored = _store_scan(scan) if scan is not None else ""
    nomination.consent_at = timezone.make_aware(datetime.datetime.combine(consent.given_on, datetime.time(12)))
    nomination.consent_channel = consent.channel
    nomination.consent_note = consent.note.strip()
    nomination.consent_recorded_by = by
    nomination.writer = consent.writer
    if stored:
        nomination.consent_scan.name = stored
    nomination.save()
    audit.record(
        actor=by,
        action="nominations.record_consent",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"channel": consent.channel, "scan": bool(stored)},
    )
    return nomination


def _store_scan(upload) -> str:
    """A signed consent form: a PDF (checked by its signature) or an image (re-encoded)."""
    if upload.size > SCAN_MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß (höchstens 10 MB)."))
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-":
        content, ext = upload.read(), "pdf"
    else:
        content, ext = reencode_image(upload, max_bytes=SCAN_MAX_BYTES, max_pixels=2400).read(), "png"
    name = default_storage.save(f"nominations/consent/{uuid.uuid4().hex}.{ext}", ContentFile(content))
    transaction.on_commit(lambda: None)
    return name
