"""Coordinator pages: moderation queue, decisions, trusted flag, export, reach of the network."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from engagiert.core.decisions import decide_from_queue
from engagiert.core.export import Format, export_response
from engagiert.core.models import Role
from engagiert.core.permissions import get_object_or_404_in, municipality_view
from engagiert.core.search import bytewise
from engagiert.directory import services
from engagiert.directory.models import ContactPerson, Organisation, OrganisationChange, OrganisationEditor
from engagiert.directory.selectors import published, reach, readable_changes

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))
NOTE_LENGTH = OrganisationChange._meta.get_field("note").max_length  # the decision's reason is kept there


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
    }
    return render(request, "directory/queue.html", context)


def _decide(request, action) -> HttpResponse:
    decide_from_queue(
        request, action, errors=(services.DirectoryError,), reason_required=False, reason_max_length=NOTE_LENGTH
    )
    return redirect("directory:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def decide_registration(request, pk: int):
    org = get_object_or_404(Organisation, municipality=request.municipality, pk=pk)
    return _decide(
        request,
        lambda f: services.decide_registration(
            organisation=org, approve=f.approve, by=request.user, note=f.cleaned_data["reason"]
        ),
    )


@coordinator_view
@require_POST
def decide_editor(request, pk: int):
    editor = get_object_or_404_in(request.municipality, OrganisationEditor, via="organisation__municipality", pk=pk)
    return _decide(
        request,
        lambda f: services.decide_editorship(
            editor=editor, approve=f.approve, by=request.user, note=f.cleaned_data["reason"]
        ),
    )


@coordinator_view
@require_POST
def decide_change(request, pk: int):
    change = get_object_or_404_in(request.municipality, OrganisationChange, via="organisation__municipality", pk=pk)
    return _decide(
        request,
        lambda f: services.decide_change(
            change=change, approve=f.approve, by=request.user, note=f.cleaned_data["reason"]
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
    ("diversity_dimensions", gettext_lazy("Vielfaltsdimensionen")),
    ("latitude", gettext_lazy("Breitengrad")),
    ("longitude", gettext_lazy("Längengrad")),
    ("url", gettext_lazy("Seite im Durchblick")),
    ("description", gettext_lazy("Beschreibung")),
)
CONTACTS_COLUMN = [key for key, _label in EXPORT_COLUMNS].index("contacts")


def _contact_text(contact: ContactPerson) -> str:
    """One contact person in one line; e-mail and phone only when the person agreed to publish them."""
    details = []
    if contact.role:
        details.append(contact.role)
    competencies = ", ".join(c.name for c in contact.competencies.all())
    if competencies:
        details.append(_("Kompetenzen: %(list)s") % {"list": competencies})
    if contact.languages:
        details.append(_("Sprachen: %(list)s") % {"list": ", ".join(contact.language_codes)})
    if contact.contact_public and contact.email:
        details.append(_("E-Mail: %(email)s") % {"email": contact.email})
    if contact.contact_public and contact.phone:
        details.append(_("Telefon: %(phone)s") % {"phone": contact.phone})
    return f"{contact.name} ({'; '.join(details)})" if details else contact.name


_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|h3|h4|blockquote)>", re.IGNORECASE)


def _plain_text(rich_text: str) -> str:
    """Sanitised rich text (core.fields) as plain text: one line per paragraph or list item."""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", rich_text or "")))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _export_rows(*, municipality, absolute_url: Callable[[str], str]) -> Iterator[list[str | float]]:
    """The header, then one row per published organisation in the search's name order; contacts
    one per line in their cell. A fixed number of queries, however many organisations."""
    orgs = (
        published(municipality=municipality)
        .select_related("district", "municipality")
        .prefetch_related(
            "topics",
            "programmes",
            "diversity_dimensions",
            Prefetch("contacts", queryset=ContactPerson.objects.prefetch_related("competencies")),
        )
        .order_by(bytewise("sort_name"), "pk")
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
            "\n".join(_contact_text(c) for c in o.contacts.all()),
            ", ".join(d.name for d in o.diversity_dimensions.all()),
            "" if o.latitude is None else o.latitude,
            "" if o.longitude is None else o.longitude,
            absolute_url(o.get_absolute_url()),
            _plain_text(o.description),
        ]


@coordinator_view
def export(request, format: Format):
    """The published directory as CSV or XLSX (the contacts cell wraps its lines)."""
    rows = _export_rows(municipality=request.municipality, absolute_url=request.build_absolute_uri)
    return export_response(
        rows,
        format=format,
        filename=f"durchblick-{request.municipality.slug}",
        sheet_title="Durchblick",
        wrap_columns=(CONTACTS_COLUMN,),
    )


@coordinator_view
def reach_view(request):
    return render(request, "directory/reach.html", {"reach": reach(municipality=request.municipality)})
