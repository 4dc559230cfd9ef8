"""Writes of Glücksbringer: the life of a nomination, from the nominator's confirmation
through the nominee's consent and the moderation to publication, withdrawal and deletion.

The state machine (Nomination.Status):

    unconfirmed ──confirm──▶ invited (e-mail)      ──agree──▶ consented ──submit──▶ review ──publish──▶ published
                         └─▶ contact (no e-mail)   ──record_consent──▶ consented ──────────publish──────▶ published
                         └─▶ consented (self-nomination)
    invited ──decline──▶ declined · invited ──30 days──▶ expired · any active ──reject──▶ rejected
    any active ──withdraw──▶ withdrawn

Every move is checked against TRANSITIONS under a row lock, recorded in core.audit (the
nomination's history) and e-mailed to whom it concerns (core.mail, after commit). The ended
states keep no personal data (erase())."""

from __future__ import annotations

import datetime
import io
import uuid
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from PIL import Image

from engagiert.core import audit, mail, tokens
from engagiert.core.images import reencode_image
from engagiert.core.mail import Text
from engagiert.core.models import Municipality, Role
from engagiert.nominations.models import (
    CONFIRM_HOURS,
    EXPIRY_DAYS,
    REMINDER_DAYS,
    RETENTION_MONTHS,
    BlockedAddress,
    Campaign,
    ImageHandout,
    Nomination,
    Nominator,
    Portrait,
)

S = Nomination.Status
NOMINEE_SALT = "nominations.nominee"
PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_SIDE = 1080  # the square photo (the social-media image's size)
THUMB_SIDE = 480
SCAN_MAX_BYTES = 10 * 1024 * 1024

TRANSITIONS: dict[str, set[str]] = {
    S.UNCONFIRMED: {S.INVITED, S.CONTACT, S.CONSENTED},
    S.INVITED: {S.CONSENTED, S.DECLINED, S.EXPIRED, S.REJECTED, S.WITHDRAWN},
    S.CONTACT: {S.CONSENTED, S.DECLINED, S.REJECTED, S.WITHDRAWN},
    S.CONSENTED: {S.REVIEW, S.PUBLISHED, S.REJECTED, S.WITHDRAWN},
    S.REVIEW: {S.CONSENTED, S.PUBLISHED, S.REJECTED, S.WITHDRAWN},
    S.PUBLISHED: {S.REVIEW, S.WITHDRAWN, S.REJECTED},
    S.DECLINED: set(),
    S.EXPIRED: set(),
    S.REJECTED: set(),
    S.WITHDRAWN: set(),
}


class NominationError(Exception):
    """A step that is not possible now; the message is for the person (German, "Sie")."""


class LinkError(NominationError):
    """A link that cannot be used: `expired` when it was valid once (410), else unknown (404)."""

    def __init__(self, message: str = "", *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


# --- links -----------------------------------------------------------------------------------


def nominee_token(nomination: Nomination) -> str:
    """The nominee's link token (invitation, portrait, withdrawal): signed, stores nothing."""
    return tokens.sign(str(nomination.pk), salt=NOMINEE_SALT)


def nomination_from_token(token: str) -> Nomination:
    """The nomination of a nominee link; LinkError when forged (404) or when it has ended (410)."""
    value = tokens.unsign(token, salt=NOMINEE_SALT)
    if value is None or not value.isdigit():
        raise LinkError()
    nomination = Nomination.objects.select_related("campaign", "municipality").filter(pk=int(value)).first()
    if nomination is None:
        raise LinkError(_("Zu diesem Link gibt es keinen Vorschlag mehr."), expired=True)
    if nomination.is_ended:
        raise LinkError(
            _("Dieser Vorschlag ist beendet; alle Angaben zu Ihnen wurden gelöscht. Nichts wird veröffentlicht."),
            expired=True,
        )
    return nomination


def nominee_url(nomination: Nomination) -> str:
    path = reverse(
        "nominations:nominee", kwargs={"municipality": nomination.municipality.slug, "token": nominee_token(nomination)}
    )
    return settings.SITE_URL.rstrip("/") + path


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


# --- nominating ------------------------------------------------------------------------------


def email_digest(email: str) -> str:
    return tokens.digest(email.strip().lower())


@transaction.atomic
def nominate(
    *,
    campaign: Campaign,
    municipality: Municipality,
    kind: str,
    nominee_name: str,
    nominee_email: str = "",
    channel: str,
    nominee_phone: str = "",
    nominee_address: str = "",
    organisation=None,
    topic=None,
    activity: str = "",
    is_self: bool = False,
    nominator_name: str,
    nominator_email: str,
    relation: str = "",
    reason: str = "",
    reveal: bool = False,
    language: str = "de",
    now: datetime.datetime | None = None,
) -> Nomination:
    """Store a nomination, unconfirmed, and e-mail the nominator the confirmation link (48 hours)."""
    now = now or timezone.now()
    if not campaign.is_open(timezone.localdate(now)):
        raise NominationError(_("Diese Kampagne nimmt keine Vorschläge mehr an."))
    if not campaign.participants.filter(pk=municipality.pk).exists():
        raise NominationError(_("Diese Kommune nimmt an der Kampagne nicht teil."))
    if is_self and not campaign.self_nominations:
        raise NominationError(_("In dieser Kampagne kann man sich nicht selbst vorschlagen."))
    if kind == Nomination.Kind.INITIATIVE and not campaign.initiatives:
        raise NominationError(_("In dieser Kampagne können nur Personen vorgeschlagen werden."))
    nominator_email = nominator_email.strip().lower()
    nominee_email = nominator_email if is_self else nominee_email.strip().lower()
    if is_self:
        channel = Nomination.Channel.EMAIL
    _check_reachable(
        channel=channel, email=nominee_email, phone=nominee_phone, address=nominee_address, organisation=organisation
    )
    if BlockedAddress.objects.filter(municipality=municipality, email_digest=email_digest(nominator_email)).exists():
        raise NominationError(
            _(
                "Von dieser E-Mail-Adresse nimmt die Koordinierungsstelle keine Vorschläge an. Bitte wenden Sie sich "
                "direkt an sie."
            )
        )
    nomination = Nomination.objects.create(
        campaign=campaign,
        municipality=municipality,
        kind=kind,
        nominee_name=nominee_name.strip(),
        nominee_email=nominee_email,
        channel=channel,
        nominee_phone=nominee_phone.strip() if channel == Nomination.Channel.PHONE else "",
        nominee_address=nominee_address.strip() if channel == Nomination.Channel.POST else "",
        organisation=organisation,
        topic=topic,
        activity=activity.strip(),
        is_self=is_self,
    )
    raw, digest = tokens.issue()
    nominator = Nominator.objects.create(
        nomination=nomination,
        name=nominator_name.strip(),
        email=nominator_email,
        relation="" if is_self else relation.strip(),
        reason=reason.strip(),
        reveal=True if is_self else reveal,
        language=language,
        token_hash=digest,
        expires_at=now + datetime.timedelta(hours=CONFIRM_HOURS),
    )
    audit.record(
        actor=None,
        action="nominations.nominate",
        target=nomination,
        municipality=municipality,
        label=nomination.label,
        data={"self": is_self},
    )
    confirm = reverse("nominations:confirm", kwargs={"municipality": municipality.slug, "token": raw})
    mail.send(
        template="nominations/email/confirm",
        to=nominator.email,
        municipality=municipality,
        language=language,
        context={
            "campaign": campaign,
            "name": nominator.name,
            "url": _absolute(confirm),
            "self": is_self,
            "hours": CONFIRM_HOURS,
        },
    )
    return nomination


def _check_reachable(*, channel: str, email: str, phone: str, address: str, organisation) -> None:
    if channel == Nomination.Channel.EMAIL and not email:
        raise NominationError(_("Bitte geben Sie die E-Mail-Adresse der vorgeschlagenen Person an."))
    if channel == Nomination.Channel.PHONE and not phone.strip():
        raise NominationError(_("Bitte geben Sie eine Telefonnummer an, unter der wir die Person erreichen."))
    if channel == Nomination.Channel.POST and not address.strip():
        raise NominationError(_("Bitte geben Sie eine Postanschrift an, unter der wir die Person erreichen."))
    if channel == Nomination.Channel.ORGANISATION and organisation is None:
        raise NominationError(_("Bitte wählen Sie die Organisation, über die wir die Person erreichen."))
    if channel not in Nomination.Channel.values:
        raise NominationError(_("Bitte sagen Sie uns, wie wir die Person erreichen."))


@transaction.atomic
def confirm_nominator(raw: str, *, now: datetime.datetime | None = None) -> Nomination:
    """The nominator confirms by the link: the nomination goes ahead (or joins an existing
    nomination of the same person). LinkError when the link is unknown, used or expired."""
    now = now or timezone.now()
    found = tokens.find(Nominator.objects.all(), raw)
    if found is None:
        raise LinkError()
    if not tokens.claim(Nominator.objects.all(), raw, now=now):
        if found.confirmed_at:
            raise LinkError(_("Sie haben Ihren Vorschlag bereits bestätigt."), expired=True)
        raise LinkError(_("Der Link ist abgelaufen. Bitte schlagen Sie die Person noch einmal vor."), expired=True)
    nominator = Nominator.objects.select_related("nomination").get(pk=found.pk)
    nominator.confirmed_at = now
    nominator.save(update_fields=["confirmed_at"])
    nomination = Nomination.objects.select_for_update().get(pk=nominator.nomination_id)
    if nomination.status != S.UNCONFIRMED:
        return nomination
    existing = _duplicate_of(nomination)
    if existing is not None:
        return _join(nominator=nominator, duplicate=nomination, into=existing, by=None)
    try:
        with transaction.atomic():
            _activate(nomination, now=now)
    except IntegrityError:  # the same person became active in parallel: join that one
        existing = _duplicate_of(nomination)
        if existing is None:
            raise
        return _join(nominator=nominator, duplicate=nomination, into=existing, by=None)
    return nomination


def _duplicate_of(nomination: Nomination) -> Nomination | None:
    if not nomination.nominee_email:
        return None
    return (
        Nomination.objects.select_for_update()
        .filter(campaign=nomination.campaign_id, nominee_email=nomination.nominee_email, status__in=Nomination.ACTIVE)
        .exclude(pk=nomination.pk)
        .first()
    )


def _join(*, nominator: Nominator, duplicate: Nomination, into: Nomination, by) -> Nomination:
    """Move the nominators of `duplicate` to `into` and delete `duplicate` (one nomination,
    several nominators and reasons)."""
    Nominator.objects.filter(nomination=duplicate).update(nomination=into)
    if into.topic_id is None and duplicate.topic_id:
        into.topic_id = duplicate.topic_id
        into.save(update_fields=["topic"])
    audit.record(
        actor=by,
        action="nominations.merge",
        target=into,
        municipality=into.municipality_id,
        label=into.label,
        data={"merged": duplicate.pk},
    )
    _delete_files(duplicate)
    duplicate.delete()
    return into


def _move(nomination: Nomination, to: str) -> None:
    if to not in TRANSITIONS[nomination.status]:
        raise NominationError(
            _("Das ist im Zustand „%(status)s“ nicht möglich.") % {"status": nomination.get_status_display()}
        )
    nomination.status = to


def _activate(nomination: Nomination, *, now: datetime.datetime) -> None:
    nomination.confirmed_at = now
    if nomination.is_self:
        _move(nomination, S.CONSENTED)
        nomination.consent_at = now
        nomination.consent_channel = Nomination.ConsentChannel.SELF
        nomination.writer = Nomination.Writer.NOMINEE
        nomination.save()
        _mail_nominee(nomination, "nominations/email/self_welcome")
    elif nomination.nominee_email and nomination.channel == Nomination.Channel.EMAIL:
        _move(nomination, S.INVITED)
        nomination.invited_at = now
        nomination.save()
        _mail_nominee(nomination, "nominations/email/invitation", reminder=False)
    else:
        _move(nomination, S.CONTACT)
        nomination.save()
        _mail_coordinators(
            nomination,
            gettext_noop(
                "Ein neuer Glücksbringer-Vorschlag wartet darauf, dass Sie die "
                "vorgeschlagene Person nach ihrer Einwilligung fragen."
            ),
        )
    audit.record(
        actor=None,
        action="nominations.confirm",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"status": nomination.status},
    )


# --- mails -----------------------------------------------------------------------------------


def coordinator_emails(municipality_id: int) -> list[str]:
    return list(
        Role.objects.filter(municipality_id=municipality_id, kind=Role.Kind.COORDINATOR)
        .values_list("user__email", flat=True)
        .order_by("user__email")
    )


def _mail_coordinators(nomination: Nomination, msgid: str, **params) -> None:
    url = _absolute(nomination.get_absolute_url())
    mail.send(
        template="nominations/email/coordination",
        to=coordinator_emails(nomination.municipality_id) or [nomination.municipality.email],
        municipality=nomination.municipality,
        context={
            "campaign": nomination.campaign,
            "message": Text(msgid, **params),
            "url": url,
            "number": nomination.pk,
        },
    )


def _mail_nominee(nomination: Nomination, template: str, **extra) -> None:
    if not nomination.nominee_email:
        return
    revealed = [
        {"name": n.name, "relation": n.relation, "reason": n.reason}
        for n in nomination.nominators.all()
        if n.reveal and n.confirmed_at and not nomination.is_self
    ]
    hidden = sum(1 for n in nomination.nominators.all() if n.confirmed_at and not n.reveal)
    mail.send(
        template=template,
        to=nomination.nominee_email,
        municipality=nomination.municipality,
        context={
            "campaign": nomination.campaign,
            "name": nomination.nominee_name,
            "activity": nomination.activity,
            "revealed": revealed,
            "hidden": hidden,
            "url": nominee_url(nomination),
            "questions": list(nomination.campaign.questions),
            "expiry_days": EXPIRY_DAYS,
            **extra,
        },
    )


def _mail_nominators(nomination: Nomination, msgid: str, *, url: str = "", **params) -> None:
    for nominator in nomination.nominators.filter(confirmed_at__isnull=False):
        if nomination.is_self:
            continue
        mail.send(
            template="nominations/email/nominator",
            to=nominator.email,
            municipality=nomination.municipality,
            language=nominator.language,
            context={
                "campaign": nomination.campaign,
                "name": nominator.name,
                "message": Text(msgid, **params),
                "url": url,
            },
        )


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


# --- deletion --------------------------------------------------------------------------------


def _locked(nomination: Nomination) -> Nomination:
    return Nomination.objects.select_for_update().select_related("campaign", "municipality").get(pk=nomination.pk)


def _delete_later(*names: str) -> None:
    for name in names:
        if name:
            transaction.on_commit(lambda name=name: default_storage.delete(name))


def _delete_files(nomination: Nomination) -> None:
    portrait = Portrait.objects.filter(nomination=nomination).first()
    if portrait is not None:
        _delete_later(portrait.photo.name, portrait.thumbnail.name)
    _delete_later(nomination.consent_scan.name)


def erase(nomination: Nomination, *, status: str, now: datetime.datetime | None = None) -> None:
    """Delete everything about the nominee and the nominators (portrait and photos included,
    the files once the transaction commits); keep an anonymous row with `status` for the figures."""
    now = now or timezone.now()
    _delete_files(nomination)
    Portrait.objects.filter(nomination=nomination).delete()
    Nominator.objects.filter(nomination=nomination).delete()
    nomination.status = status
    nomination.nominee_name = nomination.nominee_email = nomination.nominee_phone = ""
    nomination.nominee_address = nomination.activity = nomination.consent_note = ""
    nomination.organisation = None
    nomination.consent_scan = ""
    nomination.ended_at = nomination.ended_at or now
    nomination.erased_at = now
    nomination.save()


# --- the daily run ---------------------------------------------------------------------------


def run_daily(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete unconfirmed nominations after 48 hours, remind unanswered invitations after 7 and
    21 days, expire them after 30, and apply the retention rules. Idempotent."""
    now = now or timezone.now()
    counts = {"unconfirmed": 0, "reminded": 0, "expired": 0, "erased": 0}
    # Nominators who did not confirm: gone; a nomination without a confirmed nominator with them.
    with transaction.atomic():
        Nominator.objects.filter(confirmed_at__isnull=True, expires_at__lte=now).delete()
        stale = Nomination.objects.filter(status=S.UNCONFIRMED, nominators__isnull=True)
        counts["unconfirmed"] = stale.count()
        stale.delete()
    for nomination in Nomination.objects.filter(status=S.INVITED, invited_at__isnull=False).select_related(
        "campaign", "municipality"
    ):
        age = now - nomination.invited_at
        if age >= datetime.timedelta(days=EXPIRY_DAYS):
            with transaction.atomic():
                locked = _locked(nomination)
                if locked.status != S.INVITED:
                    continue
                _move(locked, S.EXPIRED)
                audit.record(
                    actor=None,
                    action="nominations.expire",
                    target=locked,
                    municipality=locked.municipality_id,
                    label=locked.label,
                )
                _mail_nominators(
                    locked,
                    gettext_noop(
                        "Die vorgeschlagene Person hat nicht geantwortet. Sie wird "
                        "nicht vorgestellt; alle Angaben zu ihr sind gelöscht."
                    ),
                )
                erase(locked, status=S.EXPIRED, now=now)
            counts["expired"] += 1
            continue
        due = sum(1 for day in REMINDER_DAYS if age >= datetime.timedelta(days=day))
        if due > nomination.reminders_sent:
            with transaction.atomic():
                updated = Nomination.objects.filter(pk=nomination.pk, reminders_sent=nomination.reminders_sent).update(
                    reminders_sent=due
                )
                if updated:
                    left = EXPIRY_DAYS - age.days
                    _mail_nominee(nomination, "nominations/email/invitation", reminder=True, days_left=left)
                    counts["reminded"] += 1
    # Ended nominations that still hold data (a safety net: erase() runs when they end).
    for nomination in Nomination.objects.filter(status__in=Nomination.ENDED, erased_at__isnull=True):
        with transaction.atomic():
            erase(_locked(nomination), status=nomination.status, now=now)
            counts["erased"] += 1
    # Six months after a campaign's end: every nomination that was not published.
    cutoff = timezone.localdate(now) - relativedelta(months=RETENTION_MONTHS)
    for nomination in Nomination.objects.filter(
        campaign__ends_on__lt=cutoff, status__in=(S.UNCONFIRMED, S.INVITED, S.CONTACT, S.CONSENTED, S.REVIEW)
    ):
        with transaction.atomic():
            locked = _locked(nomination)
            audit.record(
                actor=None,
                action="nominations.retention",
                target=locked,
                municipality=locked.municipality_id,
                label=locked.label,
            )
            erase(locked, status=S.EXPIRED, now=now)
            counts["erased"] += 1
    return counts
