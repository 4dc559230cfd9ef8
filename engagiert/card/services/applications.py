"""Applications: draft, activities, submission (the evidence is in `confirmations`),
withdrawal and the decision. Each function is one transaction; every step
is an ApplicationEvent and an e-mail to the applicant in the language they applied in."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from engagiert.card.evidence import covered_organisations
from engagiert.card.models import Activity, Card, CardApplication
from engagiert.card.selectors import (
    confirmation_recipient,
    eligibility_of,
    email_addresses_of,
    organisation_address,
)
from engagiert.card.services.cards import issue_card
from engagiert.card.services.common import (
    ACTIVITY_FIELDS,
    APPLICANT_FIELDS,
    CardError,
    Status,
    absolute_url,
    notify_applicant,
    record_event,
    rules_for,
    send_notice,
    status_link,
)
from engagiert.card.services.confirmations import (
    advance_when_confirmed,
    confirm_by_volunteering,
    request_confirmation,
)
from engagiert.core import audit, mail
from engagiert.core.models import Municipality, Role


@transaction.atomic
def save_draft(*, applicant, municipality: Municipality, data: dict[str, Any], language: str = "de") -> CardApplication:
    """Create or update the applicant's open application; keeps whatever was typed."""
    application = (
        CardApplication.objects.select_for_update()
        .filter(municipality=municipality, applicant=applicant, status__in=CardApplication.OPEN)
        .first()
    )
    if application is not None and application.status != Status.DRAFT:
        raise CardError(_("Ihr Antrag ist eingereicht und kann nicht mehr geändert werden."))
    fields = {k: data[k] for k in APPLICANT_FIELDS if k in data}
    if application is None:
        application = CardApplication.objects.create(
            municipality=municipality, applicant=applicant, language=language, **fields
        )
        record_event(application, "created", _("Antrag angelegt."), applicant)
    else:
        for key, value in fields.items():
            setattr(application, key, value)
        application.save()
    return application


def _kind_of(data: dict[str, Any]) -> str:
    org = data.get("organisation")
    return org.kind if org is not None else "other"


OWN_ADDRESS_ERROR = gettext_lazy(
    "Das ist Ihre eigene E-Mail-Adresse. Bitte geben Sie eine Adresse der Organisation an: "
    "Die Organisation bestätigt Ihre Tätigkeit."
)


@transaction.atomic
def add_activity(*, application: CardApplication, data: dict[str, Any]) -> Activity:
    if application.status != Status.DRAFT:
        raise CardError(_("Tätigkeiten können nur im Entwurf ergänzt werden."))
    fields = {k: data[k] for k in ACTIVITY_FIELDS if k in data}
    if fields.get("organisation") is not None:
        if fields["organisation"].municipality_id != application.municipality_id:
            raise CardError(_("Diese Organisation gehört nicht zu dieser Kommune."))
        fields["organisation_name"] = fields["organisation"].name
        if organisation_address(fields["organisation"]) is not None:
            fields["contact_email"] = ""  # asked at its own address: the applicant cannot redirect it
    if not fields.get("organisation_name"):
        raise CardError(_("Bitte wählen Sie eine Organisation oder geben Sie ihren Namen ein."))
    typed = fields.get("contact_email", "").strip().lower()
    if typed and typed in email_addresses_of(application.applicant):
        raise CardError(str(OWN_ADDRESS_ERROR))
    if not fields.get("paid_allowance"):
        fields["allowance_per_year"] = None
    return Activity.objects.create(application=application, organisation_kind=_kind_of(fields), **fields)


@transaction.atomic
def set_contact_email(*, activity: Activity, email: str) -> Activity:
    """Give (or correct) the address at which a draft's activity is confirmed: needed after a
    renewal, whose activities come without the addresses that retention deleted."""
    if activity.application.status != Status.DRAFT:
        raise CardError(_("Tätigkeiten können nur im Entwurf geändert werden."))
    if email.strip().lower() in email_addresses_of(activity.application.applicant):
        raise CardError(str(OWN_ADDRESS_ERROR))
    activity.contact_email = email.strip()
    activity.save(update_fields=["contact_email"])
    return activity


@transaction.atomic
def remove_activity(*, activity: Activity) -> None:
    if activity.application.status != Status.DRAFT:
        raise CardError(_("Tätigkeiten können nur im Entwurf entfernt werden."))
    activity.delete()


@transaction.atomic
def submit(*, application: CardApplication, today: date | None = None) -> CardApplication:
    """Submit a draft: refused with the reasons when a rule is clearly not met; otherwise
    each activity's organisation gets a one-time confirmation link."""
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != Status.DRAFT:
        raise CardError(_("Dieser Antrag ist bereits eingereicht."))
    if not application.consent:
        raise CardError(_("Bitte willigen Sie in die Verarbeitung Ihrer Daten ein."))
    if not (application.first_name and application.last_name and application.birth_date):
        raise CardError(_("Bitte geben Sie Vor- und Nachnamen und Ihr Geburtsdatum an."))
    result = eligibility_of(application, today=today)
    if not result.can_submit:
        raise CardError(" ".join(r.explanation for r in result.missing))
    activities = list(
        application.activities.filter(evidence=Activity.Evidence.PENDING)
        .select_related("organisation")
        .prefetch_related("organisation__contacts")
    )
    covered = covered_organisations(user=application.applicant, municipality=application.municipality)
    by_volunteering = [a for a in activities if a.organisation_id in covered]
    pending = [a for a in activities if a.organisation_id not in covered]
    recipients = {a.pk: confirmation_recipient(a) for a in pending}
    missing_contact = [a.display_name for a in pending if recipients[a.pk] is None]
    if missing_contact:
        raise CardError(
            _("Bitte geben Sie für %(names)s eine E-Mail-Adresse für die Bestätigung an.")
            % {"names": ", ".join(missing_contact)}
        )
    application.status = Status.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    rules = rules_for(application.municipality)
    for activity in pending:
        request_confirmation(activity, rules, recipients[activity.pk])
    record_event(application, "submitted", _("Antrag eingereicht."), application.applicant)
    for activity in by_volunteering:
        confirm_by_volunteering(activity, covered[activity.organisation_id])
    if pending:
        lines = [
            mail.Text(
                gettext_noop(
                    "Ihr Antrag ist eingegangen. Wir haben die Organisationen gebeten, Ihre Tätigkeit zu bestätigen."
                )
            )
        ]
    else:
        lines = [mail.Text(gettext_noop("Ihr Antrag ist eingegangen."))]
    if by_volunteering:
        lines.append(
            mail.Text(
                gettext_noop("Für %(names)s gelten Ihre bestätigten Stunden aus „Mach mit!“ als Nachweis."),
                names=", ".join(a.display_name for a in by_volunteering),
            )
        )
    notify_applicant(application, mail.Text(gettext_noop("Antrag eingegangen")), lines, status_link(application))
    _notify_coordinators(application)
    advance_when_confirmed(application)
    return application


def _notify_coordinators(application: CardApplication) -> None:
    """One e-mail (in German) to the municipality's coordinators: a new application to review."""
    emails = list(
        Role.objects.filter(municipality=application.municipality, kind=Role.Kind.COORDINATOR, user__is_active=True)
        .exclude(user__email="")
        .order_by("user__email")
        .values_list("user__email", flat=True)
        .distinct()
    )
    if not emails:
        return
    link = absolute_url(
        reverse("card:review", kwargs={"municipality": application.municipality.slug, "pk": application.pk})
    )
    with translation.override("de"):
        subject = _("Neuer Antrag von %(name)s") % {"name": application.full_name}
        lines = [
            _("%(name)s hat einen Antrag auf die Ehrenamtskarte eingereicht. Sie können ihn hier prüfen:")
            % {"name": application.full_name}
        ]
    send_notice(to=emails, municipality=application.municipality, subject=subject, lines=lines, link=link, signed=False)


@transaction.atomic
def withdraw(*, application: CardApplication, by) -> None:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in CardApplication.OPEN:
        raise CardError(_("Dieser Antrag kann nicht mehr zurückgezogen werden."))
    application.status = Status.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    record_event(application, "withdrawn", _("Antrag zurückgezogen."), by)
    audit.record(actor=by, action="card.withdraw", target=application, municipality=application.municipality_id)
    notify_applicant(
        application,
        mail.Text(gettext_noop("Antrag zurückgezogen")),
        [mail.Text(gettext_noop("Sie haben Ihren Antrag zurückgezogen."))],
    )


@transaction.atomic
def reject(*, application: CardApplication, by, reason: str) -> None:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    if not reason.strip():
        raise CardError(_("Bitte begründen Sie die Ablehnung."))
    application.status = Status.REJECTED
    application.decision_reason = reason.strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
    record_event(application, "rejected", _("Antrag abgelehnt."), by)
    audit.record(
        actor=by,
        action="card.decide_application",
        target=application,
        municipality=application.municipality_id,
        decision=audit.decision_of(False),
        reason=application.decision_reason,
    )
    notify_applicant(
        application,
        mail.Text(gettext_noop("Antrag abgelehnt")),
        [mail.Text(gettext_noop("Ihr Antrag wurde leider abgelehnt. Begründung:")), application.decision_reason],
        status_link(application),
    )


@transaction.atomic
def approve(*, application: CardApplication, by, reason: str = "", today: date | None = None) -> Card:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    today = today or timezone.localdate()
    result = eligibility_of(application, today=today)
    if not result.eligible:
        open_rules = ", ".join(r.label for r in result.results if not r.met)
        raise CardError(_("Noch nicht alle Voraussetzungen sind erfüllt: %(rules)s.") % {"rules": open_rules})
    application.status = Status.APPROVED
    application.decision_reason = reason.strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
    card = issue_card(application, today=today)
    record_event(
        application,
        "approved",
        _("Antrag bewilligt; Karte %(number)s ausgestellt.") % {"number": card.display_number},
        by,
    )
    audit.record(
        actor=by,
        action="card.decide_application",
        target=application,
        municipality=application.municipality_id,
        decision=audit.decision_of(True),
        reason=application.decision_reason,
        data={"card": card.pk},
    )
    notify_applicant(
        application,
        mail.Text(gettext_noop("Ihre Karte ist bewilligt")),
        [
            mail.Text(
                gettext_noop("Ihre Ehrenamtskarte Nr. %(number)s ist gültig bis %(until)s."),
                number=card.display_number,
                until=card.valid_until,
            ),
            mail.Text(
                gettext_noop(
                    "Sie können sie ausdrucken oder auf dem Handy zeigen. "
                    "Bitte bringen Sie zur Übergabe Ihren Ausweis mit."
                )
            ),
        ],
        absolute_url(reverse("card:my_card", kwargs={"municipality": application.municipality.slug})),
    )
    return card
