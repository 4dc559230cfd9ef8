"""Demo programme pages of Dessau-Roßlau (texts from the seeds 002–004 and domain.md), each linked
to its programme in the Durchblick, whose member organisations the page lists live."""

from __future__ import annotations

import datetime as dt

from engagiert.core.models import Municipality
from engagiert.directory.models import Programme
from engagiert.portal.models import ContentPage, ProgrammePage, TownHomePage

# (programme slug or None for a plain content page, page slug, title, intro, paragraphs)
PAGES = [
    (
        "engagierte-stadt",
        "engagierte-stadt",
        "Engagierte Stadt",
        "Dessau-Roßlau ist seit dem 1. Juli 2020 Mitglied im Bundesnetzwerk Engagierte Stadt.",
        (
            "Schon von 2015 bis Juni 2018 wurde Dessau-Roßlau im Programm Engagierte Stadt gefördert – damals "
            "mit dem AWO-Kreisverband Dessau als Träger. Seit 2020 ist die Stadt Teil des Bundesnetzwerks.",
            "Die Koordinierungsstelle im Referat des Oberbürgermeisters bringt Vereine, Initiativen, "
            "Verwaltung und Wirtschaft zusammen. Eine Kooperationsvereinbarung regelt, wer welche Aufgabe "
            "übernimmt; ein Beirat begleitet die Arbeit.",
        ),
    ),
    (
        "vielfaltsgestalter",
        "vielfaltsgestalter",
        "Vielfaltsgestalter*innen",
        "Gemeinsam für Zusammenhalt und Vielfalt: Die Vielfaltsgestalter*innen machen Vielfalt in "
        "Dessau-Roßlau sichtbar.",
        (
            "In Dessau-Roßlau wird das Zusammenleben geprägt von unterschiedlichen Lebenssituationen, "
            "Geschlechtern, Altern oder Herkünften. Ob diese Unterschiede als Chance oder Herausforderung "
            "gesehen werden, entscheidet sich im Umgang vor Ort – im Quartier, in der Nachbarschaft, im Alltag.",
            "<b>1. Zusammenhalt neu gedacht.</b> Die Vielfaltsgestalter*innen wollen das Stadtleben mit all "
            "seinen Potenzialen entdecken, sich begegnen und kennenlernen. Jeder einzelne Mensch ist wichtig "
            "für den Zusammenhalt in unserer Stadt.",
            "<b>2. Gemeinsam entwickeln wir Stärken.</b> Ein vielfältiges Stadtleben heißt: Zugangsbarrieren "
            "aufdecken und beseitigen. Die Kommune ist dabei feste Partnerin der Zivilgesellschaft.",
            "<b>3. Vielfaltsgestalter*innen = Durchblicksbehalter*innen.</b> Wir behalten den Durchblick, "
            "weil Akteur*innen schnell und einfach miteinander sprechen und zusammenarbeiten.",
            "Eine heterogen zusammengesetzte Steuerungsgruppe, deren Mitglieder in unterschiedlichen "
            "Vielfaltsdimensionen aktiv sind, lenkt die Arbeit. Das Bündnis wurde 2019 mit dem 1. Platz "
            "beim Landesintegrationspreis ausgezeichnet. Wie viele Partnerorganisationen heute dabei sind, "
            "zeigt die Liste unten – sie kommt direkt aus dem Durchblick.",
        ),
    ),
    (
        "partnerschaft-fuer-demokratie",
        "partnerschaft-fuer-demokratie",
        "Partnerschaft für Demokratie",
        "Die Partnerschaft für Demokratie fördert Projekte für ein demokratisches und vielfältiges "
        "Miteinander im Bundesprogramm „Demokratie leben!“.",
        (
            "Ein Begleitausschuss aus Zivilgesellschaft und Verwaltung entscheidet über die Projekte des "
            "Aktions- und Initiativfonds. Vereine und Initiativen können kleine Projekte beantragen.",
        ),
    ),
    (
        "quartiersmanagement-soziale-stadt",
        "quartiersmanagement",
        "Quartiersmanagement „Am Leipziger Tor“",
        "Seit dem dritten Quartal 2019 begleitet das Quartiersmanagement im Fördergebiet „Soziale Stadt – "
        "Dessauer Innenstadt“ das Ehrenamt im Quartier, mit Schwerpunkt am Leipziger Tor.",
        (
            "Das Quartiersmanagement ist Anlaufstelle für Anwohnende, Vereine und Gewerbe. Es unterstützt "
            "Nachbarschaftsprojekte, Stadtteilfeste und Ideen, die das Zusammenleben im Quartier stärken.",
        ),
    ),
    (
        "k2-kulturnetzwerke",
        "k2-kulturnetzwerk",
        "K² Kulturnetzwerk",
        "K² – Kulturnetzwerke in Kommunen: ein Vorhaben der Bundesakademie für Kulturelle Bildung "
        "Wolfenbüttel im Programm „Kultur macht stark“ des Bundesministeriums für Bildung und Forschung.",
        (
            "Das Netzwerk verbindet Kultureinrichtungen, Schulen und Vereine, damit Kinder und Jugendliche "
            "einfacher Zugang zu kultureller Bildung finden.",
        ),
    ),
    (
        "fruehe-bildung-fruehe-chancen",
        "bildungslandschaft",
        "Bildungslandschaft",
        "Lernen ein Leben lang: In der Bildungslandschaft Dessau-Roßlau arbeiten Kitas, Schulen, "
        "Beratungsstellen und Weiterbildung zusammen.",
        (
            "<b>Frühe Bildung – Frühe Chancen</b> stärkt Kinder und Familien von Anfang an.",
            "<b>Jugend.Berufs.Zentrum</b> – „Jugend trifft Zukunft“: Beratung rund um Schule, Ausbildung und "
            "Beruf an einem Ort.",
            "<b>Initiative Weiterbildung</b> macht Angebote für Erwachsene sichtbar und berät zu Förderung.",
        ),
    ),
    (
        None,
        "wirtschaft-und-engagement",
        "Wirtschaft und Engagement",
        "Gesellschaftliche Verantwortung ist mehr als Sponsoring: Unternehmen engagieren sich mit Zeit, "
        "Wissen und Netzwerken.",
        (
            "Betriebe stellen Mitarbeitende für Freiwilligentage frei, teilen ihr Fachwissen mit Vereinen oder "
            "werden Partner der Ehrenamtskarte. Die Koordination Engagierte Stadt vermittelt passende Kontakte.",
        ),
    ),
    (
        "one-community",
        "one-community",
        "One Community Projekt",
        "Begegnung zwischen Menschen unterschiedlicher Herkunft und Lebenslage – über Generationen hinweg.",
        (
            "Engagierte, das Integrationsbüro, internationale Studierende der Hochschule Anhalt und viele "
            "Organisationen haben zwei „One Community“-Konzerte, ein Musikvideo und eine Video-Dokumentation "
            "auf die Beine gestellt.",
            "2022 bis 2023 entstand ein intergenerationales, inklusives Tanzprojekt: eine Tanzgala für die "
            "Bewohner*innen dreier Seniorenheime in der Aula des Liborius-Gymnasiums. Das Projekt erhielt den "
            "Integrationspreis des Landes Sachsen-Anhalt 2019 und wurde 2023 im Wettbewerb „Aktiv für "
            "Demokratie und Toleranz“ ausgezeichnet.",
        ),
    ),
    (
        "weltoffene-kommune",
        "weltoffene-kommune",
        "Weltoffene Kommune",
        "Dessau-Roßlau war Modellkommune im Projekt „Weltoffene Kommune“ der Bertelsmann Stiftung und Phineo.",
        (
            "Im Zentrum stand ein Selbstcheck: Wie weltoffen und vielfaltssensibel ist die Verwaltung? Aus "
            "den Ergebnissen entstanden Meilensteine, die die Stadt mit Partner*innen umsetzt.",
        ),
    ),
]


# The Etappenplan "Was bisher geschah" of the seed (004): historical dates, kept as they are.
# (date, shown as, date as text, step, description, state, title of the Selbstcheck measure or None)
ETAPPEN = [
    (
        dt.date(2020, 5, 1),
        "month",
        "",
        "Bewilligung Programm „Engagierte Stadt“",
        "Ziel: Aufbau, Etappenplan und Koordination des Netzwerks. Ziel: Öffentlichkeitsarbeit.",
        "done",
        "Bewilligung Programm „Engagierte Stadt“",
    ),
    (
        dt.date(2020, 11, 1),
        "month",
        "",
        "Dialogveranstaltung zu Engagement und Zielsetzung",
        "Ziel: Fördermöglichkeiten für die Umsetzung langfristiger strategischer Ziele erschließen. "
        "Ziel: eine Anerkennungskultur für das Ehrenamt fördern.",
        "done",
        "Dialogveranstaltung zu Engagement und Zielsetzung",
    ),
    (
        dt.date(2021, 5, 1),
        "month",
        "",
        "4 Vorbereitungsmeetings zur Etappenplan- und Ehrenamtskultur",
        "Ergänzung: 2 Events von Jugendgruppen und Zielsetzung; eine Engagementkultur in Dessau-Roßlau "
        "ist anzustreben.",
        "done",
        "Vier Vorbereitungsmeetings zu Etappenplan und Ehrenamtskultur",
    ),
    (
        dt.date(2021, 7, 1),
        "month",
        "",
        "Aufbauarbeit mit den ES-Partner*innen aus Eichenhof und Hausdorf",
        "2 Vorbereitungsmeetings zur Etappenplan- und Ehrenamtskultur; 2 Events in Eichenhof und Hausdorf.",
        "done",
        "Aufbauarbeit mit den Partnern der Engagierten Stadt",
    ),
    (
        dt.date(2021, 10, 2),
        "day",
        "02./04. Oktober 2021",
        "Dialogveranstaltung für Eichenhof und Hausdorf",
        "Vorbereitung mit den ES-Partner*innen aus Eichenhof und Hausdorf: der 2. Schritt der Dialogveranstaltung.",
        "done",
        None,
    ),
    (
        dt.date(2021, 10, 1),
        "month",
        "",
        "Auftaktveranstaltung Engagierte Stadt",
        "Die Auftaktveranstaltung hat neuen Schub gegeben: die Engagierte Stadt als Dach für alles, was läuft.",
        "done",
        "Auftaktveranstaltung Engagierte Stadt",
    ),
    (
        dt.date(2022, 1, 1),
        "year",
        "",
        "Kooperationsvereinbarung Stadt–Zivilgesellschaft–Wirtschaft",
        "Stadt, Vereine, Initiativen und Unternehmen halten fest, wer im Netzwerk welche Aufgabe übernimmt.",
        "done",
        None,
    ),
    (
        dt.date(2023, 6, 19),
        "day",
        "",
        "Start der Kampagne „Glücksbringer“ im Regionalnetzwerk Anhalt",
        "Die vier Oberbürgermeister*innen rufen dazu auf, Menschen und Initiativen zu benennen, die sich engagieren.",
        "done",
        None,
    ),
    (
        dt.date(2023, 6, 23),
        "day",
        "",
        "Die Engagierte Stadt stellt sich bei „Dessau living“ vor",
        "Was heißt „Engagierte Stadt“? Struktur, Etappenplan und Mehrwert vor Ort.",
        "done",
        None,
    ),
    (
        dt.date(2024, 1, 1),
        "year",
        "",
        "Engagement-Strategie erarbeiten",
        "Umsetzung des Stadtratsbeschlusses „Erarbeitung einer Engagement-Strategie“ mit der Arbeitsgruppe, "
        "der Kommunalverwaltung und den Akteuren.",
        "planned",
        "Erarbeitung einer Engagement-Strategie",
    ),
]
# Bodies of the Engagierte Stadt with their member organisations (by name, from the Durchblick).
COMMITTEES = [
    (
        "Beirat",
        "Berät die Koordinierungsstelle und verbindet Stadt, Zivilgesellschaft und Wirtschaft.",
        ["AWO Kreisverband Dessau e.V.", "Integrationsbüro der Stadt Dessau-Roßlau", "Hochschule Anhalt"],
    ),
    (
        "Arbeitsgruppe Engagement-Strategie",
        "Erarbeitet mit der Kommunalverwaltung und den Akteuren die Engagement-Strategie, die der Stadtrat "
        "beschlossen hat.",
        [
            "Multikulturelles Zentrum Dessau e.V.",
            "Freiwilligenagentur Dessau-Roßlau",
            "AWO Kreisverband Dessau e.V.",
            "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        ],
    ),
]


def engagierte_stadt_blocks(dessau: Municipality) -> list[dict]:
    """The structure and the Etappenplan of the Engagierte Stadt page; entries that are the same
    thing as a milestone of the Selbstcheck (demo/selfcheck.py) are linked with it."""
    from engagiert.directory.models import Organisation
    from engagiert.selfcheck.models import Measure

    orgs = dict(
        Organisation.objects.filter(municipality=dessau, status=Organisation.Status.PUBLISHED).values_list("name", "pk")
    )
    measures = dict(Measure.objects.filter(municipality=dessau).order_by("-pk").values_list("title", "pk"))
    structure = {
        "heading": "Struktur",
        "office_name": "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "office_text": "(Noch) im Referat des Oberbürgermeisters. Seit der Förderphase ab 07/2020 ist die "
        "Stadtverwaltung Träger.",
        "office": orgs.get("Koordinierungsstelle Engagierte Stadt Dessau-Roßlau"),
        "agreement_text": "<p>Die Kooperationsvereinbarung Stadt – Zivilgesellschaft – Wirtschaft regelt, wer im "
        "Netzwerk welche Aufgabe übernimmt: die Stadt koordiniert, Vereine und Initiativen bringen ihre "
        "Kernkompetenzen ein, Unternehmen engagieren sich mit Zeit, Wissen und Netzwerken.</p>",
        "agreement_document": None,
        "committees": [
            {"name": name, "text": text, "members": [orgs[m] for m in members if m in orgs]}
            for name, text, members in COMMITTEES
        ],
    }
    entries = [
        {
            "date": date.isoformat(),
            "precision": precision,
            "date_text": date_text,
            "title": title,
            "text": text,
            "state": state,
            "measure": measures.get(measure) if measure else None,
            "link": "",
        }
        for date, precision, date_text, title, text, state, measure in ETAPPEN
    ]
    return [
        {"type": "structure", "value": structure},
        {"type": "etappenplan", "value": {"heading": "Was bisher geschah", "entries": entries}},
    ]


def _body(paragraphs) -> list[dict]:
    return [{"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]


def _add_engagierte_stadt_blocks(home, dessau: Municipality) -> None:
    """The structure and Etappenplan on the Engagierte Stadt page, also on a page loaded before
    they existed (once: an editor's later changes stay)."""
    page = ProgrammePage.objects.child_of(home).filter(slug="engagierte-stadt").first()
    if page is None or any(block.block_type == "etappenplan" for block in page.body_de or []):
        return
    page.body_de = [*(page.body_de.raw_data if page.body_de else []), *engagierte_stadt_blocks(dessau)]
    page.save_revision().publish()


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    dessau = next((m for m in munis.values() if m.slug == "dessau-rosslau"), None)
    if dessau is None:
        return {"portal_programme_pages": 0}
    home = TownHomePage.objects.get(town=dessau)
    programmes = {p.slug: p for p in Programme.objects.all()}
    made = 0
    for slug, page_slug, title, intro, paragraphs in PAGES:
        if home.get_children().filter(slug=page_slug).exists():
            continue
        fields = {"title": title, "title_de": title, "slug": page_slug, "intro": intro, "intro_de": intro}
        fields["search_description"] = intro[:160]
        if slug is not None and slug in programmes:
            page = ProgrammePage(programme=programmes[slug], **fields)
        else:
            page = ContentPage(**fields)
        page.body = _body(paragraphs)
        if page_slug == "engagierte-stadt":
            page.body = [*_body(paragraphs), *engagierte_stadt_blocks(dessau)]
        home.add_child(instance=page)
        page.save_revision().publish()
        made += 1
    _add_engagierte_stadt_blocks(home, dessau)
    return {"portal_programme_pages": made}
