"""Demo data of Begegnungen: the events of the seeds around the day the demo is loaded, a year
of past events (with attendance) and three months of upcoming ones in all four towns.
Idempotent: events are matched by town and title in order of their start (engagiert.demo.clock),
so loading again on the same day changes nothing and on a later day moves them along."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from engagiert.core.models import District, Municipality
from engagiert.demo import images
from engagiert.demo.clock import at, days, in_order
from engagiert.directory.models import Organisation, Topic
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event, EventSeries, Registration, Venue
from engagiert.events.services import series_starts

DESSAU = "dessau-rosslau"

# (town, name, street, postcode, city, district slug, lat, lon, accessibility features)
VENUES = [
    (
        DESSAU,
        "Aula des Liborius-Gymnasiums",
        "Liboriusstraße 5",
        "06842",
        "Dessau-Roßlau",
        "innenstadt",
        51.8378,
        12.2403,
        ("wheelchair", "accessible_toilet", "induction_loop"),
    ),
    (
        DESSAU,
        "Kiez Kino",
        "Bernburger Straße 22",
        "06846",
        "Dessau-Roßlau",
        "innenstadt",
        51.8285,
        12.2318,
        ("wheelchair", "accessible_toilet"),
    ),
    (
        DESSAU,
        "Ratssaal im Rathaus Dessau",
        "Zerbster Straße 4",
        "06844",
        "Dessau-Roßlau",
        "innenstadt",
        51.8352,
        12.2449,
        ("wheelchair", "accessible_toilet", "induction_loop", "sign_language"),
    ),
    (
        DESSAU,
        "Mitmachlokal Am Leipziger Tor",
        "Leipziger Straße 38",
        "06844",
        "Dessau-Roßlau",
        "am-leipziger-tor",
        51.8301,
        12.2497,
        ("wheelchair", "easy_language", "childcare"),
    ),
    (
        DESSAU,
        "Marienkirche Dessau",
        "Schloßplatz 1",
        "06844",
        "Dessau-Roßlau",
        "innenstadt",
        51.8395,
        12.2467,
        ("wheelchair",),
    ),
    (
        DESSAU,
        "Stadtbibliothek Dessau",
        "Zerbster Straße 10",
        "06844",
        "Dessau-Roßlau",
        "innenstadt",
        51.8343,
        12.2441,
        ("wheelchair", "accessible_toilet", "easy_language"),
    ),
    (
        DESSAU,
        "Multikulturelles Zentrum",
        "Parkstraße 7",
        "06846",
        "Dessau-Roßlau",
        "innenstadt",
        51.8319,
        12.2377,
        ("childcare",),
    ),
    (
        DESSAU,
        "Seniorentreff Roßlau",
        "Hauptstraße 108",
        "06862",
        "Dessau-Roßlau",
        "rosslau",
        51.8879,
        12.2421,
        ("wheelchair", "accessible_toilet"),
    ),
    (
        "bitterfeld-wolfen",
        "Kulturhaus Wolfen",
        "Puschkinstraße 3",
        "06766",
        "Bitterfeld-Wolfen",
        "wolfen",
        51.6607,
        12.2692,
        ("wheelchair", "accessible_toilet", "induction_loop"),
    ),
    (
        "bitterfeld-wolfen",
        "Stadtbibliothek Bitterfeld",
        "Burgstraße 23",
        "06749",
        "Bitterfeld-Wolfen",
        "bitterfeld",
        51.6234,
        12.3265,
        ("wheelchair", "easy_language"),
    ),
    (
        "bitterfeld-wolfen",
        "Begegnungsstätte Wolfen-Nord",
        "Leipziger Straße 81",
        "06766",
        "Bitterfeld-Wolfen",
        "wolfen-nord",
        51.6741,
        12.2836,
        ("wheelchair", "childcare"),
    ),
    (
        "graefenhainichen",
        "Bürgerhaus Gräfenhainichen",
        "Markt 1",
        "06773",
        "Gräfenhainichen",
        "graefenhainichen",
        51.7291,
        12.4561,
        ("wheelchair", "accessible_toilet"),
    ),
    (
        "graefenhainichen",
        "Paul-Gerhardt-Kapelle",
        "Karl-Liebknecht-Straße 29",
        "06773",
        "Gräfenhainichen",
        "graefenhainichen",
        51.7302,
        12.4549,
        (),
    ),
    (
        "graefenhainichen",
        "Dorfgemeinschaftshaus Zschornewitz",
        "Straße der Jugend 12",
        "06772",
        "Gräfenhainichen",
        "zschornewitz",
        51.7133,
        12.4051,
        ("wheelchair",),
    ),
    (
        "lutherstadt-wittenberg",
        "Bürgerhaus Wittenberg",
        "Collegienstraße 82",
        "06886",
        "Lutherstadt Wittenberg",
        "altstadt",
        51.8661,
        12.6478,
        ("wheelchair", "accessible_toilet", "induction_loop"),
    ),
    (
        "lutherstadt-wittenberg",
        "Cranach-Hof",
        "Schloßstraße 1",
        "06886",
        "Lutherstadt Wittenberg",
        "altstadt",
        51.8655,
        12.6431,
        ("wheelchair",),
    ),
    (
        "lutherstadt-wittenberg",
        "Stadtteiltreff Piesteritz",
        "Dessauer Straße 240",
        "06886",
        "Lutherstadt Wittenberg",
        "piesteritz",
        51.8732,
        12.5901,
        ("wheelchair", "easy_language", "childcare"),
    ),
]


# Events of the seeds: (days from today, hour, hours long, title, format, venue, organisations,
# topics, fields).
SEED_EVENTS = [
    (
        9,
        15,
        3,
        "Inklusive Tanzgala für drei Seniorenheime",
        "dance",
        "Aula des Liborius-Gymnasiums",
        [
            "One Community Projekt",
            "Seniorenzentrum Am Georgengarten",
            "Pflegeheim Haus am Luisium",
            "Seniorenheim Muldeblick",
        ],
        ["inklusion", "seniorenarbeit", "kultur"],
        {
            "description_de": (
                "<p>Nach vielen Proben tanzen Menschen aus verschiedensten "
                "Lebenswegen gemeinsam mit den Bewohner*innen dreier Seniorenheime. Es wird "
                "gelacht, getanzt, gegessen und gesungen – jung und alt, mit und ohne "
                "Behinderung.</p>"
            ),
            "title_en": "Inclusive dance gala for three care homes",
            "title_ar": "حفل رقص شامل لثلاثة دور مسنين",
            "registration_required": True,
            "capacity": 120,
            "companions_allowed": 2,
            "languages": "de,en,ar",
            "target_group": "Alle Generationen, Bewohner*innen von Seniorenheimen und ihre Angehörigen",
        },
    ),
    (
        -40,
        19,
        2,
        "Filmpremiere „Noch einmal Walzer“",
        "film",
        "Kiez Kino",
        ["One Community Projekt", "Kiez e.V. – Kiez Kino"],
        ["kultur", "seniorenarbeit", "integration"],
        {
            "description_de": (
                "<p>Der Dokumentarfilm erzählt, was „Zusammensein“ in Zeiten "
                "von Älterwerden, Krieg, Pandemie, Einsamkeit und Glück bedeutet – die feierliche "
                "Premiere mit über 300 Gästen.</p>"
            ),
            "head_count": 312,
            "languages": "de,en",
        },
    ),
    (
        14,
        19,
        2,
        "„Noch einmal Walzer“ – Filmvorführung mit Gespräch",
        "film",
        "Kiez Kino",
        ["Kiez e.V. – Kiez Kino", "One Community Projekt"],
        ["kultur", "seniorenarbeit"],
        {
            "description_de": (
                "<p>Der Film des One Community Projekts noch einmal auf der "
                "großen Leinwand, danach Gespräch mit Mitwirkenden. Bisher haben ihn rund 1000 "
                "Menschen gesehen.</p>"
            ),
            "registration_required": True,
            "capacity": 80,
            "companions_allowed": 1,
            "is_free": False,
            "price": "5 €, ermäßigt 3 €",
        },
    ),
    (
        6,
        17,
        2,
        "Dialogveranstaltung: Engagiert in Dessau-Roßlau",
        "dialogue",
        "Ratssaal im Rathaus Dessau",
        ["Koordinierungsstelle Engagierte Stadt Dessau-Roßlau"],
        ["demokratie", "nachbarschaft"],
        {
            "description_de": (
                "<p>Verwaltung, Vereine, Initiativen und Unternehmen im "
                "Gespräch: Was braucht Engagement in unserer Stadt? Mit "
                "Gebärdensprachdolmetschung.</p>"
            ),
            "registration_required": True,
            "capacity": 60,
            "languages": "de",
        },
    ),
    (
        -6,
        10,
        3,
        "Bundesweiter Vorlesetag: Vorlesen in vielen Sprachen",
        "reading",
        "Stadtbibliothek Dessau",
        ["Integrationsbüro der Stadt Dessau-Roßlau"],
        ["bildung", "integration"],
        {
            "description_de": (
                "<p>Das Integrationsbüro liest mit Kindern und Familien "
                "Geschichten auf Deutsch, Arabisch, Ukrainisch und Englisch.</p>"
            ),
            "head_count": 46,
            "languages": "de,ar,uk,en",
            "target_group": "Kinder von 4 bis 10 Jahren und ihre Familien",
        },
    ),
    (
        13,
        9,
        6,
        "Schulung: Fördermittel für Vereine und Initiativen",
        "workshop",
        "Multikulturelles Zentrum",
        ["Partnerschaft für Demokratie Dessau-Roßlau – Koordinierungs- und Fachstelle"],
        ["demokratie"],
        {
            "description_de": (
                "<p>Aktions- und Initiativfonds, Kostenplan, "
                "Verwendungsnachweis: eine praktische Schulung für kleine Vereine.</p>"
            ),
            "registration_required": True,
            "capacity": 20,
        },
    ),
    (
        49,
        14,
        3,
        "Schulung: Texte in Leichter Sprache",
        "workshop",
        "Stadtbibliothek Dessau",
        ["Lebenshilfe Dessau-Roßlau e.V."],
        ["inklusion", "bildung"],
        {
            "description_de": "<p>Wie schreibe ich Einladungen und Aushänge so, dass alle sie verstehen?</p>",
            "registration_required": True,
            "capacity": 15,
        },
    ),
    (
        57,
        17,
        3,
        "Auftaktveranstaltung Engagierte Stadt",
        "celebration",
        "Marienkirche Dessau",
        ["Koordinierungsstelle Engagierte Stadt Dessau-Roßlau"],
        ["demokratie", "kultur"],
        {
            "description_de": (
                "<p>Der Auftakt in die nächste Etappe: Rückblick, Etappenplan und Würdigung der Engagierten, "
                "mit Musik.</p>"
            ),
            "registration_required": True,
            "capacity": 250,
            "companions_allowed": 3,
        },
    ),
    (
        16,
        18,
        2,
        "One Community Konzert",
        "concert",
        "Marienkirche Dessau",
        ["One Community Projekt", "Hochschule Anhalt"],
        ["kultur", "integration"],
        {
            "description_de": (
                "<p>Musiker*innen aus Dessau-Roßlau und internationale "
                "Studierende der Hochschule Anhalt spielen gemeinsam.</p>"
            ),
            "languages": "de,en,ar",
        },
    ),
    (
        23,
        16,
        2,
        "Konzert der Generationen",
        "concert",
        "Seniorentreff Roßlau",
        ["Seniorentreff der Volkssolidarität Roßlau"],
        ["seniorenarbeit", "kultur"],
        {"description_de": "<p>Chor der Grundschule und Seniorenchor singen zusammen.</p>"},
    ),
    (
        4,
        15,
        2,
        "Workshop: Tanzen im Sitzen",
        "dance",
        "Seniorentreff Roßlau",
        ["One Community Projekt"],
        ["seniorenarbeit", "inklusion"],
        {
            "description_de": "<p>Bewegung zur Musik für alle, die nicht lange stehen können.</p>",
            "registration_required": True,
            "capacity": 8,
            "waiting_list": True,
        },
    ),
    (
        35,
        10,
        5,
        "Zukunftswerkstatt: Dessau-Roßlau 2035",
        "workshop",
        "Ratssaal im Rathaus Dessau",
        ["Koordinierungsstelle Engagierte Stadt Dessau-Roßlau"],
        ["demokratie", "jugendbeteiligung"],
        {
            "description_de": (
                "<p>Kritik, Fantasie, Umsetzung: In drei Phasen entwickeln Bürger*innen, Vereine und "
                "Verwaltung Ideen für die Stadt von morgen. Der Vorschlag wartet auf die Freigabe durch "
                "die Koordination.</p>"
            ),
            "registration_required": True,
            "capacity": 40,
            "status": Event.Status.PENDING,
        },
    ),
    (
        -75,
        16,
        4,
        "Eröffnung der Interkulturellen Woche",
        "celebration",
        "Multikulturelles Zentrum",
        ["Integrationsbüro der Stadt Dessau-Roßlau", "Afrika-Forum Anhalt e.V."],
        ["integration", "kultur"],
        {
            "description_de": (
                "<p>Musik, Essen aus vielen Ländern und Gespräche: Vereine und Initiativen eröffnen "
                "gemeinsam die Interkulturelle Woche.</p>"
            ),
            "head_count": 184,
            "languages": "de,ar,uk,en",
        },
    ),
    (
        -20,
        9,
        4,
        "Schulung: Datenschutz im Verein",
        "workshop",
        "Stadtbibliothek Dessau",
        ["Partnerschaft für Demokratie Dessau-Roßlau – Koordinierungs- und Fachstelle"],
        ["demokratie", "bildung"],
        {
            "description_de": "<p>Mitgliederlisten, Fotos, Newsletter: was Vereine beachten müssen.</p>",
            "registration_required": True,
            "capacity": 20,
        },
    ),
    (
        20,
        15,
        2,
        "Lesung im Georgengarten",
        "reading",
        "Stadtbibliothek Dessau",
        ["Lesepaten Dessau-Roßlau"],
        ["kultur", "bildung"],
        {
            "description_de": (
                "<p>Geschichten für Groß und Klein. Die Lesung fällt leider aus, weil die Vorleserin "
                "erkrankt ist; ein neuer Termin folgt.</p>"
            ),
            "status": Event.Status.CANCELLED,
        },
    ),
]

# A year of further events: (title, format, topics, hour, hours, registration capacity or None).
GENERATED = [
    ("Sprachcafé Deutsch–Arabisch", "cafe", ["integration"], 17, 2, None),
    ("Begegnungscafé für Nachbar*innen", "cafe", ["nachbarschaft"], 15, 2, None),
    ("Interkulturelles Kochen", "workshop", ["integration", "nachbarschaft"], 17, 3, 16),
    ("Repair-Café", "meeting", ["klimaschutz", "nachbarschaft"], 14, 3, None),
    ("Lesung: Geschichten aus der Heimat", "reading", ["kultur", "integration"], 19, 2, 40),
    ("Seniorentanztee", "dance", ["seniorenarbeit"], 15, 3, 50),
    ("Spieleabend für Familien", "meeting", ["nachbarschaft", "bildung"], 17, 2, None),
    ("Fußball ohne Grenzen", "sport", ["sport", "integration"], 16, 2, None),
    ("Offenes Singen für alle Generationen", "concert", ["kultur", "seniorenarbeit"], 18, 2, None),
    ("Klimafrühstück im Quartier", "meeting", ["klimaschutz"], 10, 2, 25),
    ("Workshop: Demokratie im Alltag", "workshop", ["demokratie", "jugendbeteiligung"], 16, 3, 20),
    ("Erste-Hilfe-Auffrischung für Ehrenamtliche", "workshop", ["bildung"], 9, 4, 12),
    ("Jugendforum: Eure Ideen für die Stadt", "dialogue", ["jugendbeteiligung", "demokratie"], 17, 2, 30),
    ("Stadtteilspaziergang mit Geschichte", "meeting", ["nachbarschaft", "kultur"], 14, 2, 25),
    ("Konzert im Kerzenschein", "concert", ["kultur"], 19, 2, None),
]


def _venues(munis: dict[str, Municipality]) -> dict[str, Venue]:
    venues = {}
    for town, name, street, postcode, city, district, lat, lon, features in VENUES:
        muni = munis[town]
        venue, _ = Venue.objects.update_or_create(
            municipality=muni,
            name=name,
            defaults={
                "street": street,
                "postcode": postcode,
                "city": city,
                "district": District.objects.filter(municipality=muni, slug=district).first(),
                "latitude": lat,
                "longitude": lon,
                **{
                    f: f in features
                    for f in (
                        "wheelchair",
                        "accessible_toilet",
                        "induction_loop",
                        "sign_language",
                        "easy_language",
                        "childcare",
                    )
                },
            },
        )
        venues[name] = venue
    return venues


# Titles of earlier versions of the demo: their events are removed (unless made by a person).
RETIRED_TITLES = ["Weihnachtskonzert der Generationen", "Auftaktveranstaltung Engagierte Stadt 2027"]

# Guests of past events with registration (name, e-mail).
GUESTS = [
    ("Gisela Hoffmann", "gisela.hoffmann"),
    ("Werner Schulze", "werner.schulze"),
    ("Rita Krause", "rita.krause"),
    ("Horst Lehmann", "horst.lehmann"),
    ("Elke Braun", "elke.braun"),
    ("Ahmad Rahimi", "ahmad.rahimi"),
    ("Brigitte Wolf", "brigitte.wolf"),
    ("Olena Kovalenko", "olena.kovalenko"),
    ("Dieter Schmidt", "dieter.schmidt"),
    ("Samira Haddad", "samira.haddad"),
    ("Jürgen Vogt", "juergen.vogt"),
    ("Marianne Keller", "marianne.keller"),
    ("Fatima Al-Hassan", "fatima.alhassan"),
    ("Klaus Richter", "klaus.richter"),
    ("Anna Neumann", "anna.neumann"),
    ("Yusuf Demir", "yusuf.demir"),
    ("Petra Zimmermann", "petra.zimmermann"),
    ("Mykola Shevchenko", "mykola.shevchenko"),
    ("Sabine Krüger", "sabine.krueger"),
    ("Thomas Hartmann", "thomas.hartmann"),
    ("Lena Fischer", "lena.fischer"),
    ("Amina Yusuf", "amina.yusuf"),
    ("Uwe Schröder", "uwe.schroeder"),
    ("Ingrid Weber", "ingrid.weber"),
]


@dataclass
class Planned:
    """One demo event as it should be on the day the demo is loaded."""

    muni: Municipality
    title: str
    start: dt.datetime
    hours: float
    fields: dict
    organisations: list[Organisation]
    topics: list[Topic]
    guests: int = 0  # past events with registration: how many came (checked in)
    people: list[tuple[str, str, str, int]] = field(default_factory=list)  # registrations of the seeds


def _seed_people() -> dict[str, list[tuple[str, str, str, int]]]:
    confirmed, waiting = Registration.Status.CONFIRMED, Registration.Status.WAITING
    return {
        # Full (8 places, 9 seats taken) with a waiting list.
        "Workshop: Tanzen im Sitzen": [
            (n, f"{n.split()[0].lower()}@example.org", confirmed, c)
            for n, c in [
                ("Gisela Hoffmann", 1),
                ("Werner Schulze", 0),
                ("Rita Krause", 1),
                ("Horst Lehmann", 0),
                ("Elke Braun", 0),
                ("Ahmad Rahimi", 1),
            ]
        ]
        + [
            ("Brigitte Wolf", "brigitte@example.org", waiting, 0),
            ("Olena Kovalenko", "olena@example.org", waiting, 0),
            ("Dieter Schmidt", "dieter@example.org", waiting, 1),
        ],
        "Inklusive Tanzgala für drei Seniorenheime": [
            ("Marianne Keller", "marianne@example.org", confirmed, 2),
            ("Samira Haddad", "samira@example.org", confirmed, 0),
            ("Jürgen Vogt", "juergen@example.org", confirmed, 1),
        ],
    }


def _plan_seeds(munis, venues, topics, today: dt.date) -> list[Planned]:
    muni = munis[DESSAU]
    people = _seed_people()
    plan = []
    for offset, hour, hours, title, fmt, venue, orgs, topic_slugs, fields in SEED_EVENTS:
        place = venues[venue]
        plan.append(
            Planned(
                muni,
                title,
                at(days(today, offset), hour),
                hours,
                {"format": fmt, "venue": place, "district": place.district, **fields},
                list(Organisation.objects.filter(municipality=muni, name__in=orgs)),
                [topics[s] for s in topic_slugs if s in topics],
                guests=round((fields.get("capacity") or 0) * 0.8) if offset < 0 else 0,
                people=people.get(title, []),
            )
        )
    return plan


def _plan_series(munis, venues, topics, today: dt.date) -> list[Planned]:
    """Mitmachlokal: every second Tuesday for half a year back and three months ahead, one
    upcoming date cancelled."""
    muni = munis[DESSAU]
    first = days(today, -((today.weekday() - 1) % 7) - 26 * 7)
    series, _ = EventSeries.objects.update_or_create(
        municipality=muni,
        title="Mitmachlokal Am Leipziger Tor",
        defaults={"interval_weeks": 2, "weekday": 1, "first_date": first, "until": days(first, 38 * 7)},
    )
    place = venues["Mitmachlokal Am Leipziger Tor"]
    organisations = list(Organisation.objects.filter(municipality=muni, name="Quartiersmanagement Am Leipziger Tor"))
    rng = random.Random(38)
    plan, upcoming, earlier = [], 0, 0
    for start in series_starts(series=series, first_start=at(first, 17)):
        past = start.date() < today
        upcoming += not past
        earlier += past
        # One date ahead is cancelled, and one in the past was (the room was flooded).
        cancelled = upcoming == 2 or (past and earlier == 7)
        head_count = rng.randrange(8, 26)
        plan.append(
            Planned(
                muni,
                "Mitmachlokal Am Leipziger Tor",
                start,
                2,
                {
                    "format": "meeting",
                    "venue": place,
                    "district": place.district,
                    "series": series,
                    "languages": "de,ar,uk",
                    "description_de": (
                        "<p>Austauschen, Ideen für das Quartier sammeln, gemeinsam "
                        "anpacken – offen für alle, ohne Anmeldung.</p>"
                    ),
                    "head_count": head_count if past and not cancelled else None,
                    "status": Event.Status.CANCELLED if cancelled else Event.Status.PUBLISHED,
                },
                organisations,
                [topics["nachbarschaft"]] if "nachbarschaft" in topics else [],
            )
        )
    return plan


def _plan_generated(munis, venues, topics, today: dt.date) -> list[Planned]:
    """A year behind and three months ahead: weekly in Dessau-Roßlau, every second week in the
    other towns. Seeded, so the plan relative to `today` is the same on every day."""
    rng = random.Random(2026)
    plan = []
    for slug, muni in sorted(munis.items()):
        town_venues = [v for v in venues.values() if v.municipality_id == muni.pk]
        orgs = list(
            Organisation.objects.filter(municipality=muni, status=Organisation.Status.PUBLISHED).order_by("name")
        )
        if not town_venues or not orgs:
            continue
        for week in range(-52, 13, 1 if slug == DESSAU else 2):
            title, fmt, topic_slugs, hour, hours, capacity = GENERATED[rng.randrange(len(GENERATED))]
            day = today + dt.timedelta(weeks=week, days=rng.randrange(1, 7))
            place = town_venues[rng.randrange(len(town_venues))]
            languages = rng.choice(["de", "de", "de,en", "de,ar", "de,uk"])
            free = rng.random() < 0.85
            org = orgs[rng.randrange(len(orgs))]
            came = rng.uniform(0.5, 0.95)
            past = week < 0
            plan.append(
                Planned(
                    muni,
                    title,
                    at(day, hour),
                    hours,
                    {
                        "format": fmt,
                        "venue": place,
                        "district": place.district,
                        "registration_required": capacity is not None,
                        "capacity": capacity,
                        "languages": languages,
                        "is_free": free,
                        "price": "" if free else "3 €",
                        "head_count": round(came * 40) if past and capacity is None else None,
                        "description_de": (
                            f"<p>{title} in {muni.name}: offen für alle, die neue Menschen kennenlernen möchten.</p>"
                        ),
                    },
                    [org],
                    [topics[s] for s in topic_slugs if s in topics],
                    guests=round(came * capacity) if past and capacity else 0,
                )
            )
    return plan


def _attendance(event: Event, guests: int) -> None:
    """Registrations of a past event, most of them checked in (once: kept on a second run)."""
    if not guests or event.registrations.exists():
        return
    confirmed = event.start - dt.timedelta(days=7)
    Registration.objects.bulk_create(
        Registration(
            event=event,
            name=name,
            email=f"{local}@example.org",
            status=Registration.Status.CONFIRMED,
            confirmed_at=confirmed,
            checked_in_at=event.start + dt.timedelta(minutes=5) if n % 7 else None,  # a few did not come
            language="de",
        )
        for n, (name, local) in enumerate(GUESTS[: min(guests, len(GUESTS))])
    )


def _registrations(event: Event, people: list[tuple[str, str, str, int]]) -> None:
    for name, email, status, companions in people:
        Registration.objects.update_or_create(
            event=event,
            email=email,
            defaults={
                "name": name,
                "status": status,
                "companions": companions,
                "confirmed_at": event.created_at,
                "language": "de",
            },
        )


def _save(plan: list[Planned]) -> list[int]:
    """Creates or moves the planned events: matched by town and title in order of start."""
    groups: dict[tuple[int, str], list[Planned]] = defaultdict(list)
    for row in plan:
        groups[(row.muni.pk, row.title)].append(row)
    existing: dict[tuple[int, str], list[Event]] = defaultdict(list)
    titles = {row.title for row in plan} | {row[0] for row in GENERATED} | set(RETIRED_TITLES)
    for event in Event.objects.filter(municipality__in={row.muni.pk for row in plan}, title_de__in=titles).order_by(
        "start", "pk"
    ):
        existing[(event.municipality_id, event.title_de)].append(event)
    ids = []
    for key in existing.keys() - groups.keys():  # demo events no longer planned in this town
        groups[key] = []
    for key, rows in groups.items():
        rows.sort(key=lambda r: r.start)
        paired, surplus = in_order(existing[key], len(rows))
        Event.objects.filter(pk__in=[e.pk for e in surplus if e.created_by_id is None]).delete()
        for row, event in zip(rows, paired, strict=True):
            event = event or Event(municipality=row.muni, title_de=row.title)
            event.start, event.end = row.start, row.start + dt.timedelta(hours=row.hours)
            event.status = Event.Status.PUBLISHED
            for name, value in row.fields.items():
                setattr(event, name, value)
            if images.is_demo(event.image.name):
                if row.fields.get("series"):  # not every event has a picture: the Mitmachlokal has none
                    event.image, event.image_alt = "", ""
                else:
                    picture = images.event_image(format=event.format, topic=row.topics[0].slug if row.topics else None)
                    event.image, event.image_alt = picture.name, picture.alt
            event.save()
            event.organisations.set(row.organisations)
            event.topics.set(row.topics)
            _registrations(event, row.people)
            _attendance(event, row.guests)
            ids.append(event.pk)
    return ids


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    venues = _venues(munis)
    topics = {t.slug: t for t in Topic.objects.all()}
    plan = (
        _plan_seeds(munis, venues, topics, today)
        + _plan_series(munis, venues, topics, today)
        + _plan_generated(munis, venues, topics, today)
    )
    ids = _save(plan)
    reindex_events(ids)
    return {"venues": len(venues), "events": len(set(ids))}
