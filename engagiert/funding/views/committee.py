"""The committee member's pages: the agenda, an application with the assessment sheet, the
conflict-of-interest declaration and, in a written circulation, the vote."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.funding import forms, selectors, services
from engagiert.funding.models import Application, Meeting
from engagiert.funding.views.common import pfd_view, refused


@pfd_view(part="committee")
def agenda(request):
    memberships = request.parts.memberships
    now = timezone.now()
    meetings = []
    for meeting in (
        Meeting.objects.filter(committee__in=[m.committee_id for m in memberships], closed=False)
        .select_related("committee")
        .order_by("starts_at")
    ):
        member = request.parts.membership_for(meeting.committee_id)
        meetings.append((meeting, selectors.agenda(meeting, member=member)))
    return render(request, "funding/committee_agenda.html", {"meetings": meetings, "now": now})


def _member_application(request, pk: int):
    application = selectors.application_detail(request.municipality, pk)
    member = request.parts.membership_for(application.fund.committee_id)
    if member is None or application.status in (Application.Status.DRAFT, Application.Status.WITHDRAWN):
        raise Http404
    return application, member


@pfd_view(part="committee")
def application(request, pk: int):
    application, member = _member_application(request, pk)
    services.detect_conflicts(application=application)
    conflicted = services.is_conflicted(application=application, member=member)
    mine = application.assessments.filter(member=member).first()
    criteria = application.fund.criteria_list() or [_("Passt zu den Zielen des Programms"), _("Ist umsetzbar")]
    initial = {}
    if mine:
        initial = {f"c{i}": mine.scores.get(c) for i, c in enumerate(criteria)} | {"comment": mine.comment}
    my_vote = application.votes.filter(member=member).first()
    meeting = application.meeting
    return render(
        request,
        "funding/committee_application.html",
        {
            "application": application,
            "member": member,
            "conflicted": conflicted,
            "conflict": application.conflicts.filter(member=member).first(),
            "assessments": [a for a in selectors.visible_assessments(application, member) if a.member_id != member.pk],
            "assessment_form": forms.AssessmentForm(initial=initial, criteria=criteria),
            "conflict_form": forms.ConflictForm(),
            "vote_form": forms.VoteForm(),
            "my_vote": my_vote,
            "can_vote": bool(
                meeting
                and meeting.circulation
                and application.status == Application.Status.COMPLETE
                and timezone.now() <= meeting.vote_deadline
                and member.voting
                and not conflicted
                and my_vote is None
            ),
            "open": application.status == Application.Status.COMPLETE,
        },
    )


def _back(request, pk):
    return redirect("funding:committee_application", municipality=request.municipality.slug, pk=pk)


@pfd_view(part="committee")
@require_POST
def declare_conflict(request, pk: int):
    application, member = _member_application(request, pk)
    form = forms.ConflictForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie, wie Sie mit dem Antrag verbunden sind."))
        return _back(request, pk)
    try:
        services.declare_conflict(
            application=application, member=member, reason=form.cleaned_data["reason"], by=request.user
        )
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Befangenheit erklärt. Sie bewerten diesen Antrag nicht und stimmen nicht mit ab."))
    return _back(request, pk)


@pfd_view(part="committee")
@require_POST
def assess(request, pk: int):
    application, member = _member_application(request, pk)
    criteria = application.fund.criteria_list() or [_("Passt zu den Zielen des Programms"), _("Ist umsetzbar")]
    form = forms.AssessmentForm(request.POST, criteria=criteria)
    if not form.is_valid():
        messages.error(request, _("Bitte bewerten Sie jedes Kriterium."))
        return _back(request, pk)
    try:
        services.assess(
            application=application,
            member=member,
            scores=form.scores(),
            comment=form.cleaned_data["comment"],
            by=request.user,
        )
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Bewertung gespeichert."))
    return _back(request, pk)


@pfd_view(part="committee")
@require_POST
def vote(request, pk: int):
    application, member = _member_application(request, pk)
    form = forms.VoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie Ja, Nein oder Enthaltung."))
        return _back(request, pk)
    try:
        services.cast_vote(application=application, member=member, choice=form.cleaned_data["choice"], by=request.user)
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Ihre Stimme ist gespeichert."))
    return _back(request, pk)
