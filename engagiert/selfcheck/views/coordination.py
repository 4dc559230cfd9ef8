"""Coordinator pages: rounds, invitations, response rates, report (HTML, PDF, CSV),
workshop notes and measures / milestones. Every query is filtered by request.municipality."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.export import Format, export_response
from engagiert.core.models import Role
from engagiert.core.pdf import pdf_response
from engagiert.core.permissions import municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.selfcheck import selectors, services
from engagiert.selfcheck.forms import InviteForm, MeasureForm, RoundForm, WorkshopNoteForm
from engagiert.selfcheck.models import Answer, Measure, Respondent, Round
from engagiert.selfcheck.views.report import chart, history_rows

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))


def _round(request, pk: int) -> Round:
    return get_object_or_404(Round.objects.select_related("catalogue"), municipality=request.municipality, pk=pk)


@coordinator_view
def home(request):
    muni = request.municipality
    form = form_for(request, RoundForm)
    if request.method == "POST" and form.is_valid():
        try:
            new = services.create_round(municipality=muni, by=request.user, **form.cleaned_data)
        except services.SelfcheckError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Runde ist angelegt. Laden Sie jetzt Befragte ein."))
            return redirect("selfcheck:round", municipality=muni.slug, pk=new.pk)
    context = {"rounds": selectors.rounds_of(municipality=muni), "form": form}
    return render(request, "selfcheck/coordination/home.html", context)


@coordinator_view
def round_detail(request, pk: int):
    round = _round(request, pk)
    form = form_for(request, InviteForm)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.invite_respondent(round=round, **form.cleaned_data)
            except services.SelfcheckError as error:
                form.add_error(None, str(error))
            else:
                if round.status == Round.Status.OPEN:
                    messages.success(request, _("Die Einladung ist verschickt."))
                else:
                    messages.success(request, _("Vorgemerkt: Die Einladung geht beim Öffnen der Runde hinaus."))
                return redirect("selfcheck:round", municipality=request.municipality.slug, pk=round.pk)
    context = {
        "round": round,
        "form": form,
        "rates": selectors.response_rates(round),
        "respondents": Respondent.objects.filter(round=round).order_by("department", "email"),
    }
    return render(request, "selfcheck/coordination/round.html", context)


ACTIONS = {
    "oeffnen": (
        lambda r: services.open_round(round=r),
        gettext_lazy("Die Runde läuft. Die Einladungen sind verschickt."),
    ),
    "schliessen": (lambda r: services.close_round(round=r), gettext_lazy("Die Runde ist abgeschlossen.")),
    "veroeffentlichen": (
        lambda r: services.publish_round(round=r),
        gettext_lazy("Die Ergebnisse sind auf der öffentlichen Selbstcheck-Seite veröffentlicht."),
    ),
    "zurueckziehen": (
        lambda r: services.publish_round(round=r, publish=False),
        gettext_lazy("Die Ergebnisse sind nicht mehr öffentlich."),
    ),
}


@coordinator_view
@require_POST
def round_action(request, pk: int, action: str):
    round = _round(request, pk)
    if action == "erinnern":
        try:
            count = services.send_reminders(round=round)
        except services.SelfcheckError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Erinnerungen verschickt: %(count)d.") % {"count": count})
        return redirect("selfcheck:round", municipality=request.municipality.slug, pk=round.pk)
    if action not in ACTIONS:
        raise Http404
    run, message = ACTIONS[action]
    try:
        run(round)
    except services.SelfcheckError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(message))
    return redirect("selfcheck:round", municipality=request.municipality.slug, pk=round.pk)


@coordinator_view
@require_POST
def remove_respondent(request, pk: int, respondent: int):
    person = get_object_or_404(Respondent, round__municipality=request.municipality, round_id=pk, pk=respondent)
    try:
        services.remove_respondent(respondent=person)
    except services.SelfcheckError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Einladung an %(email)s ist zurückgezogen.") % {"email": person.email})
    return redirect("selfcheck:round", municipality=request.municipality.slug, pk=pk)


def _report_context(round: Round) -> dict:
    report = selectors.evaluate(round)
    return {
        "round": round,
        "report": report,
        "chart": chart(report),
        "rows": history_rows(report),
        "min_group": selectors.MIN_GROUP,
    }


@coordinator_view
def report(request, pk: int):
    round = _round(request, pk)
    return render(request, "selfcheck/coordination/report.html", _report_context(round))


@coordinator_view
def report_pdf(request, pk: int):
    round = _round(request, pk)
    return pdf_response(
        filename=f"selbstcheck-{request.municipality.slug}-{round.pk}.pdf",
        template="selfcheck/report_pdf.html",
        context={**_report_context(round), "municipality": request.municipality},
        title=f"{round.title} – {request.municipality.name}",
        language=get_language(),
        request=request,
    )


@coordinator_view
def export(request, pk: int, format: Format):
    """Anonymised answers (CSV or XLSX): a random number per respondent, the department only where at
    least MIN_GROUP respondents of it submitted."""
    round = _round(request, pk)
    respondents = list(
        Respondent.objects.filter(round=round, submitted_at__isnull=False).values_list("pk", "department")
    )
    sizes: dict[str, int] = {}
    for _pk, dept in respondents:
        sizes[dept] = sizes.get(dept, 0) + 1
    numbers = secrets.SystemRandom().sample(range(1000, 100000), len(respondents))
    alias = {
        pk: (num, dept if sizes[dept] >= selectors.MIN_GROUP else "")
        for (pk, dept), num in zip(respondents, numbers, strict=True)
    }
    rows = Answer.objects.filter(respondent_id__in=alias).values_list(
        "respondent_id", "question__field__order", "question__order", "question__text", "value"
    )
    dont_know = _("weiß nicht")
    lines = sorted(
        (alias[r][0], alias[r][1], f"{fo}.{qo}", text, dont_know if value is None else value)
        for r, fo, qo, text, value in rows
    )
    header = [_("Person (Zufallsnummer)"), _("Fachbereich"), _("Frage"), _("Aussage"), _("Antwort (1–5)")]
    filename = f"selbstcheck-{request.municipality.slug}-{round.pk}"
    return export_response([header, *lines], format=format, filename=filename, sheet_title=_("Antworten"))


@coordinator_view
def workshop(request, pk: int):
    round = _round(request, pk)
    form = form_for(request, WorkshopNoteForm)
    if request.method == "POST" and form.is_valid():
        services.add_workshop_note(round=round, **form.cleaned_data)
        messages.success(request, _("Die Workshop-Notiz ist gespeichert."))
        return redirect("selfcheck:workshop", municipality=request.municipality.slug, pk=round.pk)
    context = {"round": round, "form": form, "notes": round.workshop_notes.all()}
    return render(request, "selfcheck/coordination/workshop.html", context)


@coordinator_view
def measures(request):
    muni = request.municipality
    return render(
        request, "selfcheck/coordination/measures.html", {"measures": selectors.measures_of(municipality=muni)}
    )


@coordinator_view
def measure_edit(request, pk: int | None = None):
    muni = request.municipality
    measure = get_object_or_404(Measure, municipality=muni, pk=pk) if pk else None
    form = form_for(request, MeasureForm, instance=measure, municipality=muni)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_measure(municipality=muni, data=form.cleaned_data, measure=measure)
        except services.SelfcheckError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Maßnahme ist gespeichert."))
            return redirect("selfcheck:measures", municipality=muni.slug)
    context = {"form": form, "measure": measure}
    return render(request, "selfcheck/coordination/measure_form.html", context)


@coordinator_view
@require_POST
def measure_delete(request, pk: int):
    measure = get_object_or_404(Measure, municipality=request.municipality, pk=pk)
    services.delete_measure(measure=measure)
    messages.success(request, _("Die Maßnahme ist gelöscht."))
    return redirect("selfcheck:measures", municipality=request.municipality.slug)
