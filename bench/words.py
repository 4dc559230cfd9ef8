"""Word lists for the synthetic dataset: names, taxonomies and phrases that read like a
real civic-engagement directory in Sachsen-Anhalt."""

from __future__ import annotations

STATE = "Sachsen-Anhalt"

# Towns and municipalities; the first ones are the biggest (they get the most organisations).
MUNICIPALITIES = [
    "Halle (Saale)", "Magdeburg", "Dessau-Roßlau", "Lutherstadt Wittenberg", "Stendal", "Halberstadt",
    "Weißenfels", "Bitterfeld-Wolfen", "Merseburg", "Bernburg (Saale)", "Naumburg (Saale)", "Wernigerode",
    "Schönebeck (Elbe)", "Zeitz", "Aschersleben", "Sangerhausen", "Köthen (Anhalt)", "Quedlinburg",
    "Burg", "Salzwedel", "Staßfurt", "Lutherstadt Eisleben", "Zerbst/Anhalt", "Haldensleben", "Gardelegen",
    "Wolmirstedt", "Hettstedt", "Sandersdorf-Brehna", "Oschersleben (Bode)", "Blankenburg (Harz)", "Thale",
    "Genthin", "Tangermünde", "Leuna", "Braunsbedra", "Hohenmölsen", "Bad Dürrenberg", "Schkopau",
    "Querfurt", "Coswig (Anhalt)", "Jessen (Elster)", "Gräfenhainichen", "Zörbig", "Raguhn-Jeßnitz",
    "Muldestausee", "Südliches Anhalt", "Osternienburger Land", "Aken (Elbe)", "Calbe (Saale)", "Barby",
    "Nienburg (Saale)", "Könnern", "Alsleben (Saale)", "Wettin-Löbejün", "Landsberg", "Petersberg",
    "Salzatal", "Teutschenthal", "Mücheln (Geiseltal)", "Bad Lauchstädt", "Lützen", "Teuchern",
    "Nebra (Unstrut)", "Freyburg (Unstrut)", "Laucha an der Unstrut", "Bad Bibra", "Allstedt", "Mansfeld",
    "Gerbstedt", "Arnstein", "Seegebiet Mansfelder Land", "Südharz", "Kelbra (Kyffhäuser)", "Harzgerode",
    "Ballenstedt", "Falkenstein/Harz", "Ilsenburg (Harz)", "Osterwieck", "Huy", "Gröningen", "Kroppenstedt",
    "Egeln", "Hecklingen", "Seeland", "Güsten", "Möckern", "Gommern", "Biederitz", "Möser", "Elbe-Parey",
    "Jerichow", "Kalbe (Milde)", "Bismark (Altmark)", "Seehausen (Altmark)", "Arneburg", "Tangerhütte",
    "Havelberg", "Osterburg (Altmark)", "Arendsee (Altmark)", "Klötze", "Oebisfelde-Weferlingen",
    "Barleben", "Hohe Börde", "Wanzleben-Börde", "Oranienbaum-Wörlitz", "Annaburg", "Kemberg",
    "Niedere Börde", "Sülzetal", "Bördeland", "Calvörde", "Eilsleben", "Westliche Börde",
]  # fmt: skip

# Parts of generated place names (districts, villages): "Groß" + "Mild" + "stedt".
PLACE_PREFIXES = ["", "", "", "", "Groß", "Klein", "Ober", "Nieder", "Alt", "Neu", "Wendisch ", "Hohen"]
PLACE_STEMS = [
    "Kühn", "Mild", "Wald", "Hain", "Linden", "Birken", "Eichen", "Rosen", "Mühl", "Stein", "Sand", "Wiesen",
    "Roß", "Tört", "Zieb", "Mosig", "Koch", "Siegl", "Brach", "Kirch", "Elb", "Saal", "Mulde", "Heide",
    "Buch", "Erlen", "Espen", "Hasel", "Wolf", "Fuchs", "Hirsch", "Kranich", "Storch", "Fischer", "Kloster",
]  # fmt: skip
PLACE_SUFFIXES = [
    "au", "ensee", "stedt", "leben", "dorf", "hausen", "itz", "ow", "feld", "hagen", "rode", "heim", "burg",
    "berg", "wiese", "brück", "witz", "werder",
]  # fmt: skip
DISTRICT_NAMES = [
    "Altstadt", "Innenstadt", "Neustadt", "Nord", "Süd", "Ost", "West", "Zentrum", "Bahnhofsviertel",
    "Am Stadtpark", "Gartenstadt", "Siedlung", "Südstadt", "Nordstadt", "Westend", "Heide-Süd", "Am Schloss",
]  # fmt: skip
QUARTER_PATTERNS = ["{} Nord", "{} Süd", "{}-Siedlung", "Alt-{}", "{} Dorfkern"]

STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Lindenallee", "Am Markt", "Kirchplatz", "Gartenweg",
    "Friedrich-Naumann-Straße", "Goethestraße", "Schillerstraße", "Lessingstraße", "Mühlenweg", "Ringstraße",
    "Dessauer Straße", "Leipziger Straße", "Magdeburger Straße", "Wörlitzer Platz", "Kavalierstraße",
    "Bauhausplatz", "Rosenweg", "Am Sportplatz", "Feldstraße", "Breite Straße", "Burgstraße",
]  # fmt: skip

# Themenfelder: slug, de, en, ar, uk.
TOPICS = [
    ("sport", "Sport und Bewegung", "Sport and exercise", "الرياضة والحركة", "Спорт і рух"),
    ("kultur", "Kunst und Kultur", "Arts and culture", "الفن والثقافة", "Мистецтво і культура"),
    ("musik", "Musik und Gesang", "Music and singing", "الموسيقى والغناء", "Музика та спів"),
    ("tanz", "Tanz und Theater", "Dance and theatre", "الرقص والمسرح", "Танці та театр"),
    ("jugend", "Kinder und Jugend", "Children and youth", "الأطفال والشباب", "Діти та молодь"),
    ("senioren", "Seniorinnen und Senioren", "Older people", "كبار السن", "Люди похилого віку"),
    ("integration", "Integration und Migration", "Integration and migration", "الاندماج والهجرة",
     "Інтеграція та міграція"),
    ("bildung", "Bildung und Lernen", "Education and learning", "التعليم والتعلم", "Освіта та навчання"),
    ("umwelt", "Umwelt- und Naturschutz", "Environment and nature", "حماية البيئة والطبيعة",
     "Захист довкілля та природи"),
    ("soziales", "Soziales und Nachbarschaftshilfe", "Social support", "الدعم الاجتماعي", "Соціальна підтримка"),
    ("gesundheit", "Gesundheit und Pflege", "Health and care", "الصحة والرعاية", "Здоров'я та догляд"),
    ("demokratie", "Demokratie und Beteiligung", "Democracy and participation", "الديمقراطية والمشاركة",
     "Демократія та участь"),
    ("feuerwehr", "Feuerwehr und Katastrophenschutz", "Fire brigade and civil protection", "الإطفاء والحماية المدنية",
     "Пожежна охорона"),
    ("heimat", "Heimat und Brauchtum", "Local heritage and traditions", "التراث والتقاليد", "Краєзнавство і традиції"),
    ("tierschutz", "Tierschutz", "Animal welfare", "رعاية الحيوان", "Захист тварин"),
    ("familie", "Familie", "Family", "العائلة", "Сім'я"),
    ("inklusion", "Inklusion und Barrierefreiheit", "Inclusion and accessibility", "الدمج وإمكانية الوصول",
     "Інклюзія та доступність"),
    ("kirche", "Kirche und Religion", "Church and religion", "الكنيسة والدين", "Церква та релігія"),
    ("wirtschaft", "Wirtschaft und Arbeit", "Economy and work", "الاقتصاد والعمل", "Економіка та праця"),
    ("geschichte", "Geschichte und Erinnerung", "History and remembrance", "التاريخ والذاكرة", "Історія та пам'ять"),
    ("sprache", "Sprache und Übersetzung", "Language and translation", "اللغة والترجمة", "Мова та переклад"),
    ("digital", "Digitales", "Digital skills", "المهارات الرقمية", "Цифрові навички"),
]  # fmt: skip

# Vielfaltsdimensionen of the Charta der Vielfalt: slug, de, en, ar, uk.
DIVERSITY_DIMENSIONS = [
    ("alter", "Alter", "Age", "العمر", "Вік"),
    ("herkunft", "Ethnische Herkunft und Nationalität", "Ethnic origin and nationality", "الأصل العرقي والجنسية",
     "Етнічне походження та національність"),
    ("geschlecht", "Geschlecht und geschlechtliche Identität", "Gender and gender identity", "الجنس والهوية الجنسية",
     "Стать і гендерна ідентичність"),
    ("faehigkeiten", "Körperliche und geistige Fähigkeiten", "Physical and mental abilities",
     "القدرات الجسدية والعقلية", "Фізичні та розумові здібності"),
    ("religion", "Religion und Weltanschauung", "Religion and belief", "الدين والمعتقد", "Релігія та світогляд"),
    ("orientierung", "Sexuelle Orientierung", "Sexual orientation", "التوجه الجنسي", "Сексуальна орієнтація"),
    ("soziale-herkunft", "Soziale Herkunft", "Social background", "الخلفية الاجتماعية", "Соціальне походження"),
]  # fmt: skip

# Nationwide programmes: slug, de, en.
PROGRAMMES = [
    ("engagierte-stadt", "Engagierte Stadt", "Engaged City"),
    ("partnerschaft-fuer-demokratie", "Partnerschaft für Demokratie", "Partnership for Democracy"),
    ("demokratie-leben", "Demokratie leben!", "Live Democracy!"),
    ("mehrgenerationenhaus", "Bundesprogramm Mehrgenerationenhaus", "Multi-generation houses"),
    ("bundesfreiwilligendienst", "Bundesfreiwilligendienst", "Federal Volunteer Service"),
    ("menschen-staerken-menschen", "Menschen stärken Menschen", "People strengthen people"),
    ("kultur-macht-stark", "Kultur macht stark", "Culture makes strong"),
    ("integration-durch-sport", "Integration durch Sport", "Integration through sport"),
]
LOCAL_PROGRAMMES = ["Lokales Bündnis für Familie", "Netzwerk Ehrenamt", "Bündnis für Vielfalt", "Seniorennetzwerk"]

COMPETENCIES_BY_TOPIC = {
    "sport": ["Übungsleitung Breitensport", "Trainerlizenz Fußball", "Rehasport", "Sportabzeichen", "Lauftreff",
              "Schwimmunterricht", "Rettungsschwimmen", "Kanusport", "Reiten", "Kampfsport", "Yoga"],
    "kultur": ["Museumsführung", "Stadtführung", "Fotografie", "Grafikdesign", "Videoproduktion", "Kulturmittlung"],
    "musik": ["Chorleitung", "Musikpädagogik", "Kirchenmusik", "Bandcoaching", "Veranstaltungstechnik"],
    "tanz": ["Tanzpädagogik", "Theaterpädagogik", "Line Dance", "Volkstanz", "Gesellschaftstanz",
             "Tanzen für Senioren", "Kindertanz"],
    "jugend": ["Jugendarbeit", "Jugendleitercard (Juleica)", "Ferienfreizeiten", "Zeltlager", "Pfadfinderarbeit",
               "Kinderschutz", "Streetwork", "Schulsozialarbeit"],
    "senioren": ["Seniorenarbeit", "Besuchsdienst", "Fahrdienst", "Einkaufshilfe", "Demenzbegleitung",
                 "Smartphone-Sprechstunde für Senioren"],
    "integration": ["Migrationsberatung", "Patenschaften für Geflüchtete", "Behördenbegleitung", "Wohnungssuche",
                    "Interkulturelle Arbeit", "Sprachkurs Deutsch", "Dolmetschen"],
    "bildung": ["Nachhilfe Mathematik", "Hausaufgabenhilfe", "Lesepatenschaft", "Alphabetisierung",
                "Bewerbungstraining", "Berufsorientierung", "Politische Bildung"],
    "umwelt": ["Naturpädagogik", "Imkerei", "Gartenarbeit", "Streuobstwiesenpflege", "Gewässerschutz",
               "Klimaschutz", "Energieberatung", "Lebensmittelrettung"],
    "soziales": ["Schuldnerberatung", "Tafelarbeit", "Kleiderkammer", "Repair-Café", "Fahrradreparatur",
                 "Nachbarschaftshilfe", "Sozialberatung"],
    "gesundheit": ["Erste Hilfe", "Pflegeberatung", "Hospizbegleitung", "Trauerbegleitung", "Suchtprävention",
                   "Selbsthilfegruppen"],
    "demokratie": ["Demokratiebildung", "Moderation", "Mediation", "Antidiskriminierungsberatung",
                   "Gewaltprävention", "Bürgerbeteiligung"],
    "feuerwehr": ["Brandschutzerziehung", "Jugendfeuerwehr", "Katastrophenschutz", "Atemschutz", "Sanitätsdienst"],
    "heimat": ["Ortschronik", "Denkmalpflege", "Archivarbeit", "Brauchtumspflege", "Festorganisation"],
    "tierschutz": ["Tierpflege", "Hundetraining", "Katzenvermittlung", "Wildtierhilfe"],
    "familie": ["Familienberatung", "Elternarbeit", "Kinderbetreuung", "Babysitterkurs", "Familienpatenschaft"],
    "inklusion": ["Leichte Sprache", "Barrierefreiheit", "Gebärdensprache", "Assistenz im Alltag"],
    "kirche": ["Seelsorge", "Gemeindearbeit", "Konfirmandenarbeit", "Interreligiöser Dialog"],
    "wirtschaft": ["Existenzgründung", "Buchhaltung", "Steuerrecht für Vereine", "Sponsoring",
                   "Corporate Volunteering", "Ausbildungsplätze"],
    "geschichte": ["Zeitzeugenarbeit", "Gedenkstättenarbeit", "Ahnenforschung", "Stolpersteine"],
    "sprache": ["Übersetzung Arabisch", "Übersetzung Ukrainisch", "Übersetzung Russisch", "Übersetzung Englisch",
                "Übersetzung Türkisch", "Übersetzung Persisch", "Übersetzung Polnisch", "Übersetzung Tigrinya"],
    "digital": ["Webseitenpflege", "Social Media", "Datenschutz", "Digitale Bildung für Senioren",
                "Computerkurse"],
}  # fmt: skip
GENERAL_COMPETENCIES = [
    "Fördermittelberatung", "Öffentlichkeitsarbeit", "Vereinsrecht", "Fundraising", "Projektmanagement",
    "Ehrenamtskoordination", "Veranstaltungsorganisation", "Konfliktberatung", "Kassenführung", "Pressearbeit",
]  # fmt: skip

FIRST_NAMES = [
    "Anna", "Maria", "Sabine", "Petra", "Katrin", "Susanne", "Claudia", "Monika", "Jana", "Franziska", "Laura",
    "Lea", "Sophie", "Emma", "Heike", "Birgit", "Ute", "Kerstin", "Andrea", "Nicole", "Thomas", "Michael",
    "Andreas", "Stefan", "Frank", "Jens", "Uwe", "Ralf", "Matthias", "Torsten", "Sebastian", "Martin", "Lukas",
    "Felix", "Jonas", "Paul", "Peter", "Klaus", "Jürgen", "Dirk", "Ahmad", "Fatima", "Omar", "Layla", "Yusuf",
    "Amira", "Olena", "Oksana", "Dmytro", "Iryna", "Serhii", "Natalia", "Mehmet", "Ayşe", "Piotr", "Agnieszka",
    "Tien", "Chiara", "Hanna", "Björn",
]  # fmt: skip
SURNAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
    "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs",
    "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller",
    "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Ludwig", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer",
    "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Al-Hassan", "Haddad", "Kovalenko", "Shevchenko",
    "Bondarenko", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Nguyen",
]  # fmt: skip
CONTACT_ROLES = [
    "Vorsitzende", "Vorsitzender", "Stellvertretende Vorsitzende", "Kassenwart", "Schriftführerin",
    "Geschäftsführung", "Ehrenamtskoordination", "Jugendwart", "Übungsleiterin", "Projektleitung",
    "Pressesprecherin", "Sachbearbeitung Ehrenamt", "Leitung der Einrichtung", "Pfarrerin", "Schulleitung",
    "Integrationsbeauftragte", "Quartiersmanagerin", "Ansprechpartner für Freiwillige", "",
]  # fmt: skip
LANGUAGE_SETS = [
    ("de", 55), ("de, en", 22), ("de, ar", 6), ("de, uk", 5), ("de, ru", 4), ("de, en, ar", 3),
    ("de, en, uk", 2), ("de, tr", 2), ("de, pl", 1),
]  # fmt: skip

SAINTS = ["Marien", "Johannis", "Nikolai", "Petri", "Pauli", "Georg", "Elisabeth", "Bartholomäus", "Jakobi"]
TRADES = [
    "Bau", "Elektro", "Sanitär", "Garten- und Landschaftsbau", "Metallbau", "Dachdecker", "Malerbetrieb",
    "IT-Service", "Logistik", "Steuerberatung", "Immobilien", "Pflegedienst", "Autohaus", "Druckerei",
]  # fmt: skip

# Organisation name templates: (kind, weight, template, topic slugs the name implies).
# {place} is a district or the town, {town} the town, {surname} a surname, {saint} a church patron,
# {trade} a trade, {year} a founding year.
NAME_TEMPLATES = [
    ("verein", 8, "Sportverein {place}", ["sport", "jugend"]),
    ("verein", 4, "SV {place} {year}", ["sport"]),
    ("verein", 4, "TSV Blau-Weiß {place}", ["sport", "jugend"]),
    ("verein", 5, "Heimatverein {place} e. V.", ["heimat", "geschichte"]),
    ("verein", 4, "Kulturverein {place}", ["kultur", "musik"]),
    ("verein", 6, "Förderverein der Grundschule {place}", ["bildung", "jugend", "familie"]),
    ("verein", 3, "Förderverein Freiwillige Feuerwehr {place}", ["feuerwehr", "jugend"]),
    ("verein", 3, "Tanzsportclub {place}", ["tanz", "sport"]),
    ("verein", 2, "Karnevalsverein {place}", ["heimat", "tanz"]),
    ("verein", 2, "Kleingartenverein {place}", ["umwelt", "soziales"]),
    ("verein", 2, "Anglerverein {place}", ["umwelt", "sport"]),
    ("verein", 3, "Gemischter Chor {place}", ["musik", "kultur"]),
    ("verein", 2, "Schützengilde {place}", ["heimat", "sport"]),
    ("verein", 3, "Seniorenverein {place}", ["senioren", "soziales"]),
    ("verein", 3, "Kinder- und Jugendverein {place}", ["jugend", "bildung"]),
    ("verein", 2, "Tierschutzverein {town} und Umgebung", ["tierschutz"]),
    ("verein", 2, "Geschichtsverein {place}", ["geschichte", "heimat"]),
    ("verein", 2, "Verein für Integration und Begegnung {place}", ["integration", "sprache", "demokratie"]),
    ("verein", 2, "Reit- und Fahrverein {place}", ["sport", "tierschutz"]),
    ("verein", 2, "Theaterverein {place}", ["tanz", "kultur"]),
    ("verein", 1, "Kanu-Club {place}", ["sport", "umwelt"]),
    ("initiative", 3, "Initiative Nachbarschaft {place}", ["soziales", "senioren"]),
    ("initiative", 2, "Willkommensinitiative {place}", ["integration", "sprache"]),
    ("initiative", 2, "Repair-Café {place}", ["umwelt", "soziales"]),
    ("initiative", 2, "Lesepaten {place}", ["bildung", "jugend"]),
    ("initiative", 1, "Bürgerinitiative Lebenswertes {place}", ["demokratie", "umwelt"]),
    ("initiative", 1, "Omas gegen Rechts {town}", ["demokratie"]),
    ("initiative", 1, "Foodsharing {town}", ["umwelt", "soziales"]),
    ("initiative", 1, "Ukraine-Hilfe {town}", ["integration", "sprache", "soziales"]),
    ("office", 2, "Seniorenbüro {place}", ["senioren", "soziales"]),
    ("office", 1, "Freiwilligenagentur {town}", ["soziales", "demokratie"]),
    ("office", 1, "Amt für Jugend, Soziales und Gesundheit {town}", ["jugend", "soziales", "gesundheit"]),
    ("office", 1, "Integrationsbeauftragte der Stadt {town}", ["integration", "sprache"]),
    ("office", 1, "Stadtbibliothek {place}", ["bildung", "kultur", "digital"]),
    ("office", 1, "Quartiersmanagement {place}", ["soziales", "demokratie"]),
    ("company", 3, "{surname} {trade} GmbH", ["wirtschaft"]),
    ("company", 1, "Stadtwerke {town}", ["wirtschaft", "umwelt"]),
    ("company", 1, "Bäckerei {surname}", ["wirtschaft", "heimat"]),
    ("company", 1, "Apotheke am Markt {place}", ["gesundheit", "wirtschaft"]),
    ("company", 1, "Sparkasse {town} Filiale {place}", ["wirtschaft"]),
    ("school", 2, "Grundschule {place}", ["bildung", "jugend"]),
    ("school", 2, "Sekundarschule {place}", ["bildung", "jugend"]),
    ("school", 1, "Gymnasium {surname}-Schule {town}", ["bildung", "jugend"]),
    ("school", 1, "Volkshochschule {town}", ["bildung", "sprache", "digital"]),
    ("school", 1, "Berufsbildende Schulen {town}", ["bildung", "wirtschaft"]),
    ("church", 2, "Evangelische Kirchengemeinde {place}", ["kirche", "soziales", "musik"]),
    ("church", 1, "Katholische Pfarrei St. {saint} {town}", ["kirche", "soziales"]),
    ("church", 1, "Diakonie {town}", ["kirche", "soziales", "gesundheit"]),
    ("church", 1, "Caritas {town}", ["kirche", "soziales", "integration"]),
    ("church", 1, "Islamische Gemeinde {town}", ["kirche", "integration"]),
    ("foundation", 1, "Bürgerstiftung {town}", ["demokratie", "soziales"]),
    ("foundation", 1, "{surname}-Stiftung für Bildung und Kultur", ["bildung", "kultur"]),
    ("foundation", 1, "Stiftung Lebenshilfe {place}", ["inklusion", "gesundheit"]),
    ("facility", 2, "Mehrgenerationenhaus {place}", ["familie", "senioren", "soziales"]),
    ("facility", 2, "Jugendclub {place}", ["jugend", "kultur"]),
    ("facility", 1, "Begegnungsstätte {place}", ["senioren", "integration"]),
    ("facility", 1, "Stadtteiltreff {place}", ["soziales", "familie"]),
    ("facility", 1, "Familienzentrum {place}", ["familie", "jugend"]),
    ("facility", 1, "Tierheim {town}", ["tierschutz"]),
    ("facility", 1, "Hospiz {town}", ["gesundheit", "senioren"]),
]

AUDIENCES = [
    "Kinder", "Jugendliche", "Familien", "Seniorinnen und Senioren", "Geflüchtete", "Menschen mit Behinderung",
    "Nachbarinnen und Nachbarn", "Alleinerziehende", "Schülerinnen und Schüler", "Zugewanderte",
    "alle Generationen", "Berufstätige",
]  # fmt: skip
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]

# Sentences per topic; {audience}, {weekday}, {place}, {year} are filled in.
ACTIVITIES = {
    "sport": ["Wir bieten Training in Fußball, Volleyball und Leichtathletik für {audience} an.",
              "Jeden {weekday} treffen sich {audience} zum gemeinsamen Laufen und Radfahren."],
    "kultur": ["Wir organisieren Lesungen, Ausstellungen und Konzerte in {place}.",
               "In unserer Werkstatt malen, töpfern und fotografieren {audience} gemeinsam."],
    "musik": ["Unser Chor probt jeden {weekday} und freut sich über neue Stimmen.",
              "Wir machen Musik mit {audience} und geben Konzerte in der Region."],
    "tanz": ["Wir tanzen Standard, Latein und Line Dance – für {audience} und Anfänger.",
             "Unsere Theatergruppe probt jeden {weekday} für die nächste Aufführung."],
    "jugend": ["Wir gestalten Freizeitangebote, Ferienfahrten und Projekte für {audience}.",
               "Im offenen Treff können {audience} jeden {weekday} Hausaufgaben machen und spielen."],
    "senioren": ["Wir besuchen ältere Menschen, begleiten sie bei Einkäufen und Arztbesuchen.",
                 "Jeden {weekday} laden wir {audience} zum Kaffeenachmittag und Gedächtnistraining ein."],
    "integration": ["Wir begleiten Geflüchtete bei Behördengängen und übersetzen bei Terminen.",
                    "Unser Sprachcafé bringt Zugewanderte und Einheimische jeden {weekday} zusammen."],
    "bildung": ["Wir geben Nachhilfe, lesen vor und unterstützen {audience} beim Lernen.",
                "Unsere Kurse reichen von Sprachkursen bis zur Bewerbungshilfe."],
    "umwelt": ["Wir pflegen Streuobstwiesen, bauen Nistkästen und sammeln Müll an der Elbe.",
               "In unserem Gemeinschaftsgarten gärtnern {audience} ohne Pestizide."],
    "soziales": ["Wir helfen unbürokratisch, wenn Nachbarn Unterstützung im Alltag brauchen.",
                 "Unsere Ausgabestelle versorgt jeden {weekday} Menschen mit Lebensmitteln und Kleidung."],
    "gesundheit": ["Wir bieten Erste-Hilfe-Kurse, Selbsthilfegruppen und Beratung zur Pflege an.",
                   "Ehrenamtliche begleiten Schwerkranke und ihre Angehörigen."],
    "demokratie": ["Wir fördern Beteiligung, organisieren Diskussionsabende und stärken die Demokratie vor Ort.",
                   "Gemeinsam setzen wir uns gegen Rassismus und für ein respektvolles Miteinander ein."],
    "feuerwehr": ["Wir unterstützen die Freiwillige Feuerwehr und die Jugendfeuerwehr in {place}.",
                  "Bei uns lernen {audience} Brandschutz, Erste Hilfe und Teamarbeit."],
    "heimat": ["Wir pflegen Bräuche, organisieren das Dorffest und bewahren die Geschichte von {place}.",
               "Unsere Heimatstube ist jeden {weekday} geöffnet."],
    "tierschutz": ["Wir vermitteln Hunde und Katzen und suchen ehrenamtliche Gassigeher.",
                   "Wir kümmern uns um verletzte Wildtiere und klären über artgerechte Haltung auf."],
    "familie": ["Wir unterstützen Familien mit Krabbelgruppen, Elterncafé und Beratung.",
                "Familienpatinnen und -paten begleiten {audience} im ersten Lebensjahr des Kindes."],
    "inklusion": ["Wir machen Angebote barrierefrei und übersetzen Informationen in Leichte Sprache.",
                  "Menschen mit und ohne Behinderung gestalten bei uns gemeinsam ihre Freizeit."],
    "kirche": ["Unsere Gemeinde lädt zu Gottesdiensten, Gesprächskreisen und Konzerten ein.",
               "Wir engagieren uns in der Seelsorge und im interreligiösen Dialog."],
    "wirtschaft": ["Als Unternehmen unterstützen wir Vereine mit Sachspenden und Know-how.",
                   "Wir bilden aus und stellen Mitarbeitende für Freiwilligentage frei."],
    "geschichte": ["Wir erforschen die Ortsgeschichte und organisieren Führungen zu Gedenkorten.",
                   "Zeitzeugengespräche und Stolperstein-Putzaktionen gehören zu unserer Arbeit."],
    "sprache": ["Wir übersetzen Arabisch, Ukrainisch, Russisch und Englisch für Beratungstermine.",
                "Ehrenamtliche Sprachmittlerinnen helfen bei Arztbesuchen und Elterngesprächen."],
    "digital": ["In unserer Smartphone-Sprechstunde helfen Jugendliche {audience} mit Handy und Tablet.",
                "Wir bieten Computerkurse und helfen bei Online-Anträgen."],
}  # fmt: skip
OPENERS = {
    "verein": ["Unser gemeinnütziger Verein wurde {year} in {place} gegründet.",
               "Wir sind ein eingetragener Verein mit rund {members} Mitgliedern."],
    "initiative": ["Wir sind eine ehrenamtliche Initiative aus {place}.",
                   "Seit {year} engagieren sich bei uns Menschen aus der Nachbarschaft."],
    "office": ["Wir sind die Anlaufstelle der Stadtverwaltung für Engagement und Ehrenamt.",
               "Unser Büro berät Bürgerinnen und Bürger sowie Vereine in {place}."],
    "company": ["Wir sind ein Familienunternehmen aus {place} mit {members} Beschäftigten.",
                "Als regionales Unternehmen übernehmen wir Verantwortung in {place}."],
    "school": ["Unsere Schule besuchen rund {members} Schülerinnen und Schüler.",
               "Wir sind eine Schule mit Ganztagsangebot in {place}."],
    "church": ["Unsere Gemeinde ist seit Generationen in {place} zu Hause.",
               "Wir sind eine offene Gemeinde für alle Menschen in {place}."],
    "foundation": ["Unsere Stiftung fördert seit {year} Projekte in der Region.",
                   "Die Stiftung unterstützt Ehrenamtliche mit Geld, Räumen und Beratung."],
    "facility": ["Unser Haus ist ein Treffpunkt für {audience} in {place}.",
                 "Seit {year} ist unsere Einrichtung offen für alle Generationen."],
}  # fmt: skip
CLOSERS = [
    "Neue Mitglieder sind herzlich willkommen.",
    "Wir freuen uns über Unterstützung – ob einmalig oder regelmäßig.",
    "Sprechen Sie uns an, auch auf Englisch oder Arabisch.",
    "Wir suchen Ehrenamtliche, die ein paar Stunden im Monat Zeit haben.",
    "Kommen Sie einfach vorbei!",
    "Spenden und Fördermittel helfen uns, die Arbeit fortzuführen.",
]
ENGLISH_SUMMARIES = [
    "We are a volunteer organisation and welcome new members.",
    "We offer activities for children, families and older people.",
    "Volunteers who speak Arabic, Ukrainian or English are very welcome.",
]

# Realistic queries a visitor types into the directory search.
QUERIES = [
    "Verein", "Senioren", "Übersetzung Arabisch", "Tanz", "Jugend Sport", "Fördermittel", "Hausaufgabenhilfe",
    "Feuerwehr", "Chor", "Nachbarschaft", "Geflüchtete Beratung", "Kinder Schwimmen", "Demenz", "Ukrainisch",
    "Repair Café", "Garten Umwelt", "Integration", "Theater", "Erste Hilfe", "Fahrrad", "Leichte Sprache",
    "Tierheim", "Sportverein", "Nachhilfe Mathematik",
]  # fmt: skip
