"""What Mach mit! stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="volunteering.profile",
        title=_("Mach mit! – Ihr Profil als Freiwillige*r"),
        data=_(
            "Themen, die Sie interessieren, was Sie können, wann Sie Zeit haben, Ihr Stadtteil, wie weit Sie fahren "
            "würden, Ihre Sprachen, freiwillig Ihr Geburtsjahr und ob Organisationen Sie ansprechen dürfen; "
            "Einladungen, die Sie von Organisationen bekommen."
        ),
        purpose=_("Ihnen passende Angebote vorschlagen und, wenn Sie es erlauben, Einladungen von Organisationen."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. a DSGVO: Das Profil ist freiwillig. Sie können es jederzeit ändern und die "
            "Erlaubnis zur Ansprache zurücknehmen."
        ),
        retention=_("Solange Ihr Konto besteht; mit dem Konto wird das Profil gelöscht."),
        recipients=_(
            "Organisationen sehen Ihr Profil nur, wenn Sie die Ansprache erlauben, und dann ohne Namen und "
            "Kontaktdaten."
        ),
        models=("volunteering.volunteerprofile", "volunteering.invitation"),
        order=40,
    )
    register_personal_data(
        key="volunteering.engagement",
        title=_("Mach mit! – Interesse, Schichten und Stunden"),
        data=_(
            "Für welche Angebote Sie sich interessieren, Ihre Nachrichten mit der Organisation, die Schichten, für "
            "die Sie sich eintragen, und Ihre Engagementstunden (Datum, Tätigkeit, Organisation, Dauer, Notiz, wer "
            "sie eingetragen, bestätigt oder korrigiert hat)."
        ),
        purpose=_(
            "Sie mit der Organisation zusammenbringen, Einsätze planen und Ihr Engagement nachweisen "
            "(Ehrenamtsnachweis, Ehrenamtskarte)."
        ),
        legal_basis=_("Art. 6 Abs. 1 lit. b DSGVO: Sie nutzen „Mach mit!“ auf eigenen Wunsch."),
        retention=_(
            "Solange Ihr Konto besteht; es gibt keine Löschung nach einer Frist. Wenn Sie Ihr Konto löschen "
            "(unter „Mein Engagement“, wo Sie Ihre Daten auch herunterladen können), werden Interessen, Schichten "
            "und nicht bestätigte Stunden gelöscht; bestätigte Stunden bleiben ohne Bezug zu Ihnen als Summen "
            "erhalten."
        ),
        recipients=_(
            "Die Organisation des Angebots sieht Ihren Namen (oder Ihre E-Mail-Adresse), Ihre Nachricht und Ihre "
            "Stunden, nach einer Zusage auch Ihre E-Mail-Adresse; die Koordinierungsstelle der Kommune."
        ),
        models=(
            "volunteering.interest",
            "volunteering.message",
            "volunteering.shiftsignup",
            "volunteering.hourentry",
            "volunteering.hourcorrection",
        ),
        order=41,
    )
    register_personal_data(
        key="volunteering.certificates",
        title=_("Mach mit! – Ehrenamtsnachweise"),
        data=_("Der Inhalt jedes ausgestellten Nachweises (Name, Stunden, Tätigkeiten, Zeitraum) und sein Prüfcode."),
        purpose=_("Damit Dritte prüfen können, dass ein Nachweis echt ist."),
        legal_basis=_("Art. 6 Abs. 1 lit. b DSGVO: Sie lassen sich den Nachweis ausstellen."),
        retention=_("Solange Ihr Konto besteht; mit dem Konto werden Ihre Nachweise gelöscht."),
        recipients=_(
            "Wer den Prüfcode Ihres Nachweises kennt, sieht, ob er gültig ist, und seinen Inhalt. Den Code geben "
            "nur Sie weiter."
        ),
        models=("volunteering.certificate",),
        order=42,
    )
