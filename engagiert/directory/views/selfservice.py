"""Organisation self-service: register, ask to manage, edit (moderated), history."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from engagiert.core.permissions import get_managed_or_404, municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.directory import services
from engagiert.directory.forms import ContactForm, ContactFormSet, EditorRequestForm, OrganisationForm, contacts_from
from engagiert.directory.models import Organisation, OrganisationChange
from engagiert.directory.selectors import readable_changes


def _editable(request, slug: str) -> Organisation:
    return get_managed_or_404(
        request.user, Organisation, municipality=request.municipality, organisations=lambda o: o.pk, slug=slug
    )


def _profile(form: OrganisationForm, contacts, current_logo: str = "") -> dict:
    logo = form.cleaned_data.get("logo")
    profile = form.profile(current_logo=services.store_logo(upload=logo) if logo else current_logo)
    return {**profile, "contacts": contacts_from(contacts)}


@municipality_view(login=True)
def register(request):
    form = form_for(request, OrganisationForm, municipality=request.municipality)
    contacts = form_for(request, ContactFormSet, prefix="contacts")
    if request.method == "POST" and form.is_valid() and contacts.is_valid():
        profile = _profile(form, contacts)
        org = services.register_organisation(user=request.user, municipality=request.municipality, data=profile)
        if form.location_note:
            messages.warning(request, form.location_note)
        messages.success(
            request,
            _("Danke! „%(name)s“ wird nach der Freigabe durch die Koordination veröffentlicht.") % {"name": org.name},
        )
        return redirect("core:my_area", municipality=request.municipality.slug)
    return render(request, "directory/register.html", {"form": form, "contacts": contacts})


@municipality_view(login=True)
def request_editorship(request, slug: str):
    org = get_object_or_404(
        Organisation, municipality=request.municipality, slug=slug, status=Organisation.Status.PUBLISHED
    )
    form = form_for(request, EditorRequestForm)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_editorship(user=request.user, organisation=org, message=form.cleaned_data["message"])
        except services.DirectoryError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Ihre Anfrage wurde an die Koordination geschickt."))
            return redirect(org)
    return render(request, "directory/request_editorship.html", {"form": form, "org": org})


@municipality_view(login=True)
def edit(request, slug: str):
    org = _editable(request, slug)
    current = services.snapshot(org)
    form = form_for(
        request,
        OrganisationForm,
        municipality=request.municipality,
        initial=OrganisationForm.initial_from(current),
    )
    contacts = form_for(
        request, ContactFormSet, prefix="contacts", initial=[ContactForm.initial_from(c) for c in current["contacts"]]
    )
    if request.method == "POST" and form.is_valid() and contacts.is_valid():
        change = services.propose_change(
            organisation=org, author=request.user, data=_profile(form, contacts, current_logo=current["logo"])
        )
        if form.location_note:
            messages.warning(request, form.location_note)
        if change is None:
            messages.info(request, _("Es gab keine Änderungen."))
        elif change.status == OrganisationChange.Status.APPLIED:
            messages.success(request, _("Die Änderungen sind online."))
        else:
            messages.success(request, _("Danke! Die Änderungen gehen nach der Freigabe durch die Koordination online."))
        return redirect("directory:history", municipality=request.municipality.slug, slug=org.slug)
    waiting = org.changes.filter(status=OrganisationChange.Status.PENDING).order_by("-created_at").first()
    return render(request, "directory/edit.html", {"form": form, "contacts": contacts, "org": org, "waiting": waiting})


@municipality_view(login=True)
def history(request, slug: str):
    org = _editable(request, slug)
    changes = readable_changes(
        changes=org.changes.select_related("author", "decided_by"), municipality=request.municipality
    )
    return render(request, "directory/history.html", {"org": org, "changes": changes})
