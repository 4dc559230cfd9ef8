"""Coordinator pages: moderation queue, decisions, trusted flag, export, reach of the network."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from engagiert.core.models import Role
from engagiert.core.permissions import municipality_view
from engagiert.directory import services
from engagiert.directory.forms import DecisionForm
from engagiert.directory.models import Organisation, OrganisationChange, OrganisationEditor
from engagiert.directory.selectors import published, reach, readable_changes

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))


@coordinator_view
def queue(request):
    muni = request.municipality
    context = {
        "registrations": Organisation.objects.filter(municipality=muni, status=Organisation.Status.PENDING)
        .prefetch_related("editors__user")
        .order_by("created_at"),
        "editor_requests": OrganisationEditor.objects.filter(
            organisation__municipality=muni,
            organisation__status=Organisation.Status.PUBLISHED,
            status=OrganisationEditor.Status.REQUESTED,
        ).select_related("organisation", "user"),
        "changes": readable_changes(
            changes=OrganisationChange.objects.filter(
                organisation__municipality=muni, status=OrganisationChange.Status.PENDING
            ).select_related("organisation", "author"),
            municipality=muni,
        ),
        "form": DecisionForm(),
    }
    return render(request, "directory/queue.html", context)


def _decide(request, action) -> HttpResponse:
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie „Freigeben“ oder „Ablehnen“."))
    else:
        try:
            action(form)
        except services.DirectoryError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Entscheidung gespeichert."))
    return redirect("directory:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def decide_registration(request, pk: int):
    org = get_object_or_404(Organisation, municipality=request.municipality, pk=pk)
    return _decide(
        request,
        lambda f: services.decide_registration(
            organisation=org, approve=f.approve, by=request.user, note=f.cleaned_data["note"]
        ),
    )


@coordinator_view
@require_POST
def decide_editor(request, pk: int):
    editor = get_object_or_404(OrganisationEditor, organisation__municipality=request.municipality, pk=pk)
    return _decide(
        request,
        lambda f: services.decide_editorship(
            editor=editor, approve=f.approve, by=request.user, note=f.cleaned_data["note"]
        ),
    )


@coordinator_view
@require_POST
def decide_change(request, pk: int):
    change = get_object_or_404(OrganisationChange, organisation__municipality=request.municipality, pk=pk)
    return _decide(
        request,
        lambda f: services.decide_change(
            change=change, approve=f.approve, by=request.user, note=f.cleaned_data["note"]
        ),
    )


@coordinator_view
@require_POST
def set_trusted(request, pk: int):
    """Mark an organisation as trusted (its changes go online at once) or no longer."""
    org = get_object_or_404(Organisation, municipality=request.municipality, pk=pk)
    value = request.POST.get("trusted")
    if value not in ("1", "0"):
        messages.error(request, _("Bitte wählen Sie, ob die Organisation vertrauenswürdig ist."))
    elif services.set_trusted(organisation=org, trusted=value == "1", by=request.user) is None:
        messages.info(request, _("Es gab keine Änderungen."))
    elif value == "1":
        messages.success(request, _("„%(name)s“ ist jetzt vertrauenswürdig.") % {"name": org.name})
    else:
        messages.success(request, _("„%(name)s“ ist nicht mehr vertrauenswürdig.") % {"name": org.name})
    if org.status == Organisation.Status.PUBLISHED:
        return redirect(org)
    return redirect("directory:queue", municipality=request.municipality.slug)


EXPORT_COLUMNS = (
    ("name", gettext_lazy("Name")),
    ("kind", gettext_lazy("Art")),
    ("street", gettext_lazy("Straße")),
    ("postcode", gettext_lazy("PLZ")),
    ("city", gettext_lazy("Ort")),
    ("district", gettext_lazy("Stadtteil")),
    ("website", gettext_lazy("Webseite")),
    ("email", gettext_lazy("E-Mail")),
    ("phone", gettext_lazy("Telefon")),
    ("topics", gettext_lazy("Themenfelder")),
    ("programmes", gettext_lazy("Programme")),
    ("contacts", gettext_lazy("Ansprechpartner*innen")),
)


def _export_rows(municipality):
    orgs = (
        published(municipality=municipality)
        .select_related("district")
        .prefetch_related("topics", "programmes", "contacts")
        .order_by("name")
    )
    yield [str(label) for _key, label in EXPORT_COLUMNS]
    for o in orgs:
        yield [
            o.name,
            o.get_kind_display(),
            o.street,
            o.postcode,
            o.city,
            o.district.name if o.district else "",
            o.website,
            o.email,
            o.phone,
            ", ".join(t.name for t in o.topics.all()),
            ", ".join(p.name for p in o.programmes.all()),
            "; ".join(c.name for c in o.contacts.all()),
        ]


def _safe_cell(value: str) -> str:
    """Spreadsheet programs run cells starting with = + - @ as formulas: defuse them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@coordinator_view
def export_csv(request):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    for row in _export_rows(request.municipality):
        writer.writerow([_safe_cell(str(v)) for v in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="durchblick-{request.municipality.slug}.csv"'
    return response


@coordinator_view
def export_xlsx(request):
    book = Workbook()
    sheet = book.active
    sheet.title = "Durchblick"
    for row in _export_rows(request.municipality):
        sheet.append([_safe_cell(str(v)) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="durchblick-{request.municipality.slug}.xlsx"'
    return response


@coordinator_view
def reach_view(request):
    return render(request, "directory/reach.html", {"reach": reach(municipality=request.municipality)})
