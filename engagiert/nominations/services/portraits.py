"""The portrait: the nominee's answers and the photo with its own consent (re-encoded, EXIF dropped,
cropped square)."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from PIL import Image

from engagiert.core import audit
from engagiert.core.images import reencode_image
from engagiert.nominations.models import (
    Campaign,
    Nomination,
    Portrait,
)
from engagiert.nominations.services.common import (
    PHOTO_MAX_BYTES,
    PHOTO_SIDE,
    THUMB_SIDE,
    NominationError,
    S,
    _delete_later,
    _locked,
    _mail_coordinators,
    _move,
)
from engagiert.nominations.services.moderation import _notify_handouts

# --- the portrait ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PortraitData:
    display_name: str
    name_form: str
    answers: list[str]
    website: str = ""
    photo_alt: str = ""
    photo_credit: str = ""
    photo_consent: bool = False
    remove_photo: bool = False


def process_photo(upload) -> tuple[ContentFile, ContentFile]:
    """The photo as a square JPEG (PHOTO_SIDE at most) and its thumbnail: decoded and re-encoded
    (core.images: size checks, EXIF/GPS dropped), cropped to the middle."""
    png = reencode_image(upload, max_bytes=PHOTO_MAX_BYTES, max_pixels=2 * PHOTO_SIDE)
    image = Image.open(png)
    image.load()
    background = Image.new("RGB", image.size, "white")
    background.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
    side = min(background.size)
    left, top = (background.width - side) // 2, (background.height - side) // 2
    square = background.crop((left, top, left + side, top + side))
    out = []
    for edge, quality in ((PHOTO_SIDE, 86), (THUMB_SIDE, 80)):
        copy = square.resize((min(edge, side),) * 2, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        copy.save(buffer, format="JPEG", quality=quality, optimize=True)
        out.append(ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.jpg"))
    return out[0], out[1]


def _unique_slug(display_name: str, campaign: Campaign) -> str:
    base = slugify(f"{display_name}")[:60] or "portraet"
    slug, n = base, 2
    while Portrait.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def save_portrait(*, nomination: Nomination, data: PortraitData, photo=None, by=None, submit: bool = False) -> Portrait:
    """Create or change the portrait (the nominee by the link, `by` None; or a coordinator).
    The nominee's `submit` sends it to the moderation; a published portrait changed by the
    nominee goes back to the moderation."""
    nomination = _locked(nomination)
    if not nomination.has_consent:
        raise NominationError(_("Ein Porträt ist erst nach der Einwilligung möglich."))
    questions = list(nomination.campaign.questions)
    if len(data.answers) != len(questions):
        raise NominationError(_("Bitte beantworten Sie die Fragen der Kampagne."))
    if not any(a.strip() for a in data.answers):
        raise NominationError(_("Bitte beantworten Sie mindestens eine Frage."))
    if photo is not None and not data.photo_consent:
        raise NominationError(_("Bitte bestätigen Sie, dass das Foto veröffentlicht werden darf."))
    if photo is not None and not data.photo_alt.strip():
        raise NominationError(_("Bitte beschreiben Sie, was auf dem Foto zu sehen ist (Alternativtext)."))
    processed = process_photo(photo) if photo is not None else None  # ValidationError before any write
    portrait = Portrait.objects.filter(nomination=nomination).first()
    old_files: list[str] = []
    if portrait is None:
        portrait = Portrait(
            nomination=nomination,
            campaign_id=nomination.campaign_id,
            municipality_id=nomination.municipality_id,
            slug=_unique_slug(data.display_name, nomination.campaign),
        )
    portrait.display_name = data.display_name.strip()
    portrait.name_form = data.name_form
    portrait.answers = [{"question": q, "answer": a.strip()} for q, a in zip(questions, data.answers, strict=True)]
    portrait.website = data.website.strip()
    portrait.topic_id = nomination.topic_id
    portrait.organisation_id = nomination.organisation_id
    if processed is not None:
        old_files = [portrait.photo.name, portrait.thumbnail.name]
        portrait.photo.save(processed[0].name, processed[0], save=False)
        portrait.thumbnail.save(processed[1].name, processed[1], save=False)
        portrait.photo_consent_at = timezone.now()
    elif data.remove_photo and portrait.photo:
        old_files = [portrait.photo.name, portrait.thumbnail.name]
        portrait.photo = portrait.thumbnail = ""
        portrait.photo_consent_at = None
    if portrait.photo:
        portrait.photo_alt = data.photo_alt.strip()
        portrait.photo_credit = data.photo_credit.strip()
    else:
        portrait.photo_alt = portrait.photo_credit = ""
    portrait.save()
    _delete_later(*old_files)
    audit.record(
        actor=by,
        action="nominations.edit_portrait",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"photo": bool(portrait.photo), "submitted": submit},
    )
    if by is None and (submit or nomination.status == S.PUBLISHED):
        if nomination.status == S.PUBLISHED:
            portrait.published_on = None
            portrait.save(update_fields=["published_on"])
        _move(nomination, S.REVIEW)
        nomination.save(update_fields=["status"])
        portrait.submitted_at = timezone.now()
        portrait.save(update_fields=["submitted_at"])
        _mail_coordinators(nomination, gettext_noop("Ein Glücksbringer-Porträt wartet auf Ihre Prüfung."))
    return portrait


@transaction.atomic
def withdraw_photo(*, nomination: Nomination, by=None) -> None:
    """The nominee takes back the photo consent: the photo is deleted at once, the portrait stays."""
    nomination = _locked(nomination)
    portrait = Portrait.objects.filter(nomination=nomination).first()
    if portrait is None or not portrait.photo:
        return
    old = [portrait.photo.name, portrait.thumbnail.name]
    portrait.photo = portrait.thumbnail = ""
    portrait.photo_alt = portrait.photo_credit = ""
    portrait.photo_consent_at = None
    portrait.save()
    _delete_later(*old)
    audit.record(
        actor=by,
        action="nominations.withdraw_photo",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
    )
    _notify_handouts(
        nomination, gettext_noop("Die Person hat die Einwilligung zu ihrem Foto widerrufen; das Foto ist gelöscht.")
    )
