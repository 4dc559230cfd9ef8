"""Applying: dates, the application's fields, submitting and withdrawing."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import mail
from engagiert.funding.models import (
    Application,
    Fund,
)
from engagiert.funding.services.common import FundingError, Status, _log
from engagiert.funding.services.plans import plan_problems

# --- applying -------------------------------------------------------------------------------


def check_dates(*, starts_on: datetime.date, ends_on: datetime.date, early_start: bool, today: datetime.date) -> None:
    if ends_on < starts_on:
        raise FundingError(_("Das Projektende liegt vor dem Beginn."))
    if starts_on < today and not early_start:
        raise FundingError(
            _(
                "Der Projektbeginn liegt in der Vergangenheit. Ein Projekt darf erst nach der Entscheidung beginnen, "
                "außer ein vorzeitiger Beginn wurde genehmigt."
            )
        )
    if (ends_on - starts_on).days > 366:
        raise FundingError(_("Ein Projekt darf höchstens ein Jahr dauern."))


APPLICATION_FIELDS = (
    "organisation",
    "group_name",
    "carrier",
    "contact_name",
    "contact_email",
    "title",
    "summary",
    "goals",
    "fields_of_action",
    "target_group",
    "expected_participants",
    "partners",
    "place",
    "starts_on",
    "ends_on",
    "early_start_requested",
    "young_applicants",
)


@transaction.atomic
def save_application(
    *, fund: Fund | None = None, application: Application | None = None, by, data: dict
) -> Application:
    """Create a draft for `fund` or update `application` (while it may be edited)."""
    if application is None:
        application = Application(fund=fund, municipality_id=fund.municipality_id, applicant=by)
    elif not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    for name in APPLICATION_FIELDS:
        if name in data:
            setattr(application, name, data[name])
    if application.starts_on and application.ends_on and application.ends_on < application.starts_on:
        raise FundingError(_("Das Projektende liegt vor dem Beginn."))
    if application.organisation_id:
        application.group_name, application.carrier = "", None
    application.save()
    _log(actor=by, action="save_application", target=application)
    return application


def submission_problems(application: Application, *, today: datetime.date) -> list[str]:
    problems = []
    if not application.organisation_id and not (application.group_name and application.carrier_id):
        problems.append(_("Bitte nennen Sie die antragstellende Organisation oder Ihre Gruppe mit einem Träger."))
    if application.fund.max_applicant_age and not application.young_applicants:
        problems.append(
            _("Bitte bestätigen Sie, dass alle Antragstellenden höchstens %(age)s Jahre alt sind.")
            % {"age": application.fund.max_applicant_age}
        )
    if not application.fund.plain_language and not application.fields_of_action:
        problems.append(_("Bitte wählen Sie mindestens ein Handlungsfeld."))
    try:
        check_dates(
            starts_on=application.starts_on,
            ends_on=application.ends_on,
            early_start=application.early_start_approved or application.early_start_requested,
            today=today,
        )
    except FundingError as error:
        problems.append(str(error))
    if application.fund.year not in (application.starts_on.year, application.ends_on.year):
        problems.append(_("Das Projekt muss im Förderjahr %(year)s stattfinden.") % {"year": application.fund.year})
    return problems + plan_problems(application)


@transaction.atomic
def submit(*, application: Application, by, today: datetime.date | None = None) -> Application:
    application = (
        Application.objects.select_for_update(of=("self",)).select_related("fund__partnership").get(pk=application.pk)
    )
    if not application.editable:
        raise FundingError(_("Der Antrag ist schon eingereicht."))
    problems = submission_problems(application, today=today or timezone.localdate())
    if problems:
        raise FundingError(" ".join(problems))
    if application.change_requests.filter(answered_at__isnull=True).exists():
        raise FundingError(_("Bitte beantworten Sie zuerst die Rückfragen der Koordinierungs- und Fachstelle."))
    first = application.status == Status.DRAFT
    application.status = Status.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    _log(actor=by, action="submit", target=application)
    partnership = application.fund.partnership
    if partnership.coordination_email:
        mail.send(
            template="funding/email/submitted",
            to=partnership.coordination_email,
            municipality=application.municipality,
            context={"application": application, "again": not first},
            language="de",
        )
    return application


@transaction.atomic
def withdraw(*, application: Application, by) -> None:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.DRAFT, Status.SUBMITTED, Status.CHANGES, Status.COMPLETE):
        raise FundingError(_("Nach der Empfehlung kann der Antrag nicht mehr zurückgezogen werden."))
    application.status = Status.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    _log(actor=by, action="withdraw", target=application)
