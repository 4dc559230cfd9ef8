"""Writes of Mach mit!: opportunities, profiles, interests, shifts, hours, certificates.

Every function is one transaction. Rules that need the database's current state (capacity
of a shift, overlapping shifts, hours per day) are checked under a row lock."""

from __future__ import annotations

import datetime
import hashlib
import json
import secrets
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from engagiert.core.models import Municipality, Role, User
from engagiert.core.permissions import has_role
from engagiert.directory.models import Competency, Organisation, OrganisationEditor
from engagiert.volunteering.indexing import reindex_opportunities
from engagiert.volunteering.models import (
    Certificate,
    HourCorrection,
    HourEntry,
    Interest,
    Invitation,
    Message,
    Opportunity,
    Shift,
    ShiftSignup,
    VolunteerProfile,
)

MAX_HOURS_PER_DAY = Decimal("24")
OPPORTUNITY_FIELDS = (
    "title_de",
    "title_en",
    "title_ar",
    "title_uk",
    "description_de",
    "description_en",
    "description_ar",
    "description_uk",
    "tasks_de",
    "tasks_en",
    "tasks_ar",
    "tasks_uk",
    "kind",
    "hours_per_week",
    "hours_total",
    "schedule",
    "availability",
    "district",
    "address",
    "remote",
    "languages",
    "minimum_age",
    "requirements",
    "accessibility",
    "contact",
    "people_wanted",
)


class VolunteeringError(Exception):
    """A rule of Mach mit! was broken; the message is for the user."""


def _pause_between_check_and_write() -> None:
    """Hook for the concurrency tests: lets them widen the race window."""


def _mail(recipients: list[str], subject, body, params: dict[str, Any] | None = None, *, lang: str = "de") -> None:
    """E-mail in the recipient's language: `subject` and `body` are lazy (gettext_lazy)
    texts, translated and filled with `params` (lazy values too) under that language."""
    recipients = [r for r in dict.fromkeys(recipients) if r]
    if not recipients:
        return
    with translation.override(lang or "de"):
        if params is None:
            subject, body = str(subject), str(body)
        else:
            values = {key: str(value) if isinstance(value, Promise) else value for key, value in params.items()}
            subject, body = str(subject) % values, str(body) % values
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def profile_language(*, user, municipality_id: int) -> str:
    """The language a volunteer last used with Mach mit! in this municipality (German if unknown).
    Organisations' contacts are written to in German: their language is not stored."""
    language = (
        VolunteerProfile.objects.filter(user=user, municipality_id=municipality_id)
        .values_list("language", flat=True)
        .first()
    )
    return language or "de"


def _title_in(opportunity: Opportunity, language: str) -> str:
    """The opportunity's title in `language`, falling back to German (as on its page)."""
    return getattr(opportunity, f"title_{language}", None) or _german_title(opportunity)


def _german_title(opportunity: Opportunity) -> str:
    return opportunity.title_de or opportunity.title


def organisation_recipients(organisation: Organisation) -> list[str]:
    """Who hears about an organisation's opportunities: its active editors, else its address."""
    editors = list(
        OrganisationEditor.objects.filter(
            organisation=organisation, status=OrganisationEditor.Status.ACTIVE
        ).values_list("user__email", flat=True)
    )
    return editors or [organisation.email]


def can_manage(user, organisation: Organisation) -> bool:
    """Coordinators of the municipality and active editors of the organisation."""
    if has_role(user, organisation.municipality, Role.Kind.COORDINATOR):
        return True
    return (
        user.is_authenticated
        and OrganisationEditor.objects.filter(
            organisation=organisation, user=user, status=OrganisationEditor.Status.ACTIVE
        ).exists()
    )


def age_in_year(birth_year: int | None, year: int) -> int | None:
    """The age a person reaches in `year` (only the year of birth is stored)."""
    return None if birth_year is None else year - birth_year


# --- Opportunities ------------------------------------------------------------------


@transaction.atomic
def save_opportunity(
    *,
    organisation: Organisation,
    author,
    data: dict[str, Any],
    topics: list,
    skills: list[str],
    submit: bool,
    opportunity: Opportunity | None = None,
) -> Opportunity:
    """Create or update an opportunity. Submitted ones go online at once when the
    organisation is trusted or the author coordinates; otherwise they wait for approval."""
    opp = opportunity or Opportunity(organisation=organisation, municipality_id=organisation.municipality_id)
    for name in OPPORTUNITY_FIELDS:
        if name in data:
            setattr(opp, name, data[name])
    if opp.hours_per_week is None and opp.hours_total is None:
        raise VolunteeringError(_("Bitte geben Sie Stunden pro Woche oder Stunden insgesamt an."))
    if submit:
        immediate = organisation.trusted or has_role(author, organisation.municipality, Role.Kind.COORDINATOR)
        if opp.status in (Opportunity.Status.DRAFT, Opportunity.Status.PENDING) or opportunity is None:
            opp.status = Opportunity.Status.PUBLISHED if immediate else Opportunity.Status.PENDING
    elif opportunity is None:
        opp.status = Opportunity.Status.DRAFT
    opp.confirmed_current_at = timezone.now()
    opp.stale_notified_at = None
    opp.save()
    opp.topics.set(topics)
    opp.skills.set([Competency.objects.get_or_create(name=name)[0] for name in skills])
    reindex_opportunities([opp.pk])
    return opp


@transaction.atomic
def decide_opportunity(*, opportunity: Opportunity, approve: bool, by) -> None:
    opp = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if opp.status != Opportunity.Status.PENDING:
        raise VolunteeringError(_("Über dieses Angebot wurde bereits entschieden."))
    opp.status = Opportunity.Status.PUBLISHED if approve else Opportunity.Status.DRAFT
    opp.confirmed_current_at = timezone.now()
    opp.save(update_fields=["status", "confirmed_current_at", "updated_at"])


def set_status(*, opportunity: Opportunity, status: str) -> None:
    """Mark as filled, archived, or published again (from filled)."""
    allowed = {
        Opportunity.Status.FILLED: {Opportunity.Status.PUBLISHED},
        Opportunity.Status.ARCHIVED: set(Opportunity.Status) - {Opportunity.Status.ARCHIVED},
        Opportunity.Status.PUBLISHED: {Opportunity.Status.FILLED},
    }
    if opportunity.status not in allowed.get(status, set()):
        raise VolunteeringError(_("Dieser Statuswechsel ist nicht möglich."))
    opportunity.status = status
    opportunity.save(update_fields=["status", "updated_at"])


def confirm_current(*, opportunity: Opportunity) -> None:
    """The organisation confirms that the opportunity is still current."""
    opportunity.confirmed_current_at = timezone.now()
    opportunity.stale_notified_at = None
    opportunity.save(update_fields=["confirmed_current_at", "stale_notified_at", "updated_at"])


def flag_stale_opportunities(*, now: datetime.datetime | None = None) -> int:
    """E-mail each organisation whose published opportunity was not confirmed for three
    months, once per period (idempotent). Such opportunities are hidden one month later."""
    from engagiert.volunteering.selectors import STALE_AFTER

    now = now or timezone.now()
    stale = Opportunity.objects.filter(
        status=Opportunity.Status.PUBLISHED, confirmed_current_at__lt=now - STALE_AFTER, stale_notified_at__isnull=True
    ).select_related("organisation", "municipality")
    count = 0
    for opp in stale:
        with transaction.atomic():
            claimed = Opportunity.objects.filter(pk=opp.pk, stale_notified_at__isnull=True).update(
                stale_notified_at=now
            )
            if not claimed:
                continue
            url = settings.SITE_URL.rstrip("/") + opp.get_absolute_url()
            _mail(
                organisation_recipients(opp.organisation),
                gettext_lazy("Ist Ihr Engagementangebot noch aktuell? – %(title)s"),
                gettext_lazy(
                    "Guten Tag,\n\nIhr Angebot „%(title)s“ wurde seit drei Monaten nicht bestätigt. Bitte prüfen "
                    "Sie es und klicken Sie auf „Noch aktuell“ – sonst wird es in einem Monat ausgeblendet.\n\n%(url)s"
                ),
                {"title": opp.title_de or opp.title, "url": url},
            )
            count += 1
    return count


# --- Profiles, interests, messages ------------------------------------------------------


@transaction.atomic
def save_profile(
    *,
    user,
    municipality: Municipality,
    data: dict[str, Any],
    topics: list,
    skills: list[str],
    language: str | None = None,
):
    """Create or update the person's profile; `language` is the one they use the site in
    (their e-mails are written in it), kept as it was when not given."""
    profile = VolunteerProfile.objects.filter(user=user, municipality=municipality).first()
    if profile is None:
        profile = VolunteerProfile(user=user, municipality=municipality, joined_on=timezone.localdate())
    for name in ("availability", "district", "travel_km", "languages", "birth_year", "allow_contact"):
        setattr(profile, name, data[name])
    if language:
        profile.language = language
    profile.save()
    profile.topics.set(topics)
    profile.skills.set([Competency.objects.get_or_create(name=name)[0] for name in skills])
    Role.objects.get_or_create(user=user, municipality=municipality, kind=Role.Kind.VOLUNTEER)
    return profile


def _check_age(*, user, opportunity: Opportunity, on: datetime.date) -> None:
    if not opportunity.minimum_age:
        return
    profile = VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).first()
    age = age_in_year(profile.birth_year if profile else None, on.year)
    if age is None:
        raise VolunteeringError(
            _("Für dieses Angebot gilt ein Mindestalter. Bitte geben Sie in Ihrem Profil Ihr Geburtsjahr an.")
        )
    if age < opportunity.minimum_age:
        raise VolunteeringError(
            _("Für dieses Angebot müssen Sie mindestens %(age)s Jahre alt sein.") % {"age": opportunity.minimum_age}
        )


@transaction.atomic
def express_interest(*, user, opportunity: Opportunity, message: str, language: str | None = None) -> Interest:
    """The person asks to join; the organisation is told (in German). `language`: the one the
    person uses the site in, stored on the interest (and their profile) for later e-mails."""
    if opportunity.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Dieses Angebot nimmt gerade keine Interessierten an."))
    _check_age(user=user, opportunity=opportunity, on=timezone.localdate())
    language = language or profile_language(user=user, municipality_id=opportunity.municipality_id)
    interest, created = Interest.objects.get_or_create(
        opportunity=opportunity, volunteer=user, defaults={"message": message, "language": language}
    )
    if not created:
        raise VolunteeringError(_("Sie haben bei diesem Angebot bereits Interesse gezeigt."))
    VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).update(language=language)
    if message:
        Message.objects.create(interest=interest, sender=user, body=message)
    url = settings.SITE_URL.rstrip("/") + opportunity.get_absolute_url()
    _mail(
        organisation_recipients(opportunity.organisation),
        gettext_lazy("Neues Interesse an „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\n%(name)s möchte bei „%(title)s“ mitmachen. Bitte nehmen Sie die Anfrage auf der "
            "Plattform an oder lehnen Sie sie ab.\n\n%(url)s"
        ),
        {"name": user.first_name or gettext_lazy("Eine Person"), "title": _german_title(opportunity), "url": url},
    )
    return interest


@transaction.atomic
def decide_interest(*, interest: Interest, accept: bool, by) -> Interest:
    interest = (
        Interest.objects.select_for_update(of=("self",)).select_related("opportunity", "volunteer").get(pk=interest.pk)
    )
    if interest.status != Interest.Status.PENDING:
        raise VolunteeringError(_("Über diese Anfrage wurde bereits entschieden."))
    interest.status = Interest.Status.ACCEPTED if accept else Interest.Status.DECLINED
    interest.decided_at, interest.decided_by = timezone.now(), by
    interest.save(update_fields=["status", "decided_at", "decided_by"])
    opp = interest.opportunity
    if accept:
        subject = gettext_lazy("Sie sind dabei: „%(title)s“")
        body = gettext_lazy(
            "Guten Tag,\n\ndie Organisation freut sich, dass Sie bei „%(title)s“ mitmachen. Sie können ihr jetzt "
            "über die Plattform schreiben; Ihre E-Mail-Adressen sehen Sie nun gegenseitig."
        )
    else:
        subject = gettext_lazy("Ihre Anfrage zu „%(title)s“")
        body = gettext_lazy(
            "Guten Tag,\n\nleider passt es bei „%(title)s“ gerade nicht. Schauen Sie gern nach anderen Angeboten."
        )
    _mail(
        [interest.volunteer.email], subject, body, {"title": _title_in(opp, interest.language)}, lang=interest.language
    )
    _mail(
        organisation_recipients(opp.organisation),
        gettext_lazy("Entscheidung gespeichert: „%(title)s“"),
        gettext_lazy("Die Anfrage wurde %(decision)s."),
        {"title": _german_title(opp), "decision": gettext_lazy("angenommen") if accept else gettext_lazy("abgelehnt")},
    )
    return interest


@transaction.atomic
def invite(*, opportunity: Opportunity, profile: VolunteerProfile, by) -> Invitation:
    """Invite a volunteer who allowed contact (once per opportunity)."""
    if not profile.allow_contact or profile.municipality_id != opportunity.municipality_id:
        raise VolunteeringError(_("Diese Person möchte nicht angesprochen werden."))
    if opportunity.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Nur veröffentlichte Angebote können verschickt werden."))
    invitation, created = Invitation.objects.get_or_create(
        opportunity=opportunity, profile=profile, defaults={"invited_by": by}
    )
    if not created:
        raise VolunteeringError(_("Diese Person wurde zu diesem Angebot bereits eingeladen."))
    url = settings.SITE_URL.rstrip("/") + opportunity.get_absolute_url()
    _mail(
        [profile.user.email],
        gettext_lazy("Eine Einladung: „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\n%(org)s glaubt, dass „%(title)s“ gut zu Ihrem Profil passt, und lädt Sie ein. "
            "Die Organisation kennt weder Ihren Namen noch Ihre Adresse. Wenn Sie mögen, zeigen Sie hier "
            "Interesse:\n\n%(url)s"
        ),
        {"org": opportunity.organisation.name, "title": _title_in(opportunity, profile.language), "url": url},
        lang=profile.language,
    )
    return invitation


@transaction.atomic
def send_message(*, interest: Interest, sender, body: str, from_organisation: bool) -> Message:
    """A message through the platform. The other side gets a notice without the sender's
    address (the platform sends it) and reads the message on the site."""
    if interest.status == Interest.Status.DECLINED:
        raise VolunteeringError(_("Zu dieser abgelehnten Anfrage können keine Nachrichten mehr geschickt werden."))
    message = Message.objects.create(interest=interest, sender=sender, body=body, from_organisation=from_organisation)
    opp = interest.opportunity
    if from_organisation:
        recipients, language = [interest.volunteer.email], interest.language
    else:
        recipients, language = organisation_recipients(opp.organisation), "de"
    url = settings.SITE_URL.rstrip("/") + reverse(
        "volunteering:conversation", kwargs={"municipality": opp.municipality.slug, "pk": interest.pk}
    )
    _mail(
        recipients,
        gettext_lazy("Neue Nachricht zu „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\nSie haben eine neue Nachricht zu „%(title)s“. Lesen und beantworten Sie sie hier:\n\n%(url)s"
        ),
        {"title": _title_in(opp, language), "url": url},
        lang=language,
    )
    return message


# --- Shifts -------------------------------------------------------------------------------


def create_shift(*, opportunity: Opportunity, starts_at, ends_at, slots: int) -> Shift:
    if ends_at <= starts_at:
        raise VolunteeringError(_("Das Ende muss nach dem Beginn liegen."))
    return Shift.objects.create(opportunity=opportunity, starts_at=starts_at, ends_at=ends_at, slots=slots)


@transaction.atomic
def sign_up_for_shift(*, user, shift: Shift, lock: bool = True) -> ShiftSignup:
    """Take a slot. Locks the shift (capacity) and the person (overlapping shifts);
    `lock=False` exists only to prove in a test that the locks are needed."""
    if lock:
        shift = Shift.objects.select_for_update(of=("self",)).select_related("opportunity").get(pk=shift.pk)
        User.objects.select_for_update().filter(pk=user.pk).first()
    opp = shift.opportunity
    if opp.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Dieses Angebot nimmt gerade keine Anmeldungen an."))
    if shift.starts_at <= timezone.now():
        raise VolunteeringError(_("Diese Schicht hat schon begonnen."))
    _check_age(user=user, opportunity=opp, on=shift.starts_at.date())
    if ShiftSignup.objects.filter(shift=shift, volunteer=user).exists():
        raise VolunteeringError(_("Sie sind für diese Schicht bereits angemeldet."))
    if ShiftSignup.objects.filter(shift=shift).count() >= shift.slots:
        raise VolunteeringError(_("Diese Schicht ist leider voll."))
    overlapping = ShiftSignup.objects.filter(
        volunteer=user, shift__starts_at__lt=shift.ends_at, shift__ends_at__gt=shift.starts_at
    ).select_related("shift__opportunity")
    clash = overlapping.first()
    if clash:
        raise VolunteeringError(
            _("Sie haben zu dieser Zeit schon eine Schicht: „%(title)s“ am %(when)s.")
            % {
                "title": clash.shift.opportunity.title,
                "when": date_format(timezone.localtime(clash.shift.starts_at), "SHORT_DATETIME_FORMAT"),
            }
        )
    _pause_between_check_and_write()
    return ShiftSignup.objects.create(shift=shift, volunteer=user)


def cancel_signup(*, signup: ShiftSignup) -> None:
    if signup.shift.starts_at <= timezone.now():
        raise VolunteeringError(_("Vergangene Schichten können nicht mehr abgesagt werden."))
    signup.delete()


# --- Hours --------------------------------------------------------------------------------


def joined_on(*, user, opportunity: Opportunity) -> datetime.date | None:
    """Since when the person takes part: the organisation's acceptance, or (for people
    who only signed up for shifts) their profile's start. None: not taking part."""
    interest = Interest.objects.filter(opportunity=opportunity, volunteer=user, status=Interest.Status.ACCEPTED).first()
    if interest is not None:
        return timezone.localtime(interest.decided_at).date()
    if ShiftSignup.objects.filter(shift__opportunity=opportunity, volunteer=user).exists():
        profile = VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).first()
        return profile.joined_on if profile else None
    return None


def hours_text(value: Decimal) -> str:
    """2.50 → "2,5" in German: no trailing zeros, localised."""
    return number_format(Decimal(format(value.normalize(), "f")))


def _check_hours(*, user, opportunity: Opportunity, date: datetime.date, hours: Decimal, exclude: int | None = None):
    if hours is None or hours <= 0:
        raise VolunteeringError(_("Bitte geben Sie eine positive Stundenzahl an."))
    if hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(_("Ein Tag hat höchstens 24 Stunden."))
    if date > timezone.localdate():
        raise VolunteeringError(_("Stunden in der Zukunft können noch nicht erfasst werden."))
    start = joined_on(user=user, opportunity=opportunity)
    if start is None:
        raise VolunteeringError(
            _("%(name)s ist bei diesem Angebot noch nicht dabei: Stunden gibt es erst nach der Zusage.")
            % {"name": user.get_full_name() or user.email}
        )
    if date < start:
        raise VolunteeringError(
            _("Stunden vor dem Beginn am %(date)s können nicht erfasst werden.")
            % {"date": date_format(start, "SHORT_DATE_FORMAT")}
        )
    day = HourEntry.objects.filter(volunteer=user, date=date).exclude(status=HourEntry.Status.DECLINED)
    if exclude:
        day = day.exclude(pk=exclude)
    already = day.aggregate(total=Sum("hours"))["total"] or Decimal("0")
    if already + hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(
            _("An diesem Tag sind schon %(already)s Stunden erfasst; mehr als 24 Stunden gehen nicht.")
            % {"already": hours_text(already)}
        )


@transaction.atomic
def log_hours(
    *,
    volunteer,
    opportunity: Opportunity,
    date: datetime.date,
    hours: Decimal,
    note: str = "",
    by=None,
    confirmed: bool = False,
    lock: bool = True,
) -> HourEntry:
    """Record hours of one person on one day (checked: 0 < hours ≤ 24, at most 24 per
    day, not before they joined). The person is locked so two requests cannot both pass."""
    if lock:
        User.objects.select_for_update().filter(pk=volunteer.pk).first()
    _check_hours(user=volunteer, opportunity=opportunity, date=date, hours=hours)
    _pause_between_check_and_write()
    by = by or volunteer
    return HourEntry.objects.create(
        municipality_id=opportunity.municipality_id,
        volunteer=volunteer,
        opportunity=opportunity,
        organisation=opportunity.organisation,
        activity=opportunity.title_de or opportunity.title,
        organisation_name=opportunity.organisation.name,
        date=date,
        hours=hours,
        note=note,
        logged_by=by,
        status=HourEntry.Status.CONFIRMED if confirmed else HourEntry.Status.LOGGED,
        confirmed_by=by if confirmed else None,
        confirmed_at=timezone.now() if confirmed else None,
    )


@transaction.atomic
def log_group_hours(
    *, opportunity: Opportunity, volunteers: list, date: datetime.date, hours: Decimal, note: str, by
) -> list[HourEntry]:
    """The organisation records the same hours for several people; they count as confirmed.
    All or nothing: one person's problem stops the whole entry."""
    entries = []
    for volunteer in volunteers:
        entries.append(
            log_hours(
                volunteer=volunteer, opportunity=opportunity, date=date, hours=hours, note=note, by=by, confirmed=True
            )
        )
    return entries


@transaction.atomic
def decide_hours(*, entry: HourEntry, confirm: bool, by) -> HourEntry:
    entry = HourEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.status != HourEntry.Status.LOGGED:
        raise VolunteeringError(_("Über diese Stunden wurde bereits entschieden."))
    entry.status = HourEntry.Status.CONFIRMED if confirm else HourEntry.Status.DECLINED
    entry.confirmed_by, entry.confirmed_at = by, timezone.now()
    entry.save(update_fields=["status", "confirmed_by", "confirmed_at"])
    return entry


@transaction.atomic
def correct_hours(*, entry: HourEntry, date: datetime.date, hours: Decimal, reason: str, by) -> HourCorrection:
    """Correct confirmed hours; the old values stay in the history."""
    entry = HourEntry.objects.select_for_update(of=("self",)).select_related("opportunity").get(pk=entry.pk)
    if entry.status != HourEntry.Status.CONFIRMED:
        raise VolunteeringError(_("Nur bestätigte Stunden werden korrigiert; offene bitte bestätigen oder ablehnen."))
    if not reason.strip():
        raise VolunteeringError(_("Bitte begründen Sie die Korrektur."))
    if entry.volunteer_id and entry.opportunity_id:
        User.objects.select_for_update().filter(pk=entry.volunteer_id).first()
        _check_hours(user=entry.volunteer, opportunity=entry.opportunity, date=date, hours=hours, exclude=entry.pk)
    elif hours <= 0 or hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(_("Bitte geben Sie eine Stundenzahl über 0 und höchstens 24 an."))
    correction = HourCorrection.objects.create(
        entry=entry,
        old_date=entry.date,
        new_date=date,
        old_hours=entry.hours,
        new_hours=hours,
        reason=reason,
        corrected_by=by,
    )
    entry.date, entry.hours = date, hours
    entry.save(update_fields=["date", "hours"])
    return correction


@transaction.atomic
def withdraw_hours(*, entry: HourEntry, user) -> None:
    """A volunteer takes back hours that are not yet confirmed."""
    entry = HourEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.volunteer_id != user.pk:
        raise VolunteeringError(_("Diese Stunden gehören nicht zu Ihrem Konto."))
    if entry.status == HourEntry.Status.CONFIRMED:
        raise VolunteeringError(
            _("Bestätigte Stunden können nicht gelöscht werden. Bitte bitten Sie die Organisation um eine Korrektur.")
        )
    entry.delete()


# --- Certificate ----------------------------------------------------------------------------


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@transaction.atomic
def issue_certificate(*, user, municipality: Municipality) -> Certificate:
    """Issue an Ehrenamtsnachweis over the person's confirmed hours in the municipality."""
    from engagiert.volunteering.selectors import certificate_rows

    rows = certificate_rows(user=user, municipality=municipality)
    if not rows:
        raise VolunteeringError(_("Für einen Nachweis braucht es bestätigte Stunden."))
    content = {
        "holder": user.get_full_name() or user.email,
        "municipality": municipality.name,
        "office": municipality.office,
        "issued_on": timezone.localdate().isoformat(),
        "rows": rows,
        "total_hours": str(sum((Decimal(r["hours"]) for r in rows), Decimal("0"))),
    }
    return Certificate.objects.create(
        municipality=municipality,
        user=user,
        code=secrets.token_hex(8).upper(),
        content=content,
        content_hash=content_hash(content),
    )


# --- Privacy ----------------------------------------------------------------------------


@transaction.atomic
def delete_account(*, user) -> int:
    """Delete the person. Confirmed hours stay as anonymous totals (no person, no note);
    everything else about them goes. Returns the number of anonymised hour entries."""
    HourEntry.objects.filter(volunteer=user).exclude(status=HourEntry.Status.CONFIRMED).delete()
    kept = HourEntry.objects.filter(volunteer=user).update(volunteer=None, note="", logged_by=None)
    HourEntry.objects.filter(logged_by=user).update(logged_by=None)
    HourEntry.objects.filter(confirmed_by=user).update(confirmed_by=None)
    HourCorrection.objects.filter(entry__volunteer__isnull=True, corrected_by=user).update(corrected_by=None)
    User.objects.filter(pk=user.pk).delete()
    return kept
