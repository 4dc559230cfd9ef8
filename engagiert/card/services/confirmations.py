"""The evidence of an application's activities: confirmed Mach mit! hours, the organisations'
one-time confirmation links and their answers, and what a coordinator records instead. When
no confirmation is pending any more, the application goes to review."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.card.evidence import ActivityHours
from engagiert.card.models import Activity, ActivityConfirmation, CardApplication, CardRules
from engagiert.card.selectors import (
    Recipient,
)
from engagiert.card.services.common import (
    CardError,
    Status,
    absolute_url,
    notify_applicant,
    record_event,
    status_link,
)
from engagiert.core import audit, formatting, mail, tokens


def confirm_by_volunteering(activity: Activity, hours: ActivityHours) -> None:
    """Confirmed Mach mit! hours at the activity's organisation are its evidence: no link is
    sent. What they confirm are those hours (the eligibility check counts them), noted here."""
    activity.evidence = Activity.Evidence.FROM_VOLUNTEERING
    activity.evidence_note = _("%(hours)s bestätigte Stunden vom %(first)s bis %(last)s") % {
        "hours": formatting.number(sum(hours.hours_by_year.values(), Decimal(0))),
        "first": formatting.short_date(hours.first_date),
        "last": formatting.short_date(hours.last_date),
    }
    activity.save(update_fields=["evidence", "evidence_note"])
    record_event(
        activity.application,
        "evidence_volunteering",
        _("%(org)s: Die bestätigten Stunden aus „Mach mit!“ ersetzen die Bestätigung der Organisation (%(note)s).")
        % {"org": activity.display_name, "note": activity.evidence_note},
    )


def request_confirmation(activity: Activity, rules: CardRules, recipient: Recipient) -> ActivityConfirmation:
    token, token_hash = tokens.issue()  # only the digest is stored; the token is in the mail
    confirmation = ActivityConfirmation.objects.create(
        activity=activity,
        email=recipient.email,
        source=recipient.source,
        token_hash=token_hash,
        expires_at=timezone.now() + timedelta(days=rules.confirmation_days),
    )
    application = activity.application
    link = absolute_url(
        reverse(
            "card:confirm_activity",
            kwargs={"municipality": application.municipality.slug, "token": token},
        )
    )
    mail.send(
        template="card/email/confirmation_request",
        to=confirmation.email,
        municipality=application.municipality,
        context={"activity": activity, "application": application, "link": link, "rules": rules},
        language="de",
    )
    return confirmation


class ConfirmationError(CardError):
    """Why a confirmation link cannot be used; `expired` is False for a link that never existed."""

    def __init__(self, message: str, *, expired: bool = True) -> None:
        super().__init__(message)
        self.expired = expired


def confirmation_by_token(token: str) -> ActivityConfirmation:
    """The confirmation behind a link, or ConfirmationError saying why it cannot be used."""
    confirmation = tokens.find(
        ActivityConfirmation.objects.select_related("activity__application__municipality"), token
    )
    if confirmation is None:
        raise ConfirmationError(
            _("Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde."), expired=False
        )
    if confirmation.used_at is not None:
        raise ConfirmationError(_("Dieser Link wurde bereits verwendet. Ihre Antwort liegt uns vor."))
    if confirmation.expires_at < timezone.now():
        raise ConfirmationError(
            _("Dieser Link ist abgelaufen. Bitte wenden Sie sich an die Koordinierungsstelle der Kommune.")
        )
    if confirmation.activity.application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise ConfirmationError(_("Über diesen Antrag ist bereits entschieden; eine Bestätigung ist nicht mehr nötig."))
    if confirmation.activity.evidence != Activity.Evidence.PENDING:  # e.g. settled by the coordinator
        raise ConfirmationError(
            _("Für diese Tätigkeit liegt bereits ein Nachweis vor; Ihre Bestätigung ist nicht mehr nötig.")
        )
    return confirmation


@transaction.atomic
def answer_confirmation(*, token: str, confirm: bool, note: str = "") -> Activity:
    confirmation = confirmation_by_token(token)  # clear error for unknown, used or expired links
    if not tokens.claim(ActivityConfirmation.objects, token):  # answered by a parallel request
        raise ConfirmationError(_("Dieser Link wurde bereits verwendet. Ihre Antwort liegt uns vor."))
    confirmation.confirmed = confirm
    confirmation.save(update_fields=["confirmed"])
    activity = confirmation.activity
    activity.evidence = Activity.Evidence.CONFIRMED if confirm else Activity.Evidence.REJECTED
    activity.evidence_note = note[:500]
    activity.save(update_fields=["evidence", "evidence_note"])
    application = activity.application
    if confirm:
        text = mail.Text(gettext_noop("%(org)s hat die Tätigkeit bestätigt."), org=activity.display_name)
    else:
        text = mail.Text(gettext_noop("%(org)s hat die Tätigkeit nicht bestätigt."), org=activity.display_name)
    record_event(application, "confirmation", _(text.msgid) % text.params)
    subject = mail.Text(gettext_noop("Rückmeldung einer Organisation"))
    notify_applicant(application, subject, [text], status_link(application))
    advance_when_confirmed(application)
    return activity


@transaction.atomic
def record_evidence(*, activity: Activity, by, confirm: bool, note: str) -> Activity:
    """The coordinator settles an activity whose organisation has not answered, or one whose
    Mach mit! hours do not show all that was stated (e.g. since when): confirmed (e.g. by
    telephone, or a written certificate the applicant brought) or not confirmed, always with a
    note saying how. The organisation's link then no longer changes it."""
    activity = Activity.objects.select_for_update().select_related("application").get(pk=activity.pk)
    application = activity.application
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    if activity.evidence not in Activity.SETTLEABLE:
        raise CardError(_("Für diese Tätigkeit liegt bereits ein Nachweis vor."))
    note = " ".join(note.split())[:500]
    if not note:
        raise CardError(_("Bitte vermerken Sie, wie die Tätigkeit nachgewiesen wurde."))
    activity.evidence = Activity.Evidence.RECORDED if confirm else Activity.Evidence.REJECTED
    activity.evidence_note = note
    activity.save(update_fields=["evidence", "evidence_note"])
    if confirm:
        msgid = gettext_noop("Die Koordinierungsstelle hat die Tätigkeit bei %(org)s bestätigt: %(note)s")
    else:
        msgid = gettext_noop("Die Koordinierungsstelle hat die Tätigkeit bei %(org)s nicht bestätigt: %(note)s")
    text = mail.Text(msgid, org=activity.display_name, note=note)
    record_event(application, "evidence_recorded", _(msgid) % text.params, by)
    audit.record(
        actor=by,
        action="card.record_evidence",
        target=activity,
        municipality=application.municipality_id,
        decision=audit.decision_of(confirm),
        reason=note,
    )
    notify_applicant(application, mail.Text(gettext_noop("Nachweis Ihrer Tätigkeit")), [text], status_link(application))
    advance_when_confirmed(application)
    return activity


def advance_when_confirmed(application: CardApplication) -> None:
    """When no confirmation is pending any more, the application is ready for review."""
    if application.status == Status.SUBMITTED and not application.activities.filter(evidence="pending").exists():
        application.status = Status.IN_REVIEW
        application.save(update_fields=["status", "updated_at"])
        record_event(application, "in_review", _("Alle Rückmeldungen liegen vor; der Antrag wird geprüft."))
        notify_applicant(
            application,
            mail.Text(gettext_noop("Ihr Antrag wird geprüft")),
            [
                mail.Text(
                    gettext_noop(
                        "Für alle Ihre Tätigkeiten liegt ein Nachweis vor. Die Koordinierungsstelle prüft jetzt "
                        "Ihren Antrag; über die Entscheidung informieren wir Sie per E-Mail."
                    )
                )
            ],
            status_link(application),
        )
