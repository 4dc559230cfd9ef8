"""What Begegnungen stores about people, for the privacy statement (core.registry), and its part
of the privacy centre: a person's registrations (made signed in or as a guest with a verified
address of theirs) and the events they created; deletion as in events/services/privacy.py;
the consent to support needs; the deletion of support needs a week after the event."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.registry import (
    Consent,
    ExportFile,
    Holding,
    register_consent_provider,
    register_personal_data,
    register_privacy_handler,
    register_retention_rule,
)


def register() -> None:
    register_personal_data(
        key="events.registrations",
        title=_("Anmeldungen zu Veranstaltungen"),
        data=_(
            "Name, E-Mail-Adresse, Zahl der Begleitpersonen, Ihre Sprache, der Stand der Anmeldung (bestätigt, "
            "Warteliste, storniert), wann Sie sich angemeldet, bestätigt und am Einlass gezeigt haben, und – nur "
            "wenn Sie es angeben – Ihr Unterstützungsbedarf vor Ort (z. B. Rollstuhlplatz)."
        ),
        purpose=_(
            "Plätze vergeben, die Warteliste führen, Sie erinnern, Tickets am Einlass prüfen und Unterstützung vor "
            "Ort vorbereiten."
        ),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. b DSGVO (Ihre Anmeldung). Der Unterstützungsbedarf kann Gesundheitsdaten enthalten: "
            "Wir speichern ihn nur mit Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO), die Sie "
            "jederzeit widerrufen können."
        ),
        retention=_(
            "Der Unterstützungsbedarf wird eine Woche nach der Veranstaltung gelöscht. Die übrigen Angaben werden "
            "nicht automatisch gelöscht. Löschen Sie Ihr Konto, werden Anmeldungen zu kommenden Veranstaltungen "
            "storniert und gelöscht; Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Name und "
            "E-Mail-Adresse für die Teilnehmerzahlen erhalten."
        ),
        recipients=_("Die veranstaltenden Organisationen und die Koordinierungsstelle der Kommune."),
        models=("events.registration",),
        order=30,
    )
    register_personal_data(
        key="events.organisers",
        title=_("Veranstaltungen eintragen"),
        data=_("Welches Konto eine Veranstaltung angelegt oder eine Änderung vorgeschlagen oder entschieden hat."),
        purpose=_("Veranstaltungen freigeben und Änderungen nachvollziehen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Solange die Veranstaltung gespeichert ist; wird ein Konto gelöscht, bleibt der Eintrag ohne Bezug zu "
            "diesem Konto erhalten."
        ),
        recipients=_("Die Koordinierungsstelle der Kommune."),
        models=("events.event", "events.eventchange"),
        order=31,
    )
    register_privacy_handler(
        key="events",
        title=_("Begegnungen"),
        collect=collect,
        export=export,
        files=files,
        delete=delete,
        kept=_(
            "Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Ihren Namen und Ihre E-Mail-Adresse erhalten, "
            "damit die Teilnehmerzahlen der Organisationen stimmen. Anmeldungen zu kommenden Veranstaltungen werden "
            "storniert (Ihr Platz geht an die Warteliste) und gelöscht."
        ),
        order=30,
    )
    register_consent_provider(key="events.needs", list=consents, withdraw=withdraw, order=30)
    register_retention_rule(
        key="events.support_needs",
        personal_data="events.registrations",
        data=_("Unterstützungsbedarf bei Anmeldungen zu Veranstaltungen"),
        legal_basis=_("Art. 9 Abs. 2 lit. a DSGVO (ausdrückliche Einwilligung)"),
        period=_("1 Woche nach dem Ende der Veranstaltung"),
        action=_("Der Unterstützungsbedarf wird gelöscht, die Anmeldung bleibt."),
        apply=purge_support_needs,
        order=30,
    )


def _registrations(user):
    from engagiert.events.models import Registration
    from engagiert.events.selectors import mine

    return Registration.objects.filter(mine(user)).select_related("event__municipality").order_by("event__start")


def collect(user) -> list[Holding]:
    from engagiert.events.models import Event

    registrations = list(_registrations(user))
    found = []
    if registrations:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Anmeldung zu Veranstaltungen",
                    "%(count)s Anmeldungen zu Veranstaltungen",
                    len(registrations),
                )
                % {"count": len(registrations)},
                personal_data="events.registrations",
                details=tuple(
                    f"{r.event.title} ({date_format(timezone.localtime(r.event.start), 'SHORT_DATE_FORMAT')}, "
                    f"{r.get_status_display()})"
                    for r in registrations[-5:]
                ),
            )
        )
    created = Event.objects.filter(created_by=user).count()
    if created:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Veranstaltung von Ihnen eingetragen",
                    "%(count)s Veranstaltungen von Ihnen eingetragen",
                    created,
                )
                % {"count": created},
                personal_data="events.organisers",
            )
        )
    return found


def export(user) -> dict:
    from engagiert.events.models import Event

    return {
        "registrations": [
            {
                "event": r.event.title,
                "municipality": r.event.municipality.name,
                "start": r.event.start,
                "name": r.name,
                "email": r.email,
                "companions": r.companions,
                "support_needs": r.needs,
                "status": r.status,
                "language": r.language,
                "registered_at": r.created_at,
                "confirmed_at": r.confirmed_at,
                "cancelled_at": r.cancelled_at,
                "checked_in_at": r.checked_in_at,
            }
            for r in _registrations(user)
        ],
        "events_created": [
            {"title": e.title, "start": e.start, "status": e.status, "image": e.image.name or None}
            for e in Event.objects.filter(created_by=user).order_by("start")
        ],
    }


def files(user) -> list[ExportFile]:
    from engagiert.events.models import Event

    return [ExportFile(e.image.name, e.image) for e in Event.objects.filter(created_by=user).exclude(image="")]


def delete(user) -> dict[str, int]:
    from engagiert.events.services.privacy import delete_personal_data

    return delete_personal_data(user=user)


def consents(user) -> list[Consent]:
    return [
        Consent(
            id=str(r.pk),
            title=_("Unterstützungsbedarf bei einer Veranstaltung verwenden (Art. 9 DSGVO)"),
            given_at=r.created_at,
            detail=f"{r.event.title}, {date_format(timezone.localtime(r.event.start), 'SHORT_DATE_FORMAT')}: {r.needs}",
            effect=_("Ihr Unterstützungsbedarf wird sofort gelöscht; die Anmeldung bleibt."),
        )
        for r in _registrations(user).exclude(needs="")
    ]


def withdraw(user, consent_id: str) -> bool:
    from engagiert.events.services.privacy import withdraw_needs_consent

    return consent_id.isdigit() and withdraw_needs_consent(user=user, registration_id=int(consent_id))


def purge_support_needs(now) -> int:
    from engagiert.events.services import purge_support_needs as purge

    return purge(now=now)
