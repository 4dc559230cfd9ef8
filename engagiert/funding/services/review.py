"""The coordination office's check: change requests, early start, meetings, conflicts of interest, the
agenda."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.funding.models import (
    Application,
    ChangeRequest,
    Committee,
    ConflictDeclaration,
    Meeting,
    Membership,
)
from engagiert.funding.services.common import FundingError, Status, _log

# --- the coordination office's check -------------------------------------------------------


@transaction.atomic
def request_changes(*, application: Application, by, text: str) -> ChangeRequest:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.COMPLETE, Status.CHANGES):
        raise FundingError(_("Rückfragen sind nur zu eingereichten Anträgen möglich."))
    if not text.strip():
        raise FundingError(_("Bitte schreiben Sie, was fehlt oder zu ändern ist."))
    request = ChangeRequest.objects.create(application=application, text=text.strip(), asked_by=by)
    application.status = Status.CHANGES
    application.meeting = None
    application.save(update_fields=["status", "meeting", "updated_at"])
    _log(actor=by, action="request_changes", target=application)
    if application.applicant_id:
        mail.send(
            template="funding/email/changes",
            to=application.applicant,
            municipality=application.municipality,
            context={"application": application, "text": request.text},
        )
    return request


@transaction.atomic
def answer_change(*, change: ChangeRequest, by, answer: str) -> ChangeRequest:
    if not answer.strip():
        raise FundingError(_("Bitte schreiben Sie Ihre Antwort."))
    if change.answered_at:
        raise FundingError(_("Diese Rückfrage ist schon beantwortet."))
    change.answer, change.answered_at = answer.strip(), timezone.now()
    change.save(update_fields=["answer", "answered_at"])
    _log(actor=by, action="answer_change", target=change.application)
    return change


@transaction.atomic
def approve_early_start(*, application: Application, by) -> None:
    application.early_start_approved = True
    application.save(update_fields=["early_start_approved", "updated_at"])
    _log(actor=by, action="approve_early_start", target=application)


def create_meeting(
    *, committee: Committee, by, starts_at: datetime.datetime, place: str = "", circulation: bool = False
) -> Meeting:
    partnership = committee.partnership
    if starts_at < timezone.now():
        raise FundingError(_("Die Sitzung liegt in der Vergangenheit."))
    deadline = None
    if circulation:
        deadline = starts_at + datetime.timedelta(days=partnership.circulation_days)
    meeting = Meeting.objects.create(
        committee=committee,
        starts_at=starts_at,
        place=place,
        circulation=circulation,
        vote_deadline=deadline,
        submission_deadline=timezone.localdate(starts_at)
        - datetime.timedelta(days=partnership.submission_days_before_meeting),
    )
    audit.record(actor=by, action="funding.create_meeting", target=meeting, municipality=partnership.municipality_id)
    return meeting


def detect_conflicts(*, application: Application) -> list[ConflictDeclaration]:
    """Members of the deciding committee who edit the applicant's or carrier's directory
    entry, or are named as its contact (by e-mail): recorded as conflicts."""
    from engagiert.directory.models import ContactPerson, OrganisationEditor

    committee_id = application.fund.committee_id
    organisations = [pk for pk in (application.organisation_id, application.carrier_id) if pk]
    if committee_id is None or not organisations:
        return []
    members = Membership.objects.filter(committee_id=committee_id, active=True, user__isnull=False).select_related(
        "user"
    )
    editors = set(
        OrganisationEditor.objects.filter(
            organisation__in=organisations, status=OrganisationEditor.Status.ACTIVE
        ).values_list("user_id", flat=True)
    )
    contacts = {
        e.lower()
        for e in ContactPerson.objects.filter(organisation__in=organisations).values_list("email", flat=True)
        if e
    }
    found = []
    for member in members:
        if member.user_id in editors or member.user.email.lower() in contacts:
            conflict, _created = ConflictDeclaration.objects.get_or_create(
                application=application,
                member=member,
                defaults={"reason": ConflictDeclaration.Reason.DIRECTORY, "detected": True},
            )
            found.append(conflict)
    return found


@transaction.atomic
def put_on_agenda(*, application: Application, meeting: Meeting, by) -> None:
    application = Application.objects.select_for_update(of=("self",)).select_related("fund").get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.COMPLETE):
        raise FundingError(_("Nur eingereichte Anträge ohne offene Rückfragen kommen auf die Tagesordnung."))
    if meeting.committee_id != application.fund.committee_id:
        raise FundingError(_("Über diesen Fonds entscheidet ein anderes Gremium."))
    if meeting.closed:
        raise FundingError(_("Diese Sitzung ist schon abgeschlossen."))
    application.status, application.meeting = Status.COMPLETE, meeting
    application.save(update_fields=["status", "meeting", "updated_at"])
    detect_conflicts(application=application)
    _log(actor=by, action="put_on_agenda", target=application, data={"meeting": meeting.pk})
