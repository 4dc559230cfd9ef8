# ruff: noqa: E501 - the statements are data, kept on one line each
"""The default catalogue of the Selbstcheck Weltoffene Kommune: our own wording, German and
English, 100 statements over the seven fields (Handlungsfelder). Each statement describes
administrative practice that a head of department can rate on the scale from "trifft nicht
zu" to "trifft voll zu". Loaded by `manage.py load_selfcheck_catalogue` (idempotent).

A question is (subtopic_de, subtopic_en, text_de, text_en), optionally followed by
(explanation_de, explanation_en). Suggestions are the report's texts per traffic-light band.
Arabic and Ukrainian live in catalogue_ar.py and catalogue_uk.py, keyed by the German text."""

from __future__ import annotations

VERSION = "2026.1"
TITLE = {"de": "Selbstcheck Weltoffene Kommune", "en": "Self-assessment: the open-minded municipality"}
DESCRIPTION = {
    "de": "Standardkatalog der Plattform Engagiert: 100 Aussagen zum Verwaltungshandeln in sieben Handlungsfeldern.",
    "en": "Default catalogue of the Engagiert platform: 100 statements on administrative practice in seven fields.",
}

# fmt: off
FIELDS: list[dict] = [
    {
        "slug": "steuerung",
        "name": {"de": "Management und Steuerung", "en": "Management and steering"},
        "short": {"de": "Steuerung", "en": "Steering"},
        "description": {
            "de": "Wie Vielfalt und Weltoffenheit in Zielen, Zuständigkeiten, Daten und Haushalt verankert sind.",
            "en": "How diversity and openness are anchored in goals, responsibilities, data and budget.",
        },
        "suggestions": {
            "red": {
                "de": "Klären Sie zuerst, wer in der Verwaltung für Vielfalt zuständig ist, und lassen Sie ein Leitbild mit wenigen überprüfbaren Zielen vom Stadtrat beschließen.",
                "en": "First clarify who in the administration is responsible for diversity, and have the council adopt a mission statement with a few measurable goals.",
            },
            "yellow": {
                "de": "Verbinden Sie die vorhandenen Ziele mit einem jährlichen Bericht und festen Haushaltsmitteln, damit sie nicht vom Engagement einzelner Personen abhängen.",
                "en": "Tie the existing goals to an annual report and a fixed budget so they do not depend on the commitment of individuals.",
            },
            "green": {
                "de": "Die Steuerung ist gut aufgestellt. Teilen Sie Ihre Erfahrungen mit anderen Kommunen und prüfen Sie die Ziele regelmäßig auf neue Bedarfe.",
                "en": "Steering is well established. Share your experience with other municipalities and review the goals regularly for new needs.",
            },
        },
        "questions": [
            ("Leitbild", "Mission statement", "Die Kommune hat ein vom Stadtrat beschlossenes Leitbild, das Vielfalt und Weltoffenheit ausdrücklich als Ziel nennt.", "The municipality has a mission statement adopted by the council that explicitly names diversity and openness as goals."),
            ("Strategie", "Strategy", "Für Integration und Vielfalt gibt es ein Konzept mit überprüfbaren Zielen und einem Zeitplan.", "There is a strategy for integration and diversity with measurable goals and a timetable."),
            ("Zuständigkeit", "Responsibility", "Die Zuständigkeit für Vielfalt und Weltoffenheit ist auf der Leitungsebene der Verwaltung verankert.", "Responsibility for diversity and openness is anchored at the administration's leadership level.", "Zum Beispiel im Büro der Oberbürgermeisterin oder des Oberbürgermeisters oder in einem Dezernat.", "For example in the mayor's office or in a directorate."),
            ("Zuständigkeit", "Responsibility", "Eine Stelle (z. B. ein Integrationsbüro) koordiniert das Thema ämterübergreifend und hat dafür ausreichend Arbeitszeit.", "An office (e.g. an integration office) coordinates the topic across departments and has enough working time for it."),
            ("Zusammenarbeit", "Cooperation", "Eine ämterübergreifende Arbeitsgruppe trifft sich regelmäßig zu Fragen von Vielfalt und Teilhabe.", "A cross-departmental working group meets regularly on questions of diversity and participation."),
            ("Daten", "Data", "Die Verwaltung wertet für ihre Planung regelmäßig Daten zur Zusammensetzung der Bevölkerung aus.", "For its planning, the administration regularly analyses data on the composition of the population.", "Etwa Alter, Staatsangehörigkeit, Familiensprachen oder Zuzüge nach Stadtteilen.", "Such as age, nationality, family languages or new arrivals per district."),
            ("Monitoring", "Monitoring", "Fortschritte bei den Zielen zu Vielfalt und Teilhabe werden mindestens einmal im Jahr in einem Bericht festgehalten.", "Progress on the diversity and participation goals is recorded in a report at least once a year."),
            ("Politik", "Politics", "Der Stadtrat oder ein Ausschuss befasst sich mindestens einmal im Jahr mit dem Stand von Integration und Teilhabe.", "The council or one of its committees discusses the state of integration and participation at least once a year."),
            ("Ressourcen", "Resources", "Im Haushalt sind eigene Mittel für Maßnahmen zu Vielfalt und Teilhabe eingeplant.", "The budget contains dedicated funds for diversity and participation measures."),
            ("Ressourcen", "Resources", "Die Verwaltung nutzt Förderprogramme von Land, Bund oder Stiftungen gezielt für Vorhaben zu Weltoffenheit.", "The administration makes targeted use of state, federal or foundation funding for projects on openness."),
            ("Führung", "Leadership", "Beiträge zu Vielfalt sind Thema in Zielvereinbarungen oder Jahresgesprächen mit Führungskräften.", "Contributions to diversity are a topic in target agreements or annual reviews with managers."),
            ("Folgenabschätzung", "Impact assessment", "Bei wichtigen Planungen wird geprüft, wie sie sich auf unterschiedliche Bevölkerungsgruppen auswirken.", "For major plans, the administration assesses how they affect different groups of the population.", "Zum Beispiel bei Stadtentwicklung, Schulentwicklung oder Verkehrsplanung.", "For example in urban development, school planning or transport planning."),
            ("Vernetzung", "Networking", "Die Kommune tauscht sich regelmäßig mit anderen Kommunen oder Netzwerken über Erfahrungen zu Weltoffenheit aus.", "The municipality regularly exchanges experience on openness with other municipalities or networks."),
            ("Wissen", "Knowledge", "Erkenntnisse aus Projekten werden so dokumentiert, dass sie nach dem Ende eines Projekts erhalten bleiben.", "Lessons from projects are documented so that they are kept after a project ends."),
            ("Auswertung", "Evaluation", "Maßnahmen zu Vielfalt werden ausgewertet, bevor über ihre Fortsetzung entschieden wird.", "Diversity measures are evaluated before deciding whether to continue them."),
        ],
    },
    {
        "slug": "oeffnung",
        "name": {"de": "Interkulturelle Öffnung und Antirassismus", "en": "Intercultural opening and anti-racism"},
        "short": {"de": "Öffnung", "en": "Opening"},
        "description": {
            "de": "Wie vielfältig das Personal ist, wie es geschult wird und wie die Verwaltung mit Diskriminierung umgeht.",
            "en": "How diverse the staff is, how it is trained, and how the administration deals with discrimination.",
        },
        "suggestions": {
            "red": {
                "de": "Beginnen Sie mit einer Ansprechstelle bei Diskriminierung und mit Fortbildungen für Beschäftigte mit viel Publikumsverkehr.",
                "en": "Start with a contact point for discrimination and with training for staff who deal with the public a lot.",
            },
            "yellow": {
                "de": "Öffnen Sie die Personalgewinnung: mehrsprachige Ausschreibungen, geschulte Auswahlkommissionen und eine regelmäßige Erhebung der Vielfalt im Personal.",
                "en": "Open up recruitment: multilingual job adverts, trained selection panels and a regular survey of staff diversity.",
            },
            "green": {
                "de": "Die interkulturelle Öffnung ist weit fortgeschritten. Machen Sie sie in der Ausbildung sichtbar und lassen Sie Beschäftigte ihre Erfahrungen weitergeben.",
                "en": "Intercultural opening is well advanced. Make it visible in vocational training and let staff pass on their experience.",
            },
        },
        "questions": [
            ("Personal", "Staff", "Die Verwaltung erhebt regelmäßig, wie vielfältig ihr Personal zusammengesetzt ist.", "The administration regularly surveys how diverse its staff is.", "Freiwillig und anonym, zum Beispiel in einer Beschäftigtenbefragung.", "Voluntarily and anonymously, for example in a staff survey."),
            ("Personal", "Staff", "Stellenausschreibungen ermutigen ausdrücklich Menschen unterschiedlicher Herkunft, sich zu bewerben.", "Job adverts explicitly encourage people of different backgrounds to apply."),
            ("Personal", "Staff", "Ausländische Berufs- und Studienabschlüsse werden bei Bewerbungen fachkundig eingeordnet.", "Foreign vocational and academic qualifications are assessed competently in applications."),
            ("Personal", "Staff", "Auswahlkommissionen sind darin geschult, unbewusste Vorurteile im Auswahlverfahren zu erkennen.", "Selection panels are trained to recognise unconscious bias in the selection process."),
            ("Ausbildung", "Vocational training", "Die Verwaltung wirbt gezielt um Auszubildende aus Familien mit Einwanderungsgeschichte.", "The administration actively recruits apprentices from families with a migration background."),
            ("Fortbildung", "Training", "Beschäftigte mit Publikumsverkehr können an Fortbildungen zu interkultureller Kompetenz teilnehmen.", "Staff who deal with the public can attend training in intercultural competence."),
            ("Fortbildung", "Training", "Führungskräfte haben an einer Fortbildung zu Diskriminierung und Rassismus teilgenommen.", "Managers have attended training on discrimination and racism."),
            ("Antidiskriminierung", "Anti-discrimination", "Beschäftigte kennen eine Ansprechstelle, an die sie sich bei Diskriminierung wenden können.", "Staff know a contact point they can turn to in cases of discrimination."),
            ("Antidiskriminierung", "Anti-discrimination", "Bürgerinnen und Bürger können Diskriminierung durch die Verwaltung melden, und ihre Beschwerden werden nachvollziehbar bearbeitet.", "Residents can report discrimination by the administration, and their complaints are handled transparently."),
            ("Antirassismus", "Anti-racism", "Die Verwaltungsspitze bezieht öffentlich Stellung, wenn es in der Stadt zu rassistischen Vorfällen kommt.", "The head of the administration takes a public stand when racist incidents happen in the town."),
            ("Antirassismus", "Anti-racism", "Die Kommune arbeitet mit Beratungsstellen gegen Rassismus und Rechtsextremismus zusammen.", "The municipality works with counselling services against racism and right-wing extremism."),
            ("Abläufe", "Procedures", "Formulare und Abläufe werden darauf geprüft, ob sie Menschen unbeabsichtigt ausschließen.", "Forms and procedures are checked for whether they exclude people unintentionally."),
            ("Mehrsprachigkeit", "Multilingualism", "Sprachkenntnisse der Beschäftigten sind bekannt und werden bei Bedarf für Gespräche genutzt.", "Staff members' language skills are known and used for conversations when needed."),
            ("Religion", "Religion", "Bei Veranstaltungen der Verwaltung werden religiöse Feiertage und Speisevorschriften berücksichtigt.", "Events of the administration take religious holidays and dietary rules into account."),
        ],
    },
    {
        "slug": "zugang",
        "name": {"de": "Fairer Zugang und Teilhabechancen", "en": "Fair access and equal opportunities"},
        "short": {"de": "Zugang", "en": "Access"},
        "description": {
            "de": "Ob alle Menschen die Leistungen der Verwaltung, Bildung, Wohnen und Gesundheit erreichen.",
            "en": "Whether everyone can reach the administration's services, education, housing and health care.",
        },
        "suggestions": {
            "red": {
                "de": "Sorgen Sie zuerst dafür, dass die wichtigsten Informationen in Leichter Sprache und in den häufigsten Sprachen vorliegen und dass Dolmetschen organisiert ist.",
                "en": "First make sure the most important information is available in plain language and in the most common languages, and that interpreting is organised.",
            },
            "yellow": {
                "de": "Prüfen Sie, welche Gruppen Leistungen wie Bildung und Teilhabe noch selten nutzen, und setzen Sie Lotsen dort ein, wo die Wege am schwierigsten sind.",
                "en": "Check which groups still rarely use benefits such as education and participation support, and deploy guides where the paths are hardest.",
            },
            "green": {
                "de": "Der Zugang ist gut gesichert. Lassen Sie Betroffene regelmäßig rückmelden, wo es noch hakt.",
                "en": "Access is well secured. Ask the people concerned regularly where there are still problems.",
            },
        },
        "questions": [
            ("Information", "Information", "Wichtige Informationen der Verwaltung gibt es auch in Leichter Sprache.", "Important information from the administration is also available in easy-to-read language."),
            ("Information", "Information", "Wichtige Informationen gibt es in den Sprachen, die in der Stadt häufig gesprochen werden.", "Important information is available in the languages commonly spoken in the town."),
            ("Dolmetschen", "Interpreting", "Für Beratungsgespräche kann kurzfristig eine Dolmetscherin oder ein Dolmetscher hinzugezogen werden.", "An interpreter can be called in at short notice for counselling sessions.", "Auch per Telefon oder Video.", "Also by phone or video."),
            ("Barrierefreiheit", "Accessibility", "Die Dienstgebäude mit Publikumsverkehr sind für Menschen im Rollstuhl zugänglich.", "Public offices are accessible to wheelchair users."),
            ("Barrierefreiheit", "Accessibility", "Die Internetseiten der Verwaltung werden regelmäßig auf Barrierefreiheit geprüft.", "The administration's websites are checked for accessibility regularly."),
            ("Erreichbarkeit", "Reachability", "Termine können auch außerhalb der üblichen Sprechzeiten oder ohne Online-Zugang vereinbart werden.", "Appointments can also be made outside regular office hours or without internet access."),
            ("Frühe Bildung", "Early education", "Die Kommune sorgt dafür, dass Kinder aus allen Stadtteilen einen Kita-Platz in ihrer Nähe bekommen.", "The municipality makes sure that children from all districts get a day-care place nearby."),
            ("Schule", "School", "Neu zugewanderte Kinder und Jugendliche werden beim Einstieg in die Schule begleitet.", "Newly arrived children and young people are supported when they start school."),
            ("Schule", "School", "Eltern, die wenig Deutsch sprechen, erhalten Informationen zu Kita und Schule in verständlicher Form.", "Parents who speak little German receive information about day care and school in an understandable form."),
            ("Gesundheit", "Health", "Die Verwaltung kennt mehrsprachige und kultursensible Gesundheitsangebote und verweist darauf.", "The administration knows multilingual and culturally sensitive health services and refers people to them."),
            ("Wohnen", "Housing", "Die Kommune wirkt darauf hin, dass Menschen bei der Wohnungssuche nicht wegen ihrer Herkunft benachteiligt werden.", "The municipality works to ensure that people are not disadvantaged in the housing search because of their origin."),
            ("Wohnen", "Housing", "Bei der Vergabe kommunaler Wohnungen wird auf eine gute Mischung in den Stadtteilen geachtet.", "When allocating municipal housing, care is taken to achieve a good mix in the districts."),
            ("Lotsen", "Guides", "Lotsinnen und Lotsen begleiten Menschen bei Behördengängen.", "Volunteer guides accompany people to appointments with public authorities."),
            ("Leistungen", "Benefits", "Die Verwaltung prüft, ob Leistungen wie Bildung und Teilhabe bei allen Berechtigten ankommen.", "The administration checks whether benefits such as education and participation support reach everyone entitled."),
            ("Kultur und Sport", "Culture and sport", "Kultur- und Sportangebote der Kommune sind durch Ermäßigungen auch für Menschen mit wenig Geld erreichbar.", "The municipality's cultural and sports offers are affordable for people on low incomes through reduced prices."),
        ],
    },
    {
        "slug": "arbeit",
        "name": {"de": "Arbeit und wirtschaftliche Entwicklung", "en": "Work and economic development"},
        "short": {"de": "Arbeit", "en": "Work"},
        "description": {
            "de": "Wie die Kommune Zugewanderten den Weg in Arbeit ebnet und Unternehmen bei Vielfalt unterstützt.",
            "en": "How the municipality paves the way into work for newcomers and supports businesses in diversity.",
        },
        "suggestions": {
            "red": {
                "de": "Bringen Sie Wirtschaftsförderung, Jobcenter und Ausländerbehörde an einen Tisch und vereinbaren Sie eine gemeinsame Anlaufstelle für Fachkräfte.",
                "en": "Bring economic development, the job centre and the foreigners' office together and agree on a joint contact point for skilled workers.",
            },
            "yellow": {
                "de": "Bauen Sie die Zusammenarbeit mit Unternehmen aus: Willkommensangebote, Praktika und Freistellung für Engagement.",
                "en": "Expand cooperation with businesses: welcome services, internships and time off for volunteering.",
            },
            "green": {
                "de": "Die Kommune ist hier gut aufgestellt. Machen Sie Weltoffenheit zum Teil des Standortmarketings.",
                "en": "The municipality is well positioned here. Make openness part of the location marketing.",
            },
        },
        "questions": [
            ("Gründung", "Start-ups", "Die Wirtschaftsförderung berät Gründerinnen und Gründer mit Einwanderungsgeschichte und kennt ihre besonderen Fragen.", "Economic development advises founders with a migration background and knows their particular questions."),
            ("Arbeitsmarkt", "Labour market", "Die Kommune arbeitet mit Jobcenter und Agentur für Arbeit an der Arbeitsmarktintegration Zugewanderter.", "The municipality works with the job centre and the employment agency on integrating newcomers into work."),
            ("Anerkennung", "Recognition", "Eine Anlaufstelle berät zur Anerkennung ausländischer Abschlüsse oder vermittelt dorthin.", "A contact point advises on the recognition of foreign qualifications or refers people to such advice."),
            ("Fachkräfte", "Skilled workers", "Die Kommune unterstützt Unternehmen dabei, Fachkräfte aus dem Ausland zu gewinnen und zu halten.", "The municipality helps businesses attract and retain skilled workers from abroad."),
            ("Willkommen", "Welcome", "Neu zugezogene Fachkräfte und ihre Familien erhalten ein Willkommensangebot.", "Newly arrived skilled workers and their families are offered a welcome service."),
            ("Verfahren", "Procedures", "Die Ausländerbehörde bearbeitet Anliegen von Fachkräften in einer angemessenen Frist.", "The foreigners' office handles skilled workers' requests within a reasonable time."),
            ("Unternehmen", "Businesses", "Die Kommune wirbt bei Unternehmen für Vielfalt in der Belegschaft.", "The municipality promotes diversity in the workforce among businesses.", "Zum Beispiel über die Charta der Vielfalt oder Unternehmensnetzwerke.", "For example through the Diversity Charter or business networks."),
            ("Vergabe", "Procurement", "Bei der Vergabe öffentlicher Aufträge spielen soziale Kriterien eine Rolle.", "Social criteria play a role in public procurement."),
            ("Einstieg", "Entry", "Die Verwaltung bietet Praktika oder Einstiegsqualifizierungen für Zugewanderte an.", "The administration offers internships or entry-level qualification schemes for newcomers."),
            ("Übergang Schule–Beruf", "School to work", "Der Übergang von der Schule in den Beruf wird für alle Jugendlichen begleitet, etwa durch ein Jugend-Berufs-Zentrum.", "The transition from school to work is supported for all young people, e.g. by a youth employment centre."),
            ("Engagement", "Engagement", "Unternehmen werden ermutigt, sich gesellschaftlich zu engagieren, z. B. durch Freistellung für Ehrenamt.", "Businesses are encouraged to engage in society, e.g. by giving staff time off for volunteering."),
            ("Standort", "Location", "Die Kommune stellt ihre Weltoffenheit im Standortmarketing heraus.", "The municipality highlights its openness in its location marketing."),
            ("Sprache", "Language", "Berufsbezogene Deutschkurse sind in der Stadt gut erreichbar.", "Job-related German courses are easy to reach in the town."),
            ("Daten", "Data", "Die Kommune kennt Zahlen zur Beschäftigung von Zugewanderten vor Ort und nutzt sie für ihre Planung.", "The municipality knows local figures on the employment of newcomers and uses them for planning."),
        ],
    },
    {
        "slug": "beteiligung",
        "name": {"de": "Engagement und Beteiligung", "en": "Engagement and participation"},
        "short": {"de": "Beteiligung", "en": "Participation"},
        "description": {
            "de": "Wie die Kommune Engagement fördert und Menschen an Entscheidungen beteiligt.",
            "en": "How the municipality fosters civic engagement and involves people in decisions.",
        },
        "suggestions": {
            "red": {
                "de": "Richten Sie eine Anlaufstelle für Engagement ein und sprechen Sie Migrantenorganisationen direkt auf Förderung und Räume an.",
                "en": "Set up a contact point for civic engagement and approach migrant organisations directly about funding and rooms.",
            },
            "yellow": {
                "de": "Sorgen Sie dafür, dass Empfehlungen von Beiräten und Beteiligungsverfahren sichtbar in Entscheidungen einfließen, und laden Sie mehrsprachig ein.",
                "en": "Make sure that recommendations of advisory boards and participation processes visibly shape decisions, and send multilingual invitations.",
            },
            "green": {
                "de": "Engagement und Beteiligung sind lebendig. Würdigen Sie Engagierte öffentlich und halten Sie die Angebote an einer Stelle auffindbar.",
                "en": "Engagement and participation are lively. Recognise volunteers publicly and keep the offers findable in one place.",
            },
        },
        "questions": [
            ("Anlaufstelle", "Contact point", "Die Kommune hat eine zentrale Anlaufstelle für bürgerschaftliches Engagement.", "The municipality has a central contact point for civic engagement."),
            ("Migrantenorganisationen", "Migrant organisations", "Migrantenorganisationen werden aktiv über Fördermöglichkeiten der Kommune informiert.", "Migrant organisations are actively informed about the municipality's funding opportunities."),
            ("Migrantenorganisationen", "Migrant organisations", "Migrantenorganisationen erhalten Unterstützung bei Anträgen und in der Vereinsarbeit.", "Migrant organisations receive support with applications and with running their association."),
            ("Gremien", "Advisory bodies", "In einem Gremium, etwa einem Integrationsbeirat, beraten Zugewanderte die Politik der Kommune.", "In an advisory body, such as an integration council, newcomers advise the municipality's policy."),
            ("Gremien", "Advisory bodies", "Empfehlungen dieses Gremiums werden in Ausschüssen oder im Stadtrat behandelt.", "Recommendations of this body are discussed in committees or in the council."),
            ("Bürgerbeteiligung", "Public participation", "Bei Bürgerbeteiligungen sorgt die Verwaltung gezielt dafür, dass auch selten gehörte Gruppen teilnehmen.", "In public participation processes, the administration makes sure that rarely heard groups take part."),
            ("Bürgerbeteiligung", "Public participation", "Einladungen zu Beteiligungsverfahren gibt es in mehreren Sprachen oder in Leichter Sprache.", "Invitations to participation processes are available in several languages or in easy-to-read language."),
            ("Jugend", "Youth", "Kinder und Jugendliche werden an Entscheidungen beteiligt, die sie betreffen.", "Children and young people are involved in decisions that affect them."),
            ("Anerkennung", "Recognition", "Ehrenamtliche werden öffentlich gewürdigt, zum Beispiel durch eine Ehrenamtskarte oder einen Empfang.", "Volunteers are publicly recognised, for example with a volunteer card or a reception."),
            ("Förderung", "Funding", "Kleine Projekte von Initiativen können aus einem Fonds unbürokratisch gefördert werden.", "Small projects of initiatives can be funded from a fund without much red tape."),
            ("Räume", "Rooms", "Die Verwaltung stellt Vereinen und Initiativen Räume kostenfrei oder günstig zur Verfügung.", "The administration provides rooms for associations and initiatives free of charge or at low cost."),
            ("Qualifizierung", "Training", "Ehrenamtliche können Fortbildungen besuchen, etwa zur Arbeit mit Geflüchteten oder zu Vielfalt.", "Volunteers can attend training, for example on working with refugees or on diversity."),
            ("Kooperation", "Cooperation", "Eine Kooperationsvereinbarung mit Zivilgesellschaft und Wirtschaft regelt die Stärkung des Engagements.", "A cooperation agreement with civil society and business governs how engagement is strengthened."),
            ("Sichtbarkeit", "Visibility", "Engagementangebote der Stadt sind an einer Stelle gebündelt und leicht zu finden.", "The town's volunteering opportunities are bundled in one place and easy to find."),
        ],
    },
    {
        "slug": "zusammenhalt",
        "name": {"de": "Zusammenhalt und Begegnung", "en": "Cohesion and encounter"},
        "short": {"de": "Zusammenhalt", "en": "Cohesion"},
        "description": {
            "de": "Ob es Orte und Anlässe gibt, an denen sich Menschen unterschiedlicher Herkunft, Generationen und Lebenslagen begegnen.",
            "en": "Whether there are places and occasions where people of different origins, generations and circumstances meet.",
        },
        "suggestions": {
            "red": {
                "de": "Fördern Sie zuerst einige wenige Begegnungsorte in den Stadtteilen mit dem größten Bedarf und laden Sie ausdrücklich alle Gruppen zu städtischen Festen ein.",
                "en": "First support a few meeting places in the districts with the greatest need and explicitly invite all groups to municipal festivals.",
            },
            "yellow": {
                "de": "Verbinden Sie bestehende Angebote: Bibliotheken, Sportvereine und Quartiersmanagement können gemeinsam Begegnungen über Generationen und Herkunft hinweg schaffen.",
                "en": "Connect existing offers: libraries, sports clubs and neighbourhood management can jointly create encounters across generations and origins.",
            },
            "green": {
                "de": "Begegnung gelingt. Halten Sie Formate lebendig, die Menschen mit und ohne Behinderung zusammenbringen, und erzählen Sie davon.",
                "en": "Encounter works. Keep formats alive that bring together people with and without disabilities, and tell others about them.",
            },
        },
        "questions": [
            ("Begegnungsorte", "Meeting places", "Die Kommune fördert Begegnungsorte in den Stadtteilen, an denen sich Menschen unterschiedlicher Herkunft treffen.", "The municipality supports meeting places in the districts where people of different origins meet."),
            ("Generationen", "Generations", "Regelmäßig finden Veranstaltungen statt, bei denen sich alte und junge Menschen begegnen.", "There are regular events where older and younger people meet."),
            ("Feste", "Festivals", "Feste und Veranstaltungen der Kommune sprechen ausdrücklich alle Bevölkerungsgruppen an.", "The municipality's festivals and events explicitly address all groups of the population."),
            ("Aktionstage", "Action days", "Die Kommune unterstützt eine Interkulturelle Woche oder vergleichbare Aktionstage.", "The municipality supports an intercultural week or similar action days."),
            ("Quartier", "Neighbourhood", "In Stadtteilen mit besonderem Bedarf gibt es Quartiersmanagement oder Stadtteilarbeit.", "Districts with particular needs have neighbourhood management or community work."),
            ("Willkommen", "Welcome", "Neu zugezogene Menschen werden begrüßt und über Angebote in ihrem Stadtteil informiert.", "Newcomers are welcomed and informed about what their district offers."),
            ("Inklusion", "Inclusion", "Inklusive Angebote ermöglichen Menschen mit und ohne Behinderung gemeinsame Erlebnisse.", "Inclusive offers enable people with and without disabilities to share experiences."),
            ("Religion", "Religion", "Religionsgemeinschaften sind untereinander und mit der Kommune im Gespräch.", "Religious communities are in dialogue with each other and with the municipality."),
            ("Patenschaften", "Mentoring", "Die Kommune fördert Patenschafts- oder Mentoringprogramme.", "The municipality supports buddy or mentoring programmes."),
            ("Kultur und Bildung", "Culture and education", "Bibliothek, Museen und Volkshochschule haben Angebote für Menschen unterschiedlicher Sprachen.", "The library, museums and adult education centre have offers for people of different languages."),
            ("Sport", "Sport", "Sportvereine werden dabei unterstützt, neue Mitglieder unterschiedlicher Herkunft zu gewinnen.", "Sports clubs are supported in attracting new members of different origins."),
            ("Erinnerung", "Remembrance", "Die Erinnerungskultur der Stadt nimmt auch die Geschichte der Zuwanderung in den Blick.", "The town's culture of remembrance also covers the history of immigration."),
            ("Nachbarschaft", "Neighbourhood", "Die Kommune fördert Projekte, die das Zusammenleben in der Nachbarschaft stärken.", "The municipality supports projects that strengthen living together in the neighbourhood."),
            ("Jugend", "Youth", "Es gibt Orte und Angebote, die Jugendliche aus allen Stadtteilen gemeinsam nutzen.", "There are places and activities used jointly by young people from all districts."),
        ],
    },
    {
        "slug": "kommunikation",
        "name": {"de": "Kommunikation und Konfliktmanagement", "en": "Communication and conflict management"},
        "short": {"de": "Kommunikation", "en": "Communication"},
        "description": {
            "de": "Wie die Kommune ihre Haltung vermittelt, Vielfalt zeigt und mit Konflikten im Zusammenleben umgeht.",
            "en": "How the municipality conveys its stance, shows diversity and deals with conflicts in living together.",
        },
        "suggestions": {
            "red": {
                "de": "Legen Sie fest, wer bei Konflikten im Zusammenleben spricht und wie Verwaltung, Polizei und Initiativen sich abstimmen, bevor der nächste Konflikt kommt.",
                "en": "Decide who speaks when conflicts in living together arise and how administration, police and initiatives coordinate, before the next conflict comes.",
            },
            "yellow": {
                "de": "Zeigen Sie Vielfalt in Bildern und Texten der Verwaltung und berichten Sie regelmäßig über gelungene Beispiele des Zusammenlebens.",
                "en": "Show diversity in the administration's images and texts and report regularly on successful examples of living together.",
            },
            "green": {
                "de": "Die Kommunikation ist gut aufgestellt. Prüfen Sie mit einer Befragung, wie sie bei unterschiedlichen Gruppen ankommt.",
                "en": "Communication is well established. Use a survey to check how it reaches different groups.",
            },
        },
        "questions": [
            ("Haltung", "Stance", "Die Kommune macht ihre Haltung zu Vielfalt in ihrer Öffentlichkeitsarbeit sichtbar.", "The municipality makes its stance on diversity visible in its public relations."),
            ("Bilder", "Images", "Bilder und Texte der Verwaltung zeigen die Vielfalt der Bevölkerung.", "The administration's images and texts reflect the diversity of the population."),
            ("Sprache", "Language", "Die Pressestelle achtet auf eine diskriminierungsfreie Sprache.", "The press office pays attention to non-discriminatory language."),
            ("Gute Beispiele", "Good examples", "Beispiele gelungenen Zusammenlebens werden regelmäßig veröffentlicht.", "Examples of successful living together are published regularly."),
            ("Kanäle", "Channels", "Die Verwaltung nutzt verschiedene Kanäle, um unterschiedliche Gruppen zu erreichen.", "The administration uses various channels to reach different groups.", "Zum Beispiel Presse, soziale Medien, Aushänge, Vereine und Multiplikatorinnen.", "For example the press, social media, notices, associations and multipliers."),
            ("Konflikte", "Conflicts", "Für Konflikte im Zusammenleben, die öffentlich werden, gibt es ein abgestimmtes Vorgehen.", "There is an agreed procedure for conflicts in living together that become public."),
            ("Mediation", "Mediation", "Bei Konflikten in Nachbarschaften kann die Kommune eine Mediation anbieten oder vermitteln.", "The municipality can offer or arrange mediation for conflicts in neighbourhoods."),
            ("Falschmeldungen", "Misinformation", "Die Verwaltung stellt Gerüchte und Falschmeldungen über Zugewanderte sachlich richtig.", "The administration factually corrects rumours and false reports about newcomers."),
            ("Dialog", "Dialogue", "Bürgerinnen und Bürger können Fragen und Sorgen zum Zusammenleben in einem offenen Format mit der Verwaltung besprechen.", "Residents can discuss questions and concerns about living together with the administration in an open format."),
            ("Unterbringung", "Accommodation", "Bei der Unterbringung Geflüchteter wird die Nachbarschaft früh informiert und einbezogen.", "When refugees are accommodated, the neighbourhood is informed and involved early on."),
            ("Sicherheit", "Safety", "Ordnungsamt und Polizei tauschen sich mit Vereinen und Initiativen über die Lage in den Stadtteilen aus.", "The public order office and the police exchange views with associations and initiatives on the situation in the districts."),
            ("Deeskalation", "De-escalation", "Beschäftigte wissen, wie sie in schwierigen Gesprächen deeskalierend handeln.", "Staff know how to de-escalate in difficult conversations."),
            ("Frühwarnung", "Early warning", "Hinweise auf Spannungen in Stadtteilen werden nach einem festen Verfahren frühzeitig aufgenommen.", "Signs of tension in districts are picked up early through a set procedure."),
            ("Wirkung", "Impact", "Die Kommune wertet aus, wie ihre Kommunikation bei verschiedenen Gruppen ankommt.", "The municipality evaluates how its communication is received by different groups."),
        ],
    },
]
# fmt: on


def german_texts() -> list[str]:
    """Every German text of the catalogue once, in order: what catalogue_ar and catalogue_uk
    must translate."""
    texts = [TITLE["de"], DESCRIPTION["de"]]
    for field in FIELDS:
        texts += [field["name"]["de"], field["short"]["de"], field["description"]["de"]]
        texts += [band["de"] for band in field["suggestions"].values()]
        for question in field["questions"]:
            texts += [question[0], question[2], *question[4:5]]
    return list(dict.fromkeys(texts))
