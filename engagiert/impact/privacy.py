"""What the impact app stores about people, for the privacy statement (core.registry): only who
entered a figure by hand or wrote the report's texts. The figures themselves are counts."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import Holding, register_personal_data, register_privacy_handler


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
    register_privacy_handler(
        key="impact",
        title=_("Wirkung"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_("Von Ihnen eingetragene Zahlen und Berichtstexte bleiben, ohne Ihren Namen."),
        order=90,
    )


def collect(user) -> list[Holding]:
    from engagiert.impact.models import ManualFigure

    entered = ManualFigure.objects.filter(entered_by=user).count()
    if not entered:
        return []
    return [Holding(label=_("Von Hand eingetragene Zahlen"), personal_data="impact.entries", details=(str(entered),))]


def export(user) -> dict:
    from engagiert.impact.models import ManualFigure

    return {
        "figures_entered": [
            {"label": f.label, "value": f.value, "date": f.date, "source": f.source}
            for f in ManualFigure.objects.filter(entered_by=user).order_by("date", "pk")
        ]
    }


def delete(user) -> dict[str, int]:
    from engagiert.impact.models import ManualFigure, ReportText

    return {
        "figures_without_name": ManualFigure.objects.filter(entered_by=user).update(entered_by=None),
        "texts_without_name": ReportText.objects.filter(updated_by=user).update(updated_by=None),
    }
