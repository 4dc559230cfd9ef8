"""What the directory adds to core's pages (core.registry): "Meine Organisationen" on a
person's "Mein Bereich", the coordination's three queues, and the towns where a person edits
or asked to edit an organisation."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue
from engagiert.directory import selectors
from engagiert.directory.models import Organisation, OrganisationChange, OrganisationEditor


def organisations_section(request, municipality):
    return {"editorships": selectors.my_editorships(user=request.user, municipality=municipality)}


def register() -> None:
    register_area_section(
        key="directory.organisations",
        title=_("Meine Organisationen"),
        template="directory/area_organisations.html",
        context=organisations_section,
        order=40,
    )
    register_work_queue(
        key="directory.registrations",
        label=_("Durchblick: neue Einträge prüfen"),
        url_name="directory:queue",
        items=lambda m: Organisation.objects.filter(municipality=m, status=Organisation.Status.PENDING),
        order=10,
    )
    register_work_queue(
        key="directory.editors",
        label=_("Durchblick: Anfragen zur Redaktion"),
        url_name="directory:queue",
        items=lambda m: OrganisationEditor.objects.filter(
            organisation__municipality=m,
            organisation__status=Organisation.Status.PUBLISHED,
            status=OrganisationEditor.Status.REQUESTED,
        ),
        order=11,
    )
    register_work_queue(
        key="directory.changes",
        label=_("Durchblick: Änderungen an Einträgen"),
        url_name="directory:queue",
        items=lambda m: OrganisationChange.objects.filter(
            organisation__municipality=m, status=OrganisationChange.Status.PENDING
        ),
        order=12,
    )
    register_town_lookup(
        "directory",
        lambda user: OrganisationEditor.objects.filter(user=user).values("organisation__municipality_id"),
    )
