"""The impact dashboard ("Wirkung"): public per town, network and installation; the coordination's
own version with figures entered by hand and the Wirkungsbericht (PDF, XLSX)."""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.export import export_response
from engagiert.core.models import RegionalNetwork, Role
from engagiert.core.pdf import file_uri, render_pdf
from engagiert.core.permissions import municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.impact import report, selectors, services
from engagiert.impact.forms import ManualFigureForm, ReportTextForm
from engagiert.impact.models import ManualFigure
from engagiert.impact.periods import period_from

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))
public_view = municipality_view()

REPORTS_PER_HOUR = 30
EXPORT_LOCK_SECONDS = 120


def _context(request, dashboard, form, **extra) -> dict:
    return {
        "dashboard": dashboard,
        "sections": report.with_charts(dashboard),
        "form": form,
        "query": dashboard.period.query(),
        **extra,
    }


@public_view
def public(request):
    form, period = period_from(request)
    dashboard = selectors.town_dashboard(request.municipality, period, public=True)
    return render(request, "impact/dashboard.html", _context(request, dashboard, form, scope="town"))


@coordinator_view
def internal(request):
    form, period = period_from(request)
    dashboard = selectors.town_dashboard(request.municipality, period, public=False)
    return render(request, "impact/dashboard.html", _context(request, dashboard, form, scope="town", internal=True))


@coordinator_view
def manual(request):
    form = ManualFigureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = services.add_manual_figure(municipality=request.municipality, by=request.user, data=form.cleaned_data)
        messages.success(
            request,
            _("„%(title)s“ ist eingetragen und überall als „von Hand eingetragen“ gekennzeichnet.")
            % {"title": entry.title},
        )
        return redirect("impact:manual", municipality=request.municipality.slug)
    entries = selectors.manual_figures(request.municipality)
    return render(request, "impact/manual.html", {"form": form, "entries": entries})


@coordinator_view
@require_POST
def manual_delete(request, pk: int):
    entry = get_object_or_404(ManualFigure, municipality=request.municipality, pk=pk)
    services.delete_manual_figure(entry=entry, by=request.user)
    messages.success(request, _("Der Eintrag „%(title)s“ ist gelöscht.") % {"title": entry.title})
    return redirect("impact:manual", municipality=request.municipality.slug)


def _sections() -> list[tuple[str, str]]:
    from engagiert.core.figures import figure_sections

    return [(s.key, str(s.title)) for s in figure_sections.all()]


@coordinator_view
def report_texts(request):
    """The coordination's own text per section of the Wirkungsbericht of a period, and the downloads."""
    period_form, period = period_from(request)
    texts = selectors.report_texts(municipality=request.municipality, period=period)
    initial = {"intro": texts.get("intro", ""), **{f"section_{k}": texts.get(k, "") for k, _t in _sections()}}
    form = ReportTextForm(request.POST or None, sections=_sections(), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.save_report_texts(
            municipality=request.municipality, period=period, texts=form.texts(), by=request.user
        )
        messages.success(
            request, _("Ihre Texte für den Bericht %(period)s sind gespeichert.") % {"period": period.label}
        )
        return redirect(f"{request.path}?{period.query()}")
    return render(
        request,
        "impact/report.html",
        {"form": form, "period_form": period_form, "period": period, "query": period.query()},
    )


def _export_guard(request) -> HttpResponse | None:
    """At most REPORTS_PER_HOUR reports an hour and one at a time per person: else a message."""
    if limit_reached(request, action="impact-report", limit=REPORTS_PER_HOUR, who=f"user-{request.user.pk}"):
        messages.error(
            request,
            _(
                "Sie haben in der letzten Stunde sehr viele Berichte erstellt. "
                "Bitte versuchen Sie es später noch einmal."
            ),
        )
        return redirect("impact:report", municipality=request.municipality.slug)
    if not cache.add(f"impact-report-running:{request.user.pk}", 1, timeout=EXPORT_LOCK_SECONDS):
        messages.error(
            request,
            _(
                "Ihr vorheriger Bericht wird noch erstellt. "
                "Bitte warten Sie einen Moment und versuchen Sie es dann erneut."
            ),
        )
        return redirect("impact:report", municipality=request.municipality.slug)
    return None


def _release(request) -> None:
    cache.delete(f"impact-report-running:{request.user.pk}")


@coordinator_view
def report_pdf(request):
    form, period = period_from(request)
    if form.is_bound and not form.is_valid():
        messages.error(request, _("Bitte wählen Sie einen gültigen Zeitraum für den Bericht."))
        return redirect("impact:report", municipality=request.municipality.slug)
    blocked = _export_guard(request)
    if blocked:
        return blocked
    try:
        dashboard = selectors.town_dashboard(request.municipality, period, public=False)
        texts = selectors.report_texts(municipality=request.municipality, period=period)
        title = _("Wirkungsbericht %(period)s – %(town)s") % {"period": period.label, "town": request.municipality.name}
        body = render_pdf(
            template="impact/report_pdf.html",
            context={
                "dashboard": dashboard,
                "sections": report.with_charts(dashboard, texts),
                "intro": texts.get("intro", ""),
                "municipality": request.municipality,
                "logo_uri": file_uri(request.municipality.logo),
                "report_title": title,
            },
            title=title,
            language=get_language(),
            request=request,
        )
    finally:
        _release(request)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="wirkungsbericht-{request.municipality.slug}-{period.key}.pdf"'
    )
    return response


@coordinator_view
def report_xlsx(request):
    form, period = period_from(request)
    if form.is_bound and not form.is_valid():
        messages.error(request, _("Bitte wählen Sie einen gültigen Zeitraum für den Bericht."))
        return redirect("impact:report", municipality=request.municipality.slug)
    blocked = _export_guard(request)
    if blocked:
        return blocked
    try:
        dashboard = selectors.town_dashboard(request.municipality, period, public=False)
        rows = report.spreadsheet_rows(dashboard, town_name=request.municipality.name)
        return export_response(
            rows,
            format="xlsx",
            filename=f"wirkungsbericht-{request.municipality.slug}-{period.key}",
            sheet_title=_("Wirkung"),
            wrap_columns=(8, 9),
        )
    finally:
        _release(request)


# --- several towns ---------------------------------------------------------------------------


def installation(request):
    form, period = period_from(request)
    dashboard = selectors.installation_dashboard(period)
    networks = RegionalNetwork.objects.order_by("name")
    return render(
        request, "impact/dashboard.html", _context(request, dashboard, form, scope="installation", networks=networks)
    )


def network(request, slug: str):
    network = get_object_or_404(RegionalNetwork, slug=slug)
    form, period = period_from(request)
    dashboard = selectors.network_dashboard(network, period)
    towns = network.municipalities.order_by("name")
    return render(
        request,
        "impact/dashboard.html",
        _context(request, dashboard, form, scope="network", network=network, towns=towns),
    )
