"""What Durchblick stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


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
