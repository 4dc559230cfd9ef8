"""Demo data of Mach mit!: opportunities of the demo organisations, shifts, volunteers with
profiles and three years of hours (some qualify for the Ehrenamtskarte: 4 h a week or
200 h a year for 3 years), including the demo user freiwillige@dessau-rosslau.example.
Idempotent: opportunities are matched by organisation and title, hours by person,
opportunity and day."""

from __future__ import annotations

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.utils import timezone

from engagiert.core.models import Municipality, Role, User
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
MON, TUE, WED, THU, FRI, SAT = range(6)
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


def _opportunities(munis: dict[str, Municipality], now) -> dict[str, Opportunity]:
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
            "title_ar": row["ar"],
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
            "status": Opportunity.Status.PUBLISHED,
            "confirmed_current_at": now - datetime.timedelta(days=12),
        }
        opp, _ = Opportunity.objects.update_or_create(organisation=org, title_de=row["title"], defaults=fields)
        opp.topics.set([topics[s] for s in row["topics"] if s in topics])
        opp.skills.set([Competency.objects.get_or_create(name=n)[0] for n in row["skills"]])
        plan = row.get("shifts")
        if plan:
            today = timezone.localdate()
            first = today + datetime.timedelta(days=(plan["weekday"] - today.weekday()) % 7 or 7)
            for week in range(plan["count"]):
                day = first + datetime.timedelta(weeks=week)
                start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(plan["hour"])))
                Shift.objects.get_or_create(
                    opportunity=opp,
                    starts_at=start,
                    defaults={"ends_at": start + datetime.timedelta(hours=plan["hours"]), "slots": plan["slots"]},
                )
        result[row["title"]] = opp
    reindex_opportunities([o.pk for o in result.values()])
    return result


def _user(row) -> User:
    user = User.objects.filter(email=row["email"]).first()
    if user is None:
        user = User(email=row["email"], username=row["email"].replace("@", "-")[:150])
        user.set_password(DEMO_PASSWORD)
    user.first_name, user.last_name = row["name"]
    user.save()
    EmailAddress.objects.update_or_create(user=user, email=row["email"], defaults={"verified": True, "primary": True})
    return user


def _hours(user, opp: Opportunity, start: datetime.date, hours: str, weekdays: list[int]) -> list[HourEntry]:
    """One entry per session from `start` until yesterday; the last two weeks still wait
    for confirmation. Skips days that already have an entry (idempotent)."""
    today = timezone.localdate()
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


def load(munis: dict[str, Municipality]) -> dict[str, int]:
    now = timezone.now()
    opportunities = _opportunities(munis, now)
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
            entries += _hours(user, opp, start.date(), hours, weekdays)
    HourEntry.objects.bulk_create(entries, batch_size=1000)
    return {
        "opportunities": len(opportunities),
        "volunteers": len(VOLUNTEERS),
        "hour_entries": HourEntry.objects.filter(volunteer__email__in=[v["email"] for v in VOLUNTEERS]).count(),
    }
