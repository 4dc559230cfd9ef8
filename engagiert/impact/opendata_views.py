"""Open data pages: the list of a town's datasets, the downloads, the DCAT-AP.de catalogue,
and the coordination's licence settings."""

from __future__ import annotations

from django.contrib import messages
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from engagiert.core import figures as registry
from engagiert.core.models import Role
from engagiert.core.permissions import municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.impact import opendata, services
from engagiert.impact.forms import OpenDataSettingsForm

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}
CATALOGUE_TYPES = {"ttl": "text/turtle; charset=utf-8", "jsonld": "application/ld+json; charset=utf-8"}
DOWNLOADS_PER_HOUR = 300


@municipality_view()
def index(request):
    od = opendata.settings_of(request.municipality)
    files = opendata.files_of(request.municipality)
    datasets = [(d, files.get(d.key)) for d in registry.datasets.all()]
    return render(
        request,
        "impact/opendata.html",
        {
            "od": od,
            "licence_label": opendata.licence_label(od.licence),
            "attribution": opendata.attribution_of(request.municipality, od),
            "datasets": datasets,
        },
    )


def _published(request):
    od = opendata.settings_of(request.municipality)
    if not od.publish:
        raise Http404
    return od


@municipality_view()
def download(request, dataset: str, format: str):
    _published(request)
    found = opendata.dataset_by_slug(dataset)
    if found is None or format not in CONTENT_TYPES:
        raise Http404
    if limit_reached(request, action="opendata-download", limit=DOWNLOADS_PER_HOUR):
        return HttpResponse(_("Zu viele Abrufe in kurzer Zeit. Bitte versuchen Sie es später noch einmal."), status=429)
    stored = opendata.files_of(request.municipality).get(found.key)
    if stored is None:  # not generated yet (a new town): once now, one request at a time
        lock = f"opendata-generate:{request.municipality.pk}:{found.key}"
        if not cache.add(lock, 1, timeout=120):
            return HttpResponse(
                _("Die Datei wird gerade erstellt. Bitte versuchen Sie es gleich noch einmal."), status=503
            )
        try:
            stored = opendata.generate(request.municipality, keys=[found.key])[0]
        finally:
            cache.delete(lock)
    file = stored.csv if format == "csv" else stored.json
    response = FileResponse(file.open("rb"), content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="{request.municipality.slug}-{found.slug}.{format}"'
    return response


@municipality_view()
def catalogue(request, format: str):
    _published(request)
    body = opendata.catalogue(request.municipality, format=format)
    return HttpResponse(body, content_type=CATALOGUE_TYPES[format])


@municipality_view(roles=(Role.Kind.COORDINATOR,))
def settings_view(request):
    od = opendata.settings_of(request.municipality)
    form = OpenDataSettingsForm(request.POST or None, instance=od)
    if request.method == "POST" and form.is_valid():
        services.save_open_data_settings(
            municipality=request.municipality,
            by=request.user,
            data={name: form.cleaned_data[name] for name in ("publish", "licence", "attribution")},
        )
        messages.success(request, _("Die Einstellungen für offene Daten sind gespeichert."))
        return redirect("opendata:index", municipality=request.municipality.slug)
    return render(request, "impact/opendata_settings.html", {"form": form})
