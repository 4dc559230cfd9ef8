"""What Glücksbringer stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="nominations.nominees",
        title=_("Glücksbringer – vorgeschlagene Personen und Porträts"),
        data=_(
            "Name, E-Mail-Adresse, Telefonnummer oder Anschrift der vorgeschlagenen Person (von der Person, die sie "
            "vorschlägt), was sie tut, Themenfeld und Organisation; wie und wann sie eingewilligt hat (bei Papier "
            "das unterschriebene Formular); ihr Porträt mit den Antworten auf die Fragen der Kampagne und, mit "
            "eigener Einwilligung, ihr Foto (ohne Metadaten wie Ort und Kamera)."
        ),
        purpose=_(
            "Engagement sichtbar machen: die Person fragen, ob sie vorgestellt werden möchte, und ihr "
            "Porträt mit ihrer Einwilligung veröffentlichen, auch als Plakat und Bild für soziale Medien."
        ),
        legal_basis=_(
            "Bis zur Antwort Art. 6 Abs. 1 lit. e DSGVO (Information nach Art. 14 DSGVO mit der Einladung); danach "
            "Art. 6 Abs. 1 lit. a DSGVO und für das Foto § 22 KUG: Sie können Ihre Einwilligung jederzeit über den "
            "Link in jeder E-Mail oder unter „Mein Bereich“ widerrufen."
        ),
        retention=_(
            "Lehnt die Person ab, widerruft sie oder lehnt die Koordinierungsstelle ab, wird alles zu ihr sofort "
            "gelöscht, Fotos eingeschlossen. Ohne Antwort auf die Einladung nach 30 Tagen (Erinnerungen nach 7 und "
            "21 Tagen). Nicht veröffentlichte Vorschläge sechs Monate nach dem Ende der Kampagne. Veröffentlichte "
            "Porträts bleiben, bis die Person widerruft. Ein täglicher Lauf (run_nominations_daily) setzt das um; "
            "für die Kennzahlen bleibt nur eine Zeile ohne Personenbezug (Kommune, Stand, Datum)."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune der vorgeschlagenen Person; veröffentlichte Porträts sieht "
            "jede*r. Den Namen der vorschlagenden Person erfährt die vorgeschlagene Person nur, wenn sie es erlaubt."
        ),
        models=("nominations.nomination", "nominations.portrait"),
        order=70,
    )
    register_personal_data(
        key="nominations.nominators",
        title=_("Glücksbringer – wer jemanden vorschlägt"),
        data=_(
            "Ihr Name, Ihre E-Mail-Adresse, woher Sie die Person kennen, Ihre Begründung und ob die Person "
            "Ihren Namen erfahren darf."
        ),
        purpose=_("Ihren Vorschlag bestätigen lassen, bearbeiten und Ihnen sagen, was daraus wird."),
        legal_basis=_("Art. 6 Abs. 1 lit. a DSGVO: Sie schlagen freiwillig vor."),
        retention=_(
            "Ohne Bestätigung nach 48 Stunden gelöscht; sonst zusammen mit dem Vorschlag (siehe oben), spätestens "
            "sechs Monate nach Ende der Kampagne, wenn die Person nicht vorgestellt wird."
        ),
        recipients=_("Die Koordinierungsstelle; die vorgeschlagene Person nur, wenn Sie es erlauben."),
        models=("nominations.nominator", "nominations.blockedaddress", "nominations.imagehandout"),
        order=71,
    )
