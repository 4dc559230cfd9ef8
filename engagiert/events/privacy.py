"""What Begegnungen stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


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
            "Der Unterstützungsbedarf wird eine Woche nach der Veranstaltung gelöscht. Die übrigen Angaben, auch die "
            "nicht bestätigter oder stornierter Anmeldungen, werden nicht automatisch gelöscht; auf Ihren Wunsch "
            "löscht die Koordinierungsstelle sie."
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
