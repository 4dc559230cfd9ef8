"""Writes to the directory: self-service registration, editorship, moderated changes.

Every change to an organisation's profile is an OrganisationChange: applied at once for
trusted organisations and coordinators, otherwise queued for a coordinator's decision.
Applied changes are the history (who, when, what): besides edits it records the
registration, coordinators' decisions on it and on editors, the trusted flag and edits in
the admin, each marked by its `action`."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from engagiert.core import audit, figures
from engagiert.core.images import discard_image, store_image
from engagiert.core.indexing import reindex
from engagiert.core.languages import localized
from engagiert.core.models import Municipality, Role
from engagiert.core.permissions import has_role
from engagiert.directory.models import (
    Competency,
    ContactPerson,
    DiversityDimension,
    Organisation,
    OrganisationChange,
    OrganisationEditor,
    Programme,
    ProgrammeMembership,
    Topic,
)

# Profile fields an editor may change; many-to-many fields are compared as slug lists.
SCALAR_FIELDS = (
    "name",
    "kind",
    *localized("description"),
    "street",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
)
M2M_FIELDS = {"topics": Topic, "diversity_dimensions": DiversityDimension}
# Fields only coordinators and platform admins set; part of the history, not of the profile.
STATE_FIELDS = ("slug", "status", "trusted")


class DirectoryError(Exception):
    """A rule of the directory was broken; the message is for the user."""


# Path segments of the directory that an organisation's slug must not take.
RESERVED_SLUGS = frozenset({"eintragen", "koordination"})


def unique_slug(*, municipality: Municipality, name: str) -> str:
    base = slugify(name)[:200] or "organisation"
    if base in RESERVED_SLUGS:
        base = f"{base}-organisation"
    taken = set(
        Organisation.objects.filter(municipality=municipality, slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def snapshot(org: Organisation) -> dict[str, Any]:
    """The editable state of an organisation as plain JSON values."""
    data: dict[str, Any] = {name: getattr(org, name) for name in SCALAR_FIELDS}
    data["district"] = org.district.slug if org.district_id else None
    data["logo"] = org.logo.name or ""
    for name in M2M_FIELDS:
        data[name] = sorted(getattr(org, name).values_list("slug", flat=True)) if org.pk else []
    data["contacts"] = [contact_snapshot(c) for c in org.contacts.prefetch_related("competencies")] if org.pk else []
    data["programmes"] = [membership_snapshot(m) for m in memberships_of(org)] if org.pk else []
    return data


def full_snapshot(org: Organisation) -> dict[str, Any]:
    """The profile and the fields only coordinators and admins set: what the admin edits."""
    return {**snapshot(org), **{name: getattr(org, name) for name in STATE_FIELDS}}


def memberships_of(org: Organisation):
    return ProgrammeMembership.objects.filter(organisation=org).select_related("programme").order_by("programme__slug")


def membership_snapshot(membership: ProgrammeMembership) -> dict[str, Any]:
    return {
        "programme": membership.programme.slug,
        "role": membership.role,
        "since": membership.since.isoformat() if membership.since else None,
    }


def contact_snapshot(contact: ContactPerson) -> dict[str, Any]:
    return {
        "name": contact.name,
        "role": contact.role,
        "email": contact.email,
        "phone": contact.phone,
        "contact_public": contact.contact_public,
        "languages": contact.languages,
        "competencies": sorted(c.name for c in contact.competencies.all()),
    }


def _replace_contacts(org: Organisation, contacts: list[dict[str, Any]]) -> None:
    org.contacts.all().delete()
    for row in contacts:
        contact = ContactPerson.objects.create(
            organisation=org, **{k: v for k, v in row.items() if k != "competencies"}
        )
        contact.competencies.set([Competency.objects.get_or_create(name=n)[0] for n in row["competencies"]])


def _replace_programmes(org: Organisation, memberships: list[dict[str, Any]]) -> None:
    programmes = Programme.objects.in_bulk([row["programme"] for row in memberships], field_name="slug")
    ProgrammeMembership.objects.filter(organisation=org).delete()
    ProgrammeMembership.objects.bulk_create(
        ProgrammeMembership(
            organisation=org, programme=programmes[row["programme"]], role=row["role"], since=row["since"]
        )
        for row in memberships
        if row["programme"] in programmes
    )


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {key: [before.get(key), value] for key, value in after.items() if before.get(key) != value}


def _figures_changed(org: Organisation) -> None:
    """An organisation counts in the impact figures from the day it was entered (by kind, topic
    and programme): a change to those, or a late approval, changes them from that day on."""
    figures.changed(municipality_id=org.municipality_id, days=[timezone.localtime(org.created_at).date()])


def _apply(org: Organisation, changes: dict[str, list[Any]]) -> None:
    for name, (_old, new) in changes.items():
        if name in M2M_FIELDS:
            getattr(org, name).set(M2M_FIELDS[name].objects.filter(slug__in=new))
        elif name == "district":
            org.district = org.municipality.districts.filter(slug=new).first() if new else None
        elif name == "logo":
            org.logo = new or ""  # through the descriptor: logo_width and logo_height follow
        elif name == "contacts":
            _replace_contacts(org, new)
        elif name == "programmes":
            _replace_programmes(org, new)
        else:
            setattr(org, name, new)
    org.save()
    if changes.keys() & {"kind", "topics", "programmes", "status"}:
        _figures_changed(org)
    # Its own terms, and, if it was renamed, those of its events and offers.
    reindex(model=Organisation, ids=[org.pk], changed=changes)


@transaction.atomic
def register_organisation(*, user, municipality: Municipality, data: dict[str, Any]) -> Organisation:
    """A signed-in user registers a new organisation; it is published after approval,
    and the user becomes its editor then."""
    org = Organisation(municipality=municipality, status=Organisation.Status.PENDING)
    org.slug = unique_slug(municipality=municipality, name=data["name"])
    org.name = data["name"]
    org.kind = data["kind"]
    org.save()
    changes = _diff(snapshot(org), data)
    _apply(org, changes)
    OrganisationChange.objects.create(
        organisation=org,
        author=user,
        status=OrganisationChange.Status.APPLIED,
        changes=changes,
        action=OrganisationChange.Action.REGISTRATION,
    )
    OrganisationEditor.objects.create(organisation=org, user=user, status=OrganisationEditor.Status.REQUESTED)
    return org


# The history's actions that are a coordinator's yes or no.
_DECISIONS = {
    OrganisationChange.Action.PUBLISHED: audit.decision_of(True),
    OrganisationChange.Action.REJECTED: audit.decision_of(False),
    OrganisationChange.Action.EDITOR_APPROVED: audit.decision_of(True),
    OrganisationChange.Action.EDITOR_REJECTED: audit.decision_of(False),
}


def _record(
    *, organisation: Organisation, action: str, changes: dict[str, list[Any]], by, note: str = ""
) -> OrganisationChange:
    """An entry of the history for something done (not proposed) by `by`, and its audit record."""
    audit.record(
        actor=by,
        action=f"directory.{action}",
        target=organisation,
        municipality=organisation.municipality_id,
        decision=_DECISIONS.get(action, ""),
        reason=note,
        label=organisation.name,
    )
    return OrganisationChange.objects.create(
        organisation=organisation,
        action=action,
        author=by,
        status=OrganisationChange.Status.APPLIED,
        changes=changes,
        note=note,
        decided_by=by,
        decided_at=timezone.now(),
    )


@transaction.atomic
def decide_registration(*, organisation: Organisation, approve: bool, by, note: str = "") -> None:
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation.status != Organisation.Status.PENDING:
        raise DirectoryError(_("Über diesen Eintrag wurde bereits entschieden."))
    organisation.status = Organisation.Status.PUBLISHED if approve else Organisation.Status.REJECTED
    organisation.save(update_fields=["status", "updated_at"])
    if approve:
        _figures_changed(organisation)  # it may have waited for weeks
    editor_status = OrganisationEditor.Status.ACTIVE if approve else OrganisationEditor.Status.REJECTED
    organisation.editors.filter(status=OrganisationEditor.Status.REQUESTED).update(status=editor_status)
    _record(
        organisation=organisation,
        action=OrganisationChange.Action.PUBLISHED if approve else OrganisationChange.Action.REJECTED,
        changes={"status": [Organisation.Status.PENDING, organisation.status]},
        by=by,
        note=note,
    )


def request_editorship(*, user, organisation: Organisation, message: str) -> OrganisationEditor:
    editor, created = OrganisationEditor.objects.get_or_create(
        organisation=organisation, user=user, defaults={"message": message}
    )
    if not created:
        raise DirectoryError(_("Sie haben für diese Organisation bereits eine Anfrage gestellt."))
    return editor


@transaction.atomic
def decide_editorship(*, editor: OrganisationEditor, approve: bool, by, note: str = "") -> None:
    editor = OrganisationEditor.objects.select_for_update().select_related("organisation").get(pk=editor.pk)
    if editor.status != OrganisationEditor.Status.REQUESTED:
        raise DirectoryError(_("Über diese Anfrage wurde bereits entschieden."))
    editor.status = OrganisationEditor.Status.ACTIVE if approve else OrganisationEditor.Status.REJECTED
    editor.save(update_fields=["status"])
    _record(
        organisation=editor.organisation,
        action=OrganisationChange.Action.EDITOR_APPROVED if approve else OrganisationChange.Action.EDITOR_REJECTED,
        changes={
            "editor": [
                {"user": editor.user_id, "status": OrganisationEditor.Status.REQUESTED},
                {"user": editor.user_id, "status": editor.status},
            ]
        },
        by=by,
        note=note,
    )


@transaction.atomic
def set_trusted(*, organisation: Organisation, trusted: bool, by) -> OrganisationChange | None:
    """A coordinator lets the organisation's changes go online without approval (or no
    longer). Returns the history entry, None when the flag already had that value."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation.trusted == trusted:
        return None
    changes = {"trusted": [organisation.trusted, trusted]}
    organisation.trusted = trusted
    organisation.save(update_fields=["trusted", "updated_at"])
    return _record(organisation=organisation, action=OrganisationChange.Action.TRUSTED, changes=changes, by=by)


@transaction.atomic
def record_admin_edit(*, organisation: Organisation, before: dict[str, Any], by) -> OrganisationChange | None:
    """Record what a platform admin changed in the admin (which bypasses moderation):
    `before` is `full_snapshot` taken before the edit. Returns None when nothing changed."""
    after = full_snapshot(Organisation.objects.get(pk=organisation.pk))
    empty = (None, "", [])
    changes = {k: v for k, v in _diff(before, after).items() if not (v[0] in empty and v[1] in empty)}
    if not changes:
        return None
    if changes.keys() & {"kind", "topics", "programmes", "status", "municipality"}:
        _figures_changed(organisation)
    return _record(organisation=organisation, action=OrganisationChange.Action.ADMIN_EDIT, changes=changes, by=by)


@transaction.atomic
def propose_change(*, organisation: Organisation, author, data: dict[str, Any]) -> OrganisationChange | None:
    """Record a change to the profile. Applied at once when the organisation is trusted
    or the author coordinates the municipality; otherwise it waits in the queue.
    Returns None when nothing changed."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    changes = _diff(snapshot(organisation), data)
    if not changes:
        return None
    immediate = organisation.trusted or has_role(author, organisation.municipality, Role.Kind.COORDINATOR)
    change = OrganisationChange.objects.create(organisation=organisation, author=author, changes=changes)
    if immediate:
        _apply(organisation, changes)
        change.status = OrganisationChange.Status.APPLIED
        change.decided_by, change.decided_at = author, timezone.now()
        change.save()
    return change


@transaction.atomic
def decide_change(*, change: OrganisationChange, approve: bool, by, note: str = "") -> None:
    change = OrganisationChange.objects.select_for_update().get(pk=change.pk)
    if change.status != OrganisationChange.Status.PENDING:
        raise DirectoryError(_("Über diese Änderung wurde bereits entschieden."))
    if approve:
        org = Organisation.objects.select_for_update().get(pk=change.organisation_id)
        _apply(org, change.changes)
    else:
        discard_image(change.changes.get("logo", [None, None])[1], model=Organisation, field="logo")
    change.status = OrganisationChange.Status.APPLIED if approve else OrganisationChange.Status.REJECTED
    change.decided_by, change.decided_at, change.note = by, timezone.now(), note
    change.save()
    audit.record(
        actor=by,
        action="directory.decide_change",
        target=change,
        municipality=change.organisation.municipality_id,
        decision=audit.decision_of(approve),
        reason=note,
    )


def store_logo(*, upload) -> str:
    """Save an already re-encoded logo under a random name; returns its storage name."""
    return store_image(upload, folder="logos")
