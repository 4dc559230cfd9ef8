"""Demo news (Aktuelles) of Dessau-Roßlau and the Regionalnetzwerk Anhalt: the seed's items
written out (Vorlesetag, Zukunftswerkstatt Kommune, Mitmachlokal, Weltoffene Kommune, awards),
a year of further items relative to the load day, and the network's news (Glücksbringer).

People are made up; addresses are example.de. Dated facts of the seeds keep their dates.
The seed's and the network's items and every third further item have a drawn illustration in
the site's collection (demo.portal_images); one of them is marked decorative, as an editor may."""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass, field

from wagtail.models import Collection

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.demo import portal_images
from engagiert.directory.models import Topic
from engagiert.portal.models import NetworkHomePage, NewsIndexPage, NewsPage, TownHomePage


@dataclass(frozen=True)
class Item:
    title: str
    teaser: str
    paragraphs: tuple[str, ...]
    topics: tuple[str, ...] = ()
    date: dt.date | None = None  # a fact of the seeds
    days_ago: int = 0  # otherwise relative to the load day
    extra: dict = field(default_factory=dict)


# Dessau-Roßlau: the seed's items.
SEED_ITEMS = [
    Item(
        "Bundesweiter Vorlesetag: Integrationsbüro überreicht Bücherkisten",
        "Zum Bundesweiten Vorlesetag am 15. November 2024 überreichte das Integrationsbüro der Stadt "
        "Dessau-Roßlau zwei Kitas und der Stadtbibliothek Bücherkisten mit mehrsprachigen Kinderbüchern.",
        (
            "Vorlesen öffnet Türen – auch zu einer neuen Sprache. Deshalb hat das Integrationsbüro zum "
            "Bundesweiten Vorlesetag Bücherkisten mit Bilderbüchern auf Deutsch, Arabisch, Ukrainisch und "
            "Farsi zusammengestellt. Die Bücher hat eine Gruppe von Ehrenamtlichen aus dem "
            "Mitmachlokal ausgesucht.",
            "In der Kita „Sonnenschein“ lasen Freiwillige am Vormittag abwechselnd auf Deutsch und in den "
            "Familiensprachen der Kinder vor. „Die Kinder haben sofort gemerkt, dass ihre Sprache hier "
            "willkommen ist“, sagt Lea Sommerfeld vom Integrationsbüro.",
            "Wer selbst vorlesen möchte, findet unter „Mach mit!“ die Lesepatenschaften der Stadtbibliothek "
            "und der Bürgerstiftung.",
        ),
        ("integration", "bildung"),
        date=dt.date(2024, 11, 15),
    ),
    Item(
        "Abschlusstag der Zukunftswerkstatt Kommune in Berlin",
        "Ein spannender Abschlusstag im Rahmen des Pilotprojektes ZWK – Zukunftswerkstatt Kommune in "
        "Berlin: Dessau-Roßlau stellte vor, was in drei Jahren gewachsen ist.",
        (
            "Drei Jahre lang hat Dessau-Roßlau im Pilotprojekt „ZWK – Zukunftswerkstatt Kommune“ mit "
            "Bürgerinnen und Bürgern, Verwaltung und Vereinen daran gearbeitet, wie die Stadt mit dem "
            "demografischen Wandel gut umgehen kann. Beim Abschlusstag in Berlin trafen sich die "
            "beteiligten Kommunen zum Austausch.",
            "Die Delegation aus Dessau-Roßlau berichtete vom Mitmachlokal, von den Dialogveranstaltungen in "
            "den Stadtteilen und vom Durchblick, der die Angebote der Vereine an einem Ort zeigt. "
            "„Wir nehmen viele Ideen mit nach Hause“, sagte Koordinatorin Sabine Hellwig.",
            "Die Ergebnisse fließen in die weitere Arbeit der Engagierten Stadt ein.",
        ),
        ("demokratie", "nachbarschaft"),
        days_ago=40,
    ),
    Item(
        "Mitmachlokal: drei weitere Termine",
        "Nach dem erfolgreichen Start gibt es drei weitere Möglichkeiten, sich auszutauschen. Das "
        "Mitmachlokal öffnet wieder seine Türen für alle, die sich engagieren möchten.",
        (
            "Beim ersten Mitmachlokal kamen über 40 Menschen ins Stadtteilzentrum – Vereine, Initiativen "
            "und viele, die einfach einmal schauen wollten, wo sie mitmachen können.",
            "Das Mitmachlokal ist an drei weiteren Abenden geöffnet. Sie brauchen keine Anmeldung. Es gibt "
            "Getränke und kleine Snacks. Die Räume sind barrierefrei erreichbar.",
            "Die Termine finden Sie unter „Begegnungen“. Fragen beantwortet die Koordination Engagierte "
            "Stadt gern unter engagiert@example.de.",
        ),
        ("nachbarschaft",),
        days_ago=12,
    ),
    Item(
        "Abschluss Weltoffene Kommune: Dessau-Roßlau ist Best-Practice-Beispiel",
        "Die Bertelsmann Stiftung und Phineo haben die Publikation „Von Integration zur Weltoffenheit – "
        "Herausforderungen und Handlungsansätze in Kommunen“ veröffentlicht. Dessau-Roßlau wird darin "
        "als Best-Practice-Beispiel vorgestellt.",
        (
            "Unter Federführung des Integrationsbüros war Dessau-Roßlau Modellkommune im Projekt "
            "„Weltoffene Kommune“ der Bertelsmann Stiftung und Phineo. Im Zentrum stand ein Selbstcheck: "
            "Wie weltoffen und vielfaltssensibel ist die Verwaltung aufgestellt?",
            "Nach der Auswertung der Fragen in sieben Themenbereichen – von Management und Steuerung bis "
            "Kommunikation und Konfliktmanagement – legte ein Workshop mit externen Partnerinnen und "
            "Partnern die nächsten Meilensteine fest.",
            "Zum Ende des bundesweiten Projektstrangs erschien nun die Publikation. Gewürdigt werden vor "
            "allem die Weiterentwicklung des bürgerschaftlichen Engagements und die Zusammenarbeit von "
            "Umweltbundesamt, Hochschule Anhalt und Stadtverwaltung unter dem Motto „Dessau-Roßlau lebt "
            "Weltoffenheit und Vielfalt“.",
        ),
        ("integration", "demokratie"),
        days_ago=330,
    ),
    Item(
        "„One Community Projekt“ bundesweit ausgezeichnet",
        "Als einziges Projekt aus Sachsen-Anhalt wurde das „One Community Projekt“ im Wettbewerb „Aktiv "
        "für Demokratie und Toleranz“ 2023 der Bundeszentrale für politische Bildung ausgezeichnet.",
        (
            "Engagierte, das Integrationsbüro, internationale Studierende der Hochschule Anhalt und viele "
            "Vereine bringen im „One Community Projekt“ Menschen unterschiedlicher Herkunft und "
            "Lebenslage zusammen: mit Konzerten, einem Musikvideo und einer inklusiven Tanzgala für drei "
            "Seniorenheime.",
            "Eine Auswahljury hat das Projekt als vorbildlich eingestuft; die Auszeichnung ist mit einem "
            "Preisgeld verbunden. Schon 2019 hatte das Projekt den Integrationspreis des Landes "
            "Sachsen-Anhalt erhalten.",
        ),
        ("integration", "kultur", "inklusion"),
        date=dt.date(2023, 12, 5),
    ),
]

# Dessau-Roßlau: a year of further items (days before the load day).
YEAR_ITEMS = [
    (
        3,
        "Ehrenamtskarte: neue Partner in Roßlau",
        "Drei Geschäfte in Roßlau geben Inhaberinnen und Inhabern der Ehrenamtskarte ab sofort Rabatt.",
        ("wirtschaft-csr",),
    ),
    (
        19,
        "Lesepatinnen und Lesepaten gesucht",
        "Die Stadtbibliothek sucht Menschen, die einmal in der Woche Kindern vorlesen.",
        ("bildung",),
    ),
    (
        33,
        "Dialogveranstaltung „Zusammenhalt im Quartier“",
        "Am Leipziger Tor diskutierten Anwohnende, Vereine und Verwaltung über Ideen für den Stadtteil.",
        ("nachbarschaft", "demokratie"),
    ),
    (
        55,
        "Freiwilligentag: 300 Helfende in der ganzen Stadt",
        "Beim Freiwilligentag packten rund 300 Menschen in 25 Projekten mit an – vom Schulgarten bis zum Tierheim.",
        ("nachbarschaft",),
    ),
    (
        76,
        "Vielfaltsgestalter laden zum Netzwerktreffen",
        "Die Steuerungsgruppe der Vielfaltsgestalter lädt Partnerinnen und Partner zum Austausch ins Rathaus ein.",
        ("integration",),
    ),
    (
        98,
        "Sommerferien: Angebote für Kinder und Jugendliche",
        "Vereine und Jugendclubs bieten in den Ferien Workshops, Ausflüge und Sport an.",
        ("jugendbeteiligung", "sport"),
    ),
    (
        121,
        "Klimaschutz zum Mitmachen: Baumpflanzaktion im Georgium",
        "Freiwillige pflanzten mit dem Umweltverein 60 junge Bäume im Georgengarten.",
        ("klimaschutz",),
    ),
    (
        145,
        "Partnerschaft für Demokratie fördert zwölf Projekte",
        "Der Begleitausschuss hat zwölf Projekte aus dem Aktions- und Initiativfonds ausgewählt.",
        ("demokratie",),
    ),
    (
        170,
        "Seniorinnen und Senioren digital: Smartphone-Sprechstunde",
        "Ehrenamtliche helfen jeden Dienstag bei Fragen rund um Handy und Tablet.",
        ("seniorenarbeit",),
    ),
    (
        196,
        "Kulturnetzwerk K²: Kinder gestalten ihr Stadtfest",
        "Im Programm „Kultur macht stark“ haben Kinder Plakate, Lieder und einen Umzug für das Stadtfest entwickelt.",
        ("kultur", "bildung"),
    ),
    (
        224,
        "Engagement und Wirtschaft: Unternehmen stellen Mitarbeitende frei",
        "Fünf Unternehmen stellen Beschäftigte einen Tag im Jahr für ein Ehrenamt frei.",
        ("wirtschaft-csr",),
    ),
    (
        252,
        "Neujahrsempfang: Dank an die Ehrenamtlichen",
        "Der Oberbürgermeister dankte beim Neujahrsempfang allen, die sich in Dessau-Roßlau engagieren.",
        (),
    ),
    (
        281,
        "Interkulturelle Woche: Programm steht",
        "Mehr als 30 Veranstaltungen laden zu Begegnung, Musik und Gesprächen ein.",
        ("integration", "kultur"),
    ),
    (
        305,
        "Durchblick: über 80 Organisationen stellen sich vor",
        "Im Durchblick finden Sie Vereine, Initiativen und Einrichtungen mit ihren Angeboten an einem Ort.",
        (),
    ),
    (
        350,
        "Inklusives Sportfest im Stadion",
        "Menschen mit und ohne Behinderung traten gemeinsam an – der Spaß stand im Vordergrund.",
        ("inklusion", "sport"),
    ),
]

# Regionalnetzwerk Anhalt.
NETWORK_ITEMS = [
    Item(
        "Auftakt der Kampagne „Glücksbringer“",
        "Am 19. Juni 2023 stellten die Oberbürgermeister der Engagierten Städte Dessau-Roßlau, Wittenberg, "
        "Bitterfeld-Wolfen und Gräfenhainichen die gemeinsame Kampagne „Glücksbringer“ vor.",
        (
            "Die vier Städte haben mit Unterstützung der FAW gGmbH ein Regionalnetzwerk aufgebaut. Ein "
            "sichtbares Ergebnis ist die Kampagne „Glücksbringer“: Sie zeigt Menschen, die sich "
            "engagieren, mit ihrem Gesicht und ihrer Geschichte.",
            "Warum „Glücksbringer“? Menschen, die sich engagieren, bringen Glücksmomente – und empfinden "
            "bei ihrer Arbeit selbst oft ein Glücksgefühl.",
            "Wer eine Glücksbringerin oder einen Glücksbringer vorschlagen möchte, meldet sich bei der "
            "Koordination in der eigenen Stadt.",
        ),
        ("nachbarschaft",),
        date=dt.date(2023, 6, 19),
    ),
    Item(
        "Regionalnetzwerk Anhalt: Fachtag Ehrenamt in Wittenberg",
        "Koordinatorinnen und Koordinatoren aus vier Städten tauschten sich über Ehrenamtskarte, "
        "Freiwilligenmanagement und gemeinsame Kampagnen aus.",
        (
            "Beim Fachtag in der Lutherstadt Wittenberg ging es um Fragen, die alle vier Städte "
            "beschäftigen: Wie gewinnen wir junge Menschen für ein Ehrenamt? Wie wird die Ehrenamtskarte "
            "in der Region bekannter?",
            "Verabredet wurde eine gemeinsame Aktionswoche im Herbst.",
        ),
        ("jugendbeteiligung",),
        days_ago=61,
    ),
    Item(
        "Neue Glücksbringer-Porträts aus Gräfenhainichen",
        "Sechs neue Porträts zeigen Menschen aus Gräfenhainichen, die sich im Sportverein, in der "
        "Feuerwehr und in der Nachbarschaftshilfe engagieren.",
        ("Die Porträts sind ab sofort in allen vier Städten zu sehen – auf Plakaten und online.",),
        ("nachbarschaft",),
        days_ago=150,
    ),
]


# The illustrated items: the motif (a format of demo.images) that fits the story.
MOTIFS = {
    "Bundesweiter Vorlesetag: Integrationsbüro überreicht Bücherkisten": "reading",
    "Abschlusstag der Zukunftswerkstatt Kommune in Berlin": "workshop",
    "Mitmachlokal: drei weitere Termine": "cafe",
    "Abschluss Weltoffene Kommune: Dessau-Roßlau ist Best-Practice-Beispiel": "meeting",
    "„One Community Projekt“ bundesweit ausgezeichnet": "dance",
    "Ehrenamtskarte: neue Partner in Roßlau": "meeting",
    "Freiwilligentag: 300 Helfende in der ganzen Stadt": "celebration",
    "Klimaschutz zum Mitmachen: Baumpflanzaktion im Georgium": "meeting",
    "Neujahrsempfang: Dank an die Ehrenamtlichen": "celebration",
    "Inklusives Sportfest im Stadion": "sport",
    "Auftakt der Kampagne „Glücksbringer“": "celebration",
    "Regionalnetzwerk Anhalt: Fachtag Ehrenamt in Wittenberg": "dialogue",
    "Neue Glücksbringer-Porträts aus Gräfenhainichen": "film",
}
DECORATIVE = {"Neujahrsempfang: Dank an die Ehrenamtlichen"}  # the headline says it all


def _body(paragraphs) -> list[dict]:
    return [{"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]


def _image(item: Item, site: str, collection: Collection | None):
    format = MOTIFS.get(item.title)
    if format is None or collection is None:
        return None
    return portal_images.news(
        key=f"{site}-{_seed_key(item.title)}",
        format=format,
        topic=item.topics[0] if item.topics else None,
        title=item.title,
        collection=collection,
        decorative=item.title in DECORATIVE,
    )


def _seed_key(title: str) -> str:
    return f"{zlib.crc32(title.encode()):08x}"


def _add(index: NewsIndexPage, item: Item, topics: dict[str, Topic], today: dt.date, *, site: str, collection) -> bool:
    image = _image(item, site, collection)
    page = NewsPage.objects.child_of(index).filter(title=item.title).first()
    if page is not None:
        if image is not None and page.image_id is None:  # loaded before the news had pictures
            page.image = image
            page.save_revision().publish()
        return False
    date = item.date or today - dt.timedelta(days=item.days_ago)
    page = NewsPage(title=item.title, title_de=item.title, teaser=item.teaser, teaser_de=item.teaser, date=date)
    page.body = _body(item.paragraphs)
    page.image = image
    index.add_child(instance=page)
    page.topics.set([topics[s] for s in item.topics if s in topics])
    page.save_revision().publish()
    return True


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    topics = {t.slug: t for t in Topic.objects.all()}
    count = 0
    dessau = next((m for m in munis.values() if m.slug == "dessau-rosslau"), None)
    if dessau is not None:
        home = TownHomePage.objects.get(town=dessau)
        index = NewsIndexPage.objects.child_of(home).get()
        items = list(SEED_ITEMS)
        for days_ago, title, teaser, topic_slugs in YEAR_ITEMS:
            items.append(Item(title, teaser, (teaser,), topic_slugs, days_ago=days_ago))
        site = {"site": dessau.slug, "collection": home.collection}
        count += sum(_add(index, item, topics, today, **site) for item in items)
    for network in RegionalNetwork.objects.all():
        home = NetworkHomePage.objects.filter(network=network).first()
        if home is None:
            continue
        index = NewsIndexPage.objects.child_of(home).get()
        site = {"site": network.slug, "collection": home.collection}
        count += sum(_add(index, item, topics, today, **site) for item in NETWORK_ITEMS)
    return {"portal_news": count}
