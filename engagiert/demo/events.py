"""Demo data of Begegnungen: the events of the seeds around today, and a year of further
events across the four towns. Idempotent: events are matched by town, title and start."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from engagiert.core.models import District, Municipality
from engagiert.directory.models import Organisation, Topic
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event, EventSeries, Registration, Venue
from engagiert.events.services import series_starts

DESSAU = "dessau-rosslau"
# Dates are fixed around this day, so that loading again never duplicates an event.
DEMO_TODAY = dt.date(2026, 11, 26)

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


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


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
        "Auftaktveranstaltung Engagierte Stadt 2027",
        "celebration",
        "Marienkirche Dessau",
        ["Koordinierungsstelle Engagierte Stadt Dessau-Roßlau"],
        ["demokratie", "kultur"],
        {
            "description_de": (
                "<p>Der Auftakt ins neue Jahr: Rückblick, Etappenplan und Würdigung der Engagierten, mit Musik.</p>"
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
        "Weihnachtskonzert der Generationen",
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


def _save(muni: Municipality, title: str, start: dt.datetime, hours: float, fields: dict, orgs, topics) -> Event:
    event, _ = Event.objects.update_or_create(
        municipality=muni,
        title_de=title,
        start=start,
        defaults={"end": start + dt.timedelta(hours=hours), "status": Event.Status.PUBLISHED, **fields},
    )
    event.organisations.set(orgs)
    event.topics.set(topics)
    return event


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


def load(munis: dict[str, Municipality]) -> dict[str, int]:
    venues = _venues(munis)
    today = DEMO_TODAY
    topics = {t.slug: t for t in Topic.objects.all()}
    ids = []
    by_title = {}
    for days, hour, hours, title, fmt, venue, orgs, topic_slugs, fields in SEED_EVENTS:
        muni = munis[DESSAU]
        place = venues[venue]
        organisations = Organisation.objects.filter(municipality=muni, name__in=orgs)
        event = _save(
            muni,
            title,
            _at(today + dt.timedelta(days=days), hour),
            hours,
            {"format": fmt, "venue": place, "district": place.district, **fields},
            organisations,
            [topics[s] for s in topic_slugs if s in topics],
        )
        ids.append(event.pk)
        by_title[title] = event

    confirmed, waiting = Registration.Status.CONFIRMED, Registration.Status.WAITING
    _registrations(
        by_title["Workshop: Tanzen im Sitzen"],
        [
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
    )
    _registrations(
        by_title["Inklusive Tanzgala für drei Seniorenheime"],
        [
            ("Marianne Keller", "marianne@example.org", confirmed, 2),
            ("Samira Haddad", "samira@example.org", confirmed, 0),
            ("Jürgen Vogt", "juergen@example.org", confirmed, 1),
        ],
    )

    # Mitmachlokal: every second Tuesday, one date cancelled.
    muni = munis[DESSAU]
    first = today - dt.timedelta(days=(today.weekday() - 1) % 7) - dt.timedelta(days=14)
    series, _ = EventSeries.objects.update_or_create(
        municipality=muni,
        title="Mitmachlokal Am Leipziger Tor",
        defaults={"interval_weeks": 2, "weekday": 1, "first_date": first, "until": first + dt.timedelta(weeks=20)},
    )
    place = venues["Mitmachlokal Am Leipziger Tor"]
    qm = Organisation.objects.filter(municipality=muni, name="Quartiersmanagement Am Leipziger Tor")
    for n, start in enumerate(series_starts(series=series, first_start=_at(first, 17))):
        event = _save(
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
                "status": Event.Status.CANCELLED if n == 4 else Event.Status.PUBLISHED,
            },
            qm,
            [topics["nachbarschaft"]] if "nachbarschaft" in topics else [],
        )
        ids.append(event.pk)

    # A year of generated events in every town.
    rng = random.Random(2026)
    for slug, muni in sorted(munis.items()):
        town_venues = [v for v in venues.values() if v.municipality_id == muni.pk]
        orgs = list(
            Organisation.objects.filter(municipality=muni, status=Organisation.Status.PUBLISHED).order_by("name")
        )
        if not town_venues or not orgs:
            continue
        for week in range(0, 52, 2 if slug == DESSAU else 3):
            title, fmt, topic_slugs, hour, hours, capacity = GENERATED[rng.randrange(len(GENERATED))]
            day = today + dt.timedelta(weeks=week, days=rng.randrange(7))
            place = town_venues[rng.randrange(len(town_venues))]
            event = _save(
                muni,
                title,
                _at(day, hour),
                hours,
                {
                    "format": fmt,
                    "venue": place,
                    "district": place.district,
                    "registration_required": capacity is not None,
                    "capacity": capacity,
                    "languages": rng.choice(["de", "de", "de,en", "de,ar", "de,uk"]),
                    "is_free": (free := rng.random() < 0.85),
                    "price": "" if free else "3 €",
                    "description_de": (
                        f"<p>{title} in {muni.name}: offen für alle, die neue Menschen kennenlernen möchten.</p>"
                    ),
                },
                [orgs[rng.randrange(len(orgs))]],
                [topics[s] for s in topic_slugs if s in topics],
            )
            ids.append(event.pk)
    reindex_events(ids)
    return {"venues": len(venues), "events": len(set(ids))}
