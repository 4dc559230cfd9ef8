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


def _body(paragraphs) -> list[dict]:
    return [{"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]


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
        home.add_child(instance=page)
        page.save_revision().publish()
        made += 1
    return {"portal_programme_pages": made}
