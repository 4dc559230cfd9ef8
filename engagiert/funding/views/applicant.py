"""The applicant's pages: start and edit an application, the cost plan with quotes, submit,
answer change requests, the letter, payment requests and the Verwendungsnachweis."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.export import FORMATS, export_response
from engagiert.core.views_helpers import form_for
from engagiert.directory.selectors import managed_organisations
from engagiert.funding import forms, letters, selectors, services
from engagiert.funding.models import Application, ChangeRequest, Fund, Quote, Receipt, Report
from engagiert.funding.views.common import applicant_application, pfd_view, refused

Status = Application.Status


@pfd_view(login=True)
def mine(request):
    today = timezone.localdate()
    open_funds = Fund.objects.filter(municipality=request.municipality, year__gte=today.year).order_by("year", "kind")
    return render(
        request,
        "funding/mine.html",
        {
            "applications": selectors.my_applications(user=request.user, municipality=request.municipality),
            "funds": open_funds,
        },
    )


def _organisations(request):
    return managed_organisations(user=request.user, municipality=request.municipality).order_by("name")


def _form_data(form) -> dict:
    data = dict(form.cleaned_data)
    data.setdefault("fields_of_action", [])
    return data


@pfd_view(login=True)
def create(request, fund_pk: int):
    fund = get_object_or_404(Fund, municipality=request.municipality, pk=fund_pk)
    if fund.year < timezone.localdate().year:
        raise Http404
    initial = {"contact_name": request.user.get_full_name(), "contact_email": request.user.email}
    form = form_for(
        request,
        forms.ApplicationForm,
        fund=fund,
        editable_organisations=_organisations(request),
        municipality=request.municipality,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            application = services.save_application(fund=fund, by=request.user, data=_form_data(form))
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Entwurf gespeichert. Jetzt folgt der Kosten- und Finanzierungsplan."))
            return redirect("funding:plan", municipality=request.municipality.slug, pk=application.pk)
    return render(request, "funding/application_form.html", {"form": form, "fund": fund})


@pfd_view(login=True)
def edit(request, pk: int):
    application = applicant_application(request, pk)
    if not application.editable:
        messages.error(request, _("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
        return redirect("funding:application", municipality=request.municipality.slug, pk=pk)
    initial = {name: getattr(application, name) for name in services.APPLICATION_FIELDS}
    form = form_for(
        request,
        forms.ApplicationForm,
        fund=application.fund,
        editable_organisations=_organisations(request),
        municipality=request.municipality,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_application(application=application, by=request.user, data=_form_data(form))
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("funding:application", municipality=request.municipality.slug, pk=pk)
    return render(
        request, "funding/application_form.html", {"form": form, "fund": application.fund, "application": application}
    )


def _plan_initial(application):
    costs = [
        {
            "id": line.pk,
            "category": line.category,
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "price_note": line.price_note,
        }
        for line in application.cost_lines.all()
    ]
    financing = [
        {"kind": f.kind, "description": f.description, "amount": f.amount} for f in application.financing_lines.all()
    ]
    return costs, financing


@pfd_view(login=True)
def plan(request, pk: int):
    application = applicant_application(request, pk)
    costs_initial, financing_initial = _plan_initial(application)
    if request.method == "POST" and application.editable:
        costs = forms.CostLineFormSet(request.POST, prefix="cost")
        financing = forms.FinancingFormSet(request.POST, prefix="fin")
        if costs.is_valid() and financing.is_valid():
            try:
                services.save_plan(
                    application=application,
                    by=request.user,
                    cost_lines=[f.cleaned_data for f in costs if f.cleaned_data and not f.cleaned_data["empty"]],
                    financing=[f.cleaned_data for f in financing if f.cleaned_data and not f.cleaned_data["empty"]],
                )
            except services.FundingError as error:
                refused(request, error)
            else:
                messages.success(request, _("Kosten- und Finanzierungsplan gespeichert."))
                return redirect("funding:plan", municipality=request.municipality.slug, pk=pk)
        else:
            messages.error(request, _("Bitte prüfen Sie die markierten Zeilen."))
    else:
        costs = forms.CostLineFormSet(initial=costs_initial, prefix="cost")
        financing = forms.FinancingFormSet(initial=financing_initial, prefix="fin")
    application = applicant_application(request, pk)
    return render(
        request,
        "funding/plan.html",
        {
            "application": application,
            "costs": costs,
            "financing": financing,
            "problems": services.plan_problems(application),
            "quote_form": forms.QuoteForm(),
            "threshold": application.fund.partnership.quote_threshold,
        },
    )


@pfd_view(login=True)
@require_POST
def add_quote(request, pk: int, line_pk: int):
    application = applicant_application(request, pk)
    line = get_object_or_404(application.cost_lines, pk=line_pk)
    form = forms.QuoteForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.add_quote(cost_line=line, by=request.user, **form.cleaned_data)
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Angebot hochgeladen."))
    else:
        for errors in form.errors.values():
            messages.error(request, errors[0])
    return redirect(_plan_url(request, pk) + f"#zeile-{line.pk}")


def _plan_url(request, pk):
    from django.urls import reverse

    return reverse("funding:plan", kwargs={"municipality": request.municipality.slug, "pk": pk})


@pfd_view(login=True)
@require_POST
def remove_quote(request, pk: int, quote_pk: int):
    application = applicant_application(request, pk)
    quote = get_object_or_404(Quote, cost_line__application=application, pk=quote_pk)
    try:
        services.remove_quote(quote=quote, by=request.user)
    except services.FundingError as error:
        refused(request, error)
    return redirect("funding:plan", municipality=request.municipality.slug, pk=pk)


@pfd_view(login=True)
def quote_file(request, pk: int, quote_pk: int):
    application = selectors.application_detail(request.municipality, pk)
    _may_read(request, application)
    quote = get_object_or_404(Quote, cost_line__application=application, pk=quote_pk)
    return _file_response(quote.file)


def _may_read(request, application) -> None:
    """The applicant side or the offices; committee members of the deciding body (not for receipts)."""
    from engagiert.funding.views.common import may_apply_for

    parts = request.parts
    if parts.coordination or parts.lead or may_apply_for(request.user, application):
        return
    if parts.membership_for(application.fund.committee_id) and application.status != Status.DRAFT:
        return
    raise Http404


def _file_response(field) -> HttpResponse:
    from django.http import FileResponse

    try:
        handle = field.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    name = field.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=name)


@pfd_view(login=True)
def application(request, pk: int):
    application = applicant_application(request, pk)
    grant = getattr(application, "grant", None)
    report = getattr(application, "report", None)
    paid = services.paid_total(application) if grant else None
    context = {
        "application": application,
        "problems": services.submission_problems(application, today=timezone.localdate())
        if application.editable
        else [],
        "changes": list(application.change_requests.all()),
        "answer_form": forms.AnswerForm(),
        "grant": grant,
        "payments": list(grant.payments.all()) if grant else [],
        "payment_form": forms.PaymentForm(),
        "paid": paid,
        "report": report,
        "report_due": selectors.report_due(application),
    }
    return render(request, "funding/application.html", context)


@pfd_view(login=True)
@require_POST
def submit(request, pk: int):
    application = applicant_application(request, pk)
    try:
        services.submit(application=application, by=request.user)
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Ihr Antrag ist eingereicht. Die Koordinierungs- und Fachstelle prüft ihn."))
    return redirect("funding:application", municipality=request.municipality.slug, pk=pk)


@pfd_view(login=True)
@require_POST
def withdraw(request, pk: int):
    application = applicant_application(request, pk)
    try:
        services.withdraw(application=application, by=request.user)
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Der Antrag ist zurückgezogen."))
    return redirect("funding:application", municipality=request.municipality.slug, pk=pk)


@pfd_view(login=True)
@require_POST
def answer(request, pk: int, change_pk: int):
    application = applicant_application(request, pk)
    change = get_object_or_404(ChangeRequest, application=application, pk=change_pk)
    form = forms.AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte schreiben Sie Ihre Antwort."))
    else:
        try:
            services.answer_change(change=change, by=request.user, answer=form.cleaned_data["answer"])
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Antwort gespeichert. Reichen Sie den Antrag wieder ein, wenn alles passt."))
    return redirect("funding:application", municipality=request.municipality.slug, pk=pk)


@pfd_view(login=True)
def letter(request, pk: int):
    application = selectors.application_detail(request.municipality, pk)
    _may_read(request, application)
    if not hasattr(application, "grant"):
        raise Http404
    response = HttpResponse(letters.letter_pdf(application), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{letters.filename(application)}"'
    return response


@pfd_view(login=True)
@require_POST
def request_payment(request, pk: int):
    application = applicant_application(request, pk)
    grant = getattr(application, "grant", None)
    if grant is None:
        raise Http404
    form = forms.PaymentForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["amount"][0])
    else:
        try:
            services.request_payment(grant=grant, by=request.user, amount=form.cleaned_data["amount"])
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Mittelabruf gesendet. Das federführende Amt zahlt aus."))
    return redirect("funding:application", municipality=request.municipality.slug, pk=pk)


def _granted(request, pk):
    application = applicant_application(request, pk)
    if application.status not in (Status.GRANTED, Status.CLOSED):
        raise Http404
    return application


@pfd_view(login=True)
def report(request, pk: int):
    application = _granted(request, pk)
    report = services.report_for(application)
    lines = list(application.cost_lines.all())
    form = form_for(request, forms.ReportForm, instance=report, cost_lines=lines)
    editable = (
        report.status in (Report.Status.DRAFT, Report.Status.CORRECTIONS) and application.status == Status.GRANTED
    )
    if request.method == "POST" and editable:
        if form.is_valid():
            try:
                services.save_report(report=report, by=request.user, data=form.cleaned_data, actuals=form.actuals())
            except services.FundingError as error:
                refused(request, error)
            else:
                messages.success(request, _("Verwendungsnachweis gespeichert."))
                return redirect("funding:report", municipality=request.municipality.slug, pk=pk)
    lines = list(application.cost_lines.all())
    receipts = list(report.receipts.select_related("cost_line"))
    return render(
        request,
        "funding/report.html",
        {
            "application": application,
            "report": report,
            "form": form,
            "editable": editable,
            "lines": lines,
            "receipts": receipts,
            "receipt_form": forms.ReceiptForm(cost_lines=application.cost_lines.all()),
            "photo_form": forms.PhotoForm(),
            "photos": list(report.photos.all()),
            "paid": services.paid_total(application),
            "spent": services.spent_total(report),
            "planned": application.total_cost,
            "actual": sum((line.actual or 0 for line in lines), 0),
        },
    )


@pfd_view(login=True)
@require_POST
def add_receipt(request, pk: int):
    application = _granted(request, pk)
    report = services.report_for(application)
    form = forms.ReceiptForm(request.POST, request.FILES, cost_lines=application.cost_lines.all())
    if form.is_valid():
        try:
            services.add_receipt(report=report, by=request.user, data=form.cleaned_data)
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Beleg eingetragen."))
    else:
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            messages.error(request, f"{label}: {errors[0]}" if label else errors[0])
    return redirect(f"{_report_url(request, pk)}#belegliste")


def _report_url(request, pk):
    from django.urls import reverse

    return reverse("funding:report", kwargs={"municipality": request.municipality.slug, "pk": pk})


@pfd_view(login=True)
@require_POST
def remove_receipt(request, pk: int, receipt_pk: int):
    application = _granted(request, pk)
    receipt = get_object_or_404(Receipt, report__application=application, pk=receipt_pk)
    try:
        services.remove_receipt(receipt=receipt, by=request.user)
    except services.FundingError as error:
        refused(request, error)
    return redirect(f"{_report_url(request, pk)}#belegliste")


@pfd_view(login=True)
def receipt_file(request, pk: int, receipt_pk: int):
    application = selectors.application_detail(request.municipality, pk)
    from engagiert.funding.views.common import may_apply_for

    if not (request.parts.coordination or request.parts.lead or may_apply_for(request.user, application)):
        raise Http404
    receipt = get_object_or_404(Receipt, report__application=application, pk=receipt_pk)
    return _file_response(receipt.file)


@pfd_view(login=True)
@require_POST
def add_photo(request, pk: int):
    application = _granted(request, pk)
    report = services.report_for(application)
    form = forms.PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.add_photo(
                report=report,
                by=request.user,
                image=form.cleaned_data["image"],
                alt_text=form.cleaned_data["alt_text"],
                consent=form.cleaned_data["consent"],
            )
        except services.FundingError as error:
            refused(request, error)
        else:
            messages.success(request, _("Foto hinzugefügt."))
    else:
        for name, errors in form.errors.items():
            messages.error(request, f"{form.fields[name].label}: {errors[0]}")
    return redirect(f"{_report_url(request, pk)}#fotos")


@pfd_view(login=True)
@require_POST
def submit_report(request, pk: int):
    application = _granted(request, pk)
    try:
        services.submit_report(report=services.report_for(application), by=request.user)
    except services.FundingError as error:
        refused(request, error)
    else:
        messages.success(request, _("Verwendungsnachweis eingereicht. Die Koordinierungs- und Fachstelle prüft ihn."))
    return redirect("funding:report", municipality=request.municipality.slug, pk=pk)


@pfd_view(login=True)
def receipts_export(request, pk: int, format: str):
    if format not in FORMATS:
        raise Http404
    application = selectors.application_detail(request.municipality, pk)
    from engagiert.funding.views.common import may_apply_for

    if not (request.parts.coordination or request.parts.lead or may_apply_for(request.user, application)):
        raise Http404
    report = getattr(application, "report", None)
    receipts = list(report.receipts.select_related("cost_line")) if report else []
    header = [_("Nr."), _("Datum"), _("Empfänger*in"), _("Zweck"), _("Kostenposition"), _("Betrag (EUR)")]
    rows = [header] + [
        [n, r.date.isoformat(), r.payee, r.purpose, r.cost_line.description if r.cost_line else "", r.amount]
        for n, r in enumerate(receipts, 1)
    ]
    return export_response(rows, format=format, filename=f"belegliste-{application.pk}", sheet_title=_("Belegliste"))
