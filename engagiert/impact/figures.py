"""The impact app's own open dataset: the public figures of the dashboard per year (this year
so far and the five before), small counts masked as on the public page."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import register_dataset

YEARS = 6


def public_figures(municipality):
    from engagiert.impact.periods import year
    from engagiert.impact.selectors import masked, town_dashboard

    this_year = timezone.localdate().year
    for value in range(this_year - YEARS + 1, this_year + 1):
        dashboard = town_dashboard(municipality, year(value), public=True)
        for section in dashboard.sections:
            for fr in section.figures:
                rows = [("", "", fr.total)] + [(b.label, label, v) for b in fr.breakdowns for label, v in b.items]
                for breakdown, item, v in rows:
                    hidden = masked(v.current, hide_small=v.hide_small)
                    yield {
                        "year": value,
                        "section": section.title,
                        "figure": fr.label,
                        "breakdown": breakdown,
                        "item": item,
                        "value": None if hidden else v.current or 0,
                        "note": "< 5" if hidden else "",
                        "unit": fr.figure.unit,
                        "counted": str(fr.figure.counted),
                    }


def register() -> None:
    register_dataset(
        key="impact.figures",
        title=_("Kennzahlen zum Engagement"),
        description=_(
            "Die Kennzahlen der öffentlichen Wirkungsseite je Jahr: Partnerorganisationen, Veranstaltungen, "
            "Engagementstunden, Ehrenamtskarten. Werte unter 5 sind nicht angegeben."
        ),
        columns=(
            ("year", _("Jahr")),
            ("section", _("Bereich")),
            ("figure", _("Kennzahl")),
            ("breakdown", _("Aufteilung")),
            ("item", _("Eintrag")),
            ("value", _("Wert")),
            ("note", _("Hinweis")),
            ("unit", _("Einheit (h = Stunden, pt = Punkte)")),
            ("counted", _("So wurde gezählt")),
        ),
        rows=public_figures,
        keywords=("Ehrenamt", "Statistik", "Engagierte Stadt"),
        order=90,
    )
