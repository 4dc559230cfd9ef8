"""Demo directory data for Engagiert: Dessau-Roßlau and the Regionalnetzwerk Anhalt.

Pure data, no logic. Taken from the city's public pages and the "Engagierte Stadt"
slide deck (see the project's domain notes). Public institutions named in those sources
(city offices, Hochschule Anhalt, Umweltbundesamt, AWO Kreisverband Dessau, Liborius-
Gymnasium, Kiez e.V., FAW gGmbH, ...) appear under their real names; their descriptions
are written for the demo, and their addresses follow public sources where known. All
other organisations, every contact person, most street numbers and every phone extension
are invented. Every e-mail address and website uses
the reserved top-level domain ".example" (RFC 2606), so no demo message can reach a real
mailbox. Phone numbers use the real area codes of the four towns.

Slugs referenced by ORGANISATIONS resolve against TOPICS, DIVERSITY_DIMENSIONS,
PROGRAMMES and the districts in MUNICIPALITIES; contact competencies come from
COMPETENCIES; COOPERATION_AGREEMENTS name their parties exactly as in ORGANISATIONS.
"""

from __future__ import annotations

# Themenfelder
TOPICS = [
    {"slug": "integration", "de": "Integration", "en": "Integration", "ar": "الاندماج", "uk": "Інтеграція"},
    {
        "slug": "klimaschutz",
        "de": "Klimaschutz",
        "en": "Climate protection",
        "ar": "حماية المناخ",
        "uk": "Захист клімату",
    },
    {
        "slug": "jugendbeteiligung",
        "de": "Jugendbeteiligung",
        "en": "Youth participation",
        "ar": "مشاركة الشباب",
        "uk": "Участь молоді",
    },
    {
        "slug": "seniorenarbeit",
        "de": "Seniorenarbeit",
        "en": "Work with older people",
        "ar": "العمل مع كبار السن",
        "uk": "Робота з людьми похилого віку",
    },
    {"slug": "kultur", "de": "Kultur", "en": "Culture", "ar": "الثقافة", "uk": "Культура"},
    {"slug": "bildung", "de": "Bildung", "en": "Education", "ar": "التعليم", "uk": "Освіта"},
    {"slug": "demokratie", "de": "Demokratie", "en": "Democracy", "ar": "الديمقراطية", "uk": "Демократія"},
    {"slug": "sport", "de": "Sport", "en": "Sport", "ar": "الرياضة", "uk": "Спорт"},
    {"slug": "inklusion", "de": "Inklusion", "en": "Inclusion", "ar": "الدمج الشامل", "uk": "Інклюзія"},
    {"slug": "nachbarschaft", "de": "Nachbarschaft", "en": "Neighbourhood", "ar": "الجيرة والحي", "uk": "Сусідство"},
    {
        "slug": "wirtschaft-csr",
        "de": "Wirtschaft/CSR",
        "en": "Business/CSR",
        "ar": "الاقتصاد والمسؤولية الاجتماعية للشركات",
        "uk": "Бізнес і корпоративна соціальна відповідальність",
    },
]

# Vielfaltsdimensionen der Charta der Vielfalt
DIVERSITY_DIMENSIONS = [
    {"slug": "alter", "de": "Alter", "en": "Age", "ar": "العمر", "uk": "Вік"},
    {
        "slug": "ethnische-herkunft",
        "de": "Ethnische Herkunft und Nationalität",
        "en": "Ethnic origin and nationality",
        "ar": "الأصل العرقي والجنسية",
        "uk": "Етнічне походження та національність",
    },
    {
        "slug": "geschlecht",
        "de": "Geschlecht und geschlechtliche Identität",
        "en": "Gender and gender identity",
        "ar": "الجنس والهوية الجندرية",
        "uk": "Стать і гендерна ідентичність",
    },
    {
        "slug": "religion",
        "de": "Religion und Weltanschauung",
        "en": "Religion and belief",
        "ar": "الدين والمعتقد",
        "uk": "Релігія та світогляд",
    },
    {"slug": "behinderung", "de": "Behinderung", "en": "Disability", "ar": "الإعاقة", "uk": "Інвалідність"},
    {
        "slug": "sexuelle-orientierung",
        "de": "Sexuelle Orientierung",
        "en": "Sexual orientation",
        "ar": "التوجه الجنسي",
        "uk": "Сексуальна орієнтація",
    },
    {
        "slug": "soziale-herkunft",
        "de": "Soziale Herkunft",
        "en": "Social background",
        "ar": "الخلفية الاجتماعية",
        "uk": "Соціальне походження",
    },
]

# Programme und Netzwerke; municipality is None for nationwide programmes
PROGRAMMES = [
    {
        "slug": "engagierte-stadt",
        "de": "Engagierte Stadt",
        "en": "Engaged City",
        "ar": "المدينة المنخرطة مدنيًا",
        "uk": "Громадсько активне місто",
        "municipality": None,
        "description_de": (
            "Bundesweites Netzwerk von Städten und Gemeinden, in denen Zivilgesellschaft, Politik, Verwaltung und "
            "Unternehmen gemeinsam bürgerschaftliches Engagement nachhaltig stärken und dauerhafte Strukturen "
            "dafür aufbauen. Dessau-Roßlau ist seit dem 1. Juli 2020 (erneut) Mitglied; mit Bitterfeld-Wolfen, "
            "Gräfenhainichen und Lutherstadt Wittenberg bildet die Stadt das Regionalnetzwerk Anhalt."
        ),
        "description_en": (
            "Nationwide network of towns in which civil society, politics, administration and business work "
            "together to strengthen civic engagement for the long term and to build lasting structures for it. "
            "Dessau-Roßlau has been a member (again) since 1 July 2020; together with Bitterfeld-Wolfen, "
            "Gräfenhainichen and Lutherstadt Wittenberg it forms the Regionalnetzwerk Anhalt."
        ),
        "website": "https://www.engagiertestadt.example",
    },
    {
        "slug": "vielfaltsgestalter",
        "de": "Vielfaltsgestalter",
        "en": "Shapers of Diversity",
        "ar": "صنّاع التنوع",
        "uk": "Творці розмаїття",
        "municipality": None,
        "description_de": (
            "Programm „Vielfaltsgestalter – Lokale Bündnisse für Zusammenhalt in Vielfalt“ der Robert Bosch "
            "Stiftung. Kommunen und Zivilgesellschaft bilden lokale Bündnisse, die Vielfalt sichtbar machen, "
            "Zugangsbarrieren abbauen und Begegnung auf Augenhöhe ermöglichen."
        ),
        "description_en": (
            "Programme “Shapers of Diversity – local alliances for cohesion in diversity” of the Robert Bosch "
            "Stiftung. Municipalities and civil society form local alliances that make diversity visible, remove "
            "barriers to access and enable encounters on an equal footing."
        ),
        "website": "https://www.vielfaltsgestalter.example",
    },
    {
        "slug": "partnerschaft-fuer-demokratie",
        "de": "Partnerschaft für Demokratie",
        "en": "Partnership for Democracy",
        "ar": "شراكة من أجل الديمقراطية",
        "uk": "Партнерство заради демократії",
        "municipality": None,
        "description_de": (
            "Lokale Partnerschaften für Demokratie im Bundesprogramm „Demokratie leben!“. Ein Aktions- und "
            "Initiativfonds fördert Projekte für ein offenes, demokratisches Zusammenleben; über die Anträge "
            "entscheidet ein Begleitausschuss mit zivilgesellschaftlicher Mehrheit, ein Jugendforum verwaltet "
            "einen eigenen Jugendfonds."
        ),
        "description_en": (
            "Local partnerships for democracy within the federal programme “Demokratie leben!” (Live Democracy!). "
            "An action and initiative fund supports projects for an open, democratic community; a steering "
            "committee with a civil-society majority decides on applications, and a youth forum manages its own "
            "youth fund."
        ),
        "website": "https://www.demokratie-leben.example",
    },
    {
        "slug": "k2-kulturnetzwerke",
        "de": "K² Kulturnetzwerke in Kommunen",
        "en": "K² Cultural Networks in Municipalities",
        "ar": "K² الشبكات الثقافية في البلديات",
        "uk": "K² Культурні мережі в громадах",
        "municipality": None,
        "description_de": (
            "Projekt der Bundesakademie für Kulturelle Bildung Wolfenbüttel im Rahmen von „Kultur macht stark. "
            "Bündnisse für Bildung“, gefördert vom BMBF. Es stärkt kulturelle Bildungsnetzwerke vor Ort durch "
            "systematische Vernetzung und konzeptionellen Austausch, damit Bildungsgerechtigkeit für alle Kinder "
            "und Jugendlichen näher rückt."
        ),
        "description_en": (
            "Project of the Federal Academy for Cultural Education in Wolfenbüttel within “Kultur macht stark. "
            "Bündnisse für Bildung” (Culture makes strong. Alliances for education), funded by the Federal "
            "Ministry of Education and Research. It strengthens local cultural education networks through "
            "systematic networking and exchange so that educational equity for all children and young people comes "
            "closer."
        ),
        "website": "https://www.k2-kulturnetzwerke.example",
    },
    {
        "slug": "quartiersmanagement-soziale-stadt",
        "de": "Quartiersmanagement „Soziale Stadt – Dessauer Innenstadt“",
        "en": "Neighbourhood management “Social City – Dessau city centre”",
        "ar": "إدارة الحي «المدينة الاجتماعية – وسط مدينة ديساو»",
        "uk": "Квартальний менеджмент «Соціальне місто – центр Дессау»",
        "municipality": "dessau-rosslau",
        "description_de": (
            "Seit dem III. Quartal 2019 ist im Fördergebiet „Soziale Stadt – Dessauer Innenstadt“ ein "
            "Quartiersmanagement aktiv. Es unterstützt Bürgerinnen und Bürger im Rahmen der Stadtentwicklung, "
            "fördert integrative Prozesse und Angebote und setzt Maßnahmen der Quartiersentwicklung um; der Fokus "
            "liegt derzeit auf dem Quartier Am Leipziger Tor."
        ),
        "description_en": (
            "Since the third quarter of 2019 a neighbourhood management has been active in the funding area "
            "“Social City – Dessau city centre”. It supports residents in urban development, promotes inclusive "
            "processes and offers and carries out neighbourhood development measures; the current focus is the Am "
            "Leipziger Tor quarter."
        ),
        "website": "https://www.quartier-leipziger-tor.example",
    },
    {
        "slug": "fruehe-bildung-fruehe-chancen",
        "de": "Frühe Bildung – Frühe Chancen",
        "en": "Early Education – Early Opportunities",
        "ar": "تعليم مبكر – فرص مبكرة",
        "uk": "Рання освіта – ранні можливості",
        "municipality": "dessau-rosslau",
        "description_de": (
            "Teil der Bildungslandschaft Dessau-Roßlau: „Gemeinsam für einen erfolgreichen Bildungsstart“. Kitas, "
            "Familienbildung und Beratungsstellen tauschen sich aus, vernetzen sich und begleiten Familien mit "
            "kleinen Kindern."
        ),
        "description_en": (
            "Part of the Dessau-Roßlau education landscape: “Together for a successful start in education”. "
            "Day-care centres, family education and counselling services exchange ideas, network and support "
            "families with young children."
        ),
        "website": "https://www.fruehe-chancen-dessau.example",
    },
    {
        "slug": "jugend-berufs-zentrum",
        "de": "Jugend.Berufs.Zentrum",
        "en": "Youth Career Centre",
        "ar": "مركز الشباب والمهنة",
        "uk": "Молодіжний центр професійного розвитку",
        "municipality": "dessau-rosslau",
        "description_de": (
            "Teil der Bildungslandschaft Dessau-Roßlau: Lebenshilfe für junge Leute sowie Job- und "
            "Karriereberatung unter einem Dach – eine Anlaufstelle, Beratung aus einer Hand, viele Möglichkeiten."
        ),
        "description_en": (
            "Part of the Dessau-Roßlau education landscape: life support for young people and job and career "
            "guidance under one roof – one point of contact, advice from a single source, many opportunities."
        ),
        "website": "https://www.jbz-dessau-rosslau.example",
    },
    {
        "slug": "initiative-weiterbildung",
        "de": "Initiative Weiterbildung",
        "en": "Continuing Education Initiative",
        "ar": "مبادرة التعليم المستمر",
        "uk": "Ініціатива «Підвищення кваліфікації»",
        "municipality": "dessau-rosslau",
        "description_de": (
            "Teil der Bildungslandschaft Dessau-Roßlau: lebenslanges Lernen mit innovativen Partnern der Aus- und "
            "Weiterbildung – in Ihrer Nähe, für alle Branchen, fit für den Job."
        ),
        "description_en": (
            "Part of the Dessau-Roßlau education landscape: lifelong learning with innovative partners in "
            "vocational and continuing education – close to you, for all sectors, fit for the job."
        ),
        "website": "https://www.weiterbildung-dessau-rosslau.example",
    },
    {
        "slug": "one-community",
        "de": "One Community Projekt",
        "en": "One Community Project",
        "ar": "مشروع «وان كوميونيتي»",
        "uk": "Проєкт «One Community»",
        "municipality": "dessau-rosslau",
        "description_de": (
            "Begegnungsprojekt in Dessau-Roßlau, in dem Engagierte, das Integrationsbüro, internationale "
            "Studierende der Hochschule Anhalt und viele Initiativen generationsübergreifend den Zusammenhalt "
            "zwischen Menschen unterschiedlicher Herkunft und Lebenslage fördern – mit Konzerten, einem "
            "Musikvideo, einer inklusiven Tanzgala und dem Dokumentarfilm „Noch einmal Walzer“."
        ),
        "description_en": (
            "Encounter project in Dessau-Roßlau in which volunteers, the integration office, international "
            "students of Anhalt University of Applied Sciences and many initiatives promote cohesion across "
            "generations between people of different origins and circumstances – with concerts, a music video, an "
            "inclusive dance gala and the documentary “Noch einmal Walzer” (One more waltz)."
        ),
        "website": "https://www.one-community-dessau.example",
    },
    {
        "slug": "weltoffene-kommune",
        "de": "Weltoffene Kommune",
        "en": "Cosmopolitan Municipality",
        "ar": "البلدية المنفتحة على العالم",
        "uk": "Відкрита до світу громада",
        "municipality": None,
        "description_de": (
            "Modellprojekt der Bertelsmann Stiftung und PHINEO. Kommunale Vertreter*innen beantworten einen "
            "Selbstcheck in sieben Handlungsfeldern; Auswertung, Workshop mit externen Partner*innen und eine "
            "Dialogveranstaltung mit Verwaltung und Zivilgesellschaft führen zu konkreten Meilensteinen. "
            "Dessau-Roßlau wurde als Best-Practice-Beispiel ausgewählt."
        ),
        "description_en": (
            "Model project of the Bertelsmann Stiftung and PHINEO. Municipal representatives answer a "
            "self-assessment in seven fields of action; evaluation, a workshop with external partners and a "
            "dialogue event with administration and civil society lead to concrete milestones. Dessau-Roßlau was "
            "selected as a best-practice example."
        ),
        "website": "https://www.weltoffene-kommune.example",
    },
]

REGIONAL_NETWORKS = [
    {
        "slug": "anhalt",
        "name": "Regionalnetzwerk Anhalt",
        "municipalities": ["dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg"],
    },
]

# Kommunen with their real Amtlicher Gemeindeschlüssel and Stadtteile/Ortsteile
MUNICIPALITIES = [
    {
        "slug": "dessau-rosslau",
        "name": "Dessau-Roßlau",
        "ags": "15001000",
        "state": "Sachsen-Anhalt",
        "email": "engagiertestadt@dessau-rosslau.example",
        "phone": "0340 204-1401",
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "lat": 51.83358,
        "lon": 12.24466,
        "office": "Integrationsbüro / Koordinierungsstelle Engagierte Stadt",
        "dpo_name": "Behördliche Datenschutzbeauftragte (Demo)",
        "dpo_email": "datenschutz@dessau-rosslau.example",
        "dpo_address": "Datenschutzbeauftragte, Zerbster Straße 4, 06844 Dessau-Roßlau",
        "districts": [
            {"slug": "innenstadt", "name": "Innenstadt", "parent": None, "lat": 51.8337, "lon": 12.2452},
            {
                "slug": "am-leipziger-tor",
                "name": "Am Leipziger Tor",
                "parent": "innenstadt",
                "lat": 51.8268,
                "lon": 12.2432,
            },
            {"slug": "nord", "name": "Nord", "parent": None, "lat": 51.8445, "lon": 12.233},
            {"slug": "ziebigk", "name": "Ziebigk", "parent": None, "lat": 51.853, "lon": 12.224},
            {"slug": "siedlung", "name": "Siedlung", "parent": None, "lat": 51.847, "lon": 12.205},
            {"slug": "grosskuehnau", "name": "Großkühnau", "parent": None, "lat": 51.844, "lon": 12.169},
            {"slug": "kleinkuehnau", "name": "Kleinkühnau", "parent": None, "lat": 51.834, "lon": 12.186},
            {"slug": "alten", "name": "Alten", "parent": None, "lat": 51.823, "lon": 12.206},
            {"slug": "kochstedt", "name": "Kochstedt", "parent": None, "lat": 51.8, "lon": 12.204},
            {"slug": "mosigkau", "name": "Mosigkau", "parent": None, "lat": 51.806, "lon": 12.174},
            {"slug": "haideburg", "name": "Haideburg", "parent": None, "lat": 51.787, "lon": 12.238},
            {"slug": "toerten", "name": "Törten", "parent": None, "lat": 51.808, "lon": 12.228},
            {"slug": "sued", "name": "Süd", "parent": None, "lat": 51.818, "lon": 12.24},
            {"slug": "zoberberg", "name": "Zoberberg", "parent": None, "lat": 51.816, "lon": 12.219},
            {"slug": "waldersee", "name": "Waldersee", "parent": None, "lat": 51.847, "lon": 12.29},
            {"slug": "mildensee", "name": "Mildensee", "parent": None, "lat": 51.831, "lon": 12.3},
            {"slug": "kleutsch", "name": "Kleutsch", "parent": None, "lat": 51.791, "lon": 12.265},
            {"slug": "sollnitz", "name": "Sollnitz", "parent": None, "lat": 51.778, "lon": 12.287},
            {"slug": "rosslau", "name": "Roßlau", "parent": None, "lat": 51.887, "lon": 12.243},
            {"slug": "meinsdorf", "name": "Meinsdorf", "parent": None, "lat": 51.905, "lon": 12.247},
            {"slug": "muehlstedt", "name": "Mühlstedt", "parent": None, "lat": 51.908, "lon": 12.183},
            {"slug": "rodleben", "name": "Rodleben", "parent": None, "lat": 51.897, "lon": 12.196},
            {"slug": "brambach", "name": "Brambach", "parent": None, "lat": 51.88, "lon": 12.129},
            {"slug": "streetz-natho", "name": "Streetz/Natho", "parent": None, "lat": 51.93, "lon": 12.285},
        ],
    },
    {
        "slug": "bitterfeld-wolfen",
        "name": "Bitterfeld-Wolfen",
        "ags": "15082015",
        "state": "Sachsen-Anhalt",
        "email": "engagiertestadt@bitterfeld-wolfen.example",
        "phone": "03494 666-0",
        "street": "Rathausplatz 1",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "lat": 51.6616,
        "lon": 12.2727,
        "office": "Koordinierungsstelle Engagierte Stadt Bitterfeld-Wolfen",
        "dpo_name": "Behördliche Datenschutzbeauftragte (Demo)",
        "dpo_email": "datenschutz@bitterfeld-wolfen.example",
        "districts": [
            {"slug": "bitterfeld", "name": "Bitterfeld", "parent": None, "lat": 51.623, "lon": 12.325},
            {"slug": "wolfen", "name": "Wolfen", "parent": None, "lat": 51.661, "lon": 12.271},
            {"slug": "wolfen-nord", "name": "Wolfen-Nord", "parent": "wolfen", "lat": 51.674, "lon": 12.283},
            {"slug": "greppin", "name": "Greppin", "parent": None, "lat": 51.644, "lon": 12.294},
            {"slug": "holzweissig", "name": "Holzweißig", "parent": None, "lat": 51.601, "lon": 12.313},
            {"slug": "thalheim", "name": "Thalheim", "parent": None, "lat": 51.652, "lon": 12.233},
            {"slug": "bobbau", "name": "Bobbau", "parent": None, "lat": 51.687, "lon": 12.272},
            {"slug": "reuden", "name": "Reuden", "parent": None, "lat": 51.694, "lon": 12.238},
        ],
    },
    {
        "slug": "graefenhainichen",
        "name": "Gräfenhainichen",
        "ags": "15091110",
        "state": "Sachsen-Anhalt",
        "email": "engagiertestadt@graefenhainichen.example",
        "phone": "034953 357-0",
        "street": "Markt 1",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "lat": 51.7292,
        "lon": 12.4559,
        "office": "Koordinierungsstelle Engagierte Stadt Gräfenhainichen",
        "dpo_name": "Behördliche Datenschutzbeauftragte (Demo)",
        "dpo_email": "datenschutz@graefenhainichen.example",
        "districts": [
            {"slug": "graefenhainichen", "name": "Gräfenhainichen", "parent": None, "lat": 51.729, "lon": 12.456},
            {"slug": "zschornewitz", "name": "Zschornewitz", "parent": None, "lat": 51.713, "lon": 12.405},
            {"slug": "moehlau", "name": "Möhlau", "parent": None, "lat": 51.733, "lon": 12.35},
            {"slug": "juedenberg", "name": "Jüdenberg", "parent": None, "lat": 51.749, "lon": 12.422},
            {"slug": "radis", "name": "Radis", "parent": None, "lat": 51.756, "lon": 12.521},
            {"slug": "schkoena", "name": "Schköna", "parent": None, "lat": 51.683, "lon": 12.475},
            {"slug": "tornau", "name": "Tornau", "parent": None, "lat": 51.703, "lon": 12.506},
        ],
    },
    {
        "slug": "lutherstadt-wittenberg",
        "name": "Lutherstadt Wittenberg",
        "ags": "15091375",
        "state": "Sachsen-Anhalt",
        "email": "engagiertestadt@wittenberg.example",
        "phone": "03491 421-0",
        "street": "Lutherstraße 56",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "lat": 51.8678,
        "lon": 12.6479,
        "office": "Koordinierungsstelle Engagierte Stadt Lutherstadt Wittenberg",
        "dpo_name": "Behördliche Datenschutzbeauftragte (Demo)",
        "dpo_email": "datenschutz@wittenberg.example",
        "districts": [
            {"slug": "altstadt", "name": "Altstadt", "parent": None, "lat": 51.8663, "lon": 12.6445},
            {"slug": "friedrichstadt", "name": "Friedrichstadt", "parent": None, "lat": 51.869, "lon": 12.664},
            {"slug": "lindenfeld", "name": "Lindenfeld", "parent": None, "lat": 51.88, "lon": 12.638},
            {"slug": "kleinwittenberg", "name": "Kleinwittenberg", "parent": None, "lat": 51.869, "lon": 12.611},
            {"slug": "piesteritz", "name": "Piesteritz", "parent": None, "lat": 51.873, "lon": 12.59},
            {"slug": "apollensdorf", "name": "Apollensdorf", "parent": None, "lat": 51.878, "lon": 12.548},
            {"slug": "reinsdorf", "name": "Reinsdorf", "parent": None, "lat": 51.899, "lon": 12.573},
            {"slug": "nudersdorf", "name": "Nudersdorf", "parent": None, "lat": 51.919, "lon": 12.606},
            {"slug": "pratau", "name": "Pratau", "parent": None, "lat": 51.846, "lon": 12.638},
            {"slug": "straach", "name": "Straach", "parent": None, "lat": 51.966, "lon": 12.616},
        ],
    },
]

# Shared vocabulary of Kernkompetenzen used by ContactPerson.competencies
COMPETENCIES = [
    "Fördermittelberatung",
    "Ehrenamtskoordination",
    "Netzwerkarbeit",
    "Projektmanagement",
    "Veranstaltungsorganisation",
    "Veranstaltungstechnik",
    "Öffentlichkeitsarbeit",
    "Social Media",
    "Fotografie",
    "Videoproduktion",
    "Moderation",
    "Mediation und Konfliktmoderation",
    "Demokratiebildung",
    "Antidiskriminierungsberatung",
    "Migrationsberatung",
    "Rechtsberatung Aufenthaltsrecht",
    "Sozialberatung",
    "Schuldnerberatung",
    "Übersetzung Arabisch",
    "Übersetzung Ukrainisch",
    "Übersetzung Russisch",
    "Übersetzung Persisch/Dari",
    "Übersetzung Englisch",
    "Übersetzung Vietnamesisch",
    "Deutsch als Zweitsprache",
    "Leichte Sprache",
    "Gebärdensprache",
    "Hausaufgabenhilfe",
    "Jugendarbeit",
    "Berufsorientierung",
    "Bewerbungstraining",
    "Seniorenbegleitung",
    "Pflegeberatung",
    "Barrierefreiheit",
    "Tanzpädagogik",
    "Musikpädagogik",
    "Theaterpädagogik",
    "Kulturelle Bildung",
    "Umweltbildung",
    "Energie- und Klimaberatung",
    "Übungsleitung Sport",
    "Erste Hilfe",
    "Kinderbetreuung",
    "Gemeinwesenarbeit",
    "Medienkompetenz",
    "Vereinsrecht und Buchhaltung",
]

# Durchblick directory entries
ORGANISATIONS = [
    {
        "municipality": "dessau-rosslau",
        "name": "Integrationsbüro der Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Das Integrationsbüro im Rathaus ist Anlaufstelle für Zugewanderte, Vereine und Verwaltung in allen "
            "Fragen von Integration und Vielfalt. Unter seiner Federführung wurde Dessau-Roßlau Modellkommune im "
            "Projekt „Weltoffene Kommune“ von Bertelsmann Stiftung und PHINEO und später als "
            "Best-Practice-Beispiel ausgewählt. Das Büro koordiniert das Bündnis der Vielfaltsgestalter*innen und "
            "das One Community Projekt und beteiligt sich jedes Jahr am Bundesweiten Vorlesetag."
        ),
        "description_en": (
            "The integration office in the town hall is the point of contact for immigrants, associations and the "
            "administration on all questions of integration and diversity. Under its lead, Dessau-Roßlau became a "
            "model municipality in the “Cosmopolitan Municipality” project of the Bertelsmann Stiftung and PHINEO "
            "and was later chosen as a best-practice example. The office coordinates the Vielfaltsgestalter*innen "
            "alliance and the One Community Project and takes part in the nationwide Reading Aloud Day every year."
        ),
        "street": "Zerbster Straße 4 (Zimmer 489)",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/integrationsportal",
        "email": "integrationsbuero@dessau-rosslau.example",
        "phone": "0340 204-2901",
        "topics": ["integration", "demokratie", "kultur", "bildung"],
        "diversity": ["ethnische-herkunft", "religion", "alter", "soziale-herkunft"],
        "programmes": [
            "weltoffene-kommune",
            "vielfaltsgestalter",
            "one-community",
            "engagierte-stadt",
            "partnerschaft-fuer-demokratie",
        ],
        "trusted": True,
        "contacts": [
            {
                "name": "Tobias Kranich",
                "role": "Leiter des Integrationsbüros",
                "email": "tobias.kranich@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-2902",
                "competencies": ["Netzwerkarbeit", "Fördermittelberatung", "Projektmanagement", "Moderation"],
                "languages": ["de", "en"],
            },
            {
                "name": "Rana Haddad",
                "role": "Integrationskoordinatorin",
                "email": "rana.haddad@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-2903",
                "competencies": [
                    "Migrationsberatung",
                    "Übersetzung Arabisch",
                    "Übersetzung Englisch",
                    "Deutsch als Zweitsprache",
                ],
                "languages": ["de", "ar", "en"],
            },
            {
                "name": "Oleksandr Tkachenko",
                "role": "Sprach- und Kulturmittler",
                "email": "oleksandr.tkachenko@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-2904",
                "competencies": ["Übersetzung Ukrainisch", "Übersetzung Russisch", "Migrationsberatung"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Die Koordinierungsstelle im Referat des Oberbürgermeisters vernetzt seit 2020 Akteure aus "
            "Zivilgesellschaft, Verwaltung, Politik und Wirtschaft im Programm „Engagierte Stadt“. Sie betreut die "
            "Kooperationsvereinbarung Stadt–Zivilgesellschaft–Wirtschaft, den Beirat und die Arbeitsgruppe zur "
            "Engagement-Strategie und organisiert die jährliche Auftaktveranstaltung. Gemeinsam mit "
            "Bitterfeld-Wolfen, Gräfenhainichen und Lutherstadt Wittenberg trägt sie das Regionalnetzwerk Anhalt "
            "und die Kampagne „Glücksbringer“."
        ),
        "description_en": (
            "The coordination office in the Lord Mayor's department has been connecting players from civil "
            "society, administration, politics and business in the “Engaged City” programme since 2020. It looks "
            "after the cooperation agreement between city, civil society and business, the advisory board and the "
            "working group on the engagement strategy, and organises the annual kick-off event. Together with "
            "Bitterfeld-Wolfen, Gräfenhainichen and Lutherstadt Wittenberg it runs the Regionalnetzwerk Anhalt and "
            "the “Glücksbringer” (lucky charms) campaign."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/engagiertestadt",
        "email": "engagiertestadt@dessau-rosslau.example",
        "phone": "0340 204-1401",
        "topics": ["nachbarschaft", "wirtschaft-csr", "bildung", "demokratie"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Sabine Hellwig",
                "role": "Koordinatorin Engagierte Stadt",
                "email": "sabine.hellwig@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1402",
                "competencies": [
                    "Netzwerkarbeit",
                    "Ehrenamtskoordination",
                    "Fördermittelberatung",
                    "Veranstaltungsorganisation",
                    "Öffentlichkeitsarbeit",
                ],
                "languages": ["de", "en"],
            },
            {
                "name": "Jonas Reichelt",
                "role": "Referent Bürgerservice und Öffentlichkeitsarbeit",
                "email": "jonas.reichelt@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1403",
                "competencies": ["Öffentlichkeitsarbeit", "Social Media", "Fotografie"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Bürgerbeauftragte der Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Die Bürgerbeauftragte nimmt Anregungen, Hinweise und Beschwerden aus der Bürgerschaft entgegen und "
            "vermittelt zwischen Einwohner*innen und Verwaltung. In ihrem Büro werden die Anträge auf die "
            "Ehrenamtskarte Dessau-Roßlau, die es seit dem 1. Januar 2019 gibt, mit Personalausweis abgegeben und "
            "geprüft. Sie pflegt außerdem die Liste der Akzeptanzpartner, die Karteninhaber*innen Vergünstigungen "
            "gewähren."
        ),
        "description_en": (
            "The citizens' ombudsperson receives suggestions, notes and complaints from residents and mediates "
            "between residents and the administration. Applications for the Dessau-Roßlau volunteer card, which "
            "has existed since 1 January 2019, are handed in at her office together with an ID card and checked "
            "there. She also keeps the list of acceptance partners that grant benefits to cardholders."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/buergerbeauftragte",
        "email": "buergerbeauftragte@dessau-rosslau.example",
        "phone": "0340 204-1105",
        "topics": ["nachbarschaft", "demokratie", "seniorenarbeit"],
        "diversity": ["alter", "behinderung", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Petra Lindner",
                "role": "Bürgerbeauftragte",
                "email": "petra.lindner@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1106",
                "competencies": ["Mediation und Konfliktmoderation", "Sozialberatung", "Netzwerkarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Anja Wolff",
                "role": "Sachbearbeiterin Ehrenamtskarte",
                "email": "anja.wolff@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1107",
                "competencies": ["Ehrenamtskoordination", "Leichte Sprache"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Vielfaltsgestalter*innen Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Das lokale Bündnis für Zusammenhalt in Vielfalt führt Akteur*innen zusammen, die in Dessau-Roßlau zu "
            "Diversität arbeiten, und bündelt die Kernkompetenzen ihrer Ansprechpartner*innen – die "
            "Vielfaltsgestalter*innen verstehen sich als „Durchblicksbehalter*innen“. In einer heterogen besetzten "
            "Steuerungsgruppe entstehen Schulungen, Begegnungsformate und der Vielfaltsparcours innerhalb der "
            "Stadtverwaltung. Das Bündnis hat über 80 Partner*innen und Organisationen erreicht und 2019 den 1. "
            "Platz beim Landesintegrationspreis Sachsen-Anhalt gewonnen."
        ),
        "description_en": (
            "The local alliance for cohesion in diversity brings together players who work on diversity in "
            "Dessau-Roßlau and pools the core skills of their contact persons – the Vielfaltsgestalter*innen "
            "(shapers of diversity) see themselves as the people who “keep the overview”. A mixed steering group "
            "develops trainings, encounter formats and the diversity course within the city administration. The "
            "alliance has reached more than 80 partners and organisations and won first place in the Saxony-Anhalt "
            "integration award in 2019."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.vielfaltsgestalter-dessau.example",
        "email": "vielfaltsgestalter@dessau-rosslau.example",
        "phone": "0340 204-2905",
        "topics": ["integration", "demokratie", "inklusion", "nachbarschaft", "kultur"],
        "diversity": [
            "alter",
            "ethnische-herkunft",
            "geschlecht",
            "religion",
            "behinderung",
            "sexuelle-orientierung",
            "soziale-herkunft",
        ],
        "programmes": ["vielfaltsgestalter", "engagierte-stadt", "weltoffene-kommune"],
        "trusted": True,
        "contacts": [
            {
                "name": "Miriam Okonkwo-Lange",
                "role": "Sprecherin der Steuerungsgruppe",
                "email": "miriam.okonkwo-lange@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-2906",
                "competencies": [
                    "Netzwerkarbeit",
                    "Moderation",
                    "Antidiskriminierungsberatung",
                    "Übersetzung Englisch",
                ],
                "languages": ["de", "en"],
            },
            {
                "name": "Felix Baumann",
                "role": "Projektkoordinator Vielfaltsparcours",
                "email": "felix.baumann@dessau-rosslau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Projektmanagement", "Demokratiebildung", "Veranstaltungsorganisation"],
                "languages": ["de", "en"],
            },
            {
                "name": "Hiba Kassem",
                "role": "Multiplikatorin Empowerment",
                "email": "hiba.kassem@dessau-rosslau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Antidiskriminierungsberatung", "Migrationsberatung"],
                "languages": ["ar", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "One Community Projekt",
        "kind": "initiative",
        "description_de": (
            "Im One Community Projekt haben sich Engagierte, das Integrationsbüro, internationale Studierende der "
            "Hochschule Anhalt und viele Initiativen zusammengeschlossen, um mit Begegnungsformaten den "
            "Zusammenhalt zwischen Generationen und Nationen zu stärken; entstanden sind bisher zwei „One "
            "Community“-Konzerte, ein Musikvideo und eine Video-Dokumentation. 2022/2023 probten Menschen jeden "
            "Alters, unterschiedlicher Herkunft, mit und ohne Behinderung für eine inklusive Tanzgala für die "
            "Bewohner*innen dreier Seniorenheime in der Aula des Liborius-Gymnasiums – es wurde gelacht, getanzt, "
            "gegessen und gesungen. Der daraus entstandene Dokumentarfilm „Noch einmal Walzer“ feierte mit über "
            "300 Gästen Premiere und erreichte im Kiez Kino, in Seniorenheimen und auf Festivals rund 1.000 "
            "Zuschauer*innen. Das Projekt erhielt den Integrationspreis des Landes Sachsen-Anhalt 2019 und wurde "
            "2023 im Wettbewerb „Aktiv für Demokratie und Toleranz“ der Bundeszentrale für politische Bildung "
            "ausgezeichnet."
        ),
        "description_en": (
            "In the One Community Project, volunteers, the integration office, international students of Anhalt "
            "University of Applied Sciences and many initiatives have joined forces to strengthen cohesion between "
            "generations and nations through encounters; so far this has produced two “One Community” concerts, a "
            "music video and a video documentary. In 2022/2023, people of all ages and origins, with and without "
            "disabilities, rehearsed for an inclusive dance gala for the residents of three care homes in the "
            "assembly hall of the Liborius-Gymnasium – people laughed, danced, ate and sang together. The "
            "resulting documentary “Noch einmal Walzer” (One more waltz) premiered in front of more than 300 "
            "guests and reached around 1,000 viewers at the Kiez Kino, in care homes and at festivals. The project "
            "received the Saxony-Anhalt integration award in 2019 and was honoured in 2023 in the “Active for "
            "Democracy and Tolerance” competition of the Federal Agency for Civic Education."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.one-community-dessau.example",
        "email": "kontakt@one-community-dessau.example",
        "phone": "0340 204-2907",
        "topics": ["integration", "kultur", "seniorenarbeit", "inklusion", "demokratie"],
        "diversity": ["alter", "ethnische-herkunft", "behinderung", "soziale-herkunft"],
        "programmes": ["one-community", "vielfaltsgestalter", "partnerschaft-fuer-demokratie"],
        "trusted": True,
        "contacts": [
            {
                "name": "Karim Benali",
                "role": "Projektleiter One Community",
                "email": "karim.benali@one-community-dessau.example",
                "email_public": True,
                "phone": "0340 204-2908",
                "competencies": [
                    "Projektmanagement",
                    "Veranstaltungsorganisation",
                    "Musikpädagogik",
                    "Videoproduktion",
                ],
                "languages": ["de", "fr", "ar", "en"],
            },
            {
                "name": "Ewa Sobczak",
                "role": "Choreografin und Tanzpädagogin",
                "email": "ewa.sobczak@one-community-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Tanzpädagogik", "Kulturelle Bildung"],
                "languages": ["pl", "de", "en"],
            },
            {
                "name": "Arjun Mehta",
                "role": "Studentischer Koordinator (Hochschule Anhalt)",
                "email": "arjun.mehta@one-community-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Videoproduktion", "Social Media", "Übersetzung Englisch"],
                "languages": ["en", "hi", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Quartiersmanagement Am Leipziger Tor",
        "kind": "office",
        "description_de": (
            "Das Quartiersmanagement im Fördergebiet „Soziale Stadt – Dessauer Innenstadt“ ist seit dem III. "
            "Quartal 2019 vor Ort aktiv, derzeit mit Schwerpunkt im Quartier Am Leipziger Tor. Im Stadtteilbüro "
            "gibt es Beratung, einen Verfügungsfonds für kleine Nachbarschaftsprojekte und regelmäßige "
            "Bewohnertreffen. Gemeinsam mit Vereinen und Wohnungsunternehmen entstehen Hoffeste, aufgewertete "
            "Grünflächen und neue Begegnungsorte."
        ),
        "description_en": (
            "The neighbourhood management in the funding area “Social City – Dessau city centre” has been active "
            "on site since the third quarter of 2019, currently focusing on the Am Leipziger Tor quarter. The "
            "neighbourhood office offers advice, a small fund for neighbourhood projects and regular residents' "
            "meetings. Together with associations and housing companies it creates courtyard festivals, upgraded "
            "green spaces and new meeting places."
        ),
        "street": "Leipziger Straße 37",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "am-leipziger-tor",
        "lat": 51.8289,
        "lon": 12.2415,
        "website": "https://www.quartier-leipziger-tor.example",
        "email": "info@quartier-leipziger-tor.example",
        "phone": "0340 850 47 12",
        "topics": ["nachbarschaft", "integration", "jugendbeteiligung", "seniorenarbeit"],
        "diversity": ["soziale-herkunft", "ethnische-herkunft", "alter"],
        "programmes": ["quartiersmanagement-soziale-stadt", "engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Julia Wendland",
                "role": "Quartiersmanagerin",
                "email": "julia.wendland@quartier-leipziger-tor.example",
                "email_public": True,
                "phone": "0340 850 47 13",
                "competencies": ["Gemeinwesenarbeit", "Fördermittelberatung", "Moderation", "Netzwerkarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Samir Darwish",
                "role": "Stadtteilmittler",
                "email": "samir.darwish@quartier-leipziger-tor.example",
                "email_public": True,
                "phone": "0340 850 47 14",
                "competencies": ["Übersetzung Arabisch", "Gemeinwesenarbeit", "Mediation und Konfliktmoderation"],
                "languages": ["ar", "ku", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Jugend.Berufs.Zentrum Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Im Jugend.Berufs.Zentrum arbeiten Agentur für Arbeit, Jobcenter, Jugendamt und freie Träger unter "
            "einem Dach zusammen: Lebenshilfe für junge Leute sowie Job- und Karriereberatung aus einer Hand. "
            "Junge Menschen bis 25 Jahre finden hier eine Anlaufstelle für Fragen zu Ausbildung, Studium, Wohnen "
            "und Geld. Das Motto lautet „Jugend trifft Zukunft“ – eine Anlaufstelle, Beratung aus einer Hand, "
            "viele Möglichkeiten."
        ),
        "description_en": (
            "In the Youth Career Centre, the employment agency, the job centre, the youth welfare office and "
            "independent providers work together under one roof: life support for young people and job and career "
            "guidance from a single source. Young people up to the age of 25 find one point of contact here for "
            "questions about training, studies, housing and money. The motto is “Youth meets future” – one point "
            "of contact, advice from a single source, many opportunities."
        ),
        "street": "Ferdinand-von-Schill-Straße 25",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8358,
        "lon": 12.2435,
        "website": "https://www.jbz-dessau-rosslau.example",
        "email": "info@jbz-dessau-rosslau.example",
        "phone": "0340 502 83-0",
        "topics": ["jugendbeteiligung", "bildung", "wirtschaft-csr"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["jugend-berufs-zentrum"],
        "trusted": False,
        "contacts": [
            {
                "name": "Mandy Richter",
                "role": "Teamleiterin Beratung",
                "email": "mandy.richter@jbz-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 502 83-11",
                "competencies": ["Berufsorientierung", "Bewerbungstraining", "Sozialberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Emre Kaya",
                "role": "Jugendberater",
                "email": "emre.kaya@jbz-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 502 83-14",
                "competencies": ["Jugendarbeit", "Berufsorientierung", "Bewerbungstraining"],
                "languages": ["de", "tr", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Initiative Weiterbildung Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Die Initiative Weiterbildung bündelt die Angebote innovativer Partner der Aus- und Weiterbildung in "
            "Dessau-Roßlau – in Ihrer Nähe, für alle Branchen, fit für den Job. Ein gemeinsamer Kursfinder und "
            "Beratungstage in Betrieben helfen Beschäftigten und Arbeitsuchenden, das passende Angebot zu finden. "
            "Zugewanderte Fachkräfte erhalten Unterstützung bei der Anerkennung ihrer Abschlüsse und beim "
            "berufsbezogenen Deutsch."
        ),
        "description_en": (
            "The Continuing Education Initiative pools the offers of innovative vocational and continuing "
            "education partners in Dessau-Roßlau – close to you, for all sectors, fit for the job. A shared course "
            "finder and advice days in companies help employees and jobseekers find the right offer. Immigrant "
            "professionals receive support with the recognition of their qualifications and with job-related "
            "German."
        ),
        "street": "Kavalierstraße 49",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8319,
        "lon": 12.2478,
        "website": "https://www.weiterbildung-dessau-rosslau.example",
        "email": "info@weiterbildung-dessau-rosslau.example",
        "phone": "0340 661 28 40",
        "topics": ["bildung", "wirtschaft-csr", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["initiative-weiterbildung"],
        "trusted": False,
        "contacts": [
            {
                "name": "Heike Förster",
                "role": "Netzwerkkoordinatorin",
                "email": "heike.foerster@weiterbildung-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 661 28 41",
                "competencies": ["Netzwerkarbeit", "Berufsorientierung", "Projektmanagement"],
                "languages": ["de", "en"],
            },
            {
                "name": "Dmytro Savchenko",
                "role": "Berater Anerkennung ausländischer Abschlüsse",
                "email": "dmytro.savchenko@weiterbildung-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 661 28 42",
                "competencies": [
                    "Migrationsberatung",
                    "Übersetzung Ukrainisch",
                    "Übersetzung Russisch",
                    "Berufsorientierung",
                ],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Frühe Bildung – Frühe Chancen Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Das Netzwerk „Frühe Bildung – Frühe Chancen“ steht für einen gemeinsamen, erfolgreichen Bildungsstart "
            "aller Kinder in Dessau-Roßlau. Kitas, Familienbildungsstätten, Hebammen und Beratungsstellen tauschen "
            "sich regelmäßig aus und bieten Familienbildung und -beratung an. Dazu gehören Elterncafés, "
            "mehrsprachige Informationsabende und der Aufbau bilingualer Angebote in Kindertagesstätten."
        ),
        "description_en": (
            "The “Early Education – Early Opportunities” network stands for a shared, successful start in "
            "education for all children in Dessau-Roßlau. Day-care centres, family education centres, midwives and "
            "counselling services meet regularly and offer family education and counselling. This includes "
            "parents' cafés, multilingual information evenings and the development of bilingual offers in day-care "
            "centres."
        ),
        "street": "Humboldtstraße 22",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8367,
        "lon": 12.2464,
        "website": "https://www.fruehe-chancen-dessau.example",
        "email": "info@fruehe-chancen-dessau.example",
        "phone": "0340 204-1545",
        "topics": ["bildung", "integration", "nachbarschaft"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["fruehe-bildung-fruehe-chancen"],
        "trusted": False,
        "contacts": [
            {
                "name": "Katrin Neumann",
                "role": "Netzwerkkoordinatorin Frühe Hilfen",
                "email": "katrin.neumann@fruehe-chancen-dessau.example",
                "email_public": True,
                "phone": "0340 204-1546",
                "competencies": ["Netzwerkarbeit", "Kinderbetreuung", "Sozialberatung"],
                "languages": ["de"],
            },
            {
                "name": "Nour Alhamwi",
                "role": "Elternbegleiterin",
                "email": "nour.alhamwi@fruehe-chancen-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Kinderbetreuung", "Deutsch als Zweitsprache"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "K² Kulturnetzwerk Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Das K² Kulturnetzwerk verbindet Kultureinrichtungen, Schulen, Kitas und freie Künstler*innen, um "
            "kulturelle Bildung in Dessau-Roßlau systematisch zu stärken. Als Teil des Projekts „K² – "
            "Kulturnetzwerke in Kommunen“ der Bundesakademie für Kulturelle Bildung Wolfenbüttel organisiert es "
            "Netzwerktreffen, Fortbildungen und eine gemeinsame Angebotsübersicht. Ziel ist, dass alle Kinder und "
            "Jugendlichen – unabhängig vom Geldbeutel der Eltern – Zugang zu Kunst und Kultur haben."
        ),
        "description_en": (
            "The K² cultural network connects cultural institutions, schools, day-care centres and freelance "
            "artists to strengthen cultural education in Dessau-Roßlau systematically. As part of the project “K² "
            "– Cultural Networks in Municipalities” of the Federal Academy for Cultural Education in Wolfenbüttel, "
            "it organises network meetings, training courses and a shared overview of offers. The aim is that all "
            "children and young people – regardless of their parents' income – have access to art and culture."
        ),
        "street": "Johannisstraße 18",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.831,
        "lon": 12.243,
        "website": "https://www.kulturnetzwerk-dessau.example",
        "email": "k2@kulturnetzwerk-dessau.example",
        "phone": "0340 204-2410",
        "topics": ["kultur", "bildung", "jugendbeteiligung"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": ["k2-kulturnetzwerke"],
        "trusted": False,
        "contacts": [
            {
                "name": "Lena Marschall",
                "role": "Koordinatorin kulturelle Bildung",
                "email": "lena.marschall@kulturnetzwerk-dessau.example",
                "email_public": True,
                "phone": "0340 204-2411",
                "competencies": ["Kulturelle Bildung", "Netzwerkarbeit", "Fördermittelberatung"],
                "languages": ["de", "en", "fr"],
            },
            {
                "name": "Giulia Romano",
                "role": "Theaterpädagogin",
                "email": "giulia.romano@kulturnetzwerk-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Theaterpädagogik", "Kulturelle Bildung"],
                "languages": ["it", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Hochschule Anhalt",
        "kind": "school",
        "description_de": (
            "Die Hochschule Anhalt ist mit ihrem Standort Dessau – Architektur, Facility Management, "
            "Geoinformation und Design – eng mit der Stadt verbunden; Studierende aus vielen Ländern prägen ihr "
            "internationales Profil. Internationale Studierende engagieren sich unter anderem im One Community "
            "Projekt und im International Student Club. Gemeinsam mit Umweltbundesamt und Stadtverwaltung trägt "
            "die Hochschule die Kooperation „Dessau-Roßlau lebt Weltoffenheit und Vielfalt“."
        ),
        "description_en": (
            "Anhalt University of Applied Sciences is closely linked to the city through its Dessau campus – "
            "architecture, facility management, geoinformation and design; students from many countries shape its "
            "international profile. International students are involved in the One Community Project and the "
            "International Student Club, among others. Together with the German Environment Agency and the city "
            "administration, the university supports the cooperation “Dessau-Roßlau lives openness and diversity”."
        ),
        "street": "Bauhausstraße 5",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.83905,
        "lon": 12.22965,
        "website": "https://www.hs-anhalt.example",
        "email": "info@hs-anhalt.example",
        "phone": "0340 5197-0",
        "topics": ["bildung", "integration", "klimaschutz", "kultur"],
        "diversity": ["ethnische-herkunft", "geschlecht", "alter"],
        "programmes": ["weltoffene-kommune", "one-community", "engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Annette Rudolph",
                "role": "Leiterin International Office",
                "email": "annette.rudolph@hs-anhalt.example",
                "email_public": True,
                "phone": "0340 5197-1560",
                "competencies": ["Netzwerkarbeit", "Übersetzung Englisch", "Migrationsberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Li Wei",
                "role": "Koordinatorin Buddy-Programm",
                "email": "li.wei@hs-anhalt.example",
                "email_public": True,
                "phone": "0340 5197-1562",
                "competencies": ["Übersetzung Englisch", "Netzwerkarbeit"],
                "languages": ["zh", "en", "de"],
            },
            {
                "name": "Chinedu Okafor",
                "role": "Studentischer Tutor für internationale Studierende",
                "email": "chinedu.okafor@hs-anhalt.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Englisch", "Veranstaltungsorganisation", "Social Media"],
                "languages": ["en", "ig", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Umweltbundesamt",
        "kind": "office",
        "description_de": (
            "Das Umweltbundesamt hat seinen Hauptsitz seit 2005 in Dessau-Roßlau und ist einer der großen "
            "Arbeitgeber der Stadt. Über Führungen durch das Dienstgebäude, Umweltbildungsangebote und das "
            "Engagement seiner Beschäftigten in Vereinen ist es im Stadtleben präsent. Gemeinsam mit Hochschule "
            "Anhalt und Stadtverwaltung trägt es die Kooperation „Dessau-Roßlau lebt Weltoffenheit und Vielfalt“ "
            "und unterstützt neu zugezogene internationale Fachkräfte beim Ankommen."
        ),
        "description_en": (
            "The German Environment Agency has had its headquarters in Dessau-Roßlau since 2005 and is one of the "
            "city's major employers. It is present in city life through tours of its building, environmental "
            "education offers and the volunteering of its staff in local associations. Together with Anhalt "
            "University of Applied Sciences and the city administration it supports the cooperation “Dessau-Roßlau "
            "lives openness and diversity” and helps newly arrived international professionals settle in."
        ),
        "street": "Wörlitzer Platz 1",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.84185,
        "lon": 12.23795,
        "website": "https://www.umweltbundesamt.example",
        "email": "buergerservice@umweltbundesamt.example",
        "phone": "0340 2103-0",
        "topics": ["klimaschutz", "bildung", "integration", "wirtschaft-csr"],
        "diversity": ["ethnische-herkunft", "geschlecht", "behinderung"],
        "programmes": ["weltoffene-kommune", "engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Martin Oelze",
                "role": "Koordinator Diversity und gesellschaftliches Engagement",
                "email": "martin.oelze@umweltbundesamt.example",
                "email_public": True,
                "phone": "0340 2103-2244",
                "competencies": ["Netzwerkarbeit", "Umweltbildung", "Energie- und Klimaberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Swetlana Becker",
                "role": "Ansprechpartnerin Welcome Service",
                "email": "swetlana.becker@umweltbundesamt.example",
                "email_public": True,
                "phone": "0340 2103-2245",
                "competencies": ["Übersetzung Russisch", "Übersetzung Englisch", "Migrationsberatung"],
                "languages": ["de", "ru", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "AWO Kreisverband Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Der AWO Kreisverband Dessau e.V. ist einer der großen Wohlfahrtsverbände der Stadt – mit Kitas, "
            "Seniorenbegegnungsstätten, Migrationsberatung und Angeboten der Jugendhilfe. Von 2015 bis Juni 2018 "
            "war der Verein Träger der ersten Förderphase der „Engagierten Stadt“ in Dessau-Roßlau und "
            "koordinierte das Netzwerk. Viele Ehrenamtliche engagieren sich in Besuchsdiensten, in der "
            "Seniorenarbeit und in Lernpatenschaften."
        ),
        "description_en": (
            "AWO Kreisverband Dessau e.V. is one of the city's large welfare associations – with day-care centres, "
            "senior citizens' meeting places, migration counselling and youth welfare services. From 2015 to June "
            "2018 the association was the lead organisation of the first funding phase of “Engaged City” in "
            "Dessau-Roßlau and coordinated the network. Many volunteers are active in visiting services, work with "
            "older people and learning mentorships."
        ),
        "street": "Kühnauer Straße 24",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8466,
        "lon": 12.2313,
        "website": "https://www.awo-dessau.example",
        "email": "info@awo-dessau.example",
        "phone": "0340 26 01 30",
        "topics": ["seniorenarbeit", "integration", "jugendbeteiligung", "nachbarschaft", "inklusion"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft", "behinderung"],
        "programmes": ["engagierte-stadt", "fruehe-bildung-fruehe-chancen"],
        "trusted": True,
        "contacts": [
            {
                "name": "Ralf Engelmann",
                "role": "Geschäftsführer",
                "email": "ralf.engelmann@awo-dessau.example",
                "email_public": True,
                "phone": "0340 26 01 31",
                "competencies": ["Fördermittelberatung", "Vereinsrecht und Buchhaltung", "Netzwerkarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Leila Mansour",
                "role": "Migrationsberatung für Erwachsene",
                "email": "leila.mansour@awo-dessau.example",
                "email_public": True,
                "phone": "0340 26 01 35",
                "competencies": ["Migrationsberatung", "Übersetzung Arabisch", "Rechtsberatung Aufenthaltsrecht"],
                "languages": ["ar", "de", "fr"],
            },
            {
                "name": "Gisela Meißner",
                "role": "Ehrenamtskoordinatorin Seniorenarbeit",
                "email": "gisela.meissner@awo-dessau.example",
                "email_public": True,
                "phone": "0340 26 01 37",
                "competencies": ["Ehrenamtskoordination", "Seniorenbegleitung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Multikulturelles Zentrum Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein ist seit vielen Jahren Treffpunkt für Menschen unterschiedlicher Herkunft in "
            "Dessau-Roßlau. Er bietet Sprachkurse, Beratung, interkulturelle Feste und eine offene Werkstatt für "
            "Demokratiebildung an. Zudem begleitet er Migrantenorganisationen beim Aufbau eigener "
            "Vereinsstrukturen."
        ),
        "description_en": (
            "For many years the association has been a meeting place for people of different origins in "
            "Dessau-Roßlau. It offers language courses, counselling, intercultural festivals and an open workshop "
            "for democracy education. It also supports migrant organisations in setting up their own association "
            "structures."
        ),
        "street": "Parkstraße 7",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8345,
        "lon": 12.2486,
        "website": "https://www.multikulti-dessau.example",
        "email": "info@multikulti-dessau.example",
        "phone": "0340 220 41 90",
        "topics": ["integration", "kultur", "demokratie", "bildung"],
        "diversity": ["ethnische-herkunft", "religion", "soziale-herkunft"],
        "programmes": ["partnerschaft-fuer-demokratie", "vielfaltsgestalter", "engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Yonas Tesfaye",
                "role": "Vorstandsvorsitzender",
                "email": "yonas.tesfaye@multikulti-dessau.example",
                "email_public": True,
                "phone": "0340 220 41 91",
                "competencies": ["Netzwerkarbeit", "Migrationsberatung", "Vereinsrecht und Buchhaltung"],
                "languages": ["ti", "de", "en"],
            },
            {
                "name": "Doreen Lehmann",
                "role": "Projektleiterin Demokratiewerkstatt",
                "email": "doreen.lehmann@multikulti-dessau.example",
                "email_public": True,
                "phone": "0340 220 41 92",
                "competencies": ["Demokratiebildung", "Moderation", "Projektmanagement"],
                "languages": ["de", "en"],
            },
            {
                "name": "Maryam Rezaei",
                "role": "Sprachkursleiterin",
                "email": "maryam.rezaei@multikulti-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Deutsch als Zweitsprache", "Übersetzung Persisch/Dari"],
                "languages": ["fa", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Kiez e.V. – Kiez Kino",
        "kind": "verein",
        "description_de": (
            "Der Kiez e.V. betreibt das Kiez Kino, ein soziokulturelles Programmkino mit Café und "
            "Veranstaltungssaal in der Dessauer Innenstadt. Neben Filmreihen, Konzerten und Lesungen bietet der "
            "Verein Raum für Initiativen und Filmgespräche. Hier lief unter anderem mehrfach der Dokumentarfilm "
            "„Noch einmal Walzer“ des One Community Projekts."
        ),
        "description_en": (
            "Kiez e.V. runs the Kiez Kino, a socio-cultural arthouse cinema with a café and event hall in Dessau's "
            "city centre. Besides film series, concerts and readings, the association offers space for initiatives "
            "and film talks. Among other things, the One Community Project's documentary “Noch einmal Walzer” was "
            "shown here several times."
        ),
        "street": "Bertolt-Brecht-Straße 29a",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8326,
        "lon": 12.2416,
        "website": "https://www.kiez-dessau.example",
        "email": "kino@kiez-dessau.example",
        "phone": "0340 21 20 27",
        "topics": ["kultur", "jugendbeteiligung", "nachbarschaft"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": ["k2-kulturnetzwerke", "one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Steffen Hartung",
                "role": "Programmleitung Kino",
                "email": "steffen.hartung@kiez-dessau.example",
                "email_public": True,
                "phone": "0340 21 20 28",
                "competencies": ["Veranstaltungsorganisation", "Veranstaltungstechnik", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Franziska Otto",
                "role": "Vereinsvorstand",
                "email": "franziska.otto@kiez-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Vereinsrecht und Buchhaltung", "Fördermittelberatung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Liborius-Gymnasium Dessau",
        "kind": "school",
        "description_de": (
            "Das Liborius-Gymnasium ist ein katholisches Gymnasium in freier Trägerschaft, das seit 1991 am "
            "Standort Rabestraße in Dessau-Nord unterrichtet und Schüler*innen aller Konfessionen offensteht. "
            "Schülerinnen und Schüler engagieren sich in Arbeitsgemeinschaften, im Schulchor und in sozialen "
            "Projekten, etwa bei Besuchen in Seniorenheimen zum Nikolaustag. In der Aula der Schule fand die "
            "inklusive Tanzgala des One Community Projekts für die Bewohner*innen dreier Seniorenheime statt."
        ),
        "description_en": (
            "The Liborius-Gymnasium is a Catholic grammar school run by an independent provider; since 1991 it has "
            "been teaching at its Rabestraße site in Dessau-Nord and is open to pupils of all denominations. "
            "Pupils are active in clubs, the school choir and social projects, for example visits to care homes on "
            "St Nicholas' Day. The school's assembly hall hosted the One Community Project's inclusive dance gala "
            "for the residents of three care homes."
        ),
        "street": "Rabestraße 1",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8427,
        "lon": 12.2356,
        "website": "https://www.liborius-gymnasium.example",
        "email": "sekretariat@liborius-gymnasium.example",
        "phone": "0340 21 32 50",
        "topics": ["bildung", "kultur", "jugendbeteiligung", "inklusion"],
        "diversity": ["religion", "alter", "ethnische-herkunft"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Cornelia Wendt",
                "role": "Stellvertretende Schulleiterin",
                "email": "cornelia.wendt@liborius-gymnasium.example",
                "email_public": True,
                "phone": "0340 21 32 51",
                "competencies": ["Projektmanagement", "Netzwerkarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Thomas Wendler",
                "role": "Musiklehrer, Leitung Schulchor",
                "email": "thomas.wendler@liborius-gymnasium.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Musikpädagogik", "Veranstaltungsorganisation", "Veranstaltungstechnik"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Seniorenzentrum Am Georgengarten",
        "kind": "facility",
        "description_de": (
            "Das Seniorenzentrum Am Georgengarten bietet 96 Plätze in der stationären Pflege sowie Kurzzeit- und "
            "Tagespflege in Ziebigk. Bewohner*innen und Ehrenamtliche gestalten gemeinsam Lesenachmittage, ein "
            "Gartenprojekt und Besuche von Schulklassen. Das Haus ist eines der drei Seniorenheime, deren "
            "Bewohner*innen die inklusive Tanzgala des One Community Projekts erlebten; der Film „Noch einmal "
            "Walzer“ wurde hier mehrfach gezeigt."
        ),
        "description_en": (
            "The Am Georgengarten senior citizens' centre in Ziebigk offers 96 places in residential care as well "
            "as short-term and day care. Residents and volunteers organise reading afternoons, a garden project "
            "and visits from school classes together. It is one of the three care homes whose residents "
            "experienced the One Community Project's inclusive dance gala; the film “Noch einmal Walzer” was shown "
            "here several times."
        ),
        "street": "Heidestraße 112",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "ziebigk",
        "lat": 51.8551,
        "lon": 12.2223,
        "website": "https://www.seniorenzentrum-georgengarten.example",
        "email": "info@seniorenzentrum-georgengarten.example",
        "phone": "0340 85 07 30",
        "topics": ["seniorenarbeit", "kultur", "nachbarschaft"],
        "diversity": ["alter", "behinderung"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Birgit Sommer",
                "role": "Einrichtungsleiterin",
                "email": "birgit.sommer@seniorenzentrum-georgengarten.example",
                "email_public": True,
                "phone": "0340 85 07 31",
                "competencies": ["Pflegeberatung", "Seniorenbegleitung"],
                "languages": ["de"],
            },
            {
                "name": "Viktor Heinrich",
                "role": "Sozialer Dienst und Betreuung",
                "email": "viktor.heinrich@seniorenzentrum-georgengarten.example",
                "email_public": True,
                "phone": "0340 85 07 34",
                "competencies": ["Seniorenbegleitung", "Musikpädagogik", "Ehrenamtskoordination"],
                "languages": ["de", "ru"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Pflegeheim Haus am Luisium",
        "kind": "facility",
        "description_de": (
            "Das Pflegeheim Haus am Luisium liegt ruhig am Rand von Waldersee, nahe dem Landschaftspark Luisium, "
            "und betreut pflegebedürftige Seniorinnen und Senioren sowie Menschen mit Demenz. Ehrenamtliche "
            "Besuchsdienste, tiergestützte Aktivierung und Musikangebote gehören zum Alltag. Bewohner*innen des "
            "Hauses waren Gäste der inklusiven Tanzgala des One Community Projekts in der Aula des "
            "Liborius-Gymnasiums."
        ),
        "description_en": (
            "The Haus am Luisium care home lies quietly on the edge of Waldersee, close to the Luisium landscape "
            "park, and cares for older people in need of care and people with dementia. Volunteer visiting "
            "services, animal-assisted activities and music are part of everyday life. Residents of the home were "
            "guests at the One Community Project's inclusive dance gala in the assembly hall of the "
            "Liborius-Gymnasium."
        ),
        "street": "Am Luisium 5",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "waldersee",
        "lat": 51.8491,
        "lon": 12.2883,
        "website": "https://www.haus-am-luisium.example",
        "email": "pflege@haus-am-luisium.example",
        "phone": "0340 21 68 40",
        "topics": ["seniorenarbeit", "inklusion", "kultur"],
        "diversity": ["alter", "behinderung"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Carola Schenk",
                "role": "Pflegedienstleitung",
                "email": "carola.schenk@haus-am-luisium.example",
                "email_public": True,
                "phone": "0340 21 68 41",
                "competencies": ["Pflegeberatung", "Erste Hilfe"],
                "languages": ["de"],
            },
            {
                "name": "Oksana Bondarenko",
                "role": "Betreuungskraft",
                "email": "oksana.bondarenko@haus-am-luisium.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Übersetzung Ukrainisch"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Seniorenheim Muldeblick",
        "kind": "facility",
        "description_de": (
            "Das Seniorenheim Muldeblick ist ein Haus der stationären Altenpflege am Rand der Dessauer Innenstadt "
            "mit Blick in die Muldaue. Ein Team aus Pflegekräften, Alltagsbegleiter*innen und Ehrenamtlichen "
            "gestaltet Tanznachmittage, Andachten und Ausflüge. Bewohner*innen erlebten die inklusive Tanzgala des "
            "One Community Projekts und waren später bei der Premiere von „Noch einmal Walzer“ zu Gast."
        ),
        "description_en": (
            "The Muldeblick care home is a residential care home for older people on the edge of Dessau's city "
            "centre overlooking the Mulde floodplain. A team of nurses, everyday companions and volunteers "
            "organises dance afternoons, prayers and outings. Residents experienced the One Community Project's "
            "inclusive dance gala and were later guests at the premiere of “Noch einmal Walzer”."
        ),
        "street": "Muldstraße 18",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8374,
        "lon": 12.2446,
        "website": "https://www.seniorenheim-muldeblick.example",
        "email": "kontakt@seniorenheim-muldeblick.example",
        "phone": "0340 22 05 60",
        "topics": ["seniorenarbeit", "kultur", "nachbarschaft"],
        "diversity": ["alter", "behinderung", "religion"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Uwe Brandt",
                "role": "Heimleiter",
                "email": "uwe.brandt@seniorenheim-muldeblick.example",
                "email_public": True,
                "phone": "0340 22 05 61",
                "competencies": ["Pflegeberatung", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Fatma Yıldırım",
                "role": "Alltagsbegleiterin",
                "email": "fatma.yildirim@seniorenheim-muldeblick.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Tanzpädagogik"],
                "languages": ["tr", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Caritas-Beratungszentrum Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Im Caritas-Beratungszentrum finden Menschen in schwierigen Lebenslagen Unterstützung – von der "
            "allgemeinen Sozialberatung über die Schuldnerberatung bis zur Migrationsberatung. Die Beratung ist "
            "kostenlos, vertraulich und unabhängig von Herkunft und Religion. Ehrenamtliche Sprachmittler*innen "
            "begleiten auf Wunsch zu Behördenterminen."
        ),
        "description_en": (
            "At the Caritas counselling centre, people in difficult circumstances find support – from general "
            "social counselling and debt counselling to migration counselling. Counselling is free of charge, "
            "confidential and independent of origin and religion. On request, volunteer language mediators "
            "accompany clients to appointments with authorities."
        ),
        "street": "Johannisstraße 8",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8302,
        "lon": 12.2461,
        "website": "https://www.caritas-dessau.example",
        "email": "beratung@caritas-dessau.example",
        "phone": "0340 21 14 70",
        "topics": ["integration", "seniorenarbeit", "nachbarschaft"],
        "diversity": ["ethnische-herkunft", "religion", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Farid Ahmadi",
                "role": "Migrationsberater",
                "email": "farid.ahmadi@caritas-dessau.example",
                "email_public": True,
                "phone": "0340 21 14 72",
                "competencies": ["Migrationsberatung", "Übersetzung Persisch/Dari", "Rechtsberatung Aufenthaltsrecht"],
                "languages": ["fa", "ps", "de", "en"],
            },
            {
                "name": "Susann Kühne",
                "role": "Schuldner- und Insolvenzberaterin",
                "email": "susann.kuehne@caritas-dessau.example",
                "email_public": True,
                "phone": "0340 21 14 73",
                "competencies": ["Schuldnerberatung", "Sozialberatung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Diakonisches Werk im Kirchenkreis Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Das Diakonische Werk unterhält in Dessau-Roßlau Beratungsstellen, einen ambulanten Pflegedienst und "
            "Angebote für Menschen mit Behinderung. Ehrenamtliche engagieren sich im Besuchsdienst, in der "
            "Hospizbegleitung und beim wöchentlichen Mittagstisch. Der Verein ist Partner der "
            "Kooperationsvereinbarung „Engagierte Stadt“."
        ),
        "description_en": (
            "The Diaconal Agency runs counselling centres, an outpatient care service and services for people with "
            "disabilities in Dessau-Roßlau. Volunteers are active in the visiting service, hospice support and the "
            "weekly lunch table. The association is a partner of the “Engaged City” cooperation agreement."
        ),
        "street": "Kantorstraße 3a",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8351,
        "lon": 12.2493,
        "website": "https://www.diakonie-dessau.example",
        "email": "info@diakonie-dessau.example",
        "phone": "0340 25 57 20",
        "topics": ["seniorenarbeit", "inklusion", "nachbarschaft", "integration"],
        "diversity": ["alter", "behinderung", "religion", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Christoph Pfeiffer",
                "role": "Vorstand",
                "email": "christoph.pfeiffer@diakonie-dessau.example",
                "email_public": True,
                "phone": "0340 25 57 21",
                "competencies": ["Fördermittelberatung", "Vereinsrecht und Buchhaltung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Marlene Brösel",
                "role": "Koordinatorin Besuchsdienst",
                "email": "marlene.broesel@diakonie-dessau.example",
                "email_public": True,
                "phone": "0340 25 57 24",
                "competencies": ["Ehrenamtskoordination", "Seniorenbegleitung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "DRK Kreisverband Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Der DRK Kreisverband Dessau e.V. engagiert sich mit Rettungsdienst, Wasserwacht, Jugendrotkreuz, "
            "Seniorenbegegnungsstätten und Kleiderkammer für die Menschen in der Stadt. Zahlreiche Ehrenamtliche "
            "sind in den Bereitschaften, bei Blutspendeterminen und in der Seniorenarbeit aktiv. Regelmäßig bietet "
            "der Verband Erste-Hilfe-Kurse an, auch in Leichter Sprache und mit Übersetzung ins Arabische."
        ),
        "description_en": (
            "The German Red Cross district association Dessau is committed to the people of the city with its "
            "ambulance service, water rescue, Youth Red Cross, senior citizens' meeting places and clothing store. "
            "Numerous volunteers are active in the emergency response units, at blood donation drives and in work "
            "with older people. The association regularly offers first aid courses, also in easy language and with "
            "Arabic interpretation."
        ),
        "street": "Oranienbaumer Straße 40",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8201,
        "lon": 12.2383,
        "website": "https://www.drk-dessau.example",
        "email": "info@drk-dessau.example",
        "phone": "0340 61 66 20",
        "topics": ["seniorenarbeit", "jugendbeteiligung", "inklusion", "nachbarschaft"],
        "diversity": ["alter", "behinderung", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Matthias Vogel",
                "role": "Kreisgeschäftsführer",
                "email": "matthias.vogel@drk-dessau.example",
                "email_public": True,
                "phone": "0340 61 66 21",
                "competencies": ["Fördermittelberatung", "Vereinsrecht und Buchhaltung", "Netzwerkarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Jana Krüger",
                "role": "Leiterin Jugendrotkreuz",
                "email": "jana.krueger@drk-dessau.example",
                "email_public": True,
                "phone": "0340 61 66 26",
                "competencies": ["Jugendarbeit", "Erste Hilfe"],
                "languages": ["de", "en"],
            },
            {
                "name": "Yousef Haj Ali",
                "role": "Ausbilder Erste Hilfe",
                "email": "yousef.haj-ali@drk-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Erste Hilfe", "Übersetzung Arabisch"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Seniorentreff der Volkssolidarität Roßlau",
        "kind": "facility",
        "description_de": (
            "Der Seniorentreff in Roßlau ist ein Ort der Begegnung für ältere Menschen aus Roßlau, Meinsdorf und "
            "den umliegenden Ortschaften. Es gibt Kaffeenachmittage, Gedächtnistraining, Seniorensport und "
            "gemeinsame Ausflüge an die Elbe. Ehrenamtliche Helfer*innen organisieren einen Fahrdienst und "
            "besuchen alleinlebende Mitglieder zu Hause."
        ),
        "description_en": (
            "The senior citizens' meeting place in Roßlau is a place of encounter for older people from Roßlau, "
            "Meinsdorf and the surrounding villages. There are coffee afternoons, memory training, sport for older "
            "people and joint outings to the Elbe. Volunteers run a driving service and visit members who live "
            "alone at home."
        ),
        "street": "Südstraße 12",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8891,
        "lon": 12.2413,
        "website": "https://www.volkssolidaritaet-rosslau.example",
        "email": "seniorentreff@volkssolidaritaet-rosslau.example",
        "phone": "034901 8 42 17",
        "topics": ["seniorenarbeit", "nachbarschaft", "kultur"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Helga Dietrich",
                "role": "Leiterin des Seniorentreffs",
                "email": "helga.dietrich@volkssolidaritaet-rosslau.example",
                "email_public": True,
                "phone": "034901 8 42 18",
                "competencies": ["Seniorenbegleitung", "Veranstaltungsorganisation"],
                "languages": ["de"],
            },
            {
                "name": "Manfred Pohl",
                "role": "Ehrenamtlicher Fahrdienst",
                "email": "manfred.pohl@volkssolidaritaet-rosslau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Lebenshilfe Dessau-Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Die Lebenshilfe setzt sich für Selbstbestimmung und Teilhabe von Menschen mit geistiger Behinderung "
            "und ihren Familien ein. Der Verein betreibt Wohngruppen, einen familienentlastenden Dienst und "
            "Freizeitangebote wie Theater-, Tanz- und Sportgruppen. Alle wichtigen Informationen gibt es auch in "
            "Leichter Sprache."
        ),
        "description_en": (
            "Lebenshilfe campaigns for self-determination and participation of people with intellectual "
            "disabilities and their families. The association runs residential groups, a family relief service and "
            "leisure activities such as theatre, dance and sports groups. All important information is also "
            "available in easy-to-read language."
        ),
        "street": "Kochstedter Kreisstraße 11",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "kochstedt",
        "lat": 51.8021,
        "lon": 12.2023,
        "website": "https://www.lebenshilfe-dessau.example",
        "email": "info@lebenshilfe-dessau.example",
        "phone": "0340 51 77 90",
        "topics": ["inklusion", "sport", "kultur"],
        "diversity": ["behinderung", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Annett Wunderlich",
                "role": "Geschäftsführerin",
                "email": "annett.wunderlich@lebenshilfe-dessau.example",
                "email_public": True,
                "phone": "0340 51 77 91",
                "competencies": ["Fördermittelberatung", "Barrierefreiheit", "Leichte Sprache"],
                "languages": ["de"],
            },
            {
                "name": "Kai Ulbrich",
                "role": "Freizeitpädagoge",
                "email": "kai.ulbrich@lebenshilfe-dessau.example",
                "email_public": True,
                "phone": "0340 51 77 95",
                "competencies": ["Übungsleitung Sport", "Theaterpädagogik"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Seniorenbeirat der Stadt Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Der Seniorenbeirat vertritt die Interessen der älteren Generation gegenüber Stadtrat und Verwaltung. "
            "Seine ehrenamtlichen Mitglieder nehmen Stellung zu Themen wie Barrierefreiheit, Nahverkehr und Pflege "
            "und laden zu Sprechstunden im Rathaus ein. Jedes Jahr organisiert der Beirat die Dessauer "
            "Seniorenwoche mit Vorträgen, Ausflügen und einem Tanznachmittag."
        ),
        "description_en": (
            "The senior citizens' advisory council represents the interests of the older generation towards the "
            "city council and administration. Its volunteer members comment on issues such as accessibility, "
            "public transport and care and hold consultation hours in the town hall. Every year the council "
            "organises the Dessau senior citizens' week with talks, outings and a dance afternoon."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "",
        "email": "seniorenbeirat@dessau-rosslau.example",
        "phone": "",
        "topics": ["seniorenarbeit", "demokratie", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Klaus-Dieter Behrens",
                "role": "Vorsitzender des Seniorenbeirats",
                "email": "klaus-dieter.behrens@dessau-rosslau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Moderation", "Barrierefreiheit"],
                "languages": ["de"],
            },
            {
                "name": "Ingrid Schwalbe",
                "role": "Stellvertretende Vorsitzende",
                "email": "ingrid.schwalbe@dessau-rosslau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Veranstaltungsorganisation"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Jugendforum Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Im Jugendforum entscheiden junge Menschen zwischen 14 und 27 Jahren selbst über den Jugendfonds der "
            "Partnerschaft für Demokratie und fördern damit Projekte von Jugendlichen für Jugendliche. Das Forum "
            "trifft sich monatlich, organisiert Diskussionsabende mit Stadträt*innen und mischt sich in die "
            "Stadtpolitik ein. Neue Mitglieder sind jederzeit willkommen – Vorkenntnisse braucht es nicht."
        ),
        "description_en": (
            "In the youth forum, young people between 14 and 27 decide themselves on the youth fund of the "
            "Partnership for Democracy and use it to support projects by young people for young people. The forum "
            "meets monthly, organises discussion evenings with city councillors and gets involved in local "
            "politics. New members are always welcome – no previous knowledge is needed."
        ),
        "street": "Kavalierstraße 23",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8333,
        "lon": 12.2407,
        "website": "https://www.jugendforum-dessau.example",
        "email": "hallo@jugendforum-dessau.example",
        "phone": "",
        "topics": ["jugendbeteiligung", "demokratie"],
        "diversity": ["alter"],
        "programmes": ["partnerschaft-fuer-demokratie"],
        "trusted": False,
        "contacts": [
            {
                "name": "Lea Schreiber",
                "role": "Sprecherin des Jugendforums",
                "email": "lea.schreiber@jugendforum-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Demokratiebildung", "Social Media", "Jugendarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Amir Haidari",
                "role": "Mitglied im Jugendforum",
                "email": "amir.haidari@jugendforum-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Persisch/Dari", "Social Media"],
                "languages": ["fa", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Partnerschaft für Demokratie Dessau-Roßlau – Koordinierungs- und Fachstelle",
        "kind": "office",
        "description_de": (
            "Die Koordinierungs- und Fachstelle begleitet die Partnerschaft für Demokratie Dessau-Roßlau im "
            "Bundesprogramm „Demokratie leben!“. Sie berät Vereine und Initiativen zum Aktions- und "
            "Initiativfonds, aus dem Projekte mit bis zu 5.000 Euro gefördert werden können, und bereitet die "
            "Sitzungen des Begleitausschusses vor. Außerdem unterstützt sie das Jugendforum und organisiert "
            "jährlich die Demokratiekonferenz."
        ),
        "description_en": (
            "The coordination and specialist office supports the Dessau-Roßlau Partnership for Democracy in the "
            "federal programme “Demokratie leben!”. It advises associations and initiatives on the action and "
            "initiative fund, which can support projects with up to 5,000 euros, and prepares the meetings of the "
            "steering committee. It also supports the youth forum and organises the annual democracy conference."
        ),
        "street": "Friedrichstraße 21",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.838,
        "lon": 12.2479,
        "website": "https://www.pfd-dessau-rosslau.example",
        "email": "fachstelle@pfd-dessau-rosslau.example",
        "phone": "0340 540 89 60",
        "topics": ["demokratie", "integration", "jugendbeteiligung"],
        "diversity": ["ethnische-herkunft", "religion", "sexuelle-orientierung", "soziale-herkunft"],
        "programmes": ["partnerschaft-fuer-demokratie"],
        "trusted": True,
        "contacts": [
            {
                "name": "Christian Seidel",
                "role": "Leiter der Koordinierungs- und Fachstelle",
                "email": "christian.seidel@pfd-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 540 89 61",
                "competencies": ["Fördermittelberatung", "Demokratiebildung", "Netzwerkarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Berivan Aslan",
                "role": "Referentin Aktions- und Initiativfonds",
                "email": "berivan.aslan@pfd-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 540 89 62",
                "competencies": ["Fördermittelberatung", "Antidiskriminierungsberatung"],
                "languages": ["ku", "tr", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Stadtjugendring Dessau-Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Stadtjugendring ist der Dachverband der Jugendverbände und -initiativen in Dessau-Roßlau. Er "
            "vertritt deren Interessen im Jugendhilfeausschuss, verleiht Zelte und Veranstaltungstechnik und "
            "bildet Jugendleiter*innen für die Juleica aus. Kinder- und Jugendfeste wie das Weltkindertagsfest "
            "organisiert der Verein gemeinsam mit seinen Mitgliedsverbänden."
        ),
        "description_en": (
            "The city youth council is the umbrella organisation of youth associations and initiatives in "
            "Dessau-Roßlau. It represents their interests in the youth welfare committee, lends tents and event "
            "equipment and trains youth leaders for the Juleica card. The association organises children's and "
            "youth festivals such as the World Children's Day festival together with its member organisations."
        ),
        "street": "Kavalierstraße 23",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8296,
        "lon": 12.2483,
        "website": "https://www.sjr-dessau.example",
        "email": "info@sjr-dessau.example",
        "phone": "0340 21 33 70",
        "topics": ["jugendbeteiligung", "demokratie", "sport"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Marcel Hübner",
                "role": "Geschäftsführer",
                "email": "marcel.huebner@sjr-dessau.example",
                "email_public": True,
                "phone": "0340 21 33 71",
                "competencies": ["Jugendarbeit", "Veranstaltungstechnik", "Fördermittelberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Sophie Brandenburg",
                "role": "Juleica-Ausbilderin",
                "email": "sophie.brandenburg@sjr-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Jugendarbeit", "Erste Hilfe"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Jugendclub Zoberberg",
        "kind": "facility",
        "description_de": (
            "Der Jugendclub Zoberberg ist ein offener Treff für Kinder und Jugendliche von 10 bis 21 Jahren im "
            "Stadtteil Zoberberg. Neben Billard, Kicker und Kochabenden gibt es Hausaufgabenhilfe, "
            "Bewerbungstrainings und ein kleines Tonstudio. Das Team arbeitet eng mit Streetwork, den Schulen und "
            "dem Boxclub im Stadtteil zusammen."
        ),
        "description_en": (
            "The Zoberberg youth club is an open meeting place for children and young people aged 10 to 21 in the "
            "Zoberberg district. Besides billiards, table football and cooking evenings, it offers homework help, "
            "application training and a small recording studio. The team works closely with street work, the "
            "schools and the boxing club in the district."
        ),
        "street": "Am Zoberberg 12",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "zoberberg",
        "lat": 51.8181,
        "lon": 12.2173,
        "website": "https://www.jugendclub-zoberberg.example",
        "email": "team@jugendclub-zoberberg.example",
        "phone": "0340 85 32 19",
        "topics": ["jugendbeteiligung", "sport", "nachbarschaft", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Ronny Seifert",
                "role": "Sozialpädagoge, Leitung Jugendclub",
                "email": "ronny.seifert@jugendclub-zoberberg.example",
                "email_public": True,
                "phone": "0340 85 32 19",
                "competencies": ["Jugendarbeit", "Bewerbungstraining", "Mediation und Konfliktmoderation"],
                "languages": ["de"],
            },
            {
                "name": "Ahmad Al-Khatib",
                "role": "Honorarkraft Hausaufgabenhilfe",
                "email": "ahmad.al-khatib@jugendclub-zoberberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Hausaufgabenhilfe", "Übersetzung Arabisch"],
                "languages": ["ar", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Mehrgenerationenhaus Krötenhof",
        "kind": "facility",
        "description_de": (
            "Das Mehrgenerationenhaus Krötenhof ist ein Treffpunkt für alle Generationen mit offenem Café, "
            "Werkstätten, Kursen und Beratung. Jung und Alt lernen hier voneinander – in der "
            "Smartphone-Sprechstunde von Jugendlichen für Seniorinnen und Senioren, in der Holzwerkstatt oder beim "
            "gemeinsamen Kochen. Auch das Mitmachlokal der Engagierten Stadt war hier schon zu Gast."
        ),
        "description_en": (
            "The Krötenhof multi-generation house is a meeting place for all generations with an open café, "
            "workshops, courses and counselling. Young and old learn from each other here – in the smartphone "
            "consultation hour run by young people for older people, in the woodwork shop or while cooking "
            "together. The Engaged City's Mitmachlokal (pop-up volunteering café) has also been held here."
        ),
        "street": "Wasserstadt 50",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8363,
        "lon": 12.2413,
        "website": "https://www.kroetenhof.example",
        "email": "info@kroetenhof.example",
        "phone": "0340 21 72 10",
        "topics": ["nachbarschaft", "seniorenarbeit", "jugendbeteiligung", "kultur", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["engagierte-stadt", "quartiersmanagement-soziale-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Anke Hoffmeister",
                "role": "Leiterin des Mehrgenerationenhauses",
                "email": "anke.hoffmeister@kroetenhof.example",
                "email_public": True,
                "phone": "0340 21 72 11",
                "competencies": ["Gemeinwesenarbeit", "Netzwerkarbeit", "Fördermittelberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Tran Van Minh",
                "role": "Ehrenamtlicher Kursleiter Smartphone-Sprechstunde",
                "email": "tran.van-minh@kroetenhof.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Medienkompetenz", "Übersetzung Vietnamesisch"],
                "languages": ["vi", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Frauen- und Familienzentrum Lichtblick e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein Lichtblick betreibt ein Frauen- und Familienzentrum mit offenem Treff, Krabbelgruppe und "
            "Beratung für Alleinerziehende. Ein Schwerpunkt sind Sprach- und Begegnungsangebote für Frauen mit "
            "Fluchtgeschichte, während derer Kinderbetreuung angeboten wird. Außerdem unterstützt der Verein "
            "Frauen beim beruflichen Wiedereinstieg."
        ),
        "description_en": (
            "The Lichtblick association runs a women's and family centre with an open meeting place, a toddler "
            "group and counselling for single parents. One focus is language and meeting offers for women with a "
            "refugee background, with childcare provided during the sessions. The association also supports women "
            "returning to work."
        ),
        "street": "Peterholzstraße 46",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8162,
        "lon": 12.2426,
        "website": "https://www.lichtblick-dessau.example",
        "email": "kontakt@lichtblick-dessau.example",
        "phone": "0340 65 01 28",
        "topics": ["integration", "bildung", "nachbarschaft"],
        "diversity": ["geschlecht", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Nadine Fiebig",
                "role": "Vorsitzende",
                "email": "nadine.fiebig@lichtblick-dessau.example",
                "email_public": True,
                "phone": "0340 65 01 29",
                "competencies": ["Sozialberatung", "Kinderbetreuung", "Fördermittelberatung"],
                "languages": ["de"],
            },
            {
                "name": "Zahra Hosseini",
                "role": "Kursleiterin Frauensprachkurs",
                "email": "zahra.hosseini@lichtblick-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Deutsch als Zweitsprache", "Übersetzung Persisch/Dari"],
                "languages": ["fa", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Queer in Dessau-Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein ist Anlaufstelle für lesbische, schwule, bi, trans*, inter* und queere Menschen in "
            "Dessau-Roßlau und Umgebung. Er organisiert einen monatlichen Stammtisch, eine Jugendgruppe und "
            "gemeinsam mit Partnern den Christopher Street Day in Dessau. Für Schulen und Verwaltung bietet er "
            "Fortbildungen zu geschlechtlicher und sexueller Vielfalt an."
        ),
        "description_en": (
            "The association is a point of contact for lesbian, gay, bi, trans*, inter* and queer people in and "
            "around Dessau-Roßlau. It organises a monthly get-together, a youth group and, with partners, "
            "Christopher Street Day in Dessau. It offers training on gender and sexual diversity for schools and "
            "the administration."
        ),
        "street": "Askanische Straße 24",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8314,
        "lon": 12.2412,
        "website": "https://www.queer-dessau.example",
        "email": "hallo@queer-dessau.example",
        "phone": "",
        "topics": ["demokratie", "kultur", "jugendbeteiligung"],
        "diversity": ["sexuelle-orientierung", "geschlecht"],
        "programmes": ["partnerschaft-fuer-demokratie", "vielfaltsgestalter"],
        "trusted": False,
        "contacts": [
            {
                "name": "Robin Achterberg",
                "role": "Vorstand",
                "email": "robin.achterberg@queer-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Antidiskriminierungsberatung", "Demokratiebildung", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Mira Kessler",
                "role": "Leitung Jugendgruppe",
                "email": "mira.kessler@queer-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Jugendarbeit", "Antidiskriminierungsberatung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Ukrainische Gemeinschaft Dessau-Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein wurde 2022 von Geflüchteten aus der Ukraine und seit Langem in Dessau lebenden "
            "Ukrainer*innen gegründet. Er bietet eine Samstagsschule auf Ukrainisch, Unterstützung bei "
            "Behördenfragen und Kulturabende mit Musik und Tanz. Ehrenamtliche Dolmetscher*innen begleiten "
            "Familien zu Arztpraxen, Schulen und Ämtern."
        ),
        "description_en": (
            "The association was founded in 2022 by refugees from Ukraine and Ukrainians who have lived in Dessau "
            "for a long time. It offers a Saturday school in Ukrainian, help with official matters and cultural "
            "evenings with music and dance. Volunteer interpreters accompany families to doctors, schools and "
            "public offices."
        ),
        "street": "Elisabethstraße 17",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8475,
        "lon": 12.2342,
        "website": "https://www.ukraina-dessau.example",
        "email": "info@ukraina-dessau.example",
        "phone": "0340 58 41 26",
        "topics": ["integration", "kultur", "bildung"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": ["vielfaltsgestalter"],
        "trusted": False,
        "contacts": [
            {
                "name": "Olena Kovalenko",
                "role": "Vorsitzende",
                "email": "olena.kovalenko@ukraina-dessau.example",
                "email_public": True,
                "phone": "0340 58 41 26",
                "competencies": ["Übersetzung Ukrainisch", "Übersetzung Russisch", "Netzwerkarbeit"],
                "languages": ["uk", "ru", "de"],
            },
            {
                "name": "Andrii Melnyk",
                "role": "Leiter der Samstagsschule",
                "email": "andrii.melnyk@ukraina-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Hausaufgabenhilfe"],
                "languages": ["uk", "de", "en"],
            },
            {
                "name": "Iryna Shevchuk",
                "role": "Ehrenamtliche Dolmetscherin",
                "email": "iryna.shevchuk@ukraina-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Übersetzung Russisch"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Deutsch-Arabischer Kulturverein Brücke e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein „Brücke“ bringt arabischsprachige und deutsche Nachbar*innen im Quartier Am Leipziger Tor "
            "zusammen. Er bietet Hausaufgabenhilfe, einen Arabischkurs für Kinder, ein Frauencafé und gemeinsame "
            "Feste wie das Nachbarschafts-Fastenbrechen im Ramadan an. Seine Mitglieder übersetzen ehrenamtlich "
            "bei Elternabenden und Veranstaltungen."
        ),
        "description_en": (
            "The “Brücke” (bridge) association brings Arabic-speaking and German neighbours together in the Am "
            "Leipziger Tor quarter. It offers homework help, an Arabic course for children, a women's café and "
            "joint celebrations such as a neighbourhood fast-breaking meal during Ramadan. Its members interpret "
            "on a voluntary basis at parents' evenings and events."
        ),
        "street": "Mendelssohnstraße 9",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "am-leipziger-tor",
        "lat": 51.825,
        "lon": 12.2458,
        "website": "https://www.bruecke-dessau.example",
        "email": "info@bruecke-dessau.example",
        "phone": "0340 58 70 33",
        "topics": ["integration", "kultur", "bildung", "nachbarschaft"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": ["quartiersmanagement-soziale-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Mohammed Al-Masri",
                "role": "Vorsitzender",
                "email": "mohammed.al-masri@bruecke-dessau.example",
                "email_public": True,
                "phone": "0340 58 70 33",
                "competencies": ["Übersetzung Arabisch", "Migrationsberatung", "Veranstaltungsorganisation"],
                "languages": ["ar", "de", "en"],
            },
            {
                "name": "Hanan Yousef",
                "role": "Koordinatorin Hausaufgabenhilfe",
                "email": "hanan.yousef@bruecke-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Hausaufgabenhilfe", "Übersetzung Arabisch", "Deutsch als Zweitsprache"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Afrika-Forum Anhalt e.V.",
        "kind": "verein",
        "description_de": (
            "Das Afrika-Forum Anhalt ist ein Zusammenschluss von Menschen afrikanischer Herkunft und Freund*innen "
            "Afrikas in Dessau-Roßlau und Umgebung. Der Verein organisiert Workshops gegen Rassismus an Schulen, "
            "afrikanische Kulturtage sowie Trommel- und Tanzkurse. Neuangekommene erhalten Orientierung und "
            "Begleitung durch Mentor*innen aus der Community."
        ),
        "description_en": (
            "Afrika-Forum Anhalt is an association of people of African origin and friends of Africa in and around "
            "Dessau-Roßlau. It organises anti-racism workshops in schools, African culture days and drumming and "
            "dance classes. Newcomers receive orientation and support from mentors from the community."
        ),
        "street": "Wolfgangstraße 12",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8386,
        "lon": 12.2431,
        "website": "https://www.afrika-forum-anhalt.example",
        "email": "info@afrika-forum-anhalt.example",
        "phone": "",
        "topics": ["integration", "kultur", "demokratie", "bildung"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Kwame Mensah",
                "role": "Vorsitzender",
                "email": "kwame.mensah@afrika-forum-anhalt.example",
                "email_public": True,
                "phone": "0340 86 44 19",
                "competencies": ["Antidiskriminierungsberatung", "Demokratiebildung", "Übersetzung Englisch"],
                "languages": ["en", "tw", "de"],
            },
            {
                "name": "Fatou Ndiaye",
                "role": "Kulturreferentin, Tanzkurse",
                "email": "fatou.ndiaye@afrika-forum-anhalt.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Tanzpädagogik", "Kulturelle Bildung"],
                "languages": ["fr", "wo", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Deutsch-Vietnamesischer Verein Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein pflegt seit über dreißig Jahren die Verbindung zwischen vietnamesischen und deutschen "
            "Dessauerinnen und Dessauern; viele Mitglieder kamen einst als Vertragsarbeiter*innen in die DDR. Er "
            "organisiert das Tết-Neujahrsfest, Vietnamesischkurse für Kinder und Beratung zu Aufenthalt und "
            "Selbstständigkeit. Ältere Mitglieder erzählen ihre Geschichte als Zeitzeug*innen in Schulen."
        ),
        "description_en": (
            "For more than thirty years the association has fostered the bond between Vietnamese and German "
            "residents of Dessau; many members originally came to the GDR as contract workers. It organises the "
            "Tết New Year festival, Vietnamese classes for children and advice on residence and self-employment. "
            "Older members tell their stories as contemporary witnesses in schools."
        ),
        "street": "Oranienbaumer Straße 62",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.821,
        "lon": 12.2412,
        "website": "https://www.vietnam-dessau.example",
        "email": "info@vietnam-dessau.example",
        "phone": "0340 66 12 84",
        "topics": ["integration", "kultur", "bildung"],
        "diversity": ["ethnische-herkunft", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Lan Nguyen",
                "role": "Vorsitzende",
                "email": "lan.nguyen@vietnam-dessau.example",
                "email_public": True,
                "phone": "0340 66 12 84",
                "competencies": ["Übersetzung Vietnamesisch", "Migrationsberatung"],
                "languages": ["vi", "de"],
            },
            {
                "name": "Duc Pham",
                "role": "Jugendwart",
                "email": "duc.pham@vietnam-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Jugendarbeit", "Übersetzung Vietnamesisch", "Social Media"],
                "languages": ["vi", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "International Student Club Dessau",
        "kind": "initiative",
        "description_de": (
            "Der International Student Club ist eine Initiative von Studierenden der Hochschule Anhalt aus aller "
            "Welt. Er organisiert Länderabende, Stadtspaziergänge für Neuankömmlinge sowie Fußball- und "
            "Cricketturniere und vermittelt Sprachtandems. Mitglieder des Clubs wirkten bei den Konzerten und dem "
            "Musikvideo des One Community Projekts mit."
        ),
        "description_en": (
            "The International Student Club is an initiative of students of Anhalt University of Applied Sciences "
            "from all over the world. It organises country evenings, city walks for newcomers and football and "
            "cricket tournaments, and arranges language tandems. Members of the club took part in the One "
            "Community Project's concerts and music video."
        ),
        "street": "Bauhausstraße 5",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8393,
        "lon": 12.2301,
        "website": "https://www.isc-dessau.example",
        "email": "hello@isc-dessau.example",
        "phone": "",
        "topics": ["integration", "kultur", "sport"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Priya Raghunathan",
                "role": "Präsidentin",
                "email": "priya.raghunathan@isc-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Veranstaltungsorganisation", "Social Media", "Übersetzung Englisch"],
                "languages": ["en", "ta", "hi", "de"],
            },
            {
                "name": "Camila Rojas",
                "role": "Tandem-Koordinatorin",
                "email": "camila.rojas@isc-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Englisch", "Netzwerkarbeit"],
                "languages": ["es", "en", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Willkommensnetzwerk Dessau-Süd",
        "kind": "initiative",
        "description_de": (
            "Das Willkommensnetzwerk entstand 2015 als Nachbarschaftsinitiative und begleitet seitdem Geflüchtete "
            "in Dessau-Süd und auf dem Zoberberg. Ehrenamtliche Pat*innen helfen bei Wohnungssuche, Behördengängen "
            "und beim Deutschlernen. Das wöchentliche Begegnungscafé im Gemeindehaus ist offen für alle."
        ),
        "description_en": (
            "The welcome network started in 2015 as a neighbourhood initiative and has since supported refugees in "
            "Dessau-Süd and Zoberberg. Volunteer mentors help with finding a flat, dealing with authorities and "
            "learning German. The weekly meeting café in the parish hall is open to everyone."
        ),
        "street": "Oranienbaumer Straße 15",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8153,
        "lon": 12.2378,
        "website": "",
        "email": "willkommen.dessau-sued@posteo.example",
        "phone": "",
        "topics": ["integration", "nachbarschaft", "bildung"],
        "diversity": ["ethnische-herkunft", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Hannelore Wiesner",
                "role": "Sprecherin",
                "email": "hannelore.wiesner@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Ehrenamtskoordination", "Migrationsberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Abdulkarim Osman",
                "role": "Pate und Sprachmittler",
                "email": "abdulkarim.osman@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Deutsch als Zweitsprache"],
                "languages": ["ar", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Sprachcafé Vielfalt",
        "kind": "initiative",
        "description_de": (
            "Jeden Donnerstagabend treffen sich im Sprachcafé Menschen, die Deutsch üben oder andere Sprachen "
            "kennenlernen wollen. Ehrenamtliche Gesprächspartner*innen moderieren Tische auf Deutsch, Englisch, "
            "Arabisch und Ukrainisch. Das Angebot ist kostenlos, ohne Anmeldung und findet in der Stadtbibliothek "
            "statt."
        ),
        "description_en": (
            "Every Thursday evening, people who want to practise German or get to know other languages meet at the "
            "language café. Volunteer conversation partners host tables in German, English, Arabic and Ukrainian. "
            "It is free of charge, requires no registration and takes place in the city library."
        ),
        "street": "Zerbster Straße 10",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8289,
        "lon": 12.244,
        "website": "",
        "email": "sprachcafe.vielfalt@web.example",
        "phone": "",
        "topics": ["integration", "bildung", "nachbarschaft"],
        "diversity": ["ethnische-herkunft", "alter"],
        "programmes": ["vielfaltsgestalter"],
        "trusted": False,
        "contacts": [
            {
                "name": "Johanna Weber",
                "role": "Initiatorin",
                "email": "johanna.weber@web.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Deutsch als Zweitsprache", "Moderation"],
                "languages": ["de", "en", "es"],
            },
            {
                "name": "Natalia Petrenko",
                "role": "Tischpatin Ukrainisch",
                "email": "natalia.petrenko@web.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Deutsch als Zweitsprache"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Stadtbibliothek Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Die Stadtbibliothek mit Zentralbibliothek in der Innenstadt und einer Zweigstelle in Roßlau bietet "
            "Medien in vielen Sprachen, Lesungen und Leseförderung für Kinder. Zum Bundesweiten Vorlesetag am 15. "
            "November 2024 lasen Ehrenamtliche, Stadträt*innen und Mitarbeitende der Stadtverwaltung für "
            "Schulklassen und Kitagruppen. Im Veranstaltungsraum finden das Sprachcafé und Schulungen für "
            "Ehrenamtliche statt."
        ),
        "description_en": (
            "The city library, with its central library in the city centre and a branch in Roßlau, offers media in "
            "many languages, readings and reading promotion for children. On the nationwide Reading Aloud Day on "
            "15 November 2024, volunteers, city councillors and city staff read to school classes and kindergarten "
            "groups. The event room hosts the language café and training sessions for volunteers."
        ),
        "street": "Zerbster Straße 10",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8348,
        "lon": 12.2504,
        "website": "https://www.stadtbibliothek-dessau.example",
        "email": "info@stadtbibliothek-dessau.example",
        "phone": "0340 204-2645",
        "topics": ["bildung", "kultur", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Kerstin Rudolph",
                "role": "Leiterin der Stadtbibliothek",
                "email": "kerstin.rudolph@stadtbibliothek-dessau.example",
                "email_public": True,
                "phone": "0340 204-2646",
                "competencies": ["Kulturelle Bildung", "Netzwerkarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Sven Gärtner",
                "role": "Bibliothekar Leseförderung",
                "email": "sven.gaertner@stadtbibliothek-dessau.example",
                "email_public": True,
                "phone": "0340 204-2648",
                "competencies": ["Kulturelle Bildung", "Medienkompetenz"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Volkshochschule Dessau-Roßlau",
        "kind": "school",
        "description_de": (
            "Die Volkshochschule bietet Kurse in Sprachen, Gesundheit, Kultur und beruflicher Bildung sowie "
            "Integrations- und Alphabetisierungskurse an. Als Partnerin der Initiative Weiterbildung unterstützt "
            "sie lebenslanges Lernen für alle Altersgruppen. Für Ehrenamtliche gibt es regelmäßig kostenfreie "
            "Schulungen, zum Beispiel zu Vereinsrecht und Öffentlichkeitsarbeit."
        ),
        "description_en": (
            "The adult education centre offers courses in languages, health, culture and vocational training as "
            "well as integration and literacy courses. As a partner of the Continuing Education Initiative it "
            "supports lifelong learning for all age groups. Volunteers regularly get free training, for example on "
            "association law and public relations."
        ),
        "street": "Erdmannsdorffstraße 3",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8321,
        "lon": 12.2501,
        "website": "https://www.vhs-dessau.example",
        "email": "info@vhs-dessau.example",
        "phone": "0340 204-2356",
        "topics": ["bildung", "integration", "kultur"],
        "diversity": ["alter", "ethnische-herkunft", "soziale-herkunft"],
        "programmes": ["initiative-weiterbildung"],
        "trusted": False,
        "contacts": [
            {
                "name": "Dirk Engel",
                "role": "Leiter der Volkshochschule",
                "email": "dirk.engel@vhs-dessau.example",
                "email_public": True,
                "phone": "0340 204-2357",
                "competencies": ["Projektmanagement", "Berufsorientierung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Agnieszka Nowak",
                "role": "Fachbereichsleiterin Deutsch und Integration",
                "email": "agnieszka.nowak@vhs-dessau.example",
                "email_public": True,
                "phone": "0340 204-2359",
                "competencies": ["Deutsch als Zweitsprache", "Migrationsberatung"],
                "languages": ["pl", "de", "en", "ru"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Freiwilligenagentur Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Die Freiwilligenagentur vermittelt Menschen, die sich engagieren möchten, an passende Einsatzstellen "
            "in Vereinen, Einrichtungen und Initiativen. Sie berät Organisationen zum Ehrenamtsmanagement, bietet "
            "Schulungen an und stellt Ehrenamtsnachweise aus. Einmal im Jahr lädt sie zur Engagementbörse auf dem "
            "Marktplatz ein."
        ),
        "description_en": (
            "The volunteer agency matches people who want to get involved with suitable placements in "
            "associations, institutions and initiatives. It advises organisations on volunteer management, offers "
            "training and issues volunteering certificates. Once a year it hosts the volunteering fair on the "
            "market square."
        ),
        "street": "Ratsgasse 2",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8392,
        "lon": 12.2458,
        "website": "https://www.freiwillig-dessau.example",
        "email": "info@freiwillig-dessau.example",
        "phone": "0340 26 19 44",
        "topics": ["nachbarschaft", "seniorenarbeit", "jugendbeteiligung", "integration"],
        "diversity": ["alter", "soziale-herkunft", "behinderung"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Yvonne Liebig",
                "role": "Leiterin",
                "email": "yvonne.liebig@freiwillig-dessau.example",
                "email_public": True,
                "phone": "0340 26 19 45",
                "competencies": ["Ehrenamtskoordination", "Netzwerkarbeit", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
            {
                "name": "Paul Reinhardt",
                "role": "Freiwilliger im Bundesfreiwilligendienst",
                "email": "paul.reinhardt@freiwillig-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Social Media", "Fotografie"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Nachbarschaftsgarten Leipziger Tor",
        "kind": "initiative",
        "description_de": (
            "Auf einer früheren Brachfläche gärtnern Nachbar*innen aus acht Nationen gemeinsam in Hochbeeten. Die "
            "Initiative lädt zu Pflanzentauschbörsen, Kochabenden mit Gemüse aus dem Garten und Umweltbildung für "
            "Kitakinder ein. Unterstützt wird sie vom Quartiersmanagement Am Leipziger Tor."
        ),
        "description_en": (
            "On a former wasteland, neighbours from eight nations garden together in raised beds. The initiative "
            "hosts plant swaps, cooking evenings with vegetables from the garden and environmental education for "
            "kindergarten children. It is supported by the Am Leipziger Tor neighbourhood management."
        ),
        "street": "Leipziger Straße 52",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "am-leipziger-tor",
        "lat": 51.8298,
        "lon": 12.2444,
        "website": "",
        "email": "garten.leipzigertor@posteo.example",
        "phone": "",
        "topics": ["nachbarschaft", "klimaschutz", "integration"],
        "diversity": ["ethnische-herkunft", "alter", "soziale-herkunft"],
        "programmes": ["quartiersmanagement-soziale-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Maik Zimmermann",
                "role": "Gartensprecher",
                "email": "maik.zimmermann@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Umweltbildung", "Gemeinwesenarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Saida Rahimi",
                "role": "Organisatorin der Kochabende",
                "email": "saida.rahimi@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Persisch/Dari", "Veranstaltungsorganisation"],
                "languages": ["fa", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Klimaschutzmanagement der Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Das Klimaschutzmanagement koordiniert die Umsetzung des städtischen Klimaschutzkonzepts und berät "
            "Vereine, Schulen und Unternehmen zu Energiesparen und Klimaanpassung. Es unterstützt Bürgerprojekte "
            "wie Baumpflanzaktionen, Repair-Cafés und das Stadtradeln. Engagierte können hier Material für "
            "Aktionen ausleihen und sich zu Fördermöglichkeiten beraten lassen."
        ),
        "description_en": (
            "The climate protection management coordinates the implementation of the city's climate protection "
            "plan and advises associations, schools and businesses on saving energy and climate adaptation. It "
            "supports citizens' projects such as tree planting, repair cafés and the City Cycling campaign. "
            "Volunteers can borrow materials for campaigns and get advice on funding opportunities."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/klimaschutz",
        "email": "klimaschutz@dessau-rosslau.example",
        "phone": "0340 204-1870",
        "topics": ["klimaschutz", "bildung", "wirtschaft-csr"],
        "diversity": ["alter"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Lukas Baumgart",
                "role": "Klimaschutzmanager",
                "email": "lukas.baumgart@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1871",
                "competencies": ["Energie- und Klimaberatung", "Umweltbildung", "Fördermittelberatung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Gleichstellungsbeauftragte der Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Die Gleichstellungsbeauftragte setzt sich für die Gleichberechtigung der Geschlechter in "
            "Stadtverwaltung und Stadtgesellschaft ein. Sie koordiniert den Aktionstag zum Internationalen "
            "Frauentag, das Netzwerk gegen häusliche Gewalt und Angebote zur Vereinbarkeit von Familie und Beruf. "
            "Vereine erhalten bei ihr Beratung zu geschlechtergerechter Sprache und Ansprache."
        ),
        "description_en": (
            "The equal opportunities officer works for gender equality in the city administration and in society. "
            "She coordinates the action day for International Women's Day, the network against domestic violence "
            "and offers for reconciling family and work. Associations can get advice from her on gender-fair "
            "language and outreach."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/gleichstellung",
        "email": "gleichstellung@dessau-rosslau.example",
        "phone": "0340 204-1135",
        "topics": ["demokratie", "integration"],
        "diversity": ["geschlecht", "sexuelle-orientierung"],
        "programmes": [],
        "trusted": True,
        "contacts": [
            {
                "name": "Claudia Rehfeld",
                "role": "Gleichstellungsbeauftragte",
                "email": "claudia.rehfeld@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1136",
                "competencies": ["Antidiskriminierungsberatung", "Netzwerkarbeit", "Moderation"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Beauftragte für Menschen mit Behinderungen der Stadt Dessau-Roßlau",
        "kind": "office",
        "description_de": (
            "Die Beauftragte für Menschen mit Behinderungen berät Bürger*innen, Vereine und Verwaltung zu "
            "Barrierefreiheit und Teilhabe. Sie prüft Bauvorhaben und Veranstaltungskonzepte, vermittelt "
            "Gebärdensprachdolmetscher*innen und fördert Informationen in Leichter Sprache. Gemeinsam mit dem "
            "Behindertenbeirat schreibt sie den Aktionsplan Inklusion der Stadt fort."
        ),
        "description_en": (
            "The commissioner for people with disabilities advises residents, associations and the administration "
            "on accessibility and participation. She reviews building projects and event plans, arranges sign "
            "language interpreters and promotes information in easy-to-read language. Together with the disability "
            "advisory council she updates the city's inclusion action plan."
        ),
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.83358,
        "lon": 12.24466,
        "website": "https://www.dessau-rosslau.example/inklusion",
        "email": "behindertenbeauftragte@dessau-rosslau.example",
        "phone": "0340 204-1138",
        "topics": ["inklusion", "seniorenarbeit"],
        "diversity": ["behinderung", "alter"],
        "programmes": [],
        "trusted": True,
        "contacts": [
            {
                "name": "Ulrike Sander",
                "role": "Behindertenbeauftragte",
                "email": "ulrike.sander@dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 204-1139",
                "competencies": ["Barrierefreiheit", "Leichte Sprache", "Gebärdensprache"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Pflegestützpunkt Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Der Pflegestützpunkt berät Pflegebedürftige, Angehörige sowie Seniorinnen und Senioren kostenfrei und "
            "neutral zu Leistungen der Pflegeversicherung, Wohnraumanpassung und Entlastungsangeboten. Auf Wunsch "
            "kommen die Beraterinnen auch nach Hause. Mit Seniorenheimen und ehrenamtlichen Besuchsdiensten "
            "arbeitet der Stützpunkt eng zusammen."
        ),
        "description_en": (
            "The care support centre gives free and neutral advice to people in need of care, their relatives and "
            "older people on long-term care insurance benefits, home adaptation and respite services. On request, "
            "the advisers also make home visits. The centre works closely with care homes and volunteer visiting "
            "services."
        ),
        "street": "Ferdinand-von-Schill-Straße 33",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8282,
        "lon": 12.247,
        "website": "https://www.pflegestuetzpunkt-dessau.example",
        "email": "info@pflegestuetzpunkt-dessau.example",
        "phone": "0340 204-2188",
        "topics": ["seniorenarbeit", "inklusion"],
        "diversity": ["alter", "behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Sandra Haupt",
                "role": "Pflegeberaterin",
                "email": "sandra.haupt@pflegestuetzpunkt-dessau.example",
                "email_public": True,
                "phone": "0340 204-2189",
                "competencies": ["Pflegeberatung", "Sozialberatung"],
                "languages": ["de"],
            },
            {
                "name": "Irina Wagner",
                "role": "Pflegeberaterin",
                "email": "irina.wagner@pflegestuetzpunkt-dessau.example",
                "email_public": True,
                "phone": "0340 204-2190",
                "competencies": ["Pflegeberatung", "Übersetzung Russisch"],
                "languages": ["de", "ru"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Ambulanter Hospizverein Anhalt e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein begleitet schwerkranke und sterbende Menschen sowie ihre Angehörigen – zu Hause, im "
            "Krankenhaus und in Seniorenheimen. Ehrenamtliche Hospizbegleiter*innen werden in einem "
            "Qualifizierungskurs vorbereitet und von hauptamtlichen Koordinatorinnen unterstützt. Ein monatliches "
            "Trauercafé bietet Raum für Gespräch und Austausch."
        ),
        "description_en": (
            "The association accompanies seriously ill and dying people and their relatives – at home, in hospital "
            "and in care homes. Volunteer hospice companions are prepared in a qualification course and supported "
            "by professional coordinators. A monthly bereavement café offers space for conversation and exchange."
        ),
        "street": "Auenweg 12",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "alten",
        "lat": 51.8251,
        "lon": 12.2043,
        "website": "https://www.hospiz-anhalt.example",
        "email": "info@hospiz-anhalt.example",
        "phone": "0340 50 18 66",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "diversity": ["alter", "religion"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Gudrun Hessel",
                "role": "Koordinatorin Hospizdienst",
                "email": "gudrun.hessel@hospiz-anhalt.example",
                "email_public": True,
                "phone": "0340 50 18 67",
                "competencies": ["Ehrenamtskoordination", "Seniorenbegleitung", "Pflegeberatung"],
                "languages": ["de"],
            },
            {
                "name": "Wolfgang Mertens",
                "role": "Vorsitzender",
                "email": "wolfgang.mertens@hospiz-anhalt.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Vereinsrecht und Buchhaltung", "Mediation und Konfliktmoderation"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Lesepaten Dessau-Roßlau",
        "kind": "initiative",
        "description_de": (
            "Rund 40 Lesepatinnen und Lesepaten – viele von ihnen im Ruhestand – lesen regelmäßig in Kitas, "
            "Grundschulen und Horten vor. Die Initiative wird von der Stadtbibliothek begleitet und beteiligt sich "
            "jedes Jahr am Bundesweiten Vorlesetag. Neue Lesepat*innen erhalten eine kurze Einführung und werden "
            "an eine Einrichtung in ihrer Nähe vermittelt."
        ),
        "description_en": (
            "Around 40 reading mentors – many of them retired – regularly read aloud in kindergartens, primary "
            "schools and after-school clubs. The initiative is supported by the city library and takes part in the "
            "nationwide Reading Aloud Day every year. New reading mentors get a short introduction and are placed "
            "with an institution near them."
        ),
        "street": "Zerbster Straße 10",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8358,
        "lon": 12.2435,
        "website": "",
        "email": "lesepaten-dessau@posteo.example",
        "phone": "",
        "topics": ["bildung", "jugendbeteiligung", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Renate Kuhlmann",
                "role": "Sprecherin der Lesepaten",
                "email": "renate.kuhlmann@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Ehrenamtskoordination", "Kulturelle Bildung"],
                "languages": ["de"],
            },
            {
                "name": "Günter Schramm",
                "role": "Lesepate",
                "email": "guenter.schramm@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Kulturelle Bildung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Evangelische Kirchengemeinde St. Johannis Dessau",
        "kind": "church",
        "description_de": (
            "Die Gemeinde lädt in die Johanniskirche zu Gottesdiensten, Kirchenmusik und Ausstellungen ein; die "
            "Kirche beherbergt bedeutende Gemälde aus der Cranach-Werkstatt. Ehrenamtliche gestalten "
            "Seniorennachmittage, einen Besuchsdienst und die offene Kirche im Sommer. Die Gemeinde engagiert sich "
            "im Friedensgebet und im interreligiösen Dialog der Stadt."
        ),
        "description_en": (
            "The parish welcomes people to St John's Church for services, church music and exhibitions; the church "
            "houses important paintings from the Cranach workshop. Volunteers organise afternoons for older "
            "people, a visiting service and the open church in summer. The parish is involved in the peace prayer "
            "and in the city's interfaith dialogue."
        ),
        "street": "Johannisstraße 12",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8319,
        "lon": 12.2478,
        "website": "https://www.johannis-dessau.example",
        "email": "gemeindebuero@johannis-dessau.example",
        "phone": "0340 21 40 11",
        "topics": ["kultur", "seniorenarbeit", "integration", "nachbarschaft"],
        "diversity": ["religion", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Ruth Albrecht",
                "role": "Pfarrerin",
                "email": "ruth.albrecht@johannis-dessau.example",
                "email_public": True,
                "phone": "0340 21 40 12",
                "competencies": ["Seniorenbegleitung", "Mediation und Konfliktmoderation", "Moderation"],
                "languages": ["de", "en"],
            },
            {
                "name": "Hans-Jürgen Krebs",
                "role": "Kirchenältester, Seniorenarbeit",
                "email": "hans-juergen.krebs@johannis-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Veranstaltungsorganisation"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Katholische Propsteigemeinde St. Peter und Paul Dessau",
        "kind": "church",
        "description_de": (
            "Die katholische Propsteigemeinde mit Kirchorten in Dessau und Roßlau ist international geprägt: "
            "Gottesdienste werden auch auf Polnisch, Englisch und Vietnamesisch gefeiert. Caritas-Helferkreise, "
            "Kinder- und Jugendgruppen und der Kirchenchor laden zum Mitmachen ein. Die Gemeinde ist eng mit dem "
            "Liborius-Gymnasium verbunden, dessen Adventskonzert traditionell in der Propsteikirche stattfindet."
        ),
        "description_en": (
            "The Catholic provost parish, with churches in Dessau and Roßlau, has an international character: "
            "services are also held in Polish, English and Vietnamese. Caritas volunteer groups, children's and "
            "youth groups and the church choir invite people to join in. The parish is closely linked to the "
            "Liborius-Gymnasium, whose Advent concert traditionally takes place in the provost church."
        ),
        "street": "Wallstraße 8",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8367,
        "lon": 12.2464,
        "website": "https://www.propstei-dessau.example",
        "email": "pfarrbuero@propstei-dessau.example",
        "phone": "0340 21 23 40",
        "topics": ["integration", "kultur", "seniorenarbeit", "jugendbeteiligung"],
        "diversity": ["religion", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Paweł Wiśniewski",
                "role": "Pfarrvikar",
                "email": "pawel.wisniewski@propstei-dessau.example",
                "email_public": True,
                "phone": "0340 21 23 41",
                "competencies": ["Mediation und Konfliktmoderation", "Seniorenbegleitung"],
                "languages": ["pl", "de", "en"],
            },
            {
                "name": "Monika Haase",
                "role": "Gemeindereferentin",
                "email": "monika.haase@propstei-dessau.example",
                "email_public": True,
                "phone": "0340 21 23 42",
                "competencies": ["Jugendarbeit", "Ehrenamtskoordination"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Islamische Gemeinde Dessau e.V.",
        "kind": "church",
        "description_de": (
            "Die Islamische Gemeinde unterhält einen Gebetsraum und ein Gemeindezentrum für Muslim*innen "
            "unterschiedlicher Herkunft. Neben dem Freitagsgebet bietet sie Hausaufgabenhilfe, Deutschkurse und "
            "jedes Jahr am 3. Oktober einen Tag der offenen Moschee an. Die Gemeinde beteiligt sich an "
            "interreligiösen Friedensgebeten und an Stadtteilfesten."
        ),
        "description_en": (
            "The Islamic community runs a prayer room and community centre for Muslims of different origins. "
            "Besides Friday prayers, it offers homework help, German courses and an Open Mosque Day every year on "
            "3 October. The community takes part in interfaith peace prayers and district festivals."
        ),
        "street": "Törtener Straße 44",
        "postcode": "06849",
        "city": "Dessau-Roßlau",
        "district": "toerten",
        "lat": 51.8101,
        "lon": 12.2263,
        "website": "https://www.moschee-dessau.example",
        "email": "info@moschee-dessau.example",
        "phone": "0340 85 91 37",
        "topics": ["integration", "bildung", "nachbarschaft"],
        "diversity": ["religion", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Mehmet Yılmaz",
                "role": "Vorsitzender",
                "email": "mehmet.yilmaz@moschee-dessau.example",
                "email_public": True,
                "phone": "0340 85 91 37",
                "competencies": ["Netzwerkarbeit", "Mediation und Konfliktmoderation"],
                "languages": ["tr", "de", "ar"],
            },
            {
                "name": "Rasha Khalil",
                "role": "Ansprechpartnerin Frauenarbeit",
                "email": "rasha.khalil@moschee-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Deutsch als Zweitsprache", "Hausaufgabenhilfe"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Jüdische Gemeinde zu Dessau",
        "kind": "church",
        "description_de": (
            "Mit der 2023 eingeweihten Weill-Synagoge hat die Jüdische Gemeinde zu Dessau wieder ein eigenes "
            "Gotteshaus in der Innenstadt. Viele Mitglieder stammen aus der ehemaligen Sowjetunion; die Gemeinde "
            "bietet Gottesdienste, Feste, Sozialberatung und Seniorentreffen an. Schulklassen und Gruppen sind zu "
            "Führungen und Gesprächen über jüdisches Leben eingeladen."
        ),
        "description_en": (
            "With the Weill Synagogue, inaugurated in 2023, the Jewish community of Dessau once again has its own "
            "house of worship in the city centre. Many members come from the former Soviet Union; the community "
            "offers services, celebrations, social counselling and meetings for older people. School classes and "
            "groups are invited to tours and conversations about Jewish life."
        ),
        "street": "Kantorstraße 3",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.831,
        "lon": 12.243,
        "website": "https://www.jg-dessau.example",
        "email": "info@jg-dessau.example",
        "phone": "0340 22 03 88",
        "topics": ["kultur", "bildung", "demokratie"],
        "diversity": ["religion", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Alexander Rosenfeld",
                "role": "Vorstandsvorsitzender",
                "email": "alexander.rosenfeld@jg-dessau.example",
                "email_public": True,
                "phone": "0340 22 03 88",
                "competencies": ["Übersetzung Russisch", "Netzwerkarbeit"],
                "languages": ["de", "ru", "he"],
            },
            {
                "name": "Larissa Goldmann",
                "role": "Sozialarbeiterin",
                "email": "larissa.goldmann@jg-dessau.example",
                "email_public": True,
                "phone": "0340 22 03 89",
                "competencies": ["Sozialberatung", "Übersetzung Russisch", "Seniorenbegleitung"],
                "languages": ["ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Evangelische Kirchengemeinde St. Marien Roßlau",
        "kind": "church",
        "description_de": (
            "Die evangelische Kirchengemeinde in Roßlau feiert Gottesdienste in der Marienkirche und in den "
            "Dorfkirchen der umliegenden Ortschaften. Kirchenchor, Posaunenchor, Christenlehre und ein "
            "Seniorenkreis gehören ebenso zum Gemeindeleben wie das Sommerfest am Elbufer. Ehrenamtliche halten "
            "die Kirche an den Wochenenden für Besucher*innen offen."
        ),
        "description_en": (
            "The Protestant parish in Roßlau holds services in St Mary's Church and in the village churches of the "
            "surrounding localities. Church choir, brass choir, religious education for children and a senior "
            "citizens' group are part of parish life, as is the summer festival on the banks of the Elbe. "
            "Volunteers keep the church open for visitors at weekends."
        ),
        "street": "Kirchstraße 2",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8852,
        "lon": 12.2456,
        "website": "https://www.marien-rosslau.example",
        "email": "pfarramt@marien-rosslau.example",
        "phone": "034901 8 22 60",
        "topics": ["kultur", "seniorenarbeit", "nachbarschaft", "jugendbeteiligung"],
        "diversity": ["religion", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Tilman Brückner",
                "role": "Pfarrer",
                "email": "tilman.brueckner@marien-rosslau.example",
                "email_public": True,
                "phone": "034901 8 22 61",
                "competencies": ["Seniorenbegleitung", "Moderation"],
                "languages": ["de", "en"],
            },
            {
                "name": "Elke Sonntag",
                "role": "Leiterin Seniorenkreis",
                "email": "elke.sonntag@marien-rosslau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Heimatverein Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein bewahrt die Geschichte der früheren Schiffer- und Werftstadt Roßlau und betreut eine "
            "Ausstellung zur Elbschifffahrt und zum Schiffbau. Ehrenamtliche bieten Stadtführungen, Erzählcafés "
            "mit Zeitzeug*innen und Projekttage für Schulen an. Jedes Jahr beteiligt sich der Verein am Tag des "
            "offenen Denkmals rund um die Roßlauer Wasserburg."
        ),
        "description_en": (
            "The association preserves the history of Roßlau as a former town of boatmen and shipyards and looks "
            "after an exhibition on Elbe shipping and shipbuilding. Volunteers offer guided town walks, "
            "storytelling cafés with contemporary witnesses and project days for schools. Every year the "
            "association takes part in Heritage Open Day around Roßlau's moated castle."
        ),
        "street": "Hauptstraße 108",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.89,
        "lon": 12.2442,
        "website": "https://www.heimatverein-rosslau.example",
        "email": "info@heimatverein-rosslau.example",
        "phone": "034901 6 73 14",
        "topics": ["kultur", "seniorenarbeit", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Werner Kloß",
                "role": "Vorsitzender",
                "email": "werner.kloss@heimatverein-rosslau.example",
                "email_public": True,
                "phone": "034901 6 73 14",
                "competencies": ["Kulturelle Bildung", "Veranstaltungsorganisation"],
                "languages": ["de"],
            },
            {
                "name": "Sabine Matthes",
                "role": "Schriftführerin und Archiv",
                "email": "sabine.matthes@heimatverein-rosslau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Öffentlichkeitsarbeit", "Fotografie"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Kanu-Club Roßlau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Kanu-Club Roßlau bietet Kanurennsport, Wanderpaddeln und Drachenboot auf Elbe und Rossel für alle "
            "Altersgruppen an. In der inklusiven Paddelgruppe trainieren Menschen mit und ohne Behinderung "
            "gemeinsam. Im Sommer veranstaltet der Verein Ferienkurse für Kinder und das Roßlauer Drachenbootfest."
        ),
        "description_en": (
            "Kanu-Club Roßlau offers canoe racing, touring and dragon boating on the Elbe and Rossel rivers for "
            "all age groups. In the inclusive paddling group, people with and without disabilities train together. "
            "In summer the club runs holiday courses for children and the Roßlau dragon boat festival."
        ),
        "street": "Elbstraße 20",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8843,
        "lon": 12.2408,
        "website": "https://www.kanu-rosslau.example",
        "email": "vorstand@kanu-rosslau.example",
        "phone": "034901 8 51 92",
        "topics": ["sport", "jugendbeteiligung", "inklusion"],
        "diversity": ["alter", "behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Torsten Grabow",
                "role": "Vorsitzender",
                "email": "torsten.grabow@kanu-rosslau.example",
                "email_public": True,
                "phone": "034901 8 51 92",
                "competencies": ["Übungsleitung Sport", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Lisa Hartmann",
                "role": "Jugendtrainerin",
                "email": "lisa.hartmann@kanu-rosslau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übungsleitung Sport", "Erste Hilfe", "Jugendarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Repair-Café Roßlau",
        "kind": "initiative",
        "description_de": (
            "Jeden zweiten Samstag im Monat reparieren Ehrenamtliche in Roßlau gemeinsam mit Besucher*innen "
            "defekte Toaster, Fahrräder, Kleidung und Spielzeug. Das Repair-Café spart Ressourcen, schafft "
            "Begegnung zwischen den Generationen und gibt handwerkliches Wissen weiter. Kaffee und Kuchen gibt es "
            "gegen eine Spende."
        ),
        "description_en": (
            "On the second Saturday of every month, volunteers in Roßlau repair broken toasters, bicycles, clothes "
            "and toys together with visitors. The repair café saves resources, brings generations together and "
            "passes on practical skills. Coffee and cake are available for a donation."
        ),
        "street": "Lindenstraße 5",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8878,
        "lon": 12.2464,
        "website": "",
        "email": "repaircafe.rosslau@web.example",
        "phone": "",
        "topics": ["klimaschutz", "nachbarschaft", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Jens Kahlert",
                "role": "Organisator",
                "email": "jens.kahlert@web.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Umweltbildung", "Energie- und Klimaberatung"],
                "languages": ["de"],
            },
            {
                "name": "Wilfried Thiele",
                "role": "Elektromeister im Ruhestand, Reparaturteam",
                "email": "wilfried.thiele@web.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Umweltbildung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Bürgerbüro Roßlau",
        "kind": "office",
        "description_de": (
            "Das Bürgerbüro im Roßlauer Rathaus ist die Anlaufstelle der Stadtverwaltung für die Einwohner*innen "
            "von Roßlau und den nördlichen Ortschaften. Hier gibt es die Antragsformulare für die Ehrenamtskarte, "
            "und die Ortsbürgermeister*innen bieten Sprechstunden an. Vereine aus Roßlau erhalten Unterstützung "
            "bei der Raumsuche und bei Genehmigungen für Feste."
        ),
        "description_en": (
            "The citizens' office in Roßlau town hall is the city administration's point of contact for residents "
            "of Roßlau and the northern localities. Application forms for the volunteer card are available here, "
            "and the local mayors hold consultation hours. Associations from Roßlau get help finding rooms and "
            "obtaining permits for festivals."
        ),
        "street": "Am Markt 5",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8859,
        "lon": 12.2394,
        "website": "https://www.dessau-rosslau.example/buergerbuero-rosslau",
        "email": "buergerbuero.rosslau@dessau-rosslau.example",
        "phone": "034901 9 20 20",
        "topics": ["nachbarschaft", "demokratie"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Dana Kirchner",
                "role": "Sachgebietsleiterin Bürgerbüro Roßlau",
                "email": "dana.kirchner@dessau-rosslau.example",
                "email_public": True,
                "phone": "034901 9 20 21",
                "competencies": ["Sozialberatung", "Netzwerkarbeit"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Dorfgemeinschaft Meinsdorf e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein hält das Dorfleben in Meinsdorf lebendig – mit Maibaumsetzen, Erntefest, Adventsmarkt und "
            "einem monatlichen Dorfkaffee im Gemeindehaus. Ehrenamtliche pflegen Dorfteich und Spielplatz und "
            "organisieren Fahrten für ältere Nachbar*innen. Neu Zugezogene werden mit einem Willkommenspaket "
            "begrüßt."
        ),
        "description_en": (
            "The association keeps village life in Meinsdorf alive – with the maypole, harvest festival, Advent "
            "market and a monthly village coffee in the community hall. Volunteers look after the village pond and "
            "playground and organise rides for older neighbours. Newcomers are greeted with a welcome pack."
        ),
        "street": "Dorfstraße 21",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "meinsdorf",
        "lat": 51.9071,
        "lon": 12.2453,
        "website": "https://www.meinsdorf.example",
        "email": "verein@meinsdorf.example",
        "phone": "034901 6 41 09",
        "topics": ["nachbarschaft", "kultur", "seniorenarbeit"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Uwe Tietze",
                "role": "Vorsitzender",
                "email": "uwe.tietze@meinsdorf.example",
                "email_public": True,
                "phone": "034901 6 41 09",
                "competencies": ["Veranstaltungsorganisation", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Grundschule An der Elbe Roßlau",
        "kind": "school",
        "description_de": (
            "Die Grundschule An der Elbe unterrichtet rund 230 Kinder in Roßlau. Mit Lesepat*innen, einer "
            "Schulgarten-AG und einer Kooperation mit dem Kanu-Club öffnet sich die Schule in den Stadtteil. Zum "
            "Vorlesetag laden die Kinder Besucher*innen des Roßlauer Seniorentreffs ein."
        ),
        "description_en": (
            "An der Elbe primary school teaches around 230 children in Roßlau. With reading mentors, a school "
            "garden club and a cooperation with the canoe club, the school opens up to the neighbourhood. On "
            "Reading Aloud Day the children invite visitors from the Roßlau senior citizens' meeting place."
        ),
        "street": "Goethestraße 12",
        "postcode": "06862",
        "city": "Dessau-Roßlau",
        "district": "rosslau",
        "lat": 51.8907,
        "lon": 12.2424,
        "website": "https://www.gs-elbe-rosslau.example",
        "email": "sekretariat@gs-elbe-rosslau.example",
        "phone": "034901 8 26 40",
        "topics": ["bildung", "jugendbeteiligung", "nachbarschaft"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Anja Reimann",
                "role": "Schulleiterin",
                "email": "anja.reimann@gs-elbe-rosslau.example",
                "email_public": True,
                "phone": "034901 8 26 40",
                "competencies": ["Projektmanagement", "Kulturelle Bildung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Nelli Schäfer",
                "role": "Schulsozialarbeiterin",
                "email": "nelli.schaefer@gs-elbe-rosslau.example",
                "email_public": True,
                "phone": "034901 8 26 42",
                "competencies": ["Sozialberatung", "Jugendarbeit", "Übersetzung Russisch"],
                "languages": ["de", "ru"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Gemeinschaftsschule Am Zoberberg",
        "kind": "school",
        "description_de": (
            "Die Gemeinschaftsschule führt Schülerinnen und Schüler vom 5. bis zum 10. Schuljahr zu allen "
            "Abschlüssen der Sekundarstufe I; jedes vierte Kind hat eine Familiengeschichte mit Migration. "
            "Sprachförderklassen, Berufsorientierung mit dem Jugend.Berufs.Zentrum und Kulturprojekte im K² "
            "Kulturnetzwerk prägen das Profil. Eltern bringen sich im mehrsprachigen Elterncafé ein."
        ),
        "description_en": (
            "The community school takes pupils from year 5 to year 10 to all lower secondary qualifications; one "
            "child in four has a family history of migration. Language support classes, career guidance with the "
            "Youth Career Centre and cultural projects in the K² cultural network shape its profile. Parents get "
            "involved in the multilingual parents' café."
        ),
        "street": "Am Zoberberg 24",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "zoberberg",
        "lat": 51.8142,
        "lon": 12.2216,
        "website": "https://www.gms-zoberberg.example",
        "email": "sekretariat@gms-zoberberg.example",
        "phone": "0340 85 14 20",
        "topics": ["bildung", "jugendbeteiligung", "integration"],
        "diversity": ["ethnische-herkunft", "soziale-herkunft"],
        "programmes": ["jugend-berufs-zentrum", "k2-kulturnetzwerke"],
        "trusted": False,
        "contacts": [
            {
                "name": "Stefan Kranz",
                "role": "Schulleiter",
                "email": "stefan.kranz@gms-zoberberg.example",
                "email_public": True,
                "phone": "0340 85 14 20",
                "competencies": ["Berufsorientierung", "Projektmanagement"],
                "languages": ["de", "en"],
            },
            {
                "name": "Dalia Nasser",
                "role": "Sprach- und Kulturmittlerin",
                "email": "dalia.nasser@gms-zoberberg.example",
                "email_public": True,
                "phone": "0340 85 14 23",
                "competencies": ["Übersetzung Arabisch", "Deutsch als Zweitsprache"],
                "languages": ["ar", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Grundschule Kochstedt",
        "kind": "school",
        "description_de": (
            "Die kleine Grundschule im Süden der Stadt legt Wert auf Bewegung, Natur und Gemeinschaft. Mit ihrem "
            "Förderverein organisiert sie Sportfeste, einen Schulgarten und eine Lesenacht. Großeltern und "
            "Nachbar*innen unterstützen als Lernpat*innen beim Lesenlernen."
        ),
        "description_en": (
            "The small primary school in the south of the city values exercise, nature and community. Together "
            "with its parents' association it organises sports days, a school garden and a reading night. "
            "Grandparents and neighbours help children learn to read as learning mentors."
        ),
        "street": "Königendorfer Straße 4",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "kochstedt",
        "lat": 51.7982,
        "lon": 12.2066,
        "website": "https://www.gs-kochstedt.example",
        "email": "sekretariat@gs-kochstedt.example",
        "phone": "0340 61 41 32",
        "topics": ["bildung", "sport", "nachbarschaft"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Martina Zeidler",
                "role": "Schulleiterin",
                "email": "martina.zeidler@gs-kochstedt.example",
                "email_public": True,
                "phone": "0340 61 41 32",
                "competencies": ["Projektmanagement", "Übungsleitung Sport"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Berufsbildende Schule Anhalt-Dessau",
        "kind": "school",
        "description_de": (
            "Die Berufsbildende Schule bildet in Berufen aus Technik, Wirtschaft, Gesundheit und Sozialwesen aus "
            "und bietet Klassen zur Berufsvorbereitung für junge Zugewanderte an. Eng verzahnt mit Betrieben der "
            "Region und dem Jugend.Berufs.Zentrum begleitet sie Jugendliche vom Schulabschluss in die Ausbildung. "
            "Schüler*innen engagieren sich in der Schülerfirma und im Schulsanitätsdienst."
        ),
        "description_en": (
            "The vocational school trains young people in technical, business, health and social professions and "
            "offers pre-vocational classes for young immigrants. Closely linked with regional companies and the "
            "Youth Career Centre, it accompanies young people from school to apprenticeship. Students are active "
            "in the student company and the school first-aid service."
        ),
        "street": "Junkersstraße 30",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8188,
        "lon": 12.2434,
        "website": "https://www.bbs-anhalt-dessau.example",
        "email": "info@bbs-anhalt-dessau.example",
        "phone": "0340 65 05 10",
        "topics": ["bildung", "jugendbeteiligung", "wirtschaft-csr", "integration"],
        "diversity": ["ethnische-herkunft", "soziale-herkunft"],
        "programmes": ["jugend-berufs-zentrum", "initiative-weiterbildung"],
        "trusted": False,
        "contacts": [
            {
                "name": "Heiko Rennert",
                "role": "Abteilungsleiter Berufsvorbereitung",
                "email": "heiko.rennert@bbs-anhalt-dessau.example",
                "email_public": True,
                "phone": "0340 65 05 14",
                "competencies": ["Berufsorientierung", "Bewerbungstraining", "Deutsch als Zweitsprache"],
                "languages": ["de", "en"],
            },
            {
                "name": "Aylin Kurt",
                "role": "Bildungsbegleiterin",
                "email": "aylin.kurt@bbs-anhalt-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Berufsorientierung", "Migrationsberatung"],
                "languages": ["tr", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Bilinguale Kita Weltentdecker",
        "kind": "facility",
        "description_de": (
            "In der deutsch-englischen Kita Weltentdecker wachsen 85 Kinder aus über 20 Herkunftsländern nach dem "
            "Immersionsprinzip zweisprachig auf. Viele Eltern arbeiten an der Hochschule Anhalt oder im "
            "Umweltbundesamt. Die Kita ist Partnerin im Netzwerk „Frühe Bildung – Frühe Chancen“ und teilt ihre "
            "Erfahrungen mit mehrsprachiger Bildung mit anderen Einrichtungen."
        ),
        "description_en": (
            "In the German-English Weltentdecker (world explorers) day-care centre, 85 children from more than 20 "
            "countries grow up bilingually following the immersion method. Many parents work at Anhalt University "
            "of Applied Sciences or the German Environment Agency. The centre is a partner in the “Early Education "
            "– Early Opportunities” network and shares its experience with multilingual education with other "
            "institutions."
        ),
        "street": "Elisabethstraße 31",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8418,
        "lon": 12.2308,
        "website": "https://www.kita-weltentdecker.example",
        "email": "kita@kita-weltentdecker.example",
        "phone": "0340 21 95 07",
        "topics": ["bildung", "integration"],
        "diversity": ["ethnische-herkunft", "alter"],
        "programmes": ["fruehe-bildung-fruehe-chancen"],
        "trusted": False,
        "contacts": [
            {
                "name": "Jessica Morgan-Fischer",
                "role": "Kitaleitung",
                "email": "jessica.morgan-fischer@kita-weltentdecker.example",
                "email_public": True,
                "phone": "0340 21 95 07",
                "competencies": ["Kinderbetreuung", "Übersetzung Englisch"],
                "languages": ["en", "de"],
            },
            {
                "name": "Vanessa Thiel",
                "role": "Erzieherin",
                "email": "vanessa.thiel@kita-weltentdecker.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Kinderbetreuung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Musikschule Dessau-Roßlau",
        "kind": "facility",
        "description_de": (
            "Die Musikschule unterrichtet rund 1.200 Schüler*innen vom Kleinkind bis zum Senior in Instrumental- "
            "und Gesangsfächern, Ensembles und Bands. Inklusive Musikgruppen und Kooperationen mit Kitas und "
            "Grundschulen machen musikalische Bildung für alle zugänglich. Lehrkräfte und Ensembles der "
            "Musikschule wirkten bei den Konzerten des One Community Projekts mit."
        ),
        "description_en": (
            "The music school teaches around 1,200 students from toddlers to senior citizens in instrumental and "
            "vocal lessons, ensembles and bands. Inclusive music groups and cooperation with day-care centres and "
            "primary schools make music education accessible to everyone. Teachers and ensembles of the music "
            "school took part in the One Community Project's concerts."
        ),
        "street": "Ratsgasse 9",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8345,
        "lon": 12.2486,
        "website": "https://www.musikschule-dessau.example",
        "email": "info@musikschule-dessau.example",
        "phone": "0340 204-2580",
        "topics": ["kultur", "bildung", "inklusion"],
        "diversity": ["alter", "behinderung", "soziale-herkunft"],
        "programmes": ["k2-kulturnetzwerke", "one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Oliver Gutsche",
                "role": "Leiter der Musikschule",
                "email": "oliver.gutsche@musikschule-dessau.example",
                "email_public": True,
                "phone": "0340 204-2581",
                "competencies": ["Musikpädagogik", "Kulturelle Bildung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Anna Kovács",
                "role": "Lehrerin für Gesang und Chorleitung",
                "email": "anna.kovacs@musikschule-dessau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Musikpädagogik"],
                "languages": ["hu", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Chor der Nationen Dessau",
        "kind": "initiative",
        "description_de": (
            "Im Chor der Nationen singen Menschen aus Syrien, der Ukraine, Vietnam, Eritrea und Deutschland Lieder "
            "aus ihren Herkunftsländern – in der Originalsprache. Der Chor probt wöchentlich im "
            "Mehrgenerationenhaus Krötenhof und tritt bei Stadtfesten, in Seniorenheimen und bei den One Community "
            "Konzerten auf. Notenkenntnisse sind nicht nötig."
        ),
        "description_en": (
            "In the Choir of Nations, people from Syria, Ukraine, Vietnam, Eritrea and Germany sing songs from "
            "their countries of origin – in the original language. The choir rehearses weekly at the Krötenhof "
            "multi-generation house and performs at city festivals, in care homes and at the One Community "
            "concerts. No ability to read music is required."
        ),
        "street": "Wasserstadt 50",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8326,
        "lon": 12.2416,
        "website": "",
        "email": "chor.der.nationen@posteo.example",
        "phone": "",
        "topics": ["kultur", "integration"],
        "diversity": ["ethnische-herkunft", "alter", "religion"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Mariya Lysenko",
                "role": "Chorleiterin",
                "email": "mariya.lysenko@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Musikpädagogik", "Übersetzung Ukrainisch"],
                "languages": ["uk", "ru", "de", "en"],
            },
            {
                "name": "Bernd Kahle",
                "role": "Organisation",
                "email": "bernd.kahle@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Veranstaltungsorganisation", "Öffentlichkeitsarbeit"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Tanzwerkstatt Anhalt e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein bietet zeitgenössischen Tanz, Kindertanz, Seniorentanz und eine inklusive Tanzcompagnie "
            "für Menschen mit und ohne Behinderung an. Tanzpädagog*innen der Tanzwerkstatt begleiteten die Proben "
            "für die inklusive Tanzgala des One Community Projekts. In Seniorenheimen bietet der Verein Sitztanz "
            "und Bewegung zu Musik an."
        ),
        "description_en": (
            "The association offers contemporary dance, children's dance, dance for older people and an inclusive "
            "dance company for people with and without disabilities. Dance teachers from the Tanzwerkstatt "
            "accompanied the rehearsals for the One Community Project's inclusive dance gala. In care homes the "
            "association offers seated dance and movement to music."
        ),
        "street": "Kühnauer Straße 15",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.8453,
        "lon": 12.2364,
        "website": "https://www.tanzwerkstatt-anhalt.example",
        "email": "info@tanzwerkstatt-anhalt.example",
        "phone": "0340 51 62 89",
        "topics": ["kultur", "inklusion", "seniorenarbeit", "jugendbeteiligung"],
        "diversity": ["behinderung", "alter"],
        "programmes": ["one-community"],
        "trusted": False,
        "contacts": [
            {
                "name": "Katharina Lenz",
                "role": "Künstlerische Leiterin",
                "email": "katharina.lenz@tanzwerkstatt-anhalt.example",
                "email_public": True,
                "phone": "0340 51 62 89",
                "competencies": ["Tanzpädagogik", "Kulturelle Bildung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Tomás Herrera",
                "role": "Tanzpädagoge Seniorentanz",
                "email": "tomas.herrera@tanzwerkstatt-anhalt.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Tanzpädagogik", "Seniorenbegleitung"],
                "languages": ["es", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Medienwerkstatt Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Die Medienwerkstatt vermittelt Kindern, Jugendlichen und Erwachsenen Medienkompetenz in Video-, "
            "Podcast- und Fotoworkshops. Der Verein verleiht Kameras und Schnittplätze an Initiativen und "
            "unterstützt Vereine bei der Dokumentation ihrer Projekte. Für Seniorinnen und Senioren gibt es eine "
            "wöchentliche Smartphone-Sprechstunde."
        ),
        "description_en": (
            "The media workshop teaches media literacy to children, young people and adults in video, podcast and "
            "photo workshops. The association lends cameras and editing suites to initiatives and helps "
            "associations document their projects. There is a weekly smartphone consultation hour for older "
            "people."
        ),
        "street": "Bertolt-Brecht-Straße 27",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8374,
        "lon": 12.2446,
        "website": "https://www.medienwerkstatt-dessau.example",
        "email": "info@medienwerkstatt-dessau.example",
        "phone": "0340 21 98 35",
        "topics": ["kultur", "jugendbeteiligung", "bildung"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["k2-kulturnetzwerke"],
        "trusted": False,
        "contacts": [
            {
                "name": "Tim Albrecht",
                "role": "Medienpädagoge",
                "email": "tim.albrecht@medienwerkstatt-dessau.example",
                "email_public": True,
                "phone": "0340 21 98 35",
                "competencies": ["Medienkompetenz", "Videoproduktion", "Fotografie"],
                "languages": ["de", "en"],
            },
            {
                "name": "Selin Arslan",
                "role": "Projektleiterin Jugendpodcast",
                "email": "selin.arslan@medienwerkstatt-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Medienkompetenz", "Social Media"],
                "languages": ["tr", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Anhaltisches Theater Dessau",
        "kind": "facility",
        "description_de": (
            "Das Anhaltische Theater ist ein Mehrspartenhaus mit Oper, Schauspiel, Ballett und Puppentheater und "
            "verfügt über eine der größten Bühnen Deutschlands. Die Theaterpädagogik bietet Spielclubs für Kinder, "
            "Jugendliche und Erwachsene sowie Probenbesuche für Schulklassen. Als Akzeptanzpartner der "
            "Ehrenamtskarte gewährt das Theater ermäßigte Eintrittskarten."
        ),
        "description_en": (
            "The Anhaltisches Theater is a multi-genre theatre with opera, drama, ballet and puppetry and has one "
            "of the largest stages in Germany. Its theatre education department offers drama clubs for children, "
            "young people and adults as well as rehearsal visits for school classes. As an acceptance partner of "
            "the volunteer card, the theatre offers reduced tickets."
        ),
        "street": "Friedensplatz 1a",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8321,
        "lon": 12.2388,
        "website": "https://www.anhaltisches-theater.example",
        "email": "service@anhaltisches-theater.example",
        "phone": "0340 2511-0",
        "topics": ["kultur", "bildung"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["k2-kulturnetzwerke"],
        "trusted": False,
        "contacts": [
            {
                "name": "Nora Ebeling",
                "role": "Theaterpädagogin",
                "email": "nora.ebeling@anhaltisches-theater.example",
                "email_public": True,
                "phone": "0340 2511-231",
                "competencies": ["Theaterpädagogik", "Kulturelle Bildung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Konstantin Wolter",
                "role": "Leiter Marketing",
                "email": "konstantin.wolter@anhaltisches-theater.example",
                "email_public": True,
                "phone": "0340 2511-120",
                "competencies": ["Öffentlichkeitsarbeit", "Social Media"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Stiftung Bauhaus Dessau",
        "kind": "foundation",
        "description_de": (
            "Die Stiftung Bauhaus Dessau bewahrt und vermittelt das Erbe des Bauhauses mit dem Bauhausgebäude und "
            "den Meisterhäusern, die zum UNESCO-Welterbe gehören, sowie dem Bauhaus Museum Dessau. Mit Werkstätten "
            "für Schulklassen, Nachbarschaftsformaten und offenen Ateliers lädt sie Dessauerinnen und Dessauer zum "
            "Gestalten ein. Internationale Gäste und Studierende machen die Stiftung zu einem Ort weltoffener "
            "Begegnung."
        ),
        "description_en": (
            "The Bauhaus Dessau Foundation preserves and communicates the Bauhaus heritage with the Bauhaus "
            "Building and the Masters' Houses, which are UNESCO World Heritage sites, and the Bauhaus Museum "
            "Dessau. With workshops for school classes, neighbourhood formats and open studios, it invites the "
            "people of Dessau to design and create. International guests and students make the foundation a place "
            "of open-minded encounter."
        ),
        "street": "Gropiusallee 38",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "nord",
        "lat": 51.83975,
        "lon": 12.2274,
        "website": "https://www.bauhaus-dessau.example",
        "email": "service@bauhaus-dessau.example",
        "phone": "0340 6508-250",
        "topics": ["kultur", "bildung"],
        "diversity": ["ethnische-herkunft", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Hannah Freitag",
                "role": "Bildung und Vermittlung",
                "email": "hannah.freitag@bauhaus-dessau.example",
                "email_public": True,
                "phone": "0340 6508-251",
                "competencies": ["Kulturelle Bildung", "Netzwerkarbeit"],
                "languages": ["de", "en", "fr"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Bürgerstiftung Dessau-Roßlau",
        "kind": "foundation",
        "description_de": (
            "Die Bürgerstiftung fördert mit Spenden und Zustiftungen von Bürger*innen und Unternehmen kleine "
            "Projekte in den Bereichen Bildung, Nachbarschaft und Jugend. Jährlich vergibt sie einen "
            "Engagementpreis und unterstützt Initiativen bei Anträgen und Spendenaktionen. Ehrenamtliche "
            "Stifter*innen entscheiden im Stiftungsrat über die Vergabe der Mittel."
        ),
        "description_en": (
            "The community foundation uses donations and endowments from residents and businesses to support small "
            "projects in education, neighbourhood and youth. Every year it awards an engagement prize and helps "
            "initiatives with applications and fundraising. Volunteer donors decide on the allocation of funds in "
            "the foundation board."
        ),
        "street": "Poststraße 3",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8302,
        "lon": 12.2461,
        "website": "https://www.buergerstiftung-dessau-rosslau.example",
        "email": "info@buergerstiftung-dessau-rosslau.example",
        "phone": "0340 22 04 17",
        "topics": ["nachbarschaft", "bildung", "jugendbeteiligung", "wirtschaft-csr"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Hans-Georg Winkler",
                "role": "Vorstandsvorsitzender",
                "email": "hans-georg.winkler@buergerstiftung-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 22 04 17",
                "competencies": ["Fördermittelberatung", "Vereinsrecht und Buchhaltung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Marie Lachmann",
                "role": "Projektreferentin",
                "email": "marie.lachmann@buergerstiftung-dessau-rosslau.example",
                "email_public": True,
                "phone": "0340 22 04 18",
                "competencies": ["Fördermittelberatung", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "SV Grün-Weiß Ziebigk e.V.",
        "kind": "verein",
        "description_de": (
            "Der Sportverein mit rund 450 Mitgliedern bietet Fußball, Volleyball, Gymnastik und Seniorensport an. "
            "Im Projekt „Kicken ohne Grenzen“ trainieren geflüchtete und einheimische Kinder gemeinsam; die "
            "Übungsleiter*innen werden dafür interkulturell geschult. Der Verein sucht laufend Ehrenamtliche für "
            "Training, Kampfgericht und Vereinsfeste."
        ),
        "description_en": (
            "The sports club with around 450 members offers football, volleyball, gymnastics and sport for older "
            "people. In the “Football without borders” project, refugee and local children train together; the "
            "coaches receive intercultural training for this. The club is always looking for volunteers for "
            "coaching, refereeing and club festivities."
        ),
        "street": "Elballee 30",
        "postcode": "06846",
        "city": "Dessau-Roßlau",
        "district": "ziebigk",
        "lat": 51.8512,
        "lon": 12.2266,
        "website": "https://www.gruen-weiss-ziebigk.example",
        "email": "info@gruen-weiss-ziebigk.example",
        "phone": "0340 87 16 40",
        "topics": ["sport", "jugendbeteiligung", "integration", "seniorenarbeit"],
        "diversity": ["alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "René Bauer",
                "role": "Vorsitzender",
                "email": "rene.bauer@gruen-weiss-ziebigk.example",
                "email_public": True,
                "phone": "0340 87 16 40",
                "competencies": ["Übungsleitung Sport", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Bilal Hamdan",
                "role": "Trainer Jugendfußball",
                "email": "bilal.hamdan@gruen-weiss-ziebigk.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übungsleitung Sport", "Übersetzung Arabisch"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Tanzsportclub Rot-Weiß Dessau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Tanzsportclub bietet Standard- und Lateintanz für Paare, Kindertanz, Zumba und eine "
            "Seniorentanzgruppe an. Turnierpaare des Vereins starten bei Landes- und Ostdeutschen Meisterschaften. "
            "Einmal im Jahr lädt der Verein zum Frühlingsball ein, dessen Erlös einem sozialen Projekt in der "
            "Stadt zugutekommt."
        ),
        "description_en": (
            "The dance sport club offers ballroom and Latin dance for couples, children's dance, Zumba and a dance "
            "group for older people. The club's competition couples compete at state and East German "
            "championships. Once a year the club hosts a spring ball whose proceeds go to a social project in the "
            "city."
        ),
        "street": "Kreuzbergstraße 22",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "alten",
        "lat": 51.8212,
        "lon": 12.2086,
        "website": "https://www.tsc-dessau.example",
        "email": "info@tsc-dessau.example",
        "phone": "0340 64 22 51",
        "topics": ["sport", "kultur", "seniorenarbeit"],
        "diversity": ["alter", "geschlecht"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Sandra Kowalski",
                "role": "Vorsitzende und Trainerin",
                "email": "sandra.kowalski@tsc-dessau.example",
                "email_public": True,
                "phone": "0340 64 22 51",
                "competencies": ["Übungsleitung Sport", "Tanzpädagogik"],
                "languages": ["de", "pl"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Boxclub Zoberberg e.V.",
        "kind": "verein",
        "description_de": (
            "Im Boxclub trainieren Kinder und Jugendliche aus dem Stadtteil – Boxen wird hier als Schule für "
            "Disziplin, Respekt und Selbstvertrauen verstanden. Neben dem Training gibt es in Kooperation mit dem "
            "Jugendclub Zoberberg Hausaufgabenhilfe und Bewerbungscoaching. Für Mädchen gibt es eine eigene "
            "Trainingsgruppe."
        ),
        "description_en": (
            "At the boxing club, children and young people from the district train together – boxing is seen here "
            "as a school of discipline, respect and self-confidence. Besides training, there is homework help and "
            "application coaching in cooperation with the Zoberberg youth club. There is a separate training group "
            "for girls."
        ),
        "street": "Am Zoberberg 30",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "zoberberg",
        "lat": 51.819,
        "lon": 12.2202,
        "website": "https://www.boxclub-zoberberg.example",
        "email": "info@boxclub-zoberberg.example",
        "phone": "0340 85 77 02",
        "topics": ["sport", "jugendbeteiligung", "integration"],
        "diversity": ["soziale-herkunft", "ethnische-herkunft", "geschlecht"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Wladimir Krieger",
                "role": "Cheftrainer",
                "email": "wladimir.krieger@boxclub-zoberberg.example",
                "email_public": True,
                "phone": "0340 85 77 02",
                "competencies": ["Übungsleitung Sport", "Jugendarbeit"],
                "languages": ["de", "ru"],
            },
            {
                "name": "Nicole Stahl",
                "role": "Jugendwartin",
                "email": "nicole.stahl@boxclub-zoberberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Jugendarbeit", "Hausaufgabenhilfe"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Rollstuhlsport Anhalt e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein ermöglicht Menschen mit Behinderung Rollstuhlbasketball, Rollstuhltanz und "
            "Fitnesstraining. Beim Rollstuhlbasketball sind Fußgänger*innen ausdrücklich willkommen – gespielt "
            "wird gemeinsam. Der Verein berät Schulen und Sportvereine zur barrierefreien Gestaltung ihrer "
            "Angebote."
        ),
        "description_en": (
            "The club enables people with disabilities to play wheelchair basketball, do wheelchair dance and "
            "fitness training. Non-disabled players are explicitly welcome in wheelchair basketball – everyone "
            "plays together. The club advises schools and sports clubs on making their offers accessible."
        ),
        "street": "Damaschkestraße 14",
        "postcode": "06849",
        "city": "Dessau-Roßlau",
        "district": "toerten",
        "lat": 51.8062,
        "lon": 12.2306,
        "website": "https://www.rollstuhlsport-anhalt.example",
        "email": "info@rollstuhlsport-anhalt.example",
        "phone": "0340 86 20 54",
        "topics": ["sport", "inklusion"],
        "diversity": ["behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Markus Lehnert",
                "role": "Vorsitzender",
                "email": "markus.lehnert@rollstuhlsport-anhalt.example",
                "email_public": True,
                "phone": "0340 86 20 54",
                "competencies": ["Barrierefreiheit", "Übungsleitung Sport"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Förderverein Freiwillige Feuerwehr Mosigkau e.V.",
        "kind": "verein",
        "description_de": (
            "Der Förderverein unterstützt die Freiwillige Feuerwehr Mosigkau und ihre Jugendfeuerwehr mit "
            "Ausrüstung, Ausbildungsfahrten und Nachwuchswerbung. Beim jährlichen Feuerwehrfest und am Tag der "
            "offenen Tür zeigen die Kameradinnen und Kameraden ihre Arbeit. Die Kinderfeuerwehr nimmt schon "
            "Sechsjährige auf."
        ),
        "description_en": (
            "The support association helps the Mosigkau volunteer fire brigade and its youth fire brigade with "
            "equipment, training trips and recruiting young members. At the annual fire brigade festival and the "
            "open day, the firefighters show what they do. The children's fire brigade accepts children from the "
            "age of six."
        ),
        "street": "Knobelsdorffallee 12",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "mosigkau",
        "lat": 51.8081,
        "lon": 12.1723,
        "website": "https://www.feuerwehr-mosigkau.example",
        "email": "foerderverein@feuerwehr-mosigkau.example",
        "phone": "",
        "topics": ["jugendbeteiligung", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Daniel Fröhlich",
                "role": "Vorsitzender",
                "email": "daniel.froehlich@feuerwehr-mosigkau.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Erste Hilfe", "Jugendarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Peggy Wunsch",
                "role": "Jugendfeuerwehrwartin",
                "email": "peggy.wunsch@feuerwehr-mosigkau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Jugendarbeit", "Erste Hilfe"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Dessauer Tafel e.V.",
        "kind": "verein",
        "description_de": (
            "Die Tafel sammelt überschüssige Lebensmittel bei Supermärkten, Bäckereien und Erzeuger*innen und gibt "
            "sie an Menschen mit geringem Einkommen weiter. Über 100 Ehrenamtliche sortieren, fahren und verteilen "
            "an drei Ausgabestellen, darunter eine in Roßlau. Jede helfende Hand wird gebraucht – besonders "
            "Fahrer*innen mit Führerschein Klasse B."
        ),
        "description_en": (
            "The food bank collects surplus food from supermarkets, bakeries and producers and passes it on to "
            "people on low incomes. More than 100 volunteers sort, drive and distribute at three distribution "
            "points, including one in Roßlau. Every helping hand is needed – especially drivers with a car driving "
            "licence."
        ),
        "street": "Fichtenbreite 9",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8169,
        "lon": 12.2364,
        "website": "https://www.tafel-dessau.example",
        "email": "info@tafel-dessau.example",
        "phone": "0340 61 19 80",
        "topics": ["nachbarschaft", "seniorenarbeit", "integration"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Gerhard Wilke",
                "role": "Vorsitzender",
                "email": "gerhard.wilke@tafel-dessau.example",
                "email_public": True,
                "phone": "0340 61 19 80",
                "competencies": ["Ehrenamtskoordination", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Tetiana Moroz",
                "role": "Koordinatorin Ausgabestelle",
                "email": "tetiana.moroz@tafel-dessau.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Ehrenamtskoordination"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Elbkontor Software GmbH",
        "kind": "company",
        "description_de": (
            "Das IT-Unternehmen mit 60 Beschäftigten entwickelt Software für Stadtwerke und Verwaltungen. "
            "Mitarbeitende erhalten zwei Tage im Jahr für ehrenamtliches Engagement frei und geben "
            "Programmierkurse für Schülerinnen. Das Unternehmen ist Partner der Kooperationsvereinbarung "
            "„Engagierte Stadt“ und stellt Laptops für Projekte der Hausaufgabenhilfe bereit."
        ),
        "description_en": (
            "The IT company with 60 employees develops software for municipal utilities and administrations. Staff "
            "get two days a year off for volunteering and teach programming courses for schoolgirls. The company "
            "is a partner of the “Engaged City” cooperation agreement and provides laptops for homework help "
            "projects."
        ),
        "street": "Albrechtstraße 48",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8351,
        "lon": 12.2493,
        "website": "https://www.elbkontor.example",
        "email": "info@elbkontor.example",
        "phone": "0340 530 94 00",
        "topics": ["wirtschaft-csr", "bildung", "jugendbeteiligung"],
        "diversity": ["ethnische-herkunft", "geschlecht"],
        "programmes": ["engagierte-stadt", "initiative-weiterbildung"],
        "trusted": False,
        "contacts": [
            {
                "name": "Jan-Philipp Kurz",
                "role": "Geschäftsführer",
                "email": "jan-philipp.kurz@elbkontor.example",
                "email_public": True,
                "phone": "0340 530 94 01",
                "competencies": ["Projektmanagement", "Medienkompetenz"],
                "languages": ["de", "en"],
            },
            {
                "name": "Svitlana Hrytsenko",
                "role": "Personalreferentin und CSR",
                "email": "svitlana.hrytsenko@elbkontor.example",
                "email_public": True,
                "phone": "0340 530 94 05",
                "competencies": ["Übersetzung Ukrainisch", "Netzwerkarbeit"],
                "languages": ["uk", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Wohnungsgenossenschaft Elbe-Mulde eG",
        "kind": "company",
        "description_de": (
            "Die Genossenschaft vermietet rund 3.000 Wohnungen in Dessau-Süd, auf dem Zoberberg und in der "
            "Innenstadt. Sie stellt Nachbarschaftstreffs mietfrei zur Verfügung, fördert Hoffeste und beschäftigt "
            "eine Sozialmanagerin für ältere Mitglieder. Im Quartier Am Leipziger Tor unterstützt sie Projekte des "
            "Quartiersmanagements."
        ),
        "description_en": (
            "The housing cooperative rents out around 3,000 flats in Dessau-Süd, Zoberberg and the city centre. It "
            "provides neighbourhood meeting rooms free of charge, supports courtyard festivals and employs a "
            "social manager for older members. In the Am Leipziger Tor quarter it supports projects of the "
            "neighbourhood management."
        ),
        "street": "Kreuzbergstraße 180",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "sued",
        "lat": 51.8217,
        "lon": 12.2394,
        "website": "https://www.wg-elbe-mulde.example",
        "email": "info@wg-elbe-mulde.example",
        "phone": "0340 61 00 80",
        "topics": ["nachbarschaft", "seniorenarbeit", "wirtschaft-csr", "integration"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt", "quartiersmanagement-soziale-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Frank Meyerhoff",
                "role": "Vorstand",
                "email": "frank.meyerhoff@wg-elbe-mulde.example",
                "email_public": True,
                "phone": "0340 61 00 81",
                "competencies": ["Fördermittelberatung", "Netzwerkarbeit"],
                "languages": ["de"],
            },
            {
                "name": "Julia Brenner",
                "role": "Sozialmanagerin",
                "email": "julia.brenner@wg-elbe-mulde.example",
                "email_public": True,
                "phone": "0340 61 00 86",
                "competencies": ["Sozialberatung", "Seniorenbegleitung", "Gemeinwesenarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Bäckerei Mildner GmbH",
        "kind": "company",
        "description_de": (
            "Die Familienbäckerei backt seit vier Generationen in Mosigkau und betreibt zwölf Filialen in "
            "Dessau-Roßlau. Täglich spendet sie übrig gebliebene Backwaren an die Dessauer Tafel und bildet jedes "
            "Jahr junge Geflüchtete zu Bäcker*innen und Fachverkäufer*innen aus. Inhaber*innen der Ehrenamtskarte "
            "erhalten in allen Filialen zum Einkauf einen Kaffee gratis."
        ),
        "description_en": (
            "The family bakery has been baking in Mosigkau for four generations and runs twelve shops in "
            "Dessau-Roßlau. Every day it donates leftover baked goods to the Dessau food bank, and every year it "
            "trains young refugees as bakers and sales assistants. Holders of the volunteer card get a free coffee "
            "with their purchase in all shops."
        ),
        "street": "Knobelsdorffallee 40",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "mosigkau",
        "lat": 51.8042,
        "lon": 12.1766,
        "website": "https://www.baeckerei-mildner.example",
        "email": "info@baeckerei-mildner.example",
        "phone": "0340 61 22 18",
        "topics": ["wirtschaft-csr", "nachbarschaft", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Andreas Mildner",
                "role": "Inhaber",
                "email": "andreas.mildner@baeckerei-mildner.example",
                "email_public": True,
                "phone": "0340 61 22 18",
                "competencies": ["Berufsorientierung"],
                "languages": ["de"],
            },
            {
                "name": "Mahmoud Saleh",
                "role": "Bäckermeister und Ausbildungsleiter",
                "email": "mahmoud.saleh@baeckerei-mildner.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Berufsorientierung", "Übersetzung Arabisch"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "Stadtteil-Apotheke am Zoberberg",
        "kind": "company",
        "description_de": (
            "Die Apotheke im Stadtteilzentrum Zoberberg berät auf Deutsch, Russisch und Arabisch und bringt "
            "Medikamente zu Kund*innen, die nicht mehr mobil sind. Als Akzeptanzpartner der Ehrenamtskarte gewährt "
            "sie einen Rabatt auf freiverkäufliche Produkte. Einmal im Quartal bietet das Team eine "
            "Gesundheitssprechstunde in einem Seniorentreff an."
        ),
        "description_en": (
            "The pharmacy in the Zoberberg district centre gives advice in German, Russian and Arabic and delivers "
            "medicines to customers with limited mobility. As an acceptance partner of the volunteer card it "
            "offers a discount on over-the-counter products. Once a quarter the team holds a health consultation "
            "hour in a senior citizens' meeting place."
        ),
        "street": "Am Zoberberg 2",
        "postcode": "06847",
        "city": "Dessau-Roßlau",
        "district": "zoberberg",
        "lat": 51.8133,
        "lon": 12.2168,
        "website": "https://www.apotheke-zoberberg.example",
        "email": "info@apotheke-zoberberg.example",
        "phone": "0340 85 21 30",
        "topics": ["wirtschaft-csr", "seniorenarbeit"],
        "diversity": ["alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Elena Schmidt",
                "role": "Apothekerin und Inhaberin",
                "email": "elena.schmidt@apotheke-zoberberg.example",
                "email_public": True,
                "phone": "0340 85 21 30",
                "competencies": ["Übersetzung Russisch", "Seniorenbegleitung"],
                "languages": ["de", "ru"],
            },
            {
                "name": "Omar Qasem",
                "role": "Pharmazeutisch-technischer Assistent",
                "email": "omar.qasem@apotheke-zoberberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch"],
                "languages": ["ar", "de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "BürgerEnergie Anhalt eG",
        "kind": "company",
        "description_de": (
            "Die Energiegenossenschaft betreibt mit über 400 Mitgliedern Photovoltaikanlagen auf Schulen, "
            "Turnhallen und Gewerbedächern in Dessau-Roßlau. Ein Teil der Erträge fließt in einen Klimafonds, der "
            "Umweltbildungsprojekte an Schulen unterstützt. Mitglied werden kann man bereits mit einem "
            "Genossenschaftsanteil von 100 Euro."
        ),
        "description_en": (
            "The energy cooperative, with more than 400 members, operates solar power systems on schools, sports "
            "halls and commercial roofs in Dessau-Roßlau. Part of the proceeds goes into a climate fund that "
            "supports environmental education projects in schools. Anyone can become a member with a single share "
            "of 100 euros."
        ),
        "street": "Steinstraße 9",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.8333,
        "lon": 12.2407,
        "website": "https://www.buergerenergie-anhalt.example",
        "email": "info@buergerenergie-anhalt.example",
        "phone": "0340 850 77 31",
        "topics": ["klimaschutz", "wirtschaft-csr", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Rüdiger Haas",
                "role": "Vorstand",
                "email": "ruediger.haas@buergerenergie-anhalt.example",
                "email_public": True,
                "phone": "0340 850 77 31",
                "competencies": ["Energie- und Klimaberatung", "Fördermittelberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Anna-Lena Voss",
                "role": "Projektleiterin Klimafonds",
                "email": "anna-lena.voss@buergerenergie-anhalt.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Umweltbildung", "Energie- und Klimaberatung", "Projektmanagement"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "name": "FAW gGmbH",
        "kind": "facility",
        "description_de": (
            "Die FAW gGmbH ist ein gemeinnütziger Bildungsträger mit Angeboten zur beruflichen Rehabilitation, "
            "Weiterbildung und Beschäftigungsförderung. Sie hat die Städte Bitterfeld-Wolfen, Gräfenhainichen, "
            "Lutherstadt Wittenberg und Dessau-Roßlau beim Aufbau des Regionalnetzwerks Anhalt „Engagierte Stadt“ "
            "unterstützt und begleitet die gemeinsame Kampagne „Glücksbringer“. Für Vereine bietet sie Workshops "
            "zu Ehrenamtsmanagement und Fördermitteln an."
        ),
        "description_en": (
            "FAW gGmbH is a non-profit education provider offering vocational rehabilitation, further training and "
            "employment support. It supported the towns of Bitterfeld-Wolfen, Gräfenhainichen, Lutherstadt "
            "Wittenberg and Dessau-Roßlau in setting up the Regionalnetzwerk Anhalt of “Engaged City” and "
            "accompanies their joint “Glücksbringer” campaign. For associations it offers workshops on volunteer "
            "management and funding."
        ),
        "street": "Antoinettenstraße 37",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "district": "innenstadt",
        "lat": 51.838,
        "lon": 12.2479,
        "website": "https://www.faw.example",
        "email": "dessau@faw.example",
        "phone": "0340 22 03 80",
        "topics": ["bildung", "wirtschaft-csr", "nachbarschaft"],
        "diversity": ["soziale-herkunft", "alter", "behinderung"],
        "programmes": ["engagierte-stadt", "initiative-weiterbildung"],
        "trusted": False,
        "contacts": [
            {
                "name": "Sebastian Kühnel",
                "role": "Regionalkoordinator Engagierte Stadt",
                "email": "sebastian.kuehnel@faw.example",
                "email_public": True,
                "phone": "0340 22 03 84",
                "competencies": ["Netzwerkarbeit", "Fördermittelberatung", "Ehrenamtskoordination"],
                "languages": ["de", "en"],
            },
            {
                "name": "Dilnoza Karimova",
                "role": "Bildungsbegleiterin",
                "email": "dilnoza.karimova@faw.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Berufsorientierung", "Übersetzung Russisch"],
                "languages": ["uz", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Koordinierungsstelle Engagierte Stadt Bitterfeld-Wolfen",
        "kind": "office",
        "description_de": (
            "Die Koordinierungsstelle im Rathaus Wolfen vernetzt Vereine, Initiativen und Unternehmen in allen "
            "Ortsteilen von Bitterfeld-Wolfen. Sie gibt die Ehrenamtskarte der Stadt aus, berät zu Fördermitteln "
            "und organisiert den jährlichen Ehrenamtsempfang. Im Regionalnetzwerk Anhalt gestaltet sie gemeinsam "
            "mit Dessau-Roßlau, Gräfenhainichen und Lutherstadt Wittenberg die Kampagne „Glücksbringer“."
        ),
        "description_en": (
            "The coordination office in Wolfen town hall connects associations, initiatives and businesses in all "
            "districts of Bitterfeld-Wolfen. It issues the town's volunteer card, advises on funding and organises "
            "the annual volunteers' reception. Within the Regionalnetzwerk Anhalt it runs the “Glücksbringer” "
            "campaign together with Dessau-Roßlau, Gräfenhainichen and Lutherstadt Wittenberg."
        ),
        "street": "Rathausplatz 1",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen",
        "lat": 51.6616,
        "lon": 12.2727,
        "website": "https://www.bitterfeld-wolfen.example/engagiertestadt",
        "email": "engagiertestadt@bitterfeld-wolfen.example",
        "phone": "03494 666-245",
        "topics": ["nachbarschaft", "wirtschaft-csr", "demokratie", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Anett Große",
                "role": "Koordinatorin Engagierte Stadt",
                "email": "anett.grosse@bitterfeld-wolfen.example",
                "email_public": True,
                "phone": "03494 666-246",
                "competencies": ["Netzwerkarbeit", "Ehrenamtskoordination", "Fördermittelberatung"],
                "languages": ["de"],
            },
            {
                "name": "Kevin Laube",
                "role": "Sachbearbeiter Ehrenamtskarte",
                "email": "kevin.laube@bitterfeld-wolfen.example",
                "email_public": True,
                "phone": "03494 666-247",
                "competencies": ["Ehrenamtskoordination", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Integrationsbeauftragte der Stadt Bitterfeld-Wolfen",
        "kind": "office",
        "description_de": (
            "Die Integrationsbeauftragte ist Ansprechpartnerin für Zugewanderte, Migrantenorganisationen und "
            "Verwaltung. Sie koordiniert den Runden Tisch Integration, vermittelt Sprachmittler*innen und "
            "organisiert die Interkulturelle Woche in Bitterfeld-Wolfen."
        ),
        "description_en": (
            "The integration officer is the contact person for immigrants, migrant organisations and the "
            "administration. She coordinates the integration round table, arranges language mediators and "
            "organises the Intercultural Week in Bitterfeld-Wolfen."
        ),
        "street": "Rathausplatz 1",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen",
        "lat": 51.6616,
        "lon": 12.2727,
        "website": "https://www.bitterfeld-wolfen.example/integration",
        "email": "integration@bitterfeld-wolfen.example",
        "phone": "03494 666-251",
        "topics": ["integration", "demokratie"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": [],
        "trusted": True,
        "contacts": [
            {
                "name": "Svetlana Wolf",
                "role": "Integrationsbeauftragte",
                "email": "svetlana.wolf@bitterfeld-wolfen.example",
                "email_public": True,
                "phone": "03494 666-252",
                "competencies": ["Migrationsberatung", "Übersetzung Russisch", "Netzwerkarbeit"],
                "languages": ["de", "ru"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Mehrgenerationenhaus Wolfen-Nord",
        "kind": "facility",
        "description_de": (
            "Das Mehrgenerationenhaus im Wohngebiet Wolfen-Nord ist Treffpunkt, Beratungsort und Bildungsstätte "
            "zugleich. Es gibt einen offenen Mittagstisch, Computerkurse für Senior*innen, eine Kreativwerkstatt "
            "für Kinder und Sprechstunden der Schuldnerberatung. Viele Angebote werden von Ehrenamtlichen "
            "getragen, die hier auch Weiterbildungen erhalten."
        ),
        "description_en": (
            "The multi-generation house in the Wolfen-Nord housing estate is a meeting place, advice centre and "
            "place of learning all in one. There is an open lunch table, computer courses for older people, a "
            "creative workshop for children and consultation hours of the debt counselling service. Many offers "
            "are run by volunteers, who also receive further training here."
        ),
        "street": "Reudener Straße 70",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen-nord",
        "lat": 51.6761,
        "lon": 12.2813,
        "website": "https://www.mgh-wolfen.example",
        "email": "info@mgh-wolfen.example",
        "phone": "03494 36 91 20",
        "topics": ["nachbarschaft", "seniorenarbeit", "jugendbeteiligung", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Beate Schmiedel",
                "role": "Leiterin",
                "email": "beate.schmiedel@mgh-wolfen.example",
                "email_public": True,
                "phone": "03494 36 91 21",
                "competencies": ["Gemeinwesenarbeit", "Fördermittelberatung", "Schuldnerberatung"],
                "languages": ["de"],
            },
            {
                "name": "Ali Rahmani",
                "role": "Ehrenamtlicher Kursleiter Computerkurs",
                "email": "ali.rahmani@mgh-wolfen.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Medienkompetenz", "Übersetzung Persisch/Dari"],
                "languages": ["fa", "de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Industrie- und Filmmuseum Wolfen",
        "kind": "facility",
        "description_de": (
            "Das Museum im ehemaligen Gebäude der Filmfabrik erzählt die Geschichte der Agfa- und "
            "ORWO-Filmproduktion in Wolfen und der chemischen Industrie der Region. Ehemalige Beschäftigte führen "
            "als ehrenamtliche Zeitzeug*innen durch die Ausstellung. Schulklassen können in Workshops analog "
            "fotografieren und Filme selbst entwickeln."
        ),
        "description_en": (
            "The museum in the former film factory building tells the story of Agfa and ORWO film production in "
            "Wolfen and of the region's chemical industry. Former employees guide visitors through the exhibition "
            "as volunteer contemporary witnesses. School classes can take analogue photographs and develop films "
            "themselves in workshops."
        ),
        "street": "Bunsenstraße 4",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen",
        "lat": 51.6631,
        "lon": 12.2693,
        "website": "https://www.ifm-wolfen.example",
        "email": "info@ifm-wolfen.example",
        "phone": "03494 63 64 46",
        "topics": ["kultur", "bildung"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Gabriele Nitzsche",
                "role": "Museumspädagogin",
                "email": "gabriele.nitzsche@ifm-wolfen.example",
                "email_public": True,
                "phone": "03494 63 64 47",
                "competencies": ["Kulturelle Bildung", "Fotografie"],
                "languages": ["de", "en"],
            },
            {
                "name": "Horst Eichler",
                "role": "Zeitzeuge und ehrenamtlicher Museumsführer",
                "email": "horst.eichler@ifm-wolfen.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Kulturelle Bildung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Umweltverein Goitzsche e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein engagiert sich für Natur- und Umweltschutz rund um die Goitzsche, einen aus einem "
            "Braunkohletagebau entstandenen See. Mitglieder bieten Exkursionen, Vogelzählungen und "
            "Müllsammelaktionen an und betreuen eine Streuobstwiese. Mit Schulen gestaltet der Verein Projekttage "
            "zu Strukturwandel und Klimaschutz."
        ),
        "description_en": (
            "The association works for nature and environmental protection around the Goitzsche, a lake created "
            "from a former lignite mine. Members offer excursions, bird counts and litter picks and look after a "
            "traditional orchard meadow. With schools, the association runs project days on structural change and "
            "climate protection."
        ),
        "street": "Seestraße 14",
        "postcode": "06749",
        "city": "Bitterfeld-Wolfen",
        "district": "bitterfeld",
        "lat": 51.6251,
        "lon": 12.3233,
        "website": "https://www.goitzsche-umwelt.example",
        "email": "info@goitzsche-umwelt.example",
        "phone": "03493 92 45 16",
        "topics": ["klimaschutz", "bildung", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Christine Lange",
                "role": "Vorsitzende",
                "email": "christine.lange@goitzsche-umwelt.example",
                "email_public": True,
                "phone": "03493 92 45 16",
                "competencies": ["Umweltbildung", "Energie- und Klimaberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Felix Körner",
                "role": "Leiter der Naturschutzjugend",
                "email": "felix.koerner@goitzsche-umwelt.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Umweltbildung", "Jugendarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Stadtteilinitiative Wolfen-Nord",
        "kind": "initiative",
        "description_de": (
            "Bewohnerinnen und Bewohner von Wolfen-Nord setzen sich für ihr Wohngebiet ein: für mehr Sitzbänke, "
            "sichere Schulwege und einen lebendigen Stadtteilplatz. Die Initiative organisiert Frühjahrsputz, "
            "Nachbarschaftsfeste und Gesprächsrunden mit Stadträt*innen. Neue Nachbar*innen aus aller Welt werden "
            "ausdrücklich zu den Treffen eingeladen."
        ),
        "description_en": (
            "Residents of Wolfen-Nord stand up for their housing estate: for more benches, safe routes to school "
            "and a lively district square. The initiative organises spring clean-ups, neighbourhood festivals and "
            "discussion rounds with town councillors. New neighbours from all over the world are explicitly "
            "invited to the meetings."
        ),
        "street": "Reudener Straße 70",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen-nord",
        "lat": 51.6722,
        "lon": 12.2856,
        "website": "",
        "email": "wolfen-nord.initiative@web.example",
        "phone": "",
        "topics": ["nachbarschaft", "demokratie", "seniorenarbeit"],
        "diversity": ["soziale-herkunft", "alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Ramona Petzold",
                "role": "Sprecherin",
                "email": "ramona.petzold@web.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Gemeinwesenarbeit", "Moderation"],
                "languages": ["de"],
            },
            {
                "name": "Georgi Iwanow",
                "role": "Mitglied und Sprachmittler",
                "email": "georgi.iwanow@web.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Russisch"],
                "languages": ["bg", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "TSV Greppin 1905 e.V.",
        "kind": "verein",
        "description_de": (
            "Der Traditionsverein bietet Fußball, Kegeln, Tischtennis und Rehasport für rund 380 Mitglieder. Die "
            "Seniorensportgruppe trifft sich zweimal wöchentlich, und die Jugendabteilung nimmt jedes Kind auf – "
            "der Beitrag kann über das Bildungs- und Teilhabepaket übernommen werden. Ehrenamtliche "
            "Übungsleiter*innen werden vom Verein selbst ausgebildet."
        ),
        "description_en": (
            "The traditional club offers football, bowling, table tennis and rehabilitation sport for around 380 "
            "members. The seniors' sports group meets twice a week, and the youth section accepts every child – "
            "the fee can be covered by the education and participation package. The club trains its own volunteer "
            "coaches."
        ),
        "street": "Sportplatzweg 2",
        "postcode": "06803",
        "city": "Bitterfeld-Wolfen",
        "district": "greppin",
        "lat": 51.6461,
        "lon": 12.2923,
        "website": "https://www.tsv-greppin.example",
        "email": "info@tsv-greppin.example",
        "phone": "03493 82 04 44",
        "topics": ["sport", "jugendbeteiligung", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Lutz Heinemann",
                "role": "Vorsitzender",
                "email": "lutz.heinemann@tsv-greppin.example",
                "email_public": True,
                "phone": "03493 82 04 44",
                "competencies": ["Übungsleitung Sport", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Jennifer Wahl",
                "role": "Jugendleiterin",
                "email": "jennifer.wahl@tsv-greppin.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übungsleitung Sport", "Jugendarbeit", "Erste Hilfe"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Seniorenbegegnungsstätte Holzweißig",
        "kind": "facility",
        "description_de": (
            "In der Seniorenbegegnungsstätte treffen sich ältere Menschen aus Holzweißig und Bitterfeld zu "
            "Spielenachmittagen, Handarbeit, Gymnastik und Vorträgen. Ehrenamtliche organisieren einen "
            "Besuchsdienst für Alleinstehende und einen Mittagstisch. Einmal im Monat kommen Kinder der "
            "benachbarten Kita zum gemeinsamen Singen."
        ),
        "description_en": (
            "At the senior citizens' meeting place, older people from Holzweißig and Bitterfeld meet for games "
            "afternoons, handicrafts, gymnastics and talks. Volunteers run a visiting service for people living "
            "alone and a lunch table. Once a month, children from the neighbouring kindergarten come to sing "
            "together."
        ),
        "street": "Hauptstraße 27",
        "postcode": "06808",
        "city": "Bitterfeld-Wolfen",
        "district": "holzweissig",
        "lat": 51.6031,
        "lon": 12.3113,
        "website": "https://www.senioren-holzweissig.example",
        "email": "begegnung@senioren-holzweissig.example",
        "phone": "03493 2 18 71",
        "topics": ["seniorenarbeit", "nachbarschaft", "kultur"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Brigitte Kunze",
                "role": "Leiterin",
                "email": "brigitte.kunze@senioren-holzweissig.example",
                "email_public": True,
                "phone": "03493 2 18 71",
                "competencies": ["Seniorenbegleitung", "Veranstaltungsorganisation"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Evangelische Kirchengemeinde St. Antonius Bitterfeld",
        "kind": "church",
        "description_de": (
            "Die Kirchengemeinde lädt in die St.-Antonius-Kirche in der Bitterfelder Innenstadt zu Gottesdiensten, "
            "Konzerten und offenen Abenden ein. Ein Begegnungscafé für Geflüchtete, die Kinderkirche und ein "
            "Besuchsdienst für Seniorinnen und Senioren werden von Ehrenamtlichen getragen. Die Gemeinde beteiligt "
            "sich jedes Jahr an der Interkulturellen Woche."
        ),
        "description_en": (
            "The parish welcomes people to St Anthony's Church in Bitterfeld town centre for services, concerts "
            "and open evenings. A meeting café for refugees, children's church and a visiting service for older "
            "people are run by volunteers. The parish takes part in the Intercultural Week every year."
        ),
        "street": "Kirchplatz 1",
        "postcode": "06749",
        "city": "Bitterfeld-Wolfen",
        "district": "bitterfeld",
        "lat": 51.6212,
        "lon": 12.3276,
        "website": "https://www.kirche-bitterfeld.example",
        "email": "gemeindebuero@kirche-bitterfeld.example",
        "phone": "03493 2 25 03",
        "topics": ["kultur", "seniorenarbeit", "integration", "nachbarschaft"],
        "diversity": ["religion", "alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Johannes Keller",
                "role": "Pfarrer",
                "email": "johannes.keller@kirche-bitterfeld.example",
                "email_public": True,
                "phone": "03493 2 25 03",
                "competencies": ["Seniorenbegleitung", "Mediation und Konfliktmoderation"],
                "languages": ["de", "en"],
            },
            {
                "name": "Elisabeth Dorn",
                "role": "Koordinatorin Begegnungscafé",
                "email": "elisabeth.dorn@kirche-bitterfeld.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Ehrenamtskoordination", "Deutsch als Zweitsprache"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "SolarWerk Thalheim GmbH",
        "kind": "company",
        "description_de": (
            "Der Hersteller von Solarmodulkomponenten beschäftigt 180 Mitarbeitende aus 14 Nationen im Solar "
            "Valley in Thalheim. Das Unternehmen bietet Schulen Energie-Workshops an, fördert den Umweltverein "
            "Goitzsche und stellt Auszubildende für Vereinsprojekte frei. Neue internationale Fachkräfte werden "
            "von betrieblichen Integrationslots*innen begleitet."
        ),
        "description_en": (
            "The manufacturer of solar module components employs 180 people from 14 nations in the Solar Valley in "
            "Thalheim. The company offers energy workshops to schools, supports the Goitzsche environmental "
            "association and releases apprentices for association projects. New international professionals are "
            "accompanied by in-house integration guides."
        ),
        "street": "Sonnenallee 4",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "thalheim",
        "lat": 51.6541,
        "lon": 12.2313,
        "website": "https://www.solarwerk-thalheim.example",
        "email": "info@solarwerk-thalheim.example",
        "phone": "03494 66 83 00",
        "topics": ["wirtschaft-csr", "klimaschutz", "bildung"],
        "diversity": ["ethnische-herkunft", "geschlecht"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Stephanie Reuter",
                "role": "Leiterin Personal und CSR",
                "email": "stephanie.reuter@solarwerk-thalheim.example",
                "email_public": True,
                "phone": "03494 66 83 10",
                "competencies": ["Netzwerkarbeit", "Berufsorientierung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Rajesh Iyer",
                "role": "Integrationslotse",
                "email": "rajesh.iyer@solarwerk-thalheim.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Englisch", "Migrationsberatung"],
                "languages": ["en", "ta", "de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Interkultureller Garten Wolfen",
        "kind": "initiative",
        "description_de": (
            "Im Interkulturellen Garten bewirtschaften Familien aus Syrien, Afghanistan, Russland und Deutschland "
            "gemeinsam 24 Beete. Neben Gemüse wachsen hier Freundschaften – beim Erntefest, beim Saatguttausch und "
            "beim gemeinsamen Kochen. Die Initiative sucht noch Unterstützung beim Bau eines Gartenhauses."
        ),
        "description_en": (
            "In the intercultural garden, families from Syria, Afghanistan, Russia and Germany tend 24 beds "
            "together. Besides vegetables, friendships grow here – at the harvest festival, the seed swap and "
            "while cooking together. The initiative is still looking for help building a garden shed."
        ),
        "street": "Am Stadtpark 3",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen",
        "lat": 51.6592,
        "lon": 12.2736,
        "website": "",
        "email": "garten.wolfen@posteo.example",
        "phone": "",
        "topics": ["integration", "klimaschutz", "nachbarschaft"],
        "diversity": ["ethnische-herkunft", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Heba Al-Sayed",
                "role": "Sprecherin",
                "email": "heba.al-sayed@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Umweltbildung"],
                "languages": ["ar", "de"],
            },
            {
                "name": "Roswitha Gerlach",
                "role": "Gartenkoordinatorin",
                "email": "roswitha.gerlach@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Umweltbildung", "Gemeinwesenarbeit"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Deutsch-Syrischer Freundeskreis Bitterfeld-Wolfen e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein wurde 2016 von syrischen und deutschen Bitterfelder*innen gegründet und begleitet Familien "
            "beim Ankommen. Er organisiert Deutschlernrunden, Hausaufgabenhilfe und Begegnungsfeste und übersetzt "
            "bei Arzt- und Behördenterminen. Der Verein ist Mitglied im Runden Tisch Integration der Stadt."
        ),
        "description_en": (
            "The association was founded in 2016 by Syrian and German residents of Bitterfeld and helps families "
            "settle in. It organises German practice groups, homework help and meeting festivals and interprets at "
            "medical and official appointments. The association is a member of the town's integration round table."
        ),
        "street": "Walther-Rathenau-Straße 12",
        "postcode": "06749",
        "city": "Bitterfeld-Wolfen",
        "district": "bitterfeld",
        "lat": 51.626,
        "lon": 12.3262,
        "website": "https://www.dsf-bitterfeld-wolfen.example",
        "email": "info@dsf-bitterfeld-wolfen.example",
        "phone": "03493 51 68 20",
        "topics": ["integration", "kultur", "bildung"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Khaled Hamoud",
                "role": "Vorsitzender",
                "email": "khaled.hamoud@dsf-bitterfeld-wolfen.example",
                "email_public": True,
                "phone": "03493 51 68 20",
                "competencies": ["Übersetzung Arabisch", "Migrationsberatung"],
                "languages": ["ar", "de", "en"],
            },
            {
                "name": "Sabine Ritter",
                "role": "Stellvertretende Vorsitzende",
                "email": "sabine.ritter@dsf-bitterfeld-wolfen.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Hausaufgabenhilfe", "Deutsch als Zweitsprache"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Gemeinschaftsschule Thalheim",
        "kind": "school",
        "description_de": (
            "Die Gemeinschaftsschule im Ortsteil Thalheim führt ihre Schülerinnen und Schüler zum Haupt- und "
            "Realschulabschluss. Praxistage in Unternehmen des Chemieparks und des Solar Valley bereiten auf die "
            "Ausbildung vor. Die Schülervertretung organisiert jedes Jahr einen Sponsorenlauf für ein soziales "
            "Projekt."
        ),
        "description_en": (
            "The community school in the Thalheim district prepares its pupils for the lower and intermediate "
            "secondary school certificates. Practical days in companies in the chemical park and the Solar Valley "
            "prepare them for apprenticeships. Every year the student council organises a sponsored run for a "
            "social project."
        ),
        "street": "Schulstraße 8",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "thalheim",
        "lat": 51.6502,
        "lon": 12.2356,
        "website": "https://www.gms-thalheim.example",
        "email": "sekretariat@gms-thalheim.example",
        "phone": "03494 2 17 56",
        "topics": ["bildung", "jugendbeteiligung", "wirtschaft-csr"],
        "diversity": ["soziale-herkunft", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Ines Kaminski",
                "role": "Schulleiterin",
                "email": "ines.kaminski@gms-thalheim.example",
                "email_public": True,
                "phone": "03494 2 17 56",
                "competencies": ["Berufsorientierung", "Projektmanagement"],
                "languages": ["de"],
            },
            {
                "name": "Oleh Kravets",
                "role": "Schulsozialarbeiter",
                "email": "oleh.kravets@gms-thalheim.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Jugendarbeit", "Übersetzung Ukrainisch"],
                "languages": ["uk", "de", "ru"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Muldeland Werkstätten gGmbH",
        "kind": "facility",
        "description_de": (
            "Die Werkstätten bieten rund 280 Menschen mit Behinderung Arbeit und berufliche Bildung in Montage, "
            "Garten- und Landschaftspflege, Küche und Wäscherei. Ein Inklusionsbetrieb der Werkstätten betreibt "
            "ein Café in Bobbau. Mitglieder des Werkstattrats engagieren sich im Behindertenbeirat der Stadt."
        ),
        "description_en": (
            "The workshops offer around 280 people with disabilities work and vocational training in assembly, "
            "gardening and landscaping, kitchen and laundry. An inclusive company belonging to the workshops runs "
            "a café in Bobbau. Members of the workshop council are active in the town's disability advisory "
            "council."
        ),
        "street": "Gewerbestraße 4",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "bobbau",
        "lat": 51.6891,
        "lon": 12.2703,
        "website": "https://www.muldeland-werkstaetten.example",
        "email": "info@muldeland-werkstaetten.example",
        "phone": "03494 5 49 00",
        "topics": ["inklusion", "wirtschaft-csr"],
        "diversity": ["behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Holger Sauer",
                "role": "Geschäftsführer",
                "email": "holger.sauer@muldeland-werkstaetten.example",
                "email_public": True,
                "phone": "03494 5 49 01",
                "competencies": ["Barrierefreiheit", "Fördermittelberatung"],
                "languages": ["de"],
            },
            {
                "name": "Lisa Morawe",
                "role": "Leitung Begleitender Dienst",
                "email": "lisa.morawe@muldeland-werkstaetten.example",
                "email_public": True,
                "phone": "03494 5 49 12",
                "competencies": ["Leichte Sprache", "Sozialberatung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "bitterfeld-wolfen",
        "name": "Tafel Bitterfeld-Wolfen e.V.",
        "kind": "verein",
        "description_de": (
            "Die Tafel versorgt wöchentlich rund 600 Menschen mit Lebensmitteln, die sonst weggeworfen würden. "
            "Ehrenamtliche aller Altersgruppen holen Spenden ab, sortieren sie und geben sie in Wolfen und "
            "Bitterfeld aus. Kinder erhalten zusätzlich ein Frühstückspaket für die Schule."
        ),
        "description_en": (
            "The food bank supplies around 600 people a week with food that would otherwise be thrown away. "
            "Volunteers of all ages collect donations, sort them and hand them out in Wolfen and Bitterfeld. "
            "Children also receive a breakfast pack for school."
        ),
        "street": "Thalheimer Straße 30",
        "postcode": "06766",
        "city": "Bitterfeld-Wolfen",
        "district": "wolfen",
        "lat": 51.664,
        "lon": 12.2722,
        "website": "https://www.tafel-bitterfeld-wolfen.example",
        "email": "info@tafel-bitterfeld-wolfen.example",
        "phone": "03494 3 18 75",
        "topics": ["nachbarschaft", "seniorenarbeit"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Dieter Wenzel",
                "role": "Vorsitzender",
                "email": "dieter.wenzel@tafel-bitterfeld-wolfen.example",
                "email_public": True,
                "phone": "03494 3 18 75",
                "competencies": ["Ehrenamtskoordination", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Koordinierungsstelle Engagierte Stadt Gräfenhainichen",
        "kind": "office",
        "description_de": (
            "Die Koordinierungsstelle im Rathaus der Paul-Gerhardt-Stadt unterstützt Vereine und Engagierte in "
            "Gräfenhainichen und seinen Ortsteilen von Zschornewitz bis Radis. Sie organisiert den "
            "Vereinsstammtisch, hilft bei Förderanträgen und stellt im Rahmen der Glücksbringer-Kampagne des "
            "Regionalnetzwerks Anhalt Engagierte vor. Ein Schwerpunkt ist die Nachwuchsgewinnung für Feuerwehren "
            "und Sportvereine."
        ),
        "description_en": (
            "The coordination office in the town hall of the Paul Gerhardt town supports associations and "
            "volunteers in Gräfenhainichen and its localities from Zschornewitz to Radis. It organises the "
            "association get-together, helps with funding applications and presents volunteers as part of the "
            "Regionalnetzwerk Anhalt's Glücksbringer campaign. One focus is recruiting young members for fire "
            "brigades and sports clubs."
        ),
        "street": "Markt 1",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7292,
        "lon": 12.4559,
        "website": "https://www.graefenhainichen.example/engagiertestadt",
        "email": "engagiertestadt@graefenhainichen.example",
        "phone": "034953 357-40",
        "topics": ["nachbarschaft", "wirtschaft-csr", "jugendbeteiligung", "seniorenarbeit"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Marco Pietsch",
                "role": "Koordinator Engagierte Stadt",
                "email": "marco.pietsch@graefenhainichen.example",
                "email_public": True,
                "phone": "034953 357-41",
                "competencies": ["Netzwerkarbeit", "Fördermittelberatung", "Öffentlichkeitsarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Ferropolis – Stadt aus Eisen",
        "kind": "facility",
        "description_de": (
            "Ferropolis ist Industriedenkmal und Veranstaltungsort auf einer Halbinsel im Gremminer See, wo fünf "
            "Großgeräte aus dem Tagebau an die Braunkohlezeit erinnern. Neben großen Festivals gibt es Führungen, "
            "Kletterangebote und Projekttage zum Strukturwandel. Vereine der Region nutzen das Gelände für "
            "Sportveranstaltungen und Benefizaktionen."
        ),
        "description_en": (
            "Ferropolis is an industrial monument and event venue on a peninsula in Lake Gremmin, where five giant "
            "mining machines recall the lignite era. Besides major festivals, it offers guided tours, climbing and "
            "project days on structural change. Associations from the region use the site for sports events and "
            "charity activities."
        ),
        "street": "Ferropolisstraße 1",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7441,
        "lon": 12.4493,
        "website": "https://www.ferropolis.example",
        "email": "info@ferropolis.example",
        "phone": "034953 35 12 0",
        "topics": ["kultur", "wirtschaft-csr", "jugendbeteiligung"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Sandra Vetter",
                "role": "Leiterin Besucherservice und Bildung",
                "email": "sandra.vetter@ferropolis.example",
                "email_public": True,
                "phone": "034953 35 12 11",
                "competencies": ["Kulturelle Bildung", "Veranstaltungsorganisation"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Evangelische Kirchengemeinde Gräfenhainichen",
        "kind": "church",
        "description_de": (
            "Die Kirchengemeinde in der Geburtsstadt des Liederdichters Paul Gerhardt pflegt sein Erbe mit "
            "Konzerten, Liederabenden und der Paul-Gerhardt-Kapelle. Ehrenamtliche leiten Seniorenkreis, "
            "Kinderchor und Besuchsdienst. Jedes Jahr lädt die Gemeinde zu einem Paul-Gerhardt-Fest ein."
        ),
        "description_en": (
            "The parish in the birthplace of the hymn writer Paul Gerhardt cherishes his legacy with concerts, "
            "song evenings and the Paul Gerhardt Chapel. Volunteers lead the senior citizens' group, children's "
            "choir and visiting service. Every year the parish hosts a Paul Gerhardt festival."
        ),
        "street": "Kirchplatz 3",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7311,
        "lon": 12.4543,
        "website": "https://www.kirche-graefenhainichen.example",
        "email": "pfarramt@kirche-graefenhainichen.example",
        "phone": "034953 2 23 14",
        "topics": ["kultur", "seniorenarbeit", "nachbarschaft"],
        "diversity": ["religion", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Dorothea Lindemann",
                "role": "Pfarrerin",
                "email": "dorothea.lindemann@kirche-graefenhainichen.example",
                "email_public": True,
                "phone": "034953 2 23 14",
                "competencies": ["Seniorenbegleitung", "Musikpädagogik"],
                "languages": ["de", "en"],
            },
            {
                "name": "Rolf Hentschel",
                "role": "Mitglied im Gemeindekirchenrat",
                "email": "rolf.hentschel@kirche-graefenhainichen.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Heimatverein Zschornewitz e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein erforscht und vermittelt die Geschichte des Kraftwerks Zschornewitz, das bei seiner "
            "Inbetriebnahme als größtes Braunkohlekraftwerk der Welt galt, und seiner denkmalgeschützten "
            "Werkssiedlung. Mitglieder führen durch die Siedlung, sammeln Erinnerungen ehemaliger "
            "Kraftwerker*innen und organisieren das Siedlungsfest. Jüngere Mitglieder digitalisieren das "
            "Fotoarchiv."
        ),
        "description_en": (
            "The association researches and presents the history of the Zschornewitz power station, which was "
            "considered the world's largest lignite power station when it opened, and of its listed workers' "
            "housing estate. Members guide visitors through the estate, collect memories of former power station "
            "workers and organise the estate festival. Younger members are digitising the photo archive."
        ),
        "street": "Kraftwerkstraße 12",
        "postcode": "06791",
        "city": "Gräfenhainichen",
        "district": "zschornewitz",
        "lat": 51.7151,
        "lon": 12.4033,
        "website": "https://www.heimatverein-zschornewitz.example",
        "email": "info@heimatverein-zschornewitz.example",
        "phone": "034953 3 94 20",
        "topics": ["kultur", "seniorenarbeit"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Eberhard Naumann",
                "role": "Vorsitzender",
                "email": "eberhard.naumann@heimatverein-zschornewitz.example",
                "email_public": True,
                "phone": "034953 3 94 20",
                "competencies": ["Kulturelle Bildung"],
                "languages": ["de"],
            },
            {
                "name": "Jonas Fiedler",
                "role": "Digitalisierungsprojekt",
                "email": "jonas.fiedler@heimatverein-zschornewitz.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Fotografie", "Medienkompetenz"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Jugendclub Gräfenhainichen",
        "kind": "facility",
        "description_de": (
            "Der Jugendclub ist der zentrale Treffpunkt für Jugendliche aus der Stadt und den umliegenden Dörfern. "
            "Jugendliche planen hier Konzerte, bauen eine Bike-Strecke und diskutieren bei der jährlichen "
            "Jugendsprechstunde mit dem Bürgermeister. Ein Fahrdienst bringt Jugendliche aus den Ortsteilen abends "
            "nach Hause."
        ),
        "description_en": (
            "The youth club is the central meeting place for young people from the town and surrounding villages. "
            "Young people plan concerts here, build a bike trail and debate with the mayor at the annual youth "
            "consultation hour. A driving service takes young people from the outlying villages home in the "
            "evening."
        ),
        "street": "Bahnhofstraße 18",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7272,
        "lon": 12.4586,
        "website": "https://www.jugendclub-graefenhainichen.example",
        "email": "team@jugendclub-graefenhainichen.example",
        "phone": "034953 2 17 30",
        "topics": ["jugendbeteiligung", "sport", "demokratie"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Robert Schindler",
                "role": "Sozialarbeiter",
                "email": "robert.schindler@jugendclub-graefenhainichen.example",
                "email_public": True,
                "phone": "034953 2 17 30",
                "competencies": ["Jugendarbeit", "Demokratiebildung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Seniorentreff Möhlau",
        "kind": "facility",
        "description_de": (
            "Im Seniorentreff treffen sich ältere Menschen aus Möhlau, Golpa und Rothehaus zu Kaffeerunde, Skat, "
            "Gymnastik und Ausflügen. Die ehrenamtlich geführte Einrichtung organisiert einen Einkaufsfahrdienst "
            "und besucht Menschen, die das Haus nicht mehr verlassen können. Für die Seniorenarbeit in den "
            "Ortsteilen werden weitere Helfer*innen gesucht."
        ),
        "description_en": (
            "At the senior citizens' meeting place, older people from Möhlau, Golpa and Rothehaus meet for coffee, "
            "card games, gymnastics and outings. The volunteer-run facility organises a shopping shuttle and "
            "visits people who can no longer leave the house. More helpers are wanted for work with older people "
            "in the villages."
        ),
        "street": "Hauptstraße 40",
        "postcode": "06791",
        "city": "Gräfenhainichen",
        "district": "moehlau",
        "lat": 51.7351,
        "lon": 12.3483,
        "website": "",
        "email": "seniorentreff.moehlau@web.example",
        "phone": "034953 3 21 08",
        "topics": ["seniorenarbeit", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Renate Fischer",
                "role": "Leiterin (ehrenamtlich)",
                "email": "renate.fischer@web.example",
                "email_public": True,
                "phone": "034953 3 21 08",
                "competencies": ["Seniorenbegleitung", "Veranstaltungsorganisation"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Förderverein Freiwillige Feuerwehr Jüdenberg e.V.",
        "kind": "verein",
        "description_de": (
            "Der Förderverein unterstützt die Ortswehr Jüdenberg bei der Nachwuchsarbeit, der Ausstattung der "
            "Jugendfeuerwehr und beim traditionellen Osterfeuer. Der Erlös des Osterfeuers fließt in Zeltlager und "
            "Ausbildungsfahrten der Jugendlichen. Auch Quereinsteiger*innen ab 16 Jahren sind in der "
            "Einsatzabteilung willkommen."
        ),
        "description_en": (
            "The support association helps the Jüdenberg fire brigade with recruiting young members, equipping the "
            "youth fire brigade and the traditional Easter bonfire. The proceeds of the Easter bonfire go to camps "
            "and training trips for the young people. Newcomers from the age of 16 are also welcome in the active "
            "unit."
        ),
        "street": "Dorfstraße 5",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "juedenberg",
        "lat": 51.7511,
        "lon": 12.4203,
        "website": "https://www.feuerwehr-juedenberg.example",
        "email": "foerderverein@feuerwehr-juedenberg.example",
        "phone": "",
        "topics": ["jugendbeteiligung", "nachbarschaft"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Steffen Kunath",
                "role": "Vorsitzender",
                "email": "steffen.kunath@feuerwehr-juedenberg.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Erste Hilfe", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Lara Böttcher",
                "role": "Jugendwartin",
                "email": "lara.boettcher@feuerwehr-juedenberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Jugendarbeit", "Erste Hilfe"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "SG Heide Gräfenhainichen 1990 e.V.",
        "kind": "verein",
        "description_de": (
            "Die Sportgemeinschaft bietet Fußball, Handball, Leichtathletik und Nordic Walking für alle "
            "Generationen an. Geflüchtete Jugendliche spielen seit Jahren in den Nachwuchsmannschaften mit und "
            "sind inzwischen selbst als Co-Trainer aktiv. Beim Heidelauf im September laufen Hunderte "
            "Sportler*innen durch die Dübener Heide."
        ),
        "description_en": (
            "The sports club offers football, handball, athletics and Nordic walking for all generations. Young "
            "refugees have been playing in the youth teams for years and some now work as assistant coaches "
            "themselves. At the Heide run in September, hundreds of athletes run through the Dübener Heide forest."
        ),
        "street": "Sportplatzstraße 1",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.732,
        "lon": 12.4572,
        "website": "https://www.sg-heide.example",
        "email": "info@sg-heide.example",
        "phone": "034953 2 08 11",
        "topics": ["sport", "jugendbeteiligung", "seniorenarbeit", "integration"],
        "diversity": ["alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Thomas Kühn",
                "role": "Vorsitzender",
                "email": "thomas.kuehn@sg-heide.example",
                "email_public": True,
                "phone": "034953 2 08 11",
                "competencies": ["Übungsleitung Sport", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Hamid Noori",
                "role": "Co-Trainer Jugend",
                "email": "hamid.noori@sg-heide.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übungsleitung Sport", "Übersetzung Persisch/Dari"],
                "languages": ["fa", "de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Gemeinschaftsschule An der Heide",
        "kind": "school",
        "description_de": (
            "Die Gemeinschaftsschule bietet Schülerinnen und Schülern aus Gräfenhainichen und den Ortsteilen alle "
            "Abschlüsse der Sekundarstufe I. In Kooperation mit Betrieben der Region und Ferropolis gibt es "
            "Praxislernen und eine Schülerfirma. Die Schule gehört zum Netzwerk „Schule ohne Rassismus – Schule "
            "mit Courage“."
        ),
        "description_en": (
            "The community school offers pupils from Gräfenhainichen and its localities all lower secondary "
            "qualifications. In cooperation with regional companies and Ferropolis there is practical learning and "
            "a student company. The school belongs to the “School without Racism – School with Courage” network."
        ),
        "street": "Schulstraße 10",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7263,
        "lon": 12.4538,
        "website": "https://www.gms-heide.example",
        "email": "sekretariat@gms-heide.example",
        "phone": "034953 2 22 70",
        "topics": ["bildung", "jugendbeteiligung", "wirtschaft-csr"],
        "diversity": ["soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Kerstin Bauch",
                "role": "Schulleiterin",
                "email": "kerstin.bauch@gms-heide.example",
                "email_public": True,
                "phone": "034953 2 22 70",
                "competencies": ["Berufsorientierung", "Projektmanagement"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Naturfreunde Dübener Heide Gräfenhainichen e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein lädt zu geführten Wanderungen, Radtouren und Pilzexkursionen in die Dübener Heide ein. "
            "Mitglieder pflegen Wanderwege, bauen mit Kindern Nistkästen und helfen beim Waldumbau nach "
            "Dürrejahren. Einmal im Monat gibt es eine barrierearme Wanderung für Menschen mit eingeschränkter "
            "Mobilität."
        ),
        "description_en": (
            "The association invites people on guided hikes, bike tours and mushroom walks in the Dübener Heide. "
            "Members maintain hiking trails, build nesting boxes with children and help convert the forest after "
            "years of drought. Once a month there is a low-barrier hike for people with limited mobility."
        ),
        "street": "Kemberger Straße 3",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "radis",
        "lat": 51.7581,
        "lon": 12.5193,
        "website": "https://www.naturfreunde-heide.example",
        "email": "info@naturfreunde-heide.example",
        "phone": "034953 3 70 12",
        "topics": ["klimaschutz", "sport", "bildung"],
        "diversity": ["alter", "behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Heiko Sperling",
                "role": "Vorsitzender und Wanderleiter",
                "email": "heiko.sperling@naturfreunde-heide.example",
                "email_public": True,
                "phone": "034953 3 70 12",
                "competencies": ["Umweltbildung", "Übungsleitung Sport"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Nachbarschaftshilfe Schköna",
        "kind": "initiative",
        "description_de": (
            "In Schköna hilft man sich: Die Nachbarschaftshilfe vermittelt Einkaufsfahrten, Gartenhilfe und kleine "
            "Reparaturen für ältere und kranke Dorfbewohner*innen. Rund 25 Helferinnen und Helfer sind über eine "
            "Telefonkette erreichbar. Im Gegenzug backen die Seniorinnen und Senioren Kuchen für das Dorffest."
        ),
        "description_en": (
            "In Schköna people help each other: the neighbourhood help arranges shopping trips, garden help and "
            "small repairs for older and sick villagers. Around 25 helpers can be reached via a telephone chain. "
            "In return, the older residents bake cakes for the village festival."
        ),
        "street": "Dorfstraße 12",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "schkoena",
        "lat": 51.6851,
        "lon": 12.4733,
        "website": "",
        "email": "nachbarschaftshilfe.schkoena@web.example",
        "phone": "",
        "topics": ["nachbarschaft", "seniorenarbeit"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Marion Kettler",
                "role": "Ansprechpartnerin",
                "email": "marion.kettler@web.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Ehrenamtskoordination", "Seniorenbegleitung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Willkommensinitiative Gräfenhainichen",
        "kind": "initiative",
        "description_de": (
            "Die Initiative begleitet seit 2015 Geflüchtete und Zugewanderte in Gräfenhainichen, heute vor allem "
            "Familien aus der Ukraine und aus Syrien. Ehrenamtliche geben Deutschunterricht, helfen bei "
            "Schulanmeldung und Jobsuche und laden zum monatlichen Begegnungsabend ein. Die Initiative arbeitet "
            "eng mit der Kirchengemeinde und der Koordinierungsstelle zusammen."
        ),
        "description_en": (
            "Since 2015 the initiative has been supporting refugees and immigrants in Gräfenhainichen, today "
            "mainly families from Ukraine and Syria. Volunteers teach German, help with school enrolment and job "
            "hunting and host a monthly meeting evening. The initiative works closely with the parish and the "
            "coordination office."
        ),
        "street": "Markt 8",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "graefenhainichen",
        "lat": 51.7298,
        "lon": 12.4594,
        "website": "",
        "email": "willkommen.graefenhainichen@posteo.example",
        "phone": "",
        "topics": ["integration", "bildung"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Annegret Vogt",
                "role": "Sprecherin",
                "email": "annegret.vogt@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Deutsch als Zweitsprache", "Ehrenamtskoordination"],
                "languages": ["de", "en"],
            },
            {
                "name": "Yuliia Marchenko",
                "role": "Sprachmittlerin",
                "email": "yuliia.marchenko@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Übersetzung Russisch"],
                "languages": ["uk", "ru", "de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Heidebäckerei Tornau GmbH",
        "kind": "company",
        "description_de": (
            "Die Heidebäckerei backt mit Getreide aus der Region und beliefert Filialen in Gräfenhainichen und den "
            "Ortsteilen. Seit Jahren unterstützt sie Vereinsfeste mit Kuchenspenden und bietet Jugendlichen aus "
            "der Region Schulpraktika an. Inhaber*innen einer Ehrenamtskarte aus dem Regionalnetzwerk Anhalt "
            "erhalten zehn Prozent Rabatt."
        ),
        "description_en": (
            "The Heide bakery bakes with grain from the region and supplies shops in Gräfenhainichen and the "
            "surrounding villages. For years it has supported association festivals with cake donations and offers "
            "school internships to young people from the region. Holders of a volunteer card from the "
            "Regionalnetzwerk Anhalt get a ten per cent discount."
        ),
        "street": "Dorfstraße 30",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "tornau",
        "lat": 51.7051,
        "lon": 12.5043,
        "website": "https://www.heidebaeckerei.example",
        "email": "info@heidebaeckerei.example",
        "phone": "034953 2 31 55",
        "topics": ["wirtschaft-csr", "nachbarschaft"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Frank Ulrich",
                "role": "Inhaber",
                "email": "frank.ulrich@heidebaeckerei.example",
                "email_public": True,
                "phone": "034953 2 31 55",
                "competencies": ["Berufsorientierung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "graefenhainichen",
        "name": "Landfrauenverein Radis e.V.",
        "kind": "verein",
        "description_de": (
            "Der Landfrauenverein verbindet Frauen aller Generationen aus Radis und den Nachbardörfern. Neben "
            "Kochkursen, Vorträgen zu Gesundheit und Recht und dem Erntedankmarkt organisiert der Verein Ausflüge "
            "und einen Handarbeitskreis. Junge Mütter finden hier Austausch und Unterstützung."
        ),
        "description_en": (
            "The rural women's association connects women of all generations from Radis and the neighbouring "
            "villages. Besides cookery courses, talks on health and law and the harvest festival market, the "
            "association organises outings and a needlework circle. Young mothers find exchange and support here."
        ),
        "street": "Lindenstraße 7",
        "postcode": "06773",
        "city": "Gräfenhainichen",
        "district": "radis",
        "lat": 51.7542,
        "lon": 12.5236,
        "website": "https://www.landfrauen-radis.example",
        "email": "info@landfrauen-radis.example",
        "phone": "034953 3 85 17",
        "topics": ["nachbarschaft", "kultur", "seniorenarbeit"],
        "diversity": ["geschlecht", "alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Silke Thomas",
                "role": "Vorsitzende",
                "email": "silke.thomas@landfrauen-radis.example",
                "email_public": True,
                "phone": "034953 3 85 17",
                "competencies": ["Veranstaltungsorganisation", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Koordinierungsstelle Engagierte Stadt Lutherstadt Wittenberg",
        "kind": "office",
        "description_de": (
            "Die Koordinierungsstelle der Lutherstadt Wittenberg bringt Vereine, Kirchen, Bildungseinrichtungen "
            "und Unternehmen zusammen, um Engagement in der Kernstadt und in den Ortschaften zu stärken. Sie berät "
            "zu Fördermitteln, vermittelt Freiwillige und würdigt Engagierte beim jährlichen Ehrenamtsempfang. Mit "
            "den Partnerstädten im Regionalnetzwerk Anhalt trägt sie die Kampagne „Glücksbringer“."
        ),
        "description_en": (
            "The coordination office of Lutherstadt Wittenberg brings associations, churches, educational "
            "institutions and businesses together to strengthen engagement in the town centre and the outlying "
            "localities. It advises on funding, places volunteers and honours them at the annual volunteers' "
            "reception. With its partner towns in the Regionalnetzwerk Anhalt it runs the “Glücksbringer” "
            "campaign."
        ),
        "street": "Lutherstraße 56",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.8678,
        "lon": 12.6479,
        "website": "https://www.wittenberg.example/engagiertestadt",
        "email": "engagiertestadt@wittenberg.example",
        "phone": "03491 421-330",
        "topics": ["nachbarschaft", "wirtschaft-csr", "demokratie"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": True,
        "contacts": [
            {
                "name": "Stefanie Marx",
                "role": "Koordinatorin Engagierte Stadt",
                "email": "stefanie.marx@wittenberg.example",
                "email_public": True,
                "phone": "03491 421-331",
                "competencies": ["Netzwerkarbeit", "Ehrenamtskoordination", "Fördermittelberatung"],
                "languages": ["de", "en"],
            },
            {
                "name": "Ben Hilbert",
                "role": "Öffentlichkeitsarbeit",
                "email": "ben.hilbert@wittenberg.example",
                "email_public": True,
                "phone": "03491 421-332",
                "competencies": ["Öffentlichkeitsarbeit", "Social Media", "Fotografie"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Integrationsbeauftragte der Lutherstadt Wittenberg",
        "kind": "office",
        "description_de": (
            "Die Integrationsbeauftragte berät Zugewanderte und Vereine, koordiniert das Netzwerk Integration und "
            "begleitet den Migrationsbeirat. Sie organisiert die Interkulturelle Woche und vermittelt "
            "ehrenamtliche Sprachmittler*innen für Behördengänge."
        ),
        "description_en": (
            "The integration officer advises immigrants and associations, coordinates the integration network and "
            "supports the migration advisory council. She organises the Intercultural Week and arranges volunteer "
            "language mediators for appointments with authorities."
        ),
        "street": "Lutherstraße 56",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.8678,
        "lon": 12.6479,
        "website": "https://www.wittenberg.example/integration",
        "email": "integration@wittenberg.example",
        "phone": "03491 421-340",
        "topics": ["integration", "demokratie"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": [],
        "trusted": True,
        "contacts": [
            {
                "name": "Ayşe Demir",
                "role": "Integrationsbeauftragte",
                "email": "ayse.demir@wittenberg.example",
                "email_public": True,
                "phone": "03491 421-341",
                "competencies": ["Migrationsberatung", "Antidiskriminierungsberatung", "Netzwerkarbeit"],
                "languages": ["de", "tr", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Evangelische Stadtkirchengemeinde Wittenberg",
        "kind": "church",
        "description_de": (
            "In der Stadtkirche St. Marien, der Predigtkirche Martin Luthers, feiert die Gemeinde Gottesdienste "
            "und lädt zu Orgelkonzerten und Kirchenführungen ein. Ehrenamtliche begrüßen Besucher*innen aus aller "
            "Welt, gestalten Seniorennachmittage und unterstützen Geflüchtete. Im Sommer gibt es auch "
            "englischsprachige Gottesdienste für internationale Gäste."
        ),
        "description_en": (
            "In the town church of St Mary, where Martin Luther preached, the parish holds services and invites "
            "people to organ concerts and church tours. Volunteers welcome visitors from all over the world, "
            "organise afternoons for older people and support refugees. In summer there are also English-language "
            "services for international guests."
        ),
        "street": "Kirchplatz 20",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.8664,
        "lon": 12.6454,
        "website": "https://www.stadtkirche-wittenberg.example",
        "email": "gemeindebuero@stadtkirche-wittenberg.example",
        "phone": "03491 40 44 15",
        "topics": ["kultur", "seniorenarbeit", "integration"],
        "diversity": ["religion", "alter", "ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Matthias Römer",
                "role": "Pfarrer",
                "email": "matthias.roemer@stadtkirche-wittenberg.example",
                "email_public": True,
                "phone": "03491 40 44 15",
                "competencies": ["Seniorenbegleitung", "Mediation und Konfliktmoderation", "Übersetzung Englisch"],
                "languages": ["de", "en"],
            },
            {
                "name": "Ute Krämer",
                "role": "Koordinatorin Kirchenführungen",
                "email": "ute.kraemer@stadtkirche-wittenberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Ehrenamtskoordination", "Kulturelle Bildung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Evangelische Akademie Sachsen-Anhalt",
        "kind": "facility",
        "description_de": (
            "Die Evangelische Akademie ist in Wittenberg ein Ort für Debatte und Demokratiebildung. Mit Tagungen, "
            "Workshops und Jugendbildungsangeboten bringt sie Menschen aus Politik, Kirche, Wissenschaft und "
            "Zivilgesellschaft ins Gespräch. Vereine können bei ihr Argumentationstrainings gegen "
            "Stammtischparolen buchen."
        ),
        "description_en": (
            "The Protestant Academy is a place for debate and democracy education in Wittenberg. With conferences, "
            "workshops and youth education programmes it brings together people from politics, church, academia "
            "and civil society. Associations can book argumentation training against populist slogans."
        ),
        "street": "Schlossplatz 1d",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.867,
        "lon": 12.6398,
        "website": "https://www.ev-akademie-wittenberg.example",
        "email": "info@ev-akademie-wittenberg.example",
        "phone": "03491 49 88-0",
        "topics": ["demokratie", "bildung", "integration"],
        "diversity": ["religion", "ethnische-herkunft", "geschlecht"],
        "programmes": ["partnerschaft-fuer-demokratie"],
        "trusted": False,
        "contacts": [
            {
                "name": "Johanna Ebert",
                "role": "Studienleiterin Politische Bildung",
                "email": "johanna.ebert@ev-akademie-wittenberg.example",
                "email_public": True,
                "phone": "03491 49 88-21",
                "competencies": ["Demokratiebildung", "Moderation"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Stiftung Luthergedenkstätten in Sachsen-Anhalt",
        "kind": "foundation",
        "description_de": (
            "Die Stiftung betreut in Wittenberg das Lutherhaus und das Melanchthonhaus sowie die Lutherstätten in "
            "Eisleben und Mansfeld; Luther- und Melanchthonhaus gehören zum UNESCO-Welterbe. Ihr Bildungsangebot "
            "reicht von Schulworkshops bis zu barrierearmen Führungen und Angeboten in Leichter Sprache. "
            "Ehrenamtliche unterstützen als Museumsbegleiter*innen."
        ),
        "description_en": (
            "In Wittenberg the foundation looks after Luther House and Melanchthon House as well as the Luther "
            "sites in Eisleben and Mansfeld; Luther House and Melanchthon House are UNESCO World Heritage sites. "
            "Its education programme ranges from school workshops to low-barrier tours and offers in easy-to-read "
            "language. Volunteers help as museum companions."
        ),
        "street": "Collegienstraße 54",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.864,
        "lon": 12.6526,
        "website": "https://www.martinluther.example",
        "email": "info@martinluther.example",
        "phone": "03491 42 03-0",
        "topics": ["kultur", "bildung"],
        "diversity": ["religion", "ethnische-herkunft", "alter", "behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Claudia Heise",
                "role": "Leiterin Bildung und Vermittlung",
                "email": "claudia.heise@martinluther.example",
                "email_public": True,
                "phone": "03491 42 03-171",
                "competencies": ["Kulturelle Bildung", "Barrierefreiheit", "Leichte Sprache"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Mehrgenerationenhaus Wittenberg",
        "kind": "facility",
        "description_de": (
            "Das Mehrgenerationenhaus im Stadtteil Lindenfeld bietet offene Treffs, Familienbildung, Seniorensport "
            "und Sprachkurse unter einem Dach. Ein ehrenamtlich betriebener Mittagstisch, eine Kleiderbörse und "
            "die Vermittlung von Leih-Großeltern verbinden die Generationen. Hier trifft sich auch der "
            "Seniorenbeirat der Stadt."
        ),
        "description_en": (
            "The multi-generation house in the Lindenfeld district offers open meeting places, family education, "
            "sport for older people and language courses under one roof. A volunteer-run lunch table, a clothes "
            "exchange and a “borrowed grandparents” scheme connect the generations. The town's senior citizens' "
            "advisory council also meets here."
        ),
        "street": "Thomas-Müntzer-Straße 45",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "lindenfeld",
        "lat": 51.8821,
        "lon": 12.6363,
        "website": "https://www.mgh-wittenberg.example",
        "email": "info@mgh-wittenberg.example",
        "phone": "03491 66 21 80",
        "topics": ["nachbarschaft", "seniorenarbeit", "jugendbeteiligung", "integration"],
        "diversity": ["alter", "soziale-herkunft", "ethnische-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Silvia Hartwig",
                "role": "Leiterin",
                "email": "silvia.hartwig@mgh-wittenberg.example",
                "email_public": True,
                "phone": "03491 66 21 81",
                "competencies": ["Gemeinwesenarbeit", "Fördermittelberatung"],
                "languages": ["de"],
            },
            {
                "name": "Mustafa Ibrahim",
                "role": "Sprachkursbegleiter",
                "email": "mustafa.ibrahim@mgh-wittenberg.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Arabisch", "Deutsch als Zweitsprache"],
                "languages": ["ar", "de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Seniorenbeirat der Lutherstadt Wittenberg",
        "kind": "initiative",
        "description_de": (
            "Der Seniorenbeirat vertritt die Belange älterer Menschen in der Lutherstadt gegenüber Stadtrat und "
            "Verwaltung. Er setzt sich für barrierefreie Wege, mehr Sitzgelegenheiten in der Altstadt und eine "
            "gute Nahverkehrsanbindung der Ortschaften ein. Monatlich bietet er eine offene Sprechstunde im "
            "Mehrgenerationenhaus an."
        ),
        "description_en": (
            "The senior citizens' advisory council represents the interests of older people in the Luther town "
            "towards the town council and administration. It campaigns for barrier-free paths, more seating in the "
            "old town and good public transport links to the outlying localities. It holds an open consultation "
            "hour in the multi-generation house every month."
        ),
        "street": "Thomas-Müntzer-Straße 45",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "lindenfeld",
        "lat": 51.8782,
        "lon": 12.6406,
        "website": "",
        "email": "seniorenbeirat@wittenberg.example",
        "phone": "",
        "topics": ["seniorenarbeit", "demokratie"],
        "diversity": ["alter"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Wolfgang Reimer",
                "role": "Vorsitzender",
                "email": "wolfgang.reimer@wittenberg.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Seniorenbegleitung", "Moderation"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Seniorenhaus Am Lindenfeld",
        "kind": "facility",
        "description_de": (
            "Das Seniorenhaus bietet stationäre Pflege und betreutes Wohnen für 110 Seniorinnen und Senioren. "
            "Ehrenamtliche Vorleser*innen, ein Chor aus der Nachbarschaft und Schüler*innen eines benachbarten "
            "Gymnasiums bringen Abwechslung in den Alltag. Angehörige sind jederzeit willkommen."
        ),
        "description_en": (
            "The senior citizens' home offers residential care and assisted living for 110 older people. Volunteer "
            "readers, a choir from the neighbourhood and pupils from a nearby grammar school bring variety to "
            "everyday life. Relatives are welcome at any time."
        ),
        "street": "Dessauer Straße 280",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "lindenfeld",
        "lat": 51.883,
        "lon": 12.6392,
        "website": "https://www.seniorenhaus-lindenfeld.example",
        "email": "info@seniorenhaus-lindenfeld.example",
        "phone": "03491 66 70 10",
        "topics": ["seniorenarbeit", "kultur"],
        "diversity": ["alter", "behinderung"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Frank Dobbert",
                "role": "Einrichtungsleiter",
                "email": "frank.dobbert@seniorenhaus-lindenfeld.example",
                "email_public": True,
                "phone": "03491 66 70 11",
                "competencies": ["Pflegeberatung", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Mariana Popescu",
                "role": "Alltagsbegleiterin",
                "email": "mariana.popescu@seniorenhaus-lindenfeld.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Seniorenbegleitung"],
                "languages": ["ro", "de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Jugendzentrum Piesteritz",
        "kind": "facility",
        "description_de": (
            "Das Jugendzentrum in der historischen Werkssiedlung Piesteritz bietet offene Jugendarbeit, einen "
            "Sportraum und eine Fahrradwerkstatt. Jugendliche entwickeln hier Ideen für Projekte aus dem "
            "Jugendfonds und produzieren in der Jugendredaktion eigene Podcasts. Die Räume stehen auch "
            "Jugendgruppen für Treffen zur Verfügung."
        ),
        "description_en": (
            "The youth centre in the historic Piesteritz workers' housing estate offers open youth work, a sports "
            "room and a bicycle workshop. Young people develop ideas for youth fund projects here and produce "
            "their own podcasts in the youth newsroom. The rooms are also available to youth groups for meetings."
        ),
        "street": "Werkstraße 12",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "piesteritz",
        "lat": 51.8751,
        "lon": 12.5883,
        "website": "https://www.jz-piesteritz.example",
        "email": "team@jz-piesteritz.example",
        "phone": "03491 61 24 37",
        "topics": ["jugendbeteiligung", "sport", "demokratie"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Jan Schröter",
                "role": "Leiter",
                "email": "jan.schroeter@jz-piesteritz.example",
                "email_public": True,
                "phone": "03491 61 24 37",
                "competencies": ["Jugendarbeit", "Medienkompetenz"],
                "languages": ["de", "en"],
            },
            {
                "name": "Sophia Engler",
                "role": "Jugendbildungsreferentin",
                "email": "sophia.engler@jz-piesteritz.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Demokratiebildung", "Jugendarbeit"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "SG Friedrichstadt Wittenberg e.V.",
        "kind": "verein",
        "description_de": (
            "Der Verein bietet Handball, Judo, Kinderturnen und eine inklusive Sportgruppe für Menschen mit "
            "geistiger Behinderung an. Die Übungsleiter*innen des Vereins sind für inklusiven Sport qualifiziert. "
            "Beim Lutherstadtlauf stellt der Verein jedes Jahr über 50 Helfer*innen."
        ),
        "description_en": (
            "The club offers handball, judo, children's gymnastics and an inclusive sports group for people with "
            "intellectual disabilities. The club's coaches are qualified in inclusive sport. Every year the club "
            "provides more than 50 helpers for the Luther town run."
        ),
        "street": "Sternstraße 5",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "friedrichstadt",
        "lat": 51.8711,
        "lon": 12.6623,
        "website": "https://www.sg-friedrichstadt.example",
        "email": "info@sg-friedrichstadt.example",
        "phone": "03491 41 13 05",
        "topics": ["sport", "jugendbeteiligung", "inklusion"],
        "diversity": ["alter", "behinderung"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Andreas Rettig",
                "role": "Vorsitzender",
                "email": "andreas.rettig@sg-friedrichstadt.example",
                "email_public": True,
                "phone": "03491 41 13 05",
                "competencies": ["Übungsleitung Sport", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
            {
                "name": "Melanie Strauch",
                "role": "Übungsleiterin Inklusionssport",
                "email": "melanie.strauch@sg-friedrichstadt.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übungsleitung Sport", "Barrierefreiheit"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Wittenberger Tafel e.V.",
        "kind": "verein",
        "description_de": (
            "Die Wittenberger Tafel gibt Lebensmittelspenden an bedürftige Menschen in der Stadt und den "
            "Ortschaften aus. Rund 70 Ehrenamtliche holen Waren ab, sortieren und verteilen sie; Seniorinnen und "
            "Senioren, die nicht mobil sind, werden beliefert. Der Verein sucht besonders Fahrer*innen und "
            "Helfer*innen für den Vormittag."
        ),
        "description_en": (
            "The Wittenberg food bank distributes donated food to people in need in the town and the outlying "
            "localities. Around 70 volunteers collect, sort and hand out goods; older people with limited mobility "
            "receive deliveries. The association is especially looking for drivers and helpers in the mornings."
        ),
        "street": "Dessauer Straße 120",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "kleinwittenberg",
        "lat": 51.8711,
        "lon": 12.6093,
        "website": "https://www.tafel-wittenberg.example",
        "email": "info@tafel-wittenberg.example",
        "phone": "03491 43 66 20",
        "topics": ["nachbarschaft", "seniorenarbeit", "integration"],
        "diversity": ["soziale-herkunft", "alter"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Bernd Schulze",
                "role": "Vorsitzender",
                "email": "bernd.schulze@tafel-wittenberg.example",
                "email_public": True,
                "phone": "03491 43 66 20",
                "competencies": ["Ehrenamtskoordination", "Vereinsrecht und Buchhaltung"],
                "languages": ["de"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Interkulturelles Netzwerk Wittenberg e.V.",
        "kind": "verein",
        "description_de": (
            "Das Netzwerk verbindet Migrantenorganisationen, Kirchengemeinden und Initiativen in Wittenberg. Der "
            "Verein organisiert das Fest der Kulturen auf dem Marktplatz, ein Patenschaftsprogramm für "
            "Neuzugewanderte und Antirassismus-Workshops für Vereine. Einzelne Projekte werden über die "
            "Partnerschaft für Demokratie gefördert."
        ),
        "description_en": (
            "The network connects migrant organisations, parishes and initiatives in Wittenberg. The association "
            "organises the Festival of Cultures on the market square, a mentoring programme for newcomers and "
            "anti-racism workshops for associations. Individual projects are funded through the Partnership for "
            "Democracy."
        ),
        "street": "Collegienstraße 82",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.8684,
        "lon": 12.6428,
        "website": "https://www.inwb.example",
        "email": "info@inwb.example",
        "phone": "03491 45 71 60",
        "topics": ["integration", "kultur", "demokratie"],
        "diversity": ["ethnische-herkunft", "religion"],
        "programmes": ["partnerschaft-fuer-demokratie", "engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Amira Benkirane",
                "role": "Geschäftsführerin",
                "email": "amira.benkirane@inwb.example",
                "email_public": True,
                "phone": "03491 45 71 60",
                "competencies": ["Migrationsberatung", "Antidiskriminierungsberatung", "Übersetzung Arabisch"],
                "languages": ["ar", "fr", "de", "en"],
            },
            {
                "name": "Sergej Maier",
                "role": "Projektleiter Patenschaften",
                "email": "sergej.maier@inwb.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Übersetzung Russisch", "Ehrenamtskoordination"],
                "languages": ["de", "ru"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Ukraine-Hilfe Wittenberg",
        "kind": "initiative",
        "description_de": (
            "Die Initiative entstand im März 2022 und unterstützt Geflüchtete aus der Ukraine bei Wohnungssuche, "
            "Schulanmeldung und Arbeitsaufnahme. Ein offener Treff bietet jeden Dienstag Beratung, Kinderbetreuung "
            "und Tee. Ukrainische und deutsche Ehrenamtliche arbeiten im Team zusammen."
        ),
        "description_en": (
            "The initiative started in March 2022 and supports refugees from Ukraine with finding housing, school "
            "enrolment and starting work. An open meeting point offers advice, childcare and tea every Tuesday. "
            "Ukrainian and German volunteers work together as a team."
        ),
        "street": "Jüdenstraße 14",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "altstadt",
        "lat": 51.8645,
        "lon": 12.6471,
        "website": "",
        "email": "ukrainehilfe.wittenberg@posteo.example",
        "phone": "",
        "topics": ["integration", "nachbarschaft"],
        "diversity": ["ethnische-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Kateryna Lysak",
                "role": "Koordinatorin",
                "email": "kateryna.lysak@posteo.example",
                "email_public": True,
                "phone": "",
                "competencies": ["Übersetzung Ukrainisch", "Migrationsberatung"],
                "languages": ["uk", "ru", "de", "en"],
            },
            {
                "name": "Dorothee Fink",
                "role": "Ehrenamtliche",
                "email": "dorothee.fink@posteo.example",
                "email_public": False,
                "phone": "",
                "competencies": ["Deutsch als Zweitsprache", "Kinderbetreuung"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Elbaue Logistik GmbH",
        "kind": "company",
        "description_de": (
            "Das Logistikunternehmen am Wittenberger Elbhafen beschäftigt 140 Mitarbeitende und bildet jedes Jahr "
            "zwölf junge Menschen aus, darunter Geflüchtete in Einstiegsqualifizierung. Beim jährlichen "
            "Corporate-Volunteering-Tag packen Mitarbeitende bei Vereinen der Stadt mit an. Für Vereinsfeste und "
            "Umzüge gemeinnütziger Einrichtungen stellt das Unternehmen Transporter zur Verfügung."
        ),
        "description_en": (
            "The logistics company at Wittenberg's Elbe port employs 140 people and trains twelve young people "
            "every year, including refugees in introductory training. On the annual corporate volunteering day, "
            "staff lend a hand at local associations. The company provides vans for association festivals and for "
            "moves of non-profit organisations."
        ),
        "street": "Am Elbhafen 3",
        "postcode": "06886",
        "city": "Lutherstadt Wittenberg",
        "district": "piesteritz",
        "lat": 51.8712,
        "lon": 12.5926,
        "website": "https://www.elbaue-logistik.example",
        "email": "info@elbaue-logistik.example",
        "phone": "03491 64 88 00",
        "topics": ["wirtschaft-csr", "jugendbeteiligung", "integration"],
        "diversity": ["ethnische-herkunft", "soziale-herkunft"],
        "programmes": ["engagierte-stadt"],
        "trusted": False,
        "contacts": [
            {
                "name": "Nico Bergmann",
                "role": "Personalleiter",
                "email": "nico.bergmann@elbaue-logistik.example",
                "email_public": True,
                "phone": "03491 64 88 10",
                "competencies": ["Berufsorientierung", "Bewerbungstraining"],
                "languages": ["de", "en"],
            },
        ],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "name": "Grundschule Pratau",
        "kind": "school",
        "description_de": (
            "Die Grundschule am Südufer der Elbe ist bekannt für ihren Naturerlebnisgarten und ihre Umwelt-AG. "
            "Eltern, Großeltern und der örtliche Heimatverein gestalten gemeinsam Projektwochen zur Elbaue. Zum "
            "Vorlesetag lesen Ehrenamtliche aus dem Ort in allen Klassen vor."
        ),
        "description_en": (
            "The primary school on the south bank of the Elbe is known for its nature garden and environmental "
            "club. Parents, grandparents and the local history association organise project weeks on the Elbe "
            "floodplain together. On Reading Aloud Day, volunteers from the village read aloud in every class."
        ),
        "street": "Schulstraße 2",
        "postcode": "06888",
        "city": "Lutherstadt Wittenberg",
        "district": "pratau",
        "lat": 51.8481,
        "lon": 12.6363,
        "website": "https://www.gs-pratau.example",
        "email": "sekretariat@gs-pratau.example",
        "phone": "03491 66 47 29",
        "topics": ["bildung", "nachbarschaft", "klimaschutz"],
        "diversity": ["alter", "soziale-herkunft"],
        "programmes": [],
        "trusted": False,
        "contacts": [
            {
                "name": "Katja Weinert",
                "role": "Schulleiterin",
                "email": "katja.weinert@gs-pratau.example",
                "email_public": True,
                "phone": "03491 66 47 29",
                "competencies": ["Umweltbildung", "Projektmanagement"],
                "languages": ["de"],
            },
        ],
    },
]

# Kooperationsvereinbarungen Stadt–Zivilgesellschaft–Wirtschaft
COOPERATION_AGREEMENTS = [
    {
        "municipality": "dessau-rosslau",
        "title": "Kooperationsvereinbarung Engagierte Stadt Dessau-Roßlau",
        "signed_on": "2021-10-14",
        "description_de": (
            "Mit der Kooperationsvereinbarung verpflichten sich Stadtverwaltung, Zivilgesellschaft und Wirtschaft, "
            "bürgerschaftliches Engagement in Dessau-Roßlau gemeinsam und dauerhaft zu stärken. Die Partner bilden "
            "einen Beirat, arbeiten an der vom Stadtrat beschlossenen Engagement-Strategie mit und bringen "
            "Ressourcen für Sichtbarkeit, Würdigung und Qualifizierung von Engagierten ein. Unterzeichnet wurde "
            "die Vereinbarung im Rahmen der Auftaktveranstaltung im Oktober 2021."
        ),
        "parties": [
            "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
            "Integrationsbüro der Stadt Dessau-Roßlau",
            "AWO Kreisverband Dessau e.V.",
            "Diakonisches Werk im Kirchenkreis Dessau e.V.",
            "DRK Kreisverband Dessau e.V.",
            "Multikulturelles Zentrum Dessau e.V.",
            "Freiwilligenagentur Dessau-Roßlau",
            "Bürgerstiftung Dessau-Roßlau",
            "Hochschule Anhalt",
            "FAW gGmbH",
            "Elbkontor Software GmbH",
            "Wohnungsgenossenschaft Elbe-Mulde eG",
            "BürgerEnergie Anhalt eG",
            "Bäckerei Mildner GmbH",
        ],
    },
    {
        "municipality": "dessau-rosslau",
        "title": "Kooperationsvereinbarung „Dessau-Roßlau lebt Weltoffenheit und Vielfalt“",
        "signed_on": "2021-06-22",
        "description_de": (
            "Stadtverwaltung, Umweltbundesamt und Hochschule Anhalt vereinbaren, gemeinsam für eine weltoffene "
            "Willkommenskultur einzutreten – insbesondere für internationale Beschäftigte, Studierende und ihre "
            "Familien. Die Kooperation ist ein Ergebnis des Modellprojekts „Weltoffene Kommune“ und wurde in der "
            "Publikation „Von Integration zur Weltoffenheit“ von Bertelsmann Stiftung und PHINEO als "
            "Best-Practice-Beispiel hervorgehoben. Vereinbart sind gemeinsame Willkommensveranstaltungen, "
            "abgestimmte Informationsangebote und ein regelmäßiger Austausch in einer Arbeitsgruppe."
        ),
        "parties": ["Integrationsbüro der Stadt Dessau-Roßlau", "Umweltbundesamt", "Hochschule Anhalt"],
    },
    {
        "municipality": "lutherstadt-wittenberg",
        "title": "Kooperationsvereinbarung Engagierte Stadt Lutherstadt Wittenberg",
        "signed_on": "2022-05-11",
        "description_de": (
            "Stadt, Zivilgesellschaft und Wirtschaft der Lutherstadt Wittenberg vereinbaren, Engagement in "
            "Kernstadt und Ortschaften gemeinsam sichtbar zu machen und zu würdigen. Die Partner unterstützen die "
            "Koordinierungsstelle beim Ehrenamtsempfang, bei der Vermittlung von Freiwilligen und bei der Kampagne "
            "„Glücksbringer“ des Regionalnetzwerks Anhalt."
        ),
        "parties": [
            "Koordinierungsstelle Engagierte Stadt Lutherstadt Wittenberg",
            "Evangelische Stadtkirchengemeinde Wittenberg",
            "Mehrgenerationenhaus Wittenberg",
            "Interkulturelles Netzwerk Wittenberg e.V.",
            "Wittenberger Tafel e.V.",
            "SG Friedrichstadt Wittenberg e.V.",
            "Elbaue Logistik GmbH",
        ],
    },
]
