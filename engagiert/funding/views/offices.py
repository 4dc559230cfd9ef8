"""The coordination office (check, agenda, meetings, votes, reports, exports) and the lead
office (grant or refuse, payments, repayments)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.export import FORMATS, export_response
from engagiert.core.pagination import LIST_PAGE_SIZE, paginate
from engagiert.core.views_helpers import form_for
from engagiert.funding import forms, selectors, services
from engagiert.funding.models import Application, Committee, Fund, Meeting, Membership, PaymentRequest, Report
from engagiert.funding.views.common import pfd_view, refused

Status = Application.Status


def _years(request) -> list[int]:
    years = set(Fund.objects.filter(municipality=request.municipality).values_list("year", flat=True))
    # The newest first: in December next year's applications come in.
    return sorted(years | {timezone.localdate().year}, reverse=True)


@pfd_view(part="coordination")
def office(request):
    years = _years(request)
    funds = Fund.objects.filter(municipality=request.municipality).order_by("-year", "kind")
    form = forms.YearFilterForm(request.GET or None, years=years, funds=funds, statuses=Status.choices)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    year = filters.get("year") or years[0]
    applications = selectors.office_applications(
        municipality=request.municipality, year=year, fund_id=filters.get("fund"), status=filters.get("status", "")
    )
    page = paginate(request, applications, per_page=LIST_PAGE_SIZE, form=form)
    year_funds = list(selectors.with_figures(funds.filter(year=year)))
    return render(
        request,
        "funding/office.html",
        {
            "form": form,
            "page": page,
            "year": year,
            "funds": [(f, selectors.figures(f)) for f in year_funds],
            "reports": list(selectors.submitted_reports(request.municipality)),
            "overdue": selectors.overdue_reports(request.municipality, today=timezone.localdate()),
            "meetings": list(
                Meeting.objects.filter(committee__partnership=request.partnership, closed=False)
                .select_related("committee")
                .order_by("starts_at")
            ),
        },
    )


def _meetings_for(application):
    return Meeting.objects.filter(committee_id=application.fund.committee_id, closed=False).order_by("starts_at")


@pfd_view(part="coordination")
def check(request, pk: int):
    application = selectors.application_detail(request.municipality, pk)
    if application.status == Status.DRAFT:
        from django.http import Http404

        raise Http404
    return render(
        request,
        "funding/office_application.html",
        {
            "application": application,
            "problems": services.plan_problems(application),
            "changes": list(application.change_requests.all()),
            "change_form": forms.ChangeRequestForm(),
            "agenda_form": forms.AgendaForm(meetings=_meetings_for(application)),
            "has_meetings": _meetings_for(application).exists(),
            "conflicts": list(application.conflicts.select_related("member")),
            "recommendation": getattr(application, "recommendation", None),
            "grant": getattr(application, "grant", None),
            "conclude_form": forms.ConcludeForm(initial={"amount": application.requested_amount}),
            "report": getattr(application, "report", None),
        },
    )


def _to_check(request, pk):
    return redirect("funding:check", municipality=request.municipality.slug, pk=pk)


def _office_application(request, pk):
    return get_object_or_404(Application.objects.select_related("fund"), municipality=request.municipality, pk=pk)


@pfd_view(part="coordination")
@require_POST
def request_changes(request, pk: int):
    application = _office_application(request, pk)
    form = forms.ChangeRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte schreiben Sie, was fehlt oder zu ändern ist."))
        return _to_check(request, pk)
    try:
        services.request_changes(application=application, by=request.user, text=form.cleaned_data["text"])
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Rückfrage gesendet."))
    return _to_check(request, pk)


@pfd_view(part="coordination")
@require_POST
def approve_early_start(request, pk: int):
    application = _office_application(request, pk)
    services.approve_early_start(application=application, by=request.user)
    messages.success(request, _("Vorzeitiger Maßnahmebeginn genehmigt."))
    return _to_check(request, pk)


@pfd_view(part="coordination")
@require_POST
def put_on_agenda(request, pk: int):
    application = _office_application(request, pk)
    form = forms.AgendaForm(request.POST, meetings=_meetings_for(application))
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie eine Sitzung."))
        return _to_check(request, pk)
    try:
        services.put_on_agenda(application=application, meeting=form.cleaned_data["meeting"], by=request.user)
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Der Antrag steht auf der Tagesordnung."))
    return _to_check(request, pk)


@pfd_view(part="coordination")
@require_POST
def conclude(request, pk: int):
    application = _office_application(request, pk)
    form = forms.ConcludeForm(request.POST)
    if not form.is_valid():
        messages.error(request, next(iter(form.errors.values()))[0])
        return _to_check(request, pk)
    try:
        services.conclude(
            application=application,
            by=request.user,
            amount=form.cleaned_data["amount"],
            conditions=form.cleaned_data["conditions"],
        )
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Ergebnis festgehalten. Das federführende Amt entscheidet nun über die Zuwendung."))
    if application.meeting_id:
        return redirect("funding:meeting", municipality=request.municipality.slug, pk=application.meeting_id)
    return _to_check(request, pk)


@pfd_view(part="coordination")
def meetings(request):
    committees = Committee.objects.filter(partnership=request.partnership)
    form = form_for(request, forms.MeetingForm, committees=committees)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.create_meeting(by=request.user, **form.cleaned_data)
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Sitzung angelegt."))
            return redirect("funding:meeting", municipality=request.municipality.slug, pk=meeting.pk)
    all_meetings = (
        Meeting.objects.filter(committee__partnership=request.partnership)
        .select_related("committee")
        .order_by("-starts_at")
    )
    return render(request, "funding/meetings.html", {"form": form, "meetings": all_meetings[:40]})


@pfd_view(part="coordination")
def meeting(request, pk: int):
    meeting = get_object_or_404(
        Meeting.objects.select_related("committee"), committee__partnership=request.partnership, pk=pk
    )
    items = selectors.agenda(meeting)
    members = list(Membership.objects.filter(committee=meeting.committee, active=True).order_by("name"))
    rows = []
    for application in items:
        conflicted = set(application.conflicts.values_list("member_id", flat=True))
        voted = dict(application.votes.values_list("member_id", "choice"))
        eligible = [m for m in members if m.voting and m.pk not in conflicted and m.pk not in voted]
        rows.append(
            {
                "application": application,
                "conflicted": [m for m in members if m.pk in conflicted],
                "voted": [(m, voted[m.pk]) for m in members if m.pk in voted],
                "form": forms.RecordVotesForm(members=eligible, prefix=f"a{application.pk}"),
                "tally": services.tally(application),
                "conclude_form": forms.ConcludeForm(
                    initial={"amount": application.requested_amount}, prefix=f"c{application.pk}"
                ),
            }
        )
    return render(request, "funding/meeting.html", {"meeting": meeting, "rows": rows, "members": members})


@pfd_view(part="coordination")
@require_POST
def record_votes(request, pk: int, application_pk: int):
    meeting = get_object_or_404(Meeting, committee__partnership=request.partnership, pk=pk)
    application = get_object_or_404(Application, meeting=meeting, pk=application_pk)
    conflicted = set(application.conflicts.values_list("member_id", flat=True))
    voted = set(application.votes.values_list("member_id", flat=True))
    # The form lists every active voting member, so that a vote for a conflicted member or a
    # second vote is refused by the service with its message instead of being dropped.
    members = list(Membership.objects.filter(committee=meeting.committee, active=True, voting=True))
    form = forms.RecordVotesForm(request.POST, members=members, prefix=f"a{application.pk}")
    for member in members:
        if member.pk in conflicted or member.pk in voted:
            form.fields[f"m{member.pk}"].required = False
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie für jedes Mitglied Ja, Nein, Enthaltung oder „nicht anwesend“."))
    else:
        votes = {k: v for k, v in form.votes().items() if v}
        try:
            services.record_votes(application=application, votes=votes, by=request.user)
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Stimmen gespeichert."))
    return redirect("funding:meeting", municipality=request.municipality.slug, pk=pk)


@pfd_view(part="coordination")
@require_POST
def conclude_at_meeting(request, pk: int, application_pk: int):
    meeting = get_object_or_404(Meeting, committee__partnership=request.partnership, pk=pk)
    application = get_object_or_404(Application, meeting=meeting, pk=application_pk)
    form = forms.ConcludeForm(request.POST, prefix=f"c{application.pk}")
    if not form.is_valid():
        messages.error(request, next(iter(form.errors.values()))[0])
    else:
        try:
            services.conclude(
                application=application,
                by=request.user,
                amount=form.cleaned_data["amount"],
                conditions=form.cleaned_data["conditions"],
            )
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(
                request, _("Ergebnis festgehalten. Das federführende Amt entscheidet nun über die Zuwendung.")
            )
    return redirect("funding:meeting", municipality=request.municipality.slug, pk=pk)


@pfd_view(part="coordination")
def check_report(request, pk: int):
    application = selectors.application_detail(request.municipality, pk)
    report = get_object_or_404(Report, application=application)
    lines = list(application.cost_lines.all())
    return render(
        request,
        "funding/office_report.html",
        {
            "application": application,
            "report": report,
            "lines": lines,
            "receipts": list(report.receipts.select_related("cost_line")),
            "photos": list(report.photos.all()),
            "paid": services.paid_total(application),
            "spent": services.spent_total(report),
            "correction_form": forms.CorrectionForm(),
            "repaid_form": forms.RepaidForm(),
        },
    )


@pfd_view(part="coordination")
@require_POST
def decide_report(request, pk: int):
    application = _office_application(request, pk)
    report = get_object_or_404(Report, application=application)
    try:
        if request.POST.get("decision") == "accept":
            services.accept_report(report=report, by=request.user)
            messages.success(request, _("Verwendungsnachweis angenommen. Das Projekt ist abgeschlossen."))
        else:
            form = forms.CorrectionForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Bitte schreiben Sie, was zu korrigieren ist."))
            else:
                services.request_corrections(report=report, by=request.user, note=form.cleaned_data["note"])
                messages.success(request, _("Korrekturen erbeten."))
    except services.FundingError as error:
        refused(request, error)
    return redirect("funding:check_report", municipality=request.municipality.slug, pk=pk)


@pfd_view(part="coordination")
def export(request, year: int, format: str):
    if format not in FORMATS:
        from django.http import Http404

        raise Http404
    rows = [
        [
            _("Jahr"),
            _("Fonds"),
            _("Projekt"),
            _("Antragsteller*in"),
            _("Träger"),
            _("Beginn"),
            _("Ende"),
            _("Beantragt (EUR)"),
            _("Bewilligt (EUR)"),
            _("Teilnehmende"),
            _("Nachweis"),
        ]
    ]
    for a in selectors.funded_projects(request.municipality, year=year):
        report = getattr(a, "report", None)
        rows.append(
            [
                a.fund.year,
                a.fund.name,
                a.title,
                a.applicant_name,
                a.carrier_name,
                a.starts_on.isoformat(),
                a.ends_on.isoformat(),
                a.requested_amount,
                a.grant.amount,
                report.participants if report else "",
                report.get_status_display() if report else "",
            ]
        )
    return export_response(rows, format=format, filename=f"gefoerderte-projekte-{year}", sheet_title=str(year))


# --- the lead office -------------------------------------------------------------------------


@pfd_view(part="lead")
def lead(request):
    return render(
        request,
        "funding/lead.html",
        {
            "waiting": list(selectors.waiting_for_lead(request.municipality)),
            "payments": list(selectors.unpaid_requests(request.municipality)),
            "repayments": list(
                Report.objects.filter(
                    application__municipality=request.municipality, repayment__gt=0, repaid_on__isnull=True
                )
                .exclude(status=Report.Status.DRAFT)
                .select_related("application")
            ),
            "paid_form": forms.PaidForm(initial={"paid_on": timezone.localdate()}),
            "repaid_form": forms.RepaidForm(initial={"repaid_on": timezone.localdate()}),
        },
    )


@pfd_view(part="lead")
def decide(request, pk: int):
    application = selectors.application_detail(request.municipality, pk)
    recommendation = getattr(application, "recommendation", None)
    if recommendation is None:
        from django.http import Http404

        raise Http404
    initial = {"decision": "grant" if recommendation.recommended else "refuse", "amount": recommendation.amount}
    form = form_for(request, forms.GrantForm, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.decide_grant(
                application=application,
                by=request.user,
                approve=data["decision"] == "grant",
                amount=data["amount"],
                conditions=data["conditions"],
                reason=data["reason"],
            )
        except services.FundingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Entscheidung gespeichert. Der Bescheid geht per E-Mail an die Antragstellenden.")
            )
            return redirect("funding:lead", municipality=request.municipality.slug)
    fund = application.fund
    return render(
        request,
        "funding/decide.html",
        {
            "application": application,
            "recommendation": recommendation,
            "form": form,
            "figures": selectors.figures(fund),
            "grant": getattr(application, "grant", None),
        },
    )


@pfd_view(part="lead")
@require_POST
def mark_paid(request, pk: int):
    payment = get_object_or_404(PaymentRequest, grant__application__municipality=request.municipality, pk=pk)
    form = forms.PaidForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie das Auszahlungsdatum ein."))
    else:
        try:
            services.mark_paid(payment=payment, by=request.user, paid_on=form.cleaned_data["paid_on"])
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Als ausgezahlt vermerkt."))
    return redirect("funding:lead", municipality=request.municipality.slug)


@pfd_view(part="lead")
@require_POST
def mark_repaid(request, pk: int):
    report = get_object_or_404(Report, application__municipality=request.municipality, application__pk=pk)
    form = forms.RepaidForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie das Datum ein."))
    else:
        try:
            services.mark_repaid(report=report, by=request.user, repaid_on=form.cleaned_data["repaid_on"])
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Rückzahlung vermerkt."))
    return redirect("funding:lead", municipality=request.municipality.slug)
