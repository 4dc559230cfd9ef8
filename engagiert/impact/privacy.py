"""What the impact app stores about people, for the privacy statement (core.registry): only who
entered a figure by hand or wrote the report's texts. The figures themselves are counts."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="impact.entries",
        title=_("Wirkung – von Hand eingetragene Zahlen und Berichtstexte"),
        data=_(
            "Welches Konto der Koordination eine Zahl von Hand eingetragen oder die Texte eines Wirkungsberichts "
            "zuletzt gespeichert hat. Die Kennzahlen selbst sind Summen ohne Personenbezug."
        ),
        purpose=_("Nachvollziehen, woher eine von Hand eingetragene Zahl stammt."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO (Öffentlichkeitsarbeit und Berichtspflichten der Kommune)."),
        retention=_("Solange der Eintrag besteht; wird das Konto gelöscht, bleibt der Eintrag ohne Namen erhalten."),
        recipients=_("Die Koordinierungsstelle der Kommune."),
        models=("impact.manualfigure", "impact.reporttext"),
        order=90,
    )
