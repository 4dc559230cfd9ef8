"""Demo data of the impact dashboard: when the partner organisations joined the directory
(spread over the last three years, so that "new per year" and the comparison with last year say
something), figures Dessau-Roßlau's coordination entered by hand (the screenings of „Noch einmal
Walzer“ outside the platform, a neighbourhood festival), its own text for this year's
Wirkungsbericht, the open-data settings; then the roll-ups and the open-data files are computed
(after the load's transaction, when the apps' late-correction marks have been written)."""

from __future__ import annotations

import datetime

from django.db import transaction

from engagiert.core.models import Municipality, User
from engagiert.demo.clock import at, days
from engagiert.directory.models import Organisation
from engagiert.impact import opendata, rollup, services
from engagiert.impact.models import DirtyDay, ManualFigure, OpenDataSettings
from engagiert.impact.periods import year

MANUAL = (
    {
        "offset": -75,
        "section": "events",
        "title": "Vorführungen von „Noch einmal Walzer“ im Kiez Kino, in Seniorenheimen und auf Festivals",
        "label": "Besucherinnen und Besucher",
        "value": 1000,
        "source": "Zählung der Kinos und Einrichtungen, gesammelt vom Integrationsbüro",
    },
    {
        "offset": -40,
        "section": "events",
        "title": "Stadtteilfest Am Leipziger Tor",
        "label": "Gäste",
        "value": 300,
        "source": "Schätzung des Quartiersmanagements am Festtag",
    },
    {
        "offset": -20,
        "section": "volunteering",
        "title": "Frühjahrsputz im Stadtpark",
        "label": "Helferinnen und Helfer",
        "value": 64,
        "source": "Teilnehmendenliste des Stadtpflegebetriebs",
    },
)

TEXTS = {
    "intro": (
        "<p>Dieses Jahr stand im Zeichen der <strong>Begegnung</strong>: Konzerte, eine inklusive Tanzgala und "
        "der Film „Noch einmal Walzer“ haben Menschen über Alter, Herkunft und Behinderung hinweg "
        "zusammengebracht.</p><p>Die Zahlen zeigen, was auf der Plattform sichtbar wurde; Aktivitäten außerhalb "
        "sind eigens gekennzeichnet.</p>"
    ),
    "events": (
        "<p>Besonders gefragt waren die Begegnungscafés und das Mitmachlokal. Die Filmvorführungen in Seniorenheimen "
        "haben wir von Hand ergänzt, weil sie nicht über die Plattform liefen.</p>"
    ),
    "volunteering": (
        "<p>Mehr Organisationen bestätigen Stunden direkt auf der Plattform. Das entlastet die Nachweise für die "
        "Ehrenamtskarte.</p>"
    ),
}


def _joined(organisation_ids: list[int], today: datetime.date) -> None:
    """Spread the days the organisations were entered over three years (in the loader's order):
    a third each year, the newest this year."""
    count = len(organisation_ids)
    for index, pk in enumerate(organisation_ids):
        offset = -int(3 * 365 * (count - index) / max(count, 1)) + 10
        Organisation.objects.filter(pk=pk).update(created_at=at(days(today, min(offset, -1)), 10))


def load(munis: dict[str, Municipality], *, today: datetime.date) -> dict[str, int]:
    dessau = munis["dessau-rosslau"]
    for municipality in munis.values():
        _joined(
            list(Organisation.objects.filter(municipality=municipality).order_by("pk").values_list("pk", flat=True)),
            today,
        )
    coordinator = User.objects.filter(email="koordination@dessau-rosslau.example").first()
    existing = list(ManualFigure.objects.filter(municipality=dessau).order_by("pk"))
    for row, entry in zip(MANUAL, existing + [None] * len(MANUAL), strict=False):
        data = {k: v for k, v in row.items() if k != "offset"}
        day = days(today, row["offset"])
        if day.year != today.year:  # early in January: keep it in this year
            day = today
        if entry is None:
            ManualFigure.objects.create(municipality=dessau, entered_by=coordinator, date=day, **data)
        else:
            for key, value in data.items():
                setattr(entry, key, value)
            entry.date = day
            entry.save()
    services.save_report_texts(municipality=dessau, period=year(today.year), texts=TEXTS, by=coordinator)
    OpenDataSettings.objects.update_or_create(
        municipality=dessau, defaults={"attribution": "Stadt Dessau-Roßlau, Engagierte Stadt"}
    )
    transaction.on_commit(lambda: finish(today))
    return {"manual figures": len(MANUAL)}


def finish(today: datetime.date) -> None:
    """The roll-ups from the first of January last year, and every town's open-data files."""
    DirtyDay.objects.all().delete()  # the load's own marks: everything is computed now
    rollup.run(today=today, since=datetime.date(today.year - 1, 1, 1))
    for municipality in Municipality.objects.all():
        opendata.generate(municipality)
