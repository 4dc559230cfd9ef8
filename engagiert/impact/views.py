"""The impact dashboard ("Wirkung"): public per town, network and installation; the coordination's
own version with figures entered by hand and the Wirkungsbericht (PDF, XLSX)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.export import export_response
from engagiert.core.models import Municipality, RegionalNetwork, Role
from engagiert.core.pagination import paginate
from engagiert.core.pdf import file_uri, render_pdf
from engagiert.core.permissions import has_role, municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.impact import report, selectors, services
from engagiert.impact.forms import ManualFigureForm, ReportTextForm
from engagiert.impact.models import ManualFigure
from engagiert.impact.periods import period_from

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))
public_view = municipality_view()

logger = logging.getLogger(__name__)
BODY_SECONDS = 3600  # a kept dashboard is replaced by the next roll-up anyway (a new key)
REPORTS_PER_HOUR = 30
TOWNS_PER_PAGE = 25  # the installation's internal table of towns: a page of them at a time
EXPORT_LOCK_SECONDS = 120


def _page(
    request,
    *,
    form,
    period,
    scope: str,
    scope_key: str,
    make: Callable[[selectors.Freshness], selectors.Dashboard],
    internal: bool = False,
    manual_for: Municipality | None = None,
    tables_for: list[Municipality] | None = None,
    town_page=None,
    **extra,
):
    """A dashboard page. Its figures (sections, charts, tables per town) are rendered once per
    scope, period, view, language and state of the roll-ups and figures entered by hand, and
    kept in the cache: a new roll-up run or a figure entered by hand makes a new key. With
    `town_page` (a page of `tables_for`) the key holds the page's number."""
    fresh = selectors.freshness(manual_for=manual_for)
    page_key = f"{town_page.number}/{town_page.paginator.count}" if town_page is not None else ""
    raw = f"{scope}|{scope_key}|{period.key}|{internal}|{get_language()}|{fresh.key}|{page_key}"
    key = f"impact:body:{hashlib.sha256(raw.encode()).hexdigest()[:40]}"
    body = _cached(key)
    if body is None:
        dashboard = make(fresh)
        body = render_to_string(
            "impact/_body.html",
            {
                "dashboard": dashboard,
                "sections": report.with_charts(dashboard),
                "internal": internal,
                "query": period.query(),
                "town_tables": selectors.town_tables(municipalities=tables_for, period=period, as_of=fresh.as_of)
                if tables_for is not None
                else None,
                "town_page": town_page,
            },
            request=request,
        )
        _keep(key, body)
    body = mark_safe(body)  # noqa: S308 - rendered by our template above (from the cache: the same text)
    head = selectors.Dashboard(
        period=period, previous=period.previous(), sections=[], as_of=fresh.as_of, public=not internal
    )
    context = {"dashboard": head, "body": body, "form": form, "query": period.query(), "scope": scope}
    return render(request, "impact/dashboard.html", {**context, "internal": internal, **extra})


def _cached(key: str) -> str | None:
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001 - a cache that is down slows the page, it breaks nothing
        logger.warning("Cache unreachable; dashboard rendered without it", exc_info=True)
        return None


def _keep(key: str, body: str) -> None:
    try:
        cache.set(key, body, BODY_SECONDS)
    except Exception:  # noqa: BLE001
        logger.warning("Cache unreachable; dashboard not kept", exc_info=True)


@public_view
def public(request):
    form, period = period_from(request)
    town = request.municipality
    return _page(
        request,
        form=form,
        period=period,
        scope="town",
        scope_key=str(town.pk),
        make=lambda fresh: selectors.town_dashboard(town, period, public=True, fresh=fresh),
        manual_for=town,
        coordinates=has_role(request.user, town, Role.Kind.COORDINATOR),
    )


@coordinator_view
def internal(request):
    form, period = period_from(request)
    town = request.municipality
    return _page(
        request,
        form=form,
        period=period,
        scope="town",
        scope_key=str(town.pk),
        make=lambda fresh: selectors.town_dashboard(town, period, public=False, fresh=fresh),
        internal=True,
        manual_for=town,
    )


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
# Public: the sums, masked as on a town's page. Internal: every figure unmasked with how it was
# counted and a table per section with each town's totals; for a regional network its member
# towns' coordinators (a role in any member town counts for the network, as on the portal's
# network site), for the whole installation the platform admins (superusers) only. Signed-in
# users without the role get 404, anonymous visitors the login (core.permissions' rules).


def _coordinates_network(user, towns) -> bool:
    return any(has_role(user, town, Role.Kind.COORDINATOR) for town in towns)


def installation(request):
    form, period = period_from(request)
    return _page(
        request,
        form=form,
        period=period,
        scope="installation",
        scope_key="",
        make=lambda fresh: selectors.installation_dashboard(period, fresh=fresh),
        networks=RegionalNetwork.objects.order_by("name"),
        coordinates=request.user.is_authenticated and request.user.is_superuser,
    )


def installation_internal(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.is_superuser:
        raise Http404
    form, period = period_from(request)
    towns = paginate(request, Municipality.objects.order_by("name"), per_page=TOWNS_PER_PAGE, form=form)
    return _page(
        request,
        form=form,
        period=period,
        scope="installation",
        scope_key="",
        make=lambda fresh: selectors.installation_dashboard(period, public=False, fresh=fresh),
        internal=True,
        tables_for=list(towns.object_list),
        town_page=towns,
        networks=RegionalNetwork.objects.order_by("name"),
    )


def network(request, slug: str):
    network = get_object_or_404(RegionalNetwork, slug=slug)
    form, period = period_from(request)
    towns = list(network.municipalities.order_by("name"))
    return _page(
        request,
        form=form,
        period=period,
        scope="network",
        scope_key=",".join(str(t.pk) for t in towns),
        make=lambda fresh: selectors.network_dashboard(network, period, fresh=fresh),
        network=network,
        towns=towns,
        coordinates=_coordinates_network(request.user, towns),
    )


def network_internal(request, slug: str):
    network = get_object_or_404(RegionalNetwork, slug=slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    towns = list(network.municipalities.order_by("name"))
    if not _coordinates_network(request.user, towns):
        raise Http404
    form, period = period_from(request)
    return _page(
        request,
        form=form,
        period=period,
        scope="network",
        scope_key=",".join(str(t.pk) for t in towns),
        make=lambda fresh: selectors.network_dashboard(network, period, public=False, fresh=fresh),
        internal=True,
        tables_for=towns,
        network=network,
        towns=towns,
    )
