"""What core itself stores about people, for the privacy statement (core.registry
`register_personal_data`; registered in CoreConfig.ready()). The texts describe what the code
does: change them together with the code."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


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
            "Solange Ihr Konto besteht. Sie können es selbst löschen (unter „Mach mit!“ → „Mein Engagement“). "
            "Dabei werden Ihr Profil, Ihre Interessen, Schichten, Nachweise und Kartenanträge mitgelöscht; "
            "bestätigte Engagementstunden bleiben ohne Bezug zu Ihnen als Summen erhalten. Anmeldungen zu "
            "Veranstaltungen und ausgestellte Karten bleiben mit Ihrem Namen gespeichert (siehe dort)."
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
