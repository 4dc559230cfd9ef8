"""Demo data of Mach mit!: opportunities of the demo organisations, shifts, volunteers with
profiles and three years of hours (some qualify for the Ehrenamtskarte: 4 h a week or
200 h a year for 3 years), including the demo user freiwillige@dessau-rosslau.example; offers
with upcoming shifts in all four towns. Every date is relative to the day the demo is loaded.
Idempotent: opportunities are matched by organisation and title, shifts in order of start
(moved along on a later day), hours by person, opportunity and day."""

from __future__ import annotations

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.utils import timezone

from engagiert.core.models import Municipality, Role, User
from engagiert.demo.clock import at, in_order
from engagiert.directory.models import Competency, Organisation, Topic
from engagiert.volunteering.indexing import reindex_opportunities
from engagiert.volunteering.models import (
    HourEntry,
    Interest,
    Opportunity,
    Shift,
    VolunteerProfile,
    slot_bit,
)

DEMO_PASSWORD = "engagiert-demo"  # noqa: S105 - published demo password, for demo accounts only
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
MORNING, AFTERNOON, EVENING = range(3)

OPPORTUNITIES = [
    {
        "org": "Seniorenzentrum Am Georgengarten",
        "title": "Begleitung im Seniorenheim",
        "en": "Companion in a care home",
        "ar": "مرافقة في دار المسنين",
        "description": "<p>Vorlesen, gemeinsam spazieren gehen, zuhören: Unsere Bewohnerinnen und Bewohner freuen "
        "sich über regelmäßigen Besuch.</p>",
        "tasks": "Besuche am Dienstagnachmittag, Spaziergänge im Georgengarten, Gesellschaftsspiele",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "skills": ["Vorlesen", "Zuhören"],
        "slots": [(TUE, AFTERNOON), (THU, AFTERNOON)],
        "kind": "regular",
        "hours_per_week": "2",
        "schedule": "dienstags und donnerstags 14–17 Uhr",
        "address": "Ziebigker Straße, 06846 Dessau-Roßlau",
        "requirements": "erweitertes Führungszeugnis",
        "accessibility": "Haus und Garten sind stufenlos erreichbar.",
        "minimum_age": 16,
        "people": 4,
    },
    {
        "org": "Lesepaten Dessau-Roßlau",
        "title": "Lesepat*in zum Vorlesetag",
        "en": "Reading mentor for the national reading day",
        "ar": "راعٍ للقراءة في يوم القراءة بصوت عالٍ",
        "description": "<p>Zum bundesweiten Vorlesetag lesen wir in Kitas und Grundschulen vor. "
        "Wir suchen Menschen, die eine Stunde Zeit und Freude am Vorlesen haben.</p>",
        "tasks": "Eine Geschichte aussuchen, in einer Kita oder Grundschule vorlesen, mit den Kindern darüber sprechen",
        "topics": ["bildung", "jugendbeteiligung"],
        "skills": ["Vorlesen"],
        "slots": [(FRI, MORNING)],
        "kind": "one_off",
        "hours_total": "3",
        "schedule": "Freitag vor dem Vorlesetag, vormittags",
        "languages": "de, ar, uk",
        "requirements": "erweitertes Führungszeugnis",
        "minimum_age": 16,
        "people": 20,
    },
    {
        "org": "Sprachcafé Vielfalt",
        "title": "Sprachcafé: Gesprächspartner*in",
        "en": "Language café: conversation partner",
        "ar": "مقهى اللغة: شريك محادثة",
        "description": "<p>Im Sprachcafé üben Menschen, die Deutsch lernen, das Sprechen im Alltag – "
        "bei Kaffee und Kuchen, ohne Unterricht.</p>",
        "tasks": "Mit Lernenden ins Gespräch kommen, beim Formulieren helfen, den Raum vorbereiten",
        "topics": ["integration", "bildung"],
        "skills": ["Deutsch als Zweitsprache", "Übersetzung Arabisch"],
        "slots": [(THU, EVENING)],
        "kind": "regular",
        "hours_per_week": "2",
        "schedule": "donnerstags 17–19 Uhr",
        "languages": "de, ar, uk, en",
        "accessibility": "Rollstuhlgerecht, barrierefreies WC",
        "people": 6,
        "shifts": {"weekday": THU, "hour": 17, "hours": 2, "slots": 3, "count": 4},
    },
    {
        "org": "One Community Projekt",
        "title": "Tanzprojekt-Helfer*in",
        "en": "Helper for the dance project",
        "ar": "مساعد في مشروع الرقص",
        "description": "<p>Für die inklusive Tanzgala mit Bewohnerinnen und Bewohnern dreier Pflegeheime "
        "suchen wir Helferinnen und Helfer: begleiten, Stühle stellen, mittanzen.</p>",
        "tasks": "Gäste begleiten, Aufbau in der Aula des Liborius-Gymnasiums, beim Tanz unterstützen",
        "topics": ["kultur", "inklusion", "seniorenarbeit"],
        "skills": ["Tanzpädagogik", "Veranstaltungsorganisation"],
        "slots": [(SAT, AFTERNOON), (WED, EVENING)],
        "kind": "project",
        "hours_total": "20",
        "schedule": "Proben mittwochs 18 Uhr, Gala an einem Samstag",
        "address": "Aula des Liborius-Gymnasiums",
        "accessibility": "Aula rollstuhlgerecht, Induktionsschleife",
        "people": 10,
        "shifts": {"weekday": SAT, "hour": 14, "hours": 4, "slots": 8, "count": 1},
    },
    {
        "org": "Klimaschutzmanagement der Stadt Dessau-Roßlau",
        "title": "Klimaschutz-AG: Mitmachen beim Stadtklima",
        "en": "Climate working group",
        "ar": "مجموعة العمل لحماية المناخ",
        "description": "<p>Die Klimaschutz-AG plant Baumpflanzungen, Stadtradeln und Infostände. "
        "Wer Ideen hat und anpacken möchte, ist willkommen.</p>",
        "tasks": "Aktionen planen, Infostände betreuen, Pflanzaktionen begleiten",
        "topics": ["klimaschutz", "nachbarschaft"],
        "skills": ["Öffentlichkeitsarbeit"],
        "slots": [(MON, EVENING)],
        "kind": "project",
        "hours_per_week": "1.5",
        "schedule": "jeden ersten Montag im Monat, 18 Uhr",
        "remote": True,
        "people": 12,
    },
    {
        "org": "Seniorentreff der Volkssolidarität Roßlau",
        "title": "Spielenachmittag in Roßlau",
        "en": "Games afternoon in Roßlau",
        "ar": "عصر الألعاب في روسلاو",
        "description": "<p>Skat, Rommé und Mensch-ärgere-dich-nicht: Wir suchen Menschen, die einmal "
        "in der Woche mitspielen und Kaffee kochen.</p>",
        "tasks": "Spiele anleiten, Kaffee kochen, ins Gespräch kommen",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "skills": ["Zuhören"],
        "slots": [(TUE, AFTERNOON)],
        "kind": "regular",
        "hours_per_week": "2",
        "schedule": "dienstags 14–16 Uhr",
        "people": 2,
    },
    {
        "org": "Jugendclub Zoberberg",
        "title": "Hausaufgabenhilfe im Jugendclub",
        "en": "Homework help at the youth club",
        "ar": "المساعدة في الواجبات المنزلية في نادي الشباب",
        "description": "<p>Nach der Schule helfen Ehrenamtliche bei Mathe, Deutsch und Englisch.</p>",
        "tasks": "Bei Hausaufgaben helfen, für Prüfungen üben",
        "topics": ["jugendbeteiligung", "bildung"],
        "skills": ["Nachhilfe Mathematik"],
        "slots": [(MON, AFTERNOON), (WED, AFTERNOON)],
        "kind": "regular",
        "hours_per_week": "2",
        "schedule": "montags und mittwochs 15–17 Uhr",
        "requirements": "erweitertes Führungszeugnis",
        "minimum_age": 18,
        "people": 3,
    },
    {
        "org": "Repair-Café Roßlau",
        "title": "Reparieren im Repair-Café",
        "en": "Repairing at the repair café",
        "ar": "الإصلاح في مقهى التصليح",
        "description": "<p>Toaster, Fahrräder, Lieblingshosen: Gemeinsam reparieren statt wegwerfen.</p>",
        "tasks": "Geräte prüfen und reparieren, Besucherinnen und Besucher anleiten",
        "topics": ["klimaschutz", "nachbarschaft"],
        "skills": ["Elektrik", "Nähen"],
        "slots": [(SAT, MORNING)],
        "kind": "regular",
        "hours_total": "3",
        "schedule": "jeden zweiten Samstag 10–13 Uhr",
        "people": 5,
    },
    {
        "org": "Mehrgenerationenhaus Wolfen-Nord",
        "title": "Erzählcafé: Zuhören und Erinnern",
        "en": "Storytelling café",
        "ar": "مقهى الحكايات",
        "description": "<p>Ältere und jüngere Menschen erzählen sich Geschichten aus Wolfen-Nord.</p>",
        "tasks": "Gespräche moderieren, Geschichten aufschreiben",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "skills": ["Zuhören"],
        "slots": [(WED, AFTERNOON)],
        "kind": "regular",
        "hours_per_week": "2",
        "people": 3,
        "municipality": "bitterfeld-wolfen",
    },
]

# Offers with shifts in all four towns: (town, organisation, title, English title, kind, topics,
# skills, (weekday, hour, hours, places, number of weekly shifts), people wanted, description, tasks).
SHIFT_OFFERS = [
    (
        "dessau-rosslau",
        "Multikulturelles Zentrum Dessau e.V.",
        "Helfer*in beim Fest der Interkulturellen Woche",
        "Helper at the Intercultural Week festival",
        "one_off",
        ["integration", "kultur"],
        ["Organisation"],
        (SAT, 13, 5, 6, 1),
        6,
        "Aufbau, Getränkestand und Kinderprogramm beim Fest der Kulturen im Stadtpark.",
        "Zelte aufbauen, Getränke ausgeben, Kinderschminken, abends gemeinsam aufräumen",
    ),
    (
        "dessau-rosslau",
        "AWO Kreisverband Dessau e.V.",
        "Fahrdienst für Seniorinnen und Senioren",
        "Driving service for older people",
        "regular",
        ["seniorenarbeit"],
        ["Führerschein"],
        (TUE, 9, 3, 2, 6),
        3,
        "Mit unserem Kleinbus bringen Sie ältere Menschen zum Einkaufen und zum Seniorentreff.",
        "Fahren mit dem Vereinsbus (Führerschein Klasse B), beim Ein- und Aussteigen helfen",
    ),
    (
        "dessau-rosslau",
        "Quartiersmanagement Am Leipziger Tor",
        "Gastgeber*in im Mitmachlokal",
        "Host at the Mitmachlokal",
        "regular",
        ["nachbarschaft"],
        ["Moderation"],
        (TUE, 17, 2, 2, 6),
        4,
        "Das Mitmachlokal ist offen für alle im Quartier. Sie begrüßen Gäste, kochen Kaffee und bringen "
        "Menschen ins Gespräch.",
        "Gäste begrüßen, Kaffee kochen, Ideen für das Quartier sammeln",
    ),
    (
        "dessau-rosslau",
        "Nachbarschaftsgarten Leipziger Tor",
        "Gärtnern im Nachbarschaftsgarten",
        "Gardening in the neighbourhood garden",
        "regular",
        ["klimaschutz", "nachbarschaft"],
        ["Gärtnern"],
        (SAT, 10, 3, 6, 6),
        8,
        "Beete anlegen, gießen, ernten: Im Nachbarschaftsgarten wächst Gemüse für alle.",
        "Beete pflegen, Kompost umsetzen, Erntefest vorbereiten",
    ),
    (
        "dessau-rosslau",
        "Ukrainische Gemeinschaft Dessau-Roßlau e.V.",
        "Sprachmittlung bei Behördengängen (Ukrainisch)",
        "Interpreting at public offices (Ukrainian)",
        "regular",
        ["integration"],
        ["Übersetzung Ukrainisch"],
        (WED, 9, 3, 1, 6),
        3,
        "Geflüchtete aus der Ukraine brauchen Begleitung ins Bürgerbüro, zum Jobcenter und zur Ausländerbehörde.",
        "Begleiten, sprachmitteln, Formulare gemeinsam ausfüllen",
    ),
    (
        "dessau-rosslau",
        "Stadtjugendring Dessau-Roßlau e.V.",
        "Betreuer*in bei der Ferienfreizeit",
        "Supervisor at the holiday camp",
        "project",
        ["jugendbeteiligung"],
        ["Jugendarbeit"],
        (MON, 9, 8, 4, 5),
        4,
        "Eine Woche Ferienprogramm für Kinder von 8 bis 12 Jahren: Ausflüge, Spiele, Basteln.",
        "Gruppen begleiten, Spiele anleiten, Ausflüge mitplanen (Juleica willkommen)",
    ),
    (
        "dessau-rosslau",
        "Freiwilligenagentur Dessau-Roßlau",
        "Infostand beim Engagementtag",
        "Information stand at the volunteering day",
        "one_off",
        ["demokratie", "nachbarschaft"],
        ["Öffentlichkeitsarbeit"],
        (SAT, 10, 4, 4, 1),
        4,
        "Am Engagementtag stellen sich Vereine in der Innenstadt vor. Sie informieren über Mach mit! und "
        "die Ehrenamtskarte.",
        "Stand betreuen, Fragen beantworten, Flyer verteilen",
    ),
    (
        "dessau-rosslau",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "Moderationsteam der Zukunftswerkstatt",
        "Facilitation team of the future workshop",
        "one_off",
        ["demokratie", "jugendbeteiligung"],
        ["Moderation"],
        (SAT, 9, 6, 5, 1),
        5,
        "In der Zukunftswerkstatt entwickeln Bürger*innen Ideen für Dessau-Roßlau 2035. Sie moderieren "
        "eine Tischgruppe.",
        "Tischgruppe moderieren, Ergebnisse auf Plakaten festhalten",
    ),
    (
        "dessau-rosslau",
        "DRK Kreisverband Dessau e.V.",
        "Blutspende-Team: Empfang und Imbiss",
        "Blood donation team: reception and snacks",
        "regular",
        ["nachbarschaft"],
        ["Organisation"],
        (FRI, 15, 4, 3, 4),
        6,
        "Bei den Blutspendeterminen empfangen Sie die Spender*innen und kümmern sich um den Imbiss danach.",
        "Anmeldung, Getränke und Imbiss ausgeben, Spender*innen verabschieden",
    ),
    (
        "bitterfeld-wolfen",
        "Tafel Bitterfeld-Wolfen e.V.",
        "Lebensmittelausgabe bei der Tafel",
        "Food distribution at the food bank",
        "regular",
        ["nachbarschaft"],
        ["Organisation"],
        (THU, 9, 3, 4, 6),
        6,
        "Jede Woche geben wir gespendete Lebensmittel an Menschen mit wenig Geld aus.",
        "Waren sortieren, Ausgabe, Kühlräume sauber halten",
    ),
    (
        "bitterfeld-wolfen",
        "Interkultureller Garten Wolfen",
        "Gemeinsam gärtnern im Interkulturellen Garten",
        "Gardening together in the intercultural garden",
        "regular",
        ["integration", "klimaschutz"],
        ["Gärtnern"],
        (SAT, 10, 3, 5, 6),
        6,
        "Familien aus acht Ländern bewirtschaften gemeinsam einen Garten in Wolfen.",
        "Beete pflegen, Saatgut tauschen, gemeinsam kochen",
    ),
    (
        "bitterfeld-wolfen",
        "Umweltverein Goitzsche e.V.",
        "Müllsammelaktion am Goitzschesee",
        "Litter picking at Lake Goitzsche",
        "one_off",
        ["klimaschutz"],
        [],
        (SAT, 9, 3, 15, 1),
        15,
        "Gemeinsam befreien wir das Ufer des Goitzschesees von Müll. Handschuhe und Zangen stellen wir.",
        "Müll sammeln, trennen, zum Container bringen",
    ),
    (
        "bitterfeld-wolfen",
        "Industrie- und Filmmuseum Wolfen",
        "Führungen im Filmmuseum begleiten",
        "Accompanying tours in the film museum",
        "regular",
        ["kultur"],
        ["Geschichte"],
        (WED, 14, 3, 2, 6),
        3,
        "Erzählen Sie Besucher*innen von der Filmfabrik Wolfen und ihrer Geschichte.",
        "Gruppen begrüßen, Führungen begleiten, Fragen beantworten",
    ),
    (
        "bitterfeld-wolfen",
        "Deutsch-Syrischer Freundeskreis Bitterfeld-Wolfen e.V.",
        "Hausaufgabenhilfe für Kinder",
        "Homework help for children",
        "regular",
        ["bildung", "integration"],
        ["Nachhilfe"],
        (MON, 15, 2, 3, 6),
        4,
        "Kinder aus syrischen und deutschen Familien lernen gemeinsam. Sie helfen bei Mathe und Deutsch.",
        "Hausaufgaben begleiten, vorlesen, Lernspiele",
    ),
    (
        "bitterfeld-wolfen",
        "Seniorenbegegnungsstätte Holzweißig",
        "Spielenachmittag in Holzweißig",
        "Games afternoon in Holzweißig",
        "regular",
        ["seniorenarbeit"],
        ["Zuhören"],
        (THU, 14, 2, 2, 6),
        2,
        "Skat, Rommé und Mensch ärgere dich nicht: Spielen Sie mit den Gästen der Begegnungsstätte.",
        "Spiele anleiten, Kaffee kochen, Gespräche",
    ),
    (
        "bitterfeld-wolfen",
        "TSV Greppin 1905 e.V.",
        "Helfer*in beim Vereinssportfest",
        "Helper at the club sports day",
        "one_off",
        ["sport"],
        [],
        (SAT, 9, 6, 10, 1),
        10,
        "Beim Sportfest für alle Generationen brauchen wir Hilfe an den Stationen und am Grill.",
        "Stationen betreuen, Ergebnisse notieren, Grillstand",
    ),
    (
        "graefenhainichen",
        "Ferropolis – Stadt aus Eisen",
        "Einlass und Information bei Veranstaltungen",
        "Admission and information at events",
        "one_off",
        ["kultur"],
        ["Organisation"],
        (SAT, 14, 6, 12, 1),
        12,
        "In der Stadt aus Eisen finden Konzerte und Feste statt. Sie helfen am Einlass und am Infostand.",
        "Bändchen ausgeben, Wege zeigen, Fragen beantworten",
    ),
    (
        "graefenhainichen",
        "Heimatverein Zschornewitz e.V.",
        "Heimatstube Zschornewitz öffnen",
        "Opening the local history room",
        "regular",
        ["kultur"],
        ["Geschichte"],
        (SAT, 14, 3, 2, 6),
        3,
        "Die Heimatstube zeigt die Geschichte des Kraftwerks Zschornewitz. Sie öffnen sie für Gäste.",
        "Aufschließen, Gäste begrüßen, von der Geschichte erzählen",
    ),
    (
        "graefenhainichen",
        "Jugendclub Gräfenhainichen",
        "Kochabend im Jugendclub",
        "Cooking evening at the youth club",
        "regular",
        ["jugendbeteiligung"],
        ["Kochen"],
        (FRI, 17, 3, 2, 6),
        2,
        "Jeden Freitag kochen Jugendliche gemeinsam. Sie bringen Rezepte und Geduld mit.",
        "Einkaufen, mit Jugendlichen kochen, gemeinsam essen",
    ),
    (
        "graefenhainichen",
        "Seniorentreff Möhlau",
        "Vorlesen im Seniorentreff Möhlau",
        "Reading aloud at the senior meeting point",
        "regular",
        ["seniorenarbeit", "kultur"],
        ["Vorlesen"],
        (WED, 15, 1, 2, 6),
        2,
        "Geschichten, Zeitung, Gedichte: Die Gäste freuen sich über eine Stunde Vorlesen.",
        "Texte aussuchen, vorlesen, darüber sprechen",
    ),
    (
        "graefenhainichen",
        "Naturfreunde Dübener Heide Gräfenhainichen e.V.",
        "Wanderwege pflegen in der Dübener Heide",
        "Maintaining hiking trails in the Dübener Heide",
        "project",
        ["klimaschutz", "sport"],
        [],
        (SAT, 9, 4, 8, 3),
        8,
        "Wir schneiden Wege frei, erneuern Markierungen und reparieren Bänke.",
        "Wege freischneiden, Markierungen malen, Bänke reparieren",
    ),
    (
        "graefenhainichen",
        "Nachbarschaftshilfe Schköna",
        "Einkaufshilfe für Nachbar*innen",
        "Shopping help for neighbours",
        "regular",
        ["nachbarschaft", "seniorenarbeit"],
        ["Führerschein"],
        (TUE, 10, 2, 3, 6),
        4,
        "Ältere Menschen in Schköna kommen schwer zum Supermarkt. Sie kaufen mit ihnen ein.",
        "Einkaufslisten abholen, einkaufen oder begleiten",
    ),
    (
        "graefenhainichen",
        "Willkommensinitiative Gräfenhainichen",
        "Sprachpat*in für Neuangekommene",
        "Language buddy for newcomers",
        "regular",
        ["integration"],
        ["Deutsch unterrichten"],
        (THU, 17, 2, 3, 6),
        4,
        "Üben Sie mit Menschen, die neu in Gräfenhainichen sind, Deutsch im Alltag.",
        "Gespräche führen, beim Einkaufen oder beim Arzt begleiten",
    ),
    (
        "lutherstadt-wittenberg",
        "Wittenberger Tafel e.V.",
        "Fahrer*in für die Tafel",
        "Driver for the food bank",
        "regular",
        ["nachbarschaft"],
        ["Führerschein"],
        (FRI, 8, 4, 2, 6),
        3,
        "Sie holen mit dem Kühlwagen Lebensmittel bei Märkten und Bäckereien ab.",
        "Touren fahren, Kisten laden, Waren an der Ausgabe abgeben",
    ),
    (
        "lutherstadt-wittenberg",
        "Mehrgenerationenhaus Wittenberg",
        "Computerhilfe für Ältere",
        "Computer help for older people",
        "regular",
        ["seniorenarbeit", "bildung"],
        ["IT"],
        (WED, 14, 2, 3, 6),
        3,
        "Smartphone, E-Mail, Videotelefonie: Sie erklären älteren Menschen die digitale Welt.",
        "Fragen beantworten, gemeinsam üben, geduldig sein",
    ),
    (
        "lutherstadt-wittenberg",
        "Seniorenhaus Am Lindenfeld",
        "Besuchsdienst im Seniorenhaus",
        "Visiting service at the care home",
        "regular",
        ["seniorenarbeit"],
        ["Zuhören"],
        (TUE, 15, 2, 4, 6),
        5,
        "Regelmäßiger Besuch tut gut: spazieren gehen, vorlesen, erzählen.",
        "Bewohner*innen besuchen, spazieren gehen, vorlesen",
    ),
    (
        "lutherstadt-wittenberg",
        "Jugendzentrum Piesteritz",
        "Musikworkshop im Jugendzentrum begleiten",
        "Accompanying the music workshop",
        "project",
        ["jugendbeteiligung", "kultur"],
        ["Musik"],
        (FRI, 16, 3, 3, 4),
        3,
        "Jugendliche schreiben und nehmen eigene Songs auf. Sie helfen mit Technik und Instrumenten.",
        "Technik aufbauen, Instrumente erklären, Aufnahmen begleiten",
    ),
    (
        "lutherstadt-wittenberg",
        "Interkulturelles Netzwerk Wittenberg e.V.",
        "Helfer*in bei der Interkulturellen Woche",
        "Helper at the Intercultural Week",
        "one_off",
        ["integration", "kultur"],
        ["Organisation"],
        (SAT, 12, 5, 10, 1),
        10,
        "Zum Abschlussfest der Interkulturellen Woche auf dem Marktplatz brauchen wir viele Hände.",
        "Stände aufbauen, Essen ausgeben, Bühnenprogramm begleiten",
    ),
    (
        "lutherstadt-wittenberg",
        "Ukraine-Hilfe Wittenberg",
        "Begleitung bei Arztbesuchen (Ukrainisch oder Russisch)",
        "Accompanying doctor's visits (Ukrainian or Russian)",
        "regular",
        ["integration"],
        ["Übersetzung Ukrainisch"],
        (MON, 9, 3, 2, 6),
        3,
        "Geflüchtete Familien brauchen Sprachmittlung beim Arzt und in der Apotheke.",
        "Termine begleiten, sprachmitteln",
    ),
    (
        "lutherstadt-wittenberg",
        "Stiftung Luthergedenkstätten in Sachsen-Anhalt",
        "Gästebegleitung im Lutherhaus",
        "Visitor guide at the Luther House",
        "regular",
        ["kultur"],
        ["Geschichte"],
        (SAT, 10, 4, 2, 6),
        4,
        "Sie begrüßen Gäste aus aller Welt im Lutherhaus und helfen bei der Orientierung.",
        "Gäste begrüßen, Wege zeigen, auf Englisch Auskunft geben",
    ),
]
WEEKDAYS = ["montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"]


def _shift_offers() -> list[dict]:
    rows = []
    for town, org, title, en, kind, topics, skills, plan, people, description, tasks in SHIFT_OFFERS:
        weekday, hour, hours, places, count = plan
        part = MORNING if hour < 12 else AFTERNOON if hour < 17 else EVENING
        rows.append(
            {
                "municipality": town,
                "org": org,
                "title": title,
                "en": en,
                "description": f"<p>{description}</p>",
                "tasks": tasks,
                "topics": topics,
                "skills": skills,
                "slots": [(weekday, part)],
                "kind": kind,
                "hours_per_week": str(hours) if kind == "regular" else None,
                "hours_total": str(hours * count) if kind != "regular" else None,
                "schedule": f"{WEEKDAYS[weekday]} {hour}–{hour + hours} Uhr",
                "people": people,
                "shifts": {"weekday": weekday, "hour": hour, "hours": hours, "slots": places, "count": count},
            }
        )
    return rows


OPPORTUNITIES += _shift_offers()

# Offers that no longer recruit: one tied to a day that has passed (it closes itself) and one
# whose places are all taken.
OPPORTUNITIES += [
    {
        "org": "Integrationsbüro der Stadt Dessau-Roßlau",
        "title": "Helfer*innen für die Eröffnung der Interkulturellen Woche",
        "en": "Helpers for the opening of the Intercultural Week",
        "ar": "متطوعون لافتتاح الأسبوع الثقافي",
        "description": "<p>Für das Eröffnungsfest im Multikulturellen Zentrum suchen wir Menschen, die beim Aufbau, "
        "am Infostand und beim Abbau mit anpacken.</p>",
        "tasks": "Tische und Bänke aufbauen, Gäste am Infostand begrüßen, nach dem Fest aufräumen",
        "topics": ["integration", "kultur"],
        "skills": ["Organisation"],
        "slots": [(SAT, AFTERNOON)],
        "kind": "one_off",
        "hours_total": "5",
        "schedule": "am Tag des Festes 14–19 Uhr",
        "address": "Parkstraße 7, 06846 Dessau-Roßlau",
        "languages": "de, ar, uk",
        "people": 10,
        "ends_on_days": -75,  # the day of the opening (engagiert.demo.events)
    },
    {
        "org": "Seniorentreff der Volkssolidarität Roßlau",
        "title": "Fahrdienst zum Seniorentreff",
        "en": "Driving older people to the senior meeting point",
        "ar": "خدمة نقل كبار السن إلى ملتقى المسنين",
        "description": "<p>Einige unserer Gäste können nicht mehr selbst kommen. Mit dem Kleinbus des Vereins "
        "holen Sie sie dienstags zu Hause ab und bringen sie wieder heim. Zurzeit sind alle Touren vergeben.</p>",
        "tasks": "Gäste abholen und heimbringen, beim Ein- und Aussteigen helfen",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "skills": ["Führerschein Klasse B"],
        "slots": [(TUE, AFTERNOON)],
        "kind": "regular",
        "hours_per_week": "2",
        "schedule": "dienstags 13–15 Uhr und 17–18 Uhr",
        "requirements": "Führerschein Klasse B seit mindestens zwei Jahren",
        "people": 3,
        "status": Opportunity.Status.FILLED,
    },
]

# email, first, last, birth year, district, topics, skills, slots, languages, and their
# engagement: (opportunity title, years ago they started, hours per session, sessions per week).
VOLUNTEERS = [
    {
        "email": "freiwillige@dessau-rosslau.example",
        "name": ("Kerstin", "Lehmann"),
        "birth_year": 1966,
        "district": "ziebigk",
        "topics": ["seniorenarbeit", "kultur"],
        "skills": ["Vorlesen", "Zuhören"],
        "slots": [(TUE, AFTERNOON), (THU, AFTERNOON), (SAT, AFTERNOON)],
        "languages": "de, en",
        "allow_contact": True,
        "engagements": [("Begleitung im Seniorenheim", 3.4, "4", [TUE]), ("Tanzprojekt-Helfer*in", 0.15, "2", [WED])],
    },
    {
        "email": "monika.seidel@example.org",
        "name": ("Monika", "Seidel"),
        "birth_year": 1958,
        "district": "innenstadt",
        "topics": ["integration", "bildung"],
        "skills": ["Deutsch als Zweitsprache", "Vorlesen"],
        "slots": [(THU, EVENING), (FRI, MORNING)],
        "languages": "de, ru",
        "allow_contact": True,
        "engagements": [
            ("Sprachcafé: Gesprächspartner*in", 3.2, "2.5", [THU]),
            ("Lesepat*in zum Vorlesetag", 3.1, "2", [FRI]),
        ],
    },
    {
        "email": "jamal.haddad@example.org",
        "name": ("Jamal", "Haddad"),
        "birth_year": 1999,
        "district": "am-leipziger-tor",
        "topics": ["integration", "jugendbeteiligung"],
        "skills": ["Übersetzung Arabisch", "Nachhilfe Mathematik"],
        "slots": [(MON, AFTERNOON), (THU, EVENING)],
        "languages": "ar, de, en",
        "allow_contact": True,
        "engagements": [("Hausaufgabenhilfe im Jugendclub", 1.8, "2", [MON])],
    },
    {
        "email": "olena.kovalenko@example.org",
        "name": ("Olena", "Kovalenko"),
        "birth_year": 1987,
        "district": "nord",
        "topics": ["integration", "kultur"],
        "skills": ["Übersetzung Ukrainisch"],
        "slots": [(THU, EVENING), (SAT, MORNING)],
        "languages": "uk, de, ru",
        "allow_contact": False,
        "engagements": [("Sprachcafé: Gesprächspartner*in", 0.9, "2", [THU])],
    },
    {
        "email": "heinz.pohl@example.org",
        "name": ("Heinz", "Pohl"),
        "birth_year": 1951,
        "district": "rosslau",
        "topics": ["klimaschutz", "seniorenarbeit"],
        "skills": ["Elektrik"],
        "slots": [(TUE, AFTERNOON), (SAT, MORNING)],
        "languages": "de",
        "allow_contact": True,
        "engagements": [
            ("Reparieren im Repair-Café", 4.0, "3", [SAT]),
            ("Spielenachmittag in Roßlau", 3.5, "2", [TUE]),
        ],
    },
]


def _mask(slots) -> int:
    return sum(slot_bit(day, time) for day, time in slots)


def _opportunities(munis: dict[str, Municipality], now, today: datetime.date) -> dict[str, Opportunity]:
    topics = {t.slug: t for t in Topic.objects.all()}
    result = {}
    for row in OPPORTUNITIES:
        muni = munis.get(row.get("municipality", "dessau-rosslau"))
        org = Organisation.objects.filter(municipality=muni, name=row["org"]).first() if muni else None
        if org is None:
            continue
        fields = {
            "municipality": muni,
            "title": row["title"],
            "title_de": row["title"],
            "title_en": row["en"],
            "title_ar": row.get("ar", ""),
            "description_de": row["description"],
            "tasks_de": row["tasks"],
            "kind": row["kind"],
            "hours_per_week": Decimal(row["hours_per_week"]) if row.get("hours_per_week") else None,
            "hours_total": Decimal(row["hours_total"]) if row.get("hours_total") else None,
            "schedule": row.get("schedule", ""),
            "availability": _mask(row["slots"]),
            "district": org.district,
            "address": row.get("address", ""),
            "remote": row.get("remote", False),
            "languages": row.get("languages", "de"),
            "minimum_age": row.get("minimum_age", 0),
            "requirements": row.get("requirements", ""),
            "accessibility": row.get("accessibility", ""),
            "contact": org.contacts.first(),
            "people_wanted": row["people"],
            "status": row.get("status", Opportunity.Status.PUBLISHED),
            "ends_on": today + datetime.timedelta(days=row["ends_on_days"]) if "ends_on_days" in row else None,
            "confirmed_current_at": now - datetime.timedelta(days=12),
        }
        opp, _ = Opportunity.objects.update_or_create(organisation=org, title_de=row["title"], defaults=fields)
        opp.topics.set([topics[s] for s in row["topics"] if s in topics])
        opp.skills.set([Competency.objects.get_or_create(name=n)[0] for n in row["skills"]])
        plan = row.get("shifts")
        if plan:
            _shifts(opp, plan, today)
        result[row["title"]] = opp
    reindex_opportunities([o.pk for o in result.values()])
    return result


def _shifts(opp: Opportunity, plan: dict, today: datetime.date) -> None:
    """Weekly shifts from the next matching weekday on; existing ones are moved along in order."""
    first = today + datetime.timedelta(days=(plan["weekday"] - today.weekday()) % 7 or 7)
    starts = [at(first + datetime.timedelta(weeks=week), plan["hour"]) for week in range(plan["count"])]
    paired, surplus = in_order(opp.shifts.order_by("starts_at", "pk"), len(starts))
    Shift.objects.filter(pk__in=[s.pk for s in surplus if not s.signups.exists()]).delete()
    for start, shift in zip(starts, paired, strict=True):
        shift = shift or Shift(opportunity=opp)
        shift.starts_at, shift.ends_at = start, start + datetime.timedelta(hours=plan["hours"])
        shift.slots = plan["slots"]
        shift.save()


def _user(row) -> User:
    user = User.objects.filter(email=row["email"]).first()
    if user is None:
        user = User(email=row["email"], username=row["email"].replace("@", "-")[:150])
        user.set_password(DEMO_PASSWORD)
    user.first_name, user.last_name = row["name"]
    user.save()
    EmailAddress.objects.update_or_create(user=user, email=row["email"], defaults={"verified": True, "primary": True})
    return user


def _hours(
    user, opp: Opportunity, start: datetime.date, hours: str, weekdays: list[int], today: datetime.date
) -> list[HourEntry]:
    """One entry per session from `start` until yesterday; the last two weeks still wait
    for confirmation. Skips days that already have an entry (idempotent)."""
    taken = set(HourEntry.objects.filter(volunteer=user, opportunity=opp).values_list("date", flat=True))
    rows, day = [], start
    while day < today:
        # a few weeks off a year (holidays): skip the first two weeks of August
        if day.weekday() in weekdays and day not in taken and not (day.month == 8 and day.day <= 14):
            confirmed = day < today - datetime.timedelta(days=14)
            rows.append(
                HourEntry(
                    municipality_id=opp.municipality_id,
                    volunteer=user,
                    opportunity=opp,
                    organisation=opp.organisation,
                    activity=opp.title_de,
                    organisation_name=opp.organisation.name,
                    date=day,
                    hours=Decimal(hours),
                    status=HourEntry.Status.CONFIRMED if confirmed else HourEntry.Status.LOGGED,
                    confirmed_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))
                    if confirmed
                    else None,
                    logged_by=user,
                )
            )
        day += datetime.timedelta(days=1)
    return rows


def load(munis: dict[str, Municipality], *, today: datetime.date) -> dict[str, int]:
    now = at(today, 12)
    opportunities = _opportunities(munis, now, today)
    people = [v["email"] for v in VOLUNTEERS]
    # Loaded before for a later day: no hours in the future. Loaded before for an earlier day:
    # what waited for confirmation then has been confirmed since.
    HourEntry.objects.filter(volunteer__email__in=people, date__gte=today).delete()
    HourEntry.objects.filter(
        volunteer__email__in=people,
        status=HourEntry.Status.LOGGED,
        date__lt=today - datetime.timedelta(days=14),
    ).update(status=HourEntry.Status.CONFIRMED, confirmed_at=now)
    topics = {t.slug: t for t in Topic.objects.all()}
    dessau = munis["dessau-rosslau"]
    districts = {d.slug: d for d in dessau.districts.all()}
    entries: list[HourEntry] = []
    for row in VOLUNTEERS:
        user = _user(row)
        earliest = min(
            (now - datetime.timedelta(days=round(years * 365))).date() for _t, years, _h, _d in row["engagements"]
        )
        profile, _ = VolunteerProfile.objects.update_or_create(
            user=user,
            municipality=dessau,
            defaults={
                "availability": _mask(row["slots"]),
                "district": districts.get(row["district"]),
                "travel_km": 8,
                "languages": row["languages"],
                "birth_year": row["birth_year"],
                "allow_contact": row["allow_contact"],
                "joined_on": earliest,
            },
        )
        profile.topics.set([topics[s] for s in row["topics"] if s in topics])
        profile.skills.set([Competency.objects.get_or_create(name=n)[0] for n in row["skills"]])
        Role.objects.get_or_create(user=user, municipality=dessau, kind=Role.Kind.VOLUNTEER)
        for title, years, hours, weekdays in row["engagements"]:
            opp = opportunities.get(title)
            if opp is None:
                continue
            start = now - datetime.timedelta(days=round(years * 365))
            Interest.objects.update_or_create(
                opportunity=opp,
                volunteer=user,
                defaults={"status": Interest.Status.ACCEPTED, "decided_at": start, "message": ""},
            )
            entries += _hours(user, opp, start.date(), hours, weekdays, today)
    HourEntry.objects.bulk_create(entries, batch_size=1000)
    return {
        "opportunities": len(opportunities),
        "volunteers": len(VOLUNTEERS),
        "hour_entries": HourEntry.objects.filter(volunteer__email__in=[v["email"] for v in VOLUNTEERS]).count(),
    }
