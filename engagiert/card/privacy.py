"""What the Ehrenamtskarte stores about people, for the privacy statement (core.registry).
Retention as in services/renewal.py (CardRules.retention_months, purge_card_applications)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="card.applications",
        title=_("Ehrenamtskarte – Anträge"),
        data=_(
            "Name, Geburtsdatum, Anschrift und Bundesland des Wohnsitzes; Ihre Tätigkeiten (Organisation, seit "
            "wann, Stunden, Aufwandsentschädigung, Beschreibung) mit der E-Mail-Adresse der Organisation für die "
            "Bestätigung; Ihre bestätigten Stunden aus „Mach mit!“; Nachweise, die Entscheidung mit Begründung und "
            "der Verlauf des Antrags."
        ),
        purpose=_("Prüfen, ob Sie die Voraussetzungen für die Karte erfüllen, und die Karte ausstellen."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. a DSGVO: Ihre Einwilligung beim Absenden des Antrags; Art. 6 Abs. 1 lit. e DSGVO "
            "für die Entscheidung der Kommune."
        ),
        retention=_(
            "Nach der Entscheidung bleiben die Angaben so lange gespeichert, wie es die Kommune festlegt "
            "(üblich: sechs Monate); dann werden Begründungen, Beschreibungen, Nachweise und Kontaktadressen "
            "gelöscht. Geburtsdatum, Anschrift und Tätigkeiten werden zugleich gelöscht, bei einer gültigen Karte "
            "erst nach deren Ablauf plus dieser Frist, weil ein Verlängerungsantrag sie wiederverwendet. Der Name "
            "bleibt. Entwürfe, die so lange nicht geändert wurden, werden gelöscht."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune; die genannten Organisationen erhalten einen Link, um Ihre "
            "Tätigkeit zu bestätigen."
        ),
        models=(
            "card.cardapplication",
            "card.applicationevent",
            "card.activity",
            "card.activityconfirmation",
        ),
        order=50,
    )
    register_personal_data(
        key="card.cards",
        title=_("Ehrenamtskarte – ausgestellte Karten"),
        data=_(
            "Kartennummer, Name, Kurzname (z. B. „Anna M.“), Geburtsjahr, Art der Organisationen, Gültigkeit, ob "
            "die Karte gesperrt ist (mit Grund) und wer Ihren Ausweis bei der Übergabe geprüft hat. Der QR-Code "
            "der Karte enthält nur Kartennummer, Kurzname und Gültigkeit."
        ),
        purpose=_("Die Karte ausstellen, verlängern, sperren und ihre Echtheit prüfbar machen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Das Kartenregister wird nicht automatisch gelöscht; wird Ihr Konto gelöscht, bleibt die Karte ohne "
            "Bezug zu Ihrem Konto im Register."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune. Akzeptanzpartner sehen beim Prüfen nur Kurzname und Gültigkeit."
        ),
        models=("card.card",),
        order=51,
    )
    register_personal_data(
        key="card.verifications",
        title=_("Ehrenamtskarte – Prüfen bei Akzeptanzpartnern"),
        data=_(
            "Wenn ein Akzeptanzpartner eine Karte prüft, wird nur gezählt: wie viele Karten dieser Partner in einem "
            "Monat geprüft hat, davon wie viele per Kartennummer und wie viele Abfragen über dem Limit abgewiesen "
            "wurden. Es wird nicht gespeichert, welche Karte, welche Person oder wann genau geprüft wurde. Für das "
            "Limit zählt die Plattform die Abfragen per Kartennummer eines Partners eine Stunde lang. Bei "
            "Akzeptanzpartnern: die Konten, die für den Partner prüfen dürfen."
        ),
        purpose=_("Die Wirkung der Karte auswerten und das Erraten von Kartennummern verhindern."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Die Monatszahlen werden nicht automatisch gelöscht; sie enthalten keine Angaben zu Karteninhabern."
        ),
        recipients=_("Der Akzeptanzpartner selbst und die Koordinierungsstelle der Kommune."),
        models=("card.verificationcount", "card.acceptancepartner"),
        order=52,
    )
