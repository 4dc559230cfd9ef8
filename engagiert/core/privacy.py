"""What core itself stores about people, for the privacy statement (core.registry
`register_personal_data`; registered in CoreConfig.ready()), and its part of the privacy
centre: the account, accessibility feedback sent with the account's address, data exports
(core.privacy_centre). The texts describe what the code does: change them together with the code."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.registry import (
    Holding,
    register_personal_data,
    register_privacy_handler,
    register_retention_rule,
)


def register() -> None:
    register_personal_data(
        key="core.visit",
        title=_("Beim Besuch der Seiten"),
        data=_(
            "Technisch notwendige Cookies für die Anmeldung, den Schutz von Formularen, die Sprache, die "
            "Schriftgröße und die zuletzt besuchte Kommune (für Kopf und Fuß der Anmeldeseiten). "
            "Ihre IP-Adresse wird als Zähler gegen Missbrauch verwendet, z. B. gegen zu viele "
            "Anmeldeversuche oder Formulare von einem Anschluss. Wir verwenden keine Analyse- oder Werbe-Cookies."
        ),
        purpose=_("Die Seiten sicher und in Ihrer Sprache anzeigen."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. e DSGVO; Cookies nur, soweit sie unbedingt erforderlich sind (§ 25 Abs. 2 Nr. 2 TDDDG)."
        ),
        retention=_(
            "Die Zähler verfallen nach spätestens einer Stunde. Das Anmelde-Cookie endet mit der Abmeldung oder "
            "nach zwei Wochen, das Sprach-Cookie beim Schließen des Browsers, die Cookies für die Schriftgröße "
            "und die zuletzt besuchte Kommune nach einem Jahr."
        ),
        recipients=_(
            "Zeigt eine Seite eine Landkarte, lädt Ihr Browser Kartenbilder von OpenStreetMap; dabei erhält die "
            "OpenStreetMap Foundation Ihre IP-Adresse."
        ),
        order=1,
    )
    register_personal_data(
        key="core.account",
        title=_("Ihr Benutzerkonto"),
        data=_(
            "E-Mail-Adresse, Name (wenn Sie ihn angeben), Passwort (nur verschlüsselt als Hash, nie im Klartext), "
            "die Sprache Ihrer E-Mails, Ihre Rollen (z. B. Koordination oder Akzeptanzpartner) und, wenn Sie sie "
            "einrichten, die Zwei-Faktor-Anmeldung."
        ),
        purpose=_("Sie anmelden, Ihnen Ihre Einträge zuordnen und Ihnen E-Mails in Ihrer Sprache schicken."),
        legal_basis=_("Art. 6 Abs. 1 lit. b DSGVO: Sie nutzen die Plattform auf eigenen Wunsch."),
        retention=_(
            "Solange Ihr Konto besteht. Sie können es selbst löschen (unter „Mein Bereich“ → „Meine Daten“). Dabei "
            "werden Ihre Daten in allen Bereichen gelöscht oder anonymisiert; was aus gesetzlichen Gründen bleibt "
            "(z. B. bestätigte Engagementstunden als anonyme Summen, eine gültige Karte im Kartenregister), sagt "
            "Ihnen die Seite vorher und steht bei dem jeweiligen Bereich."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune. Organisationen sehen Ihren Namen und Ihre E-Mail-Adresse nur, "
            "wenn Sie bei ihnen mitmachen oder sich zu ihren Veranstaltungen anmelden."
        ),
        models=("core.user", "core.role"),
        order=2,
    )
    register_personal_data(
        key="core.accessibility_feedback",
        title=_("Rückmeldungen zur Barrierefreiheit"),
        data=_("Ihre Nachricht, die betroffene Seite und, wenn Sie sie angeben, Ihr Name und Ihre E-Mail-Adresse."),
        purpose=_("Barrieren beheben und Ihnen antworten."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit den Vorschriften zur barrierefreien Informationstechnik "
            "(Feedback-Mechanismus)."
        ),
        retention=_(
            "Es gibt keine automatische Löschung: Die Rückmeldung bleibt gespeichert, bis die Koordinierungsstelle "
            "sie löscht."
        ),
        recipients=_("Die Koordinierungsstelle der Kommune."),
        models=("core.accessibilityfeedback",),
        order=90,
    )
    register_personal_data(
        key="core.audit",
        title=_("Protokoll von Entscheidungen"),
        data=_("Wer wann was entschieden oder geändert hat (z. B. eine Freigabe oder Ablehnung), mit der Begründung."),
        purpose=_("Entscheidungen der Verwaltung nachvollziehbar machen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Es gibt keine automatische Löschung. Wird ein Konto gelöscht, bleibt der Eintrag ohne Bezug zu "
            "diesem Konto erhalten."
        ),
        recipients=_("Die Koordinierungsstelle und der Betrieb der Plattform."),
        models=("core.auditrecord",),
        order=91,
    )
    register_personal_data(
        key="core.mail",
        title=_("Versand von E-Mails"),
        data=_("Empfängeradresse und Text jeder E-Mail, die die Plattform verschickt."),
        purpose=_("E-Mails zuverlässig im Hintergrund verschicken."),
        legal_basis=_("Wie bei dem Vorgang, zu dem die E-Mail gehört (Art. 6 Abs. 1 lit. b, c oder e DSGVO)."),
        retention=_("Der Versandauftrag wird sieben Tage nach dem Versand gelöscht (täglicher Aufräumauftrag)."),
        recipients=_("Der Mailserver, über den die Kommune E-Mails verschickt, und Ihr E-Mail-Anbieter."),
        order=92,
    )
    register_personal_data(
        key="core.data_exports",
        title=_("Exporte Ihrer Daten"),
        data=_("Wann Sie einen Export Ihrer Daten angefordert haben und die ZIP-Datei mit allen Ihren Daten."),
        purpose=_("Ihnen Ihre Daten geben (Auskunft und Datenübertragbarkeit)."),
        legal_basis=_("Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit Art. 15 und 20 DSGVO."),
        retention=_("Die Datei und der Link werden nach sieben Tagen gelöscht (täglicher Aufräumauftrag)."),
        recipients=_("Nur Sie, angemeldet mit Ihrem Konto."),
        models=("core.dataexport",),
        order=3,
    )
    register_privacy_handler(
        key="core",
        title=_("Konto"),
        collect=collect,
        export=export,
        delete=delete,
        order=1,
    )
    register_retention_rule(
        key="core.mail",
        data=_("Versandaufträge von E-Mails (Empfängeradresse und Text)"),
        legal_basis=_("Wie bei dem Vorgang, zu dem die E-Mail gehört (Art. 6 Abs. 1 lit. b, c oder e DSGVO)"),
        period=_("7 Tage nach dem Versand"),
        action=_("Der Versandauftrag wird gelöscht."),
        apply=prune_sent_mail,
        personal_data="core.mail",
        order=2,
    )
    register_retention_rule(
        key="core.data_exports",
        data=_("Exporte Ihrer Daten (ZIP-Dateien)"),
        legal_basis=_("Art. 15 und 20 DSGVO"),
        period=_("7 Tage nach der Erstellung"),
        action=_("Die Datei und der Link werden gelöscht."),
        apply=lambda now: privacy_centre().purge_exports(now),
        personal_data="core.data_exports",
        order=1,
    )


def privacy_centre():
    from engagiert.core import privacy_centre

    return privacy_centre


def _feedback(user):
    from engagiert.core.models import AccessibilityFeedback

    return (
        AccessibilityFeedback.objects.filter(email__iexact=user.email)
        if user.email
        else AccessibilityFeedback.objects.none()
    )


def collect(user) -> list[Holding]:
    from engagiert.core.models import Role

    roles = list(Role.objects.filter(user=user).select_related("municipality"))
    found = [
        Holding(
            label=_("Ihr Konto: %(email)s") % {"email": user.email},
            personal_data="core.account",
            details=tuple(f"{role.get_kind_display()} – {role.municipality.name}" for role in roles),
        )
    ]
    feedback = _feedback(user).count()
    if feedback:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Rückmeldung zur Barrierefreiheit",
                    "%(count)s Rückmeldungen zur Barrierefreiheit",
                    feedback,
                )
                % {"count": feedback},
                personal_data="core.accessibility_feedback",
            )
        )
    return found


def export(user) -> dict:
    from engagiert.core.models import Role

    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "name_shown": user.name_shown,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "roles": [
            {"municipality": r.municipality.name, "role": r.kind, "since": r.created_at}
            for r in Role.objects.filter(user=user).select_related("municipality")
        ],
        "accessibility_feedback": [
            {"municipality": f.municipality.name, "page": f.page_url, "message": f.message, "at": f.created_at}
            for f in _feedback(user).select_related("municipality")
        ],
    }


def delete(user) -> dict[str, int]:
    """The account itself (with its roles and exports) is deleted by core.privacy_centre
    after every app; here: accessibility feedback sent with the account's address."""
    deleted, _by_model = _feedback(user).delete()
    return {"accessibility_feedback_deleted": deleted}


MAIL_RETENTION_DAYS = 7


def prune_sent_mail(now) -> int:
    """Finished background tasks older than MAIL_RETENTION_DAYS (the queued e-mails hold whole
    e-mail bodies), when the tasks are kept in the database (django-tasks-db)."""
    import datetime as dt

    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = task_backends["default"]
    if not isinstance(backend, DatabaseBackend):
        return 0
    old = DBTaskResult.objects.finished().filter(
        backend_name=backend.alias, finished_at__lte=now - dt.timedelta(days=MAIL_RETENTION_DAYS)
    )
    deleted, _by_model = old.delete()
    return deleted
