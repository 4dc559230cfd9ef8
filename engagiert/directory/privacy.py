"""What Durchblick stores about people, for the privacy statement (core.registry), and its part of
the privacy centre: the organisations a person edits, the changes they proposed, and contact
person entries with one of their verified addresses (with the consent to show their contact
data, which they can withdraw). Contact entries belong to the organisation and stay after the
account is deleted."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.registry import (
    Consent,
    Holding,
    register_consent_provider,
    register_personal_data,
    register_privacy_handler,
)


def register() -> None:
    register_personal_data(
        key="directory.contacts",
        title=_("Netzwerkverzeichnis – Ansprechpersonen und Redaktion"),
        data=_(
            "Bei Organisationen: Name, Funktion, Sprachen und Kompetenzen von Ansprechpersonen, ihre E-Mail-Adresse "
            "und Telefonnummer sowie die Kontaktdaten der Organisation. Bei der Redaktion: welches Konto eine "
            "Organisation pflegt, die Nachricht an die Koordination und wer wann welche Änderung vorgeschlagen, "
            "übernommen oder abgelehnt hat."
        ),
        purpose=_("Organisationen, Initiativen und Verwaltung miteinander vernetzen und die Einträge aktuell halten."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. e DSGVO (Förderung des bürgerschaftlichen Engagements). Die E-Mail-Adresse und "
            "Telefonnummer einer Ansprechperson werden nur mit ihrer Einwilligung veröffentlicht "
            "(Art. 6 Abs. 1 lit. a DSGVO)."
        ),
        retention=_(
            "Solange die Organisation eingetragen ist oder bis die Organisation die Angaben ändert. Der Verlauf der "
            "Änderungen bleibt erhalten; wird ein Konto gelöscht, ohne Bezug zu diesem Konto."
        ),
        recipients=_(
            "Öffentlich: der Eintrag mit den Namen der Ansprechpersonen, deren Kontaktdaten nur mit Einwilligung. "
            "Die Redaktion und ihre Nachrichten sieht nur die Koordinierungsstelle."
        ),
        models=(
            "directory.organisation",
            "directory.contactperson",
            "directory.organisationeditor",
            "directory.organisationchange",
        ),
        order=20,
    )
    register_privacy_handler(
        key="directory",
        title=_("Netzwerkverzeichnis"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_(
            "Ein Eintrag als Ansprechperson einer Organisation gehört zum Eintrag der Organisation und bleibt; "
            "bitten Sie die Organisation, ihn zu ändern. Der Verlauf der Änderungen bleibt ohne Bezug zu Ihrem Konto."
        ),
        order=20,
    )
    register_consent_provider(key="directory.contact", list=consents, withdraw=withdraw, order=20)


def _verified(user):
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).values("email")


def _contacts(user):
    from engagiert.directory.models import ContactPerson

    return ContactPerson.objects.filter(email__in=_verified(user)).exclude(email="").select_related("organisation")


def _editorships(user):
    from engagiert.directory.models import OrganisationEditor

    return OrganisationEditor.objects.filter(user=user).select_related("organisation__municipality")


def collect(user) -> list[Holding]:
    found = []
    editorships = list(_editorships(user))
    if editorships:
        found.append(
            Holding(
                label=ngettext(
                    "Redaktion von %(count)s Organisation", "Redaktion von %(count)s Organisationen", len(editorships)
                )
                % {"count": len(editorships)},
                personal_data="directory.contacts",
                details=tuple(f"{e.organisation.name} ({e.get_status_display()})" for e in editorships[:5]),
            )
        )
    contacts = list(_contacts(user))
    if contacts:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Eintrag als Ansprechperson", "%(count)s Einträge als Ansprechperson", len(contacts)
                )
                % {"count": len(contacts)},
                personal_data="directory.contacts",
                details=tuple(c.organisation.name for c in contacts[:5]),
            )
        )
    return found


def export(user) -> dict:
    from engagiert.directory.models import OrganisationChange

    return {
        "editorships": [
            {
                "organisation": e.organisation.name,
                "municipality": e.organisation.municipality.name,
                "status": e.status,
                "message": e.message,
                "since": e.created_at,
            }
            for e in _editorships(user)
        ],
        "proposed_changes": [
            {
                "organisation": c.organisation.name,
                "status": c.status,
                "changes": c.changes,
                "note": c.note,
                "at": c.created_at,
            }
            for c in OrganisationChange.objects.filter(author=user).select_related("organisation")
        ],
        "contact_entries": [
            {
                "organisation": c.organisation.name,
                "name": c.name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
                "contact_public": c.contact_public,
                "languages": c.languages,
            }
            for c in _contacts(user)
        ],
    }


def delete(user) -> dict[str, int]:
    deleted, _by_model = _editorships(user).delete()
    return {"editorships_deleted": deleted}


def consents(user) -> list[Consent]:
    return [
        Consent(
            id=str(c.pk),
            title=_("Meine Kontaktdaten als Ansprechperson öffentlich zeigen"),
            detail=c.organisation.name,
            effect=_("E-Mail-Adresse und Telefonnummer werden nicht mehr öffentlich gezeigt."),
        )
        for c in _contacts(user).filter(contact_public=True)
    ]


def withdraw(user, consent_id: str) -> bool:
    from engagiert.core import audit

    contact = _contacts(user).filter(contact_public=True, pk=consent_id).first() if consent_id.isdigit() else None
    if contact is None:
        return False
    type(contact).objects.filter(pk=contact.pk).update(contact_public=False)
    audit.record(
        actor=user,
        action="directory.withdraw_contact_consent",
        target=contact.organisation,
        municipality=contact.organisation.municipality_id,
        label=contact.organisation.name,
    )
    return True
