"""Demo data of the Selbstcheck Weltoffene Kommune for Dessau-Roßlau: the default catalogue,
a round published last year (relative to the day the demo is loaded) with 25 respondents, its
workshop, the milestones of the "Was bisher geschah" table (seed 004) with follow-ups, and a
running round opened some weeks ago, about half answered. Answers are pseudo-random but
deterministic (seeded), so a second run gives the same data. Rounds and respondents are matched
in order, so a later run (a new year) renames and moves them instead of adding new ones."""

from __future__ import annotations

import datetime
import random
import re

from django.db import transaction
from django.utils import timezone

from engagiert.core import tokens
from engagiert.core.models import Municipality
from engagiert.demo.clock import at, in_order
from engagiert.directory.models import Organisation
from engagiert.selfcheck.models import Answer, Field, Measure, Question, Respondent, Round, WorkshopNote
from engagiert.selfcheck.services import load_default_catalogue

# Mean on the 1..5 scale per field (by slug) in the earlier round; the current one is a little better.
BASE_2024 = {
    "steuerung": 2.9,
    "oeffnung": 2.3,
    "zugang": 3.1,
    "arbeit": 2.7,
    "beteiligung": 3.6,
    "zusammenhalt": 3.4,
    "kommunikation": 2.8,
}
GAIN_2026 = {
    "steuerung": 0.5,
    "oeffnung": 0.6,
    "zugang": 0.3,
    "arbeit": 0.2,
    "beteiligung": 0.3,
    "zusammenhalt": 0.2,
    "kommunikation": 0.4,
}
# Department, role, number of people, field it knows best (+), field it knows little (more "weiß nicht").
DEPARTMENTS = [
    ("Amt für Soziales und Integration", "Sachgebietsleitung", 4, "oeffnung", "arbeit"),
    ("Personalamt", "Amtsleitung", 3, "oeffnung", "zusammenhalt"),
    ("Jugendamt", "Abteilungsleitung", 3, "beteiligung", "arbeit"),
    ("Ordnungsamt", "Amtsleitung", 3, "kommunikation", "beteiligung"),
    ("Bürgerbüro", "Teamleitung", 3, "zugang", "arbeit"),
    ("Schulverwaltungsamt", "Amtsleitung", 2, "zugang", "kommunikation"),
    ("Wirtschaftsförderung", "Referent*in", 2, "arbeit", "zusammenhalt"),
    ("Amt für Kultur", "Sachgebietsleitung", 2, "zusammenhalt", "arbeit"),
    ("Stadtplanungsamt", "Referent*in", 2, "steuerung", "oeffnung"),
    ("Pressestelle", "Pressesprecher*in", 1, "kommunikation", "arbeit"),
]
SLUGS = {"Amt für Soziales und Integration": "soziales", "Amt für Kultur": "kultur"}


def _email(department: str, n: int, year: int, domain: str = "dessau-rosslau.example") -> str:
    slug = SLUGS.get(department, department.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").split()[0])
    return f"selbstcheck{year}.{slug}.{n}@{domain}"


def _at(year: int, month: int, day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


def _round(muni, catalogue, title, existing, *, status, created, opened, closed=None, published=None) -> Round:
    round = existing or Round(municipality=muni)
    round.title, round.catalogue, round.status = title, catalogue, status
    round.opened_at, round.closed_at, round.published_at = opened, closed, published
    round.save()
    Round.objects.filter(pk=round.pk).update(created_at=created)  # auto_now_add cannot be set on create
    return round


def _answers(rng: random.Random, questions: list[Question], base: dict, strong: str, weak: str, share: float):
    """One respondent's answers to the first `share` of the questions."""
    person = rng.gauss(0, 0.4)
    result = []
    for q in questions[: round(len(questions) * share)]:
        slug = q.field.slug
        if rng.random() < (0.25 if slug == weak else 0.04):
            result.append((q, None))  # weiß nicht
            continue
        mean = base[slug] + person + (0.5 if slug == strong else 0) + rng.gauss(0, 0.8)
        result.append((q, min(5, max(1, round(mean)))))
    return result


def _respondents(
    round: Round, questions, base, *, year, rng, plan, today_end: datetime.datetime, domain="dessau-rosslau.example"
) -> int:
    """plan(index) -> (share of questions answered, submitted?) for the index-th respondent."""
    count = 0
    index = 0
    existing, _surplus = in_order(round.respondents.order_by("pk"), sum(d[2] for d in DEPARTMENTS))
    for department, role, people, strong, weak in DEPARTMENTS:
        for n in range(1, people + 1):
            share, submitted = plan(index)
            index += 1
            email = _email(department, n, year, domain)
            respondent = existing[index - 1] or Respondent(round=round, token_hash=tokens.issue()[1])
            respondent.email, respondent.department, respondent.role = email, department, role
            respondent.invited_at = round.opened_at
            submitted_at = round.opened_at + datetime.timedelta(days=3 + index)
            respondent.submitted_at = min(submitted_at, today_end) if submitted else None
            respondent.save()
            respondent.answers.all().delete()
            Answer.objects.bulk_create(
                Answer(respondent=respondent, question=q, value=v)
                for q, v in _answers(rng, questions, base, strong, weak, share)
            )
            count += 1
    return count


MILESTONES = [
    # date, step, goal, field slug, status, progress, office, organisation, partners, event, public
    (
        (2020, 5, 1),
        "Bewilligung Programm „Engagierte Stadt“",
        "Aufbau, Etappenplan und Koordination des Netzwerks; Öffentlichkeitsarbeit",
        "beteiligung",
        "done",
        100,
        "OB-Referat",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "",
        "",
        True,
    ),
    (
        (2020, 11, 1),
        "Dialogveranstaltung zu Engagement und Zielsetzung",
        "Fördermöglichkeiten für langfristige strategische Ziele erschließen; "
        "eine Anerkennungskultur für das Ehrenamt fördern",
        "beteiligung",
        "done",
        100,
        "",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "Verwaltung, Vereine und Initiativen",
        "Dialogveranstaltung mit Verwaltung und Zivilgesellschaft",
        True,
    ),
    (
        (2021, 5, 1),
        "Vier Vorbereitungsmeetings zu Etappenplan und Ehrenamtskultur",
        "Etappenplan abstimmen; eine Engagementkultur in Dessau-Roßlau anstreben",
        "beteiligung",
        "done",
        100,
        "",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "Partner der Engagierten Stadt",
        "",
        True,
    ),
    (
        (2021, 7, 1),
        "Aufbauarbeit mit den Partnern der Engagierten Stadt",
        "Kooperationsvereinbarung Stadt–Zivilgesellschaft–Wirtschaft vorbereiten; Beirat und Arbeitsgruppe gründen",
        "steuerung",
        "done",
        100,
        "",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "AWO Kreisverband Dessau e.V.",
        "",
        True,
    ),
    (
        (2021, 10, 1),
        "Auftaktveranstaltung Engagierte Stadt",
        "Neuer Schub für das Netzwerk: die Engagierte Stadt als Dach für alles, was läuft; Roßlau einbinden",
        "zusammenhalt",
        "done",
        100,
        "",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "",
        "Auftaktveranstaltung",
        True,
    ),
    (
        ("last_year", 5, 1),
        "Workshop zu den Ergebnissen des Selbstchecks {last_year}",
        "Schlussfolgerungen mit externen Partner*innen und Multiplikator*innen aus der Verwaltung prüfen; "
        "Meilensteine festlegen",
        "steuerung",
        "done",
        100,
        "",
        "Integrationsbüro der Stadt Dessau-Roßlau",
        "Hochschule Anhalt, Umweltbundesamt",
        "",
        True,
    ),
    (
        ("last_year", 6, 1),
        "Ergebnisse des Selbstchecks {last_year} veröffentlicht",
        "Transparenz über den Stand der Weltoffenheit in der Verwaltung",
        "kommunikation",
        "done",
        100,
        "Pressestelle",
        "",
        "",
        "",
        True,
    ),
    (
        ("today", -200),
        "Mehrsprachige Informationen im Bürgerbüro",
        "Die häufigsten Anliegen auf Arabisch, Ukrainisch, Englisch und in Leichter Sprache erklären",
        "zugang",
        "in_progress",
        60,
        "Bürgerbüro",
        "",
        "Multikulturelles Zentrum Dessau e.V.",
        "",
        True,
    ),
    (
        ("today", -100),
        "Fortbildung interkulturelle Kompetenz für Führungskräfte",
        "Alle Amtsleitungen nehmen bis Ende {next_year} an einer Fortbildung zu Diskriminierung und Rassismus teil",
        "oeffnung",
        "in_progress",
        40,
        "Personalamt",
        "",
        "Integrationsbüro",
        "",
        True,
    ),
    (
        ("today", -300),
        "Erarbeitung einer Engagement-Strategie",
        "Umsetzung des Stadtratsbeschlusses mit der Arbeitsgruppe, der Kommunalverwaltung und den Akteuren",
        "beteiligung",
        "in_progress",
        30,
        "",
        "Koordinierungsstelle Engagierte Stadt Dessau-Roßlau",
        "Arbeitsgruppe Engagierte Stadt",
        "",
        True,
    ),
    (
        ("today", 40),
        "Dialogveranstaltung zum Selbstcheck {this_year}",
        "Ergebnisse mit Verwaltung und Zivilgesellschaft besprechen und die nächsten Meilensteine ausformen",
        "kommunikation",
        "planned",
        0,
        "",
        "Integrationsbüro der Stadt Dessau-Roßlau",
        "",
        "Dialogveranstaltung {next_year}",
        False,
    ),
]


def _milestone_date(when: tuple, today: datetime.date) -> datetime.date:
    """(y, m, d) of the seed's history, ("last_year", m, d), or ("today", days from today)."""
    if when[0] == "today":
        return today + datetime.timedelta(days=when[1])
    if when[0] == "last_year":
        return datetime.date(today.year - 1, when[1], when[2])
    return datetime.date(*when)


def _milestones(muni: Municipality, fields: dict[str, Field], earlier: Round, today: datetime.date) -> int:
    orgs = {o.name: o for o in Organisation.objects.filter(municipality=muni)}
    years = {"last_year": today.year - 1, "this_year": today.year, "next_year": today.year + 1}
    for when, title, goal, slug, status, progress, office, org, partners, event, public in MILESTONES:
        # Titles with a year are matched with any year, so a run in a new year renames them.
        pattern = (
            "^"
            + re.escape(title).replace(r"\{", "{").replace(r"\}", "}").format(**dict.fromkeys(years, "[0-9]{4}"))
            + "$"
        )
        measure = Measure.objects.filter(municipality=muni, title__regex=pattern).order_by("pk").first()
        measure = measure or Measure(municipality=muni)
        measure.title = title.format(**years)
        measure.date = _milestone_date(when, today)
        measure.goal = goal.format(**years)
        measure.field = fields[slug]
        measure.round = earlier
        measure.status, measure.progress = status, progress
        measure.responsible_office = office
        measure.responsible_organisation = orgs.get(org)
        measure.partners = partners
        measure.event_title = event.format(**years)
        measure.public = public
        measure.save()
    return len(MILESTONES)


WORKSHOP_BODY = (
    "<p>Die Ergebnisse des Selbstchecks 2024 wurden mit externen Partner*innen und Multiplikator*innen "
    "aus der Verwaltung besprochen.</p><ul>"
    "<li>Stärken: Engagement und Beteiligung, Zusammenhalt und Begegnung.</li>"
    "<li>Handlungsbedarf: interkulturelle Öffnung des Personals, mehrsprachige Informationen, abgestimmtes "
    "Vorgehen bei Konflikten.</li>"
    "<li>Vereinbart: Fortbildungen für Führungskräfte, mehrsprachige Informationen im Bürgerbüro, eine "
    "Dialogveranstaltung mit Verwaltung und Zivilgesellschaft.</li></ul>"
)


def _current_opened(today: datetime.date) -> datetime.date:
    """Some seven weeks ago, but in this calendar year (the round is named after it)."""
    return min(today, max(today - datetime.timedelta(days=52), datetime.date(today.year, 1, 2)))


def _neighbours(munis: dict[str, Municipality], catalogue, questions, today: datetime.date) -> int:
    """The other round states: Lutherstadt Wittenberg has closed its round (the report waits for
    publication), Bitterfeld-Wolfen is preparing its first one."""
    respondents = 0
    wittenberg, bitterfeld = munis.get("lutherstadt-wittenberg"), munis.get("bitterfeld-wolfen")
    if wittenberg:
        opened = today - datetime.timedelta(days=120)
        closed = _round(
            wittenberg,
            catalogue,
            f"Selbstcheck Lutherstadt Wittenberg {opened.year}",
            _first_round(wittenberg),
            status=Round.Status.CLOSED,
            created=at(opened - datetime.timedelta(days=7), 9),
            opened=at(opened, 9),
            closed=at(today - datetime.timedelta(days=40), 17),
        )
        respondents = _respondents(
            closed,
            questions,
            {slug: v + 0.2 for slug, v in BASE_2024.items()},
            year=opened.year,
            rng=random.Random(2025),
            plan=lambda i: (1.0, True) if i % 5 else (0.0, False),
            today_end=at(today, 18),
            domain="wittenberg.example",
        )
    if bitterfeld:
        created = today - datetime.timedelta(days=10)
        _round(
            bitterfeld,
            catalogue,
            f"Selbstcheck Bitterfeld-Wolfen {(today + datetime.timedelta(days=60)).year}",
            _first_round(bitterfeld),
            status=Round.Status.DRAFT,
            created=at(created, 9),
            opened=None,
        )
    return respondents


def _first_round(muni: Municipality) -> Round | None:
    return Round.objects.filter(municipality=muni, title__startswith="Selbstcheck ").order_by("pk").first()


@transaction.atomic
def load(munis: dict[str, Municipality], *, today: datetime.date) -> dict[str, int]:
    catalogue = load_default_catalogue()
    muni = munis["dessau-rosslau"]
    questions = list(
        Question.objects.filter(field__catalogue=catalogue).select_related("field").order_by("field__order", "order")
    )
    fields = {f.slug: f for f in catalogue.fields.all()}
    last_year = today.year - 1
    rounds, _surplus = in_order(
        Round.objects.filter(municipality=muni, title__regex=r"^Selbstcheck [0-9]{4}$").order_by("opened_at", "pk"), 2
    )

    earlier = _round(
        muni,
        catalogue,
        f"Selbstcheck {last_year}",
        rounds[0],
        status=Round.Status.PUBLISHED,
        created=_at(last_year, 2, 26),
        opened=_at(last_year, 3, 4),
        closed=_at(last_year, 4, 15),
        published=_at(last_year, 6, 1),
    )
    respondents = _respondents(
        earlier,
        questions,
        BASE_2024,
        year=last_year,
        rng=random.Random(2024),
        plan=lambda i: (1.0, True),
        today_end=at(today, 18),
    )
    base_current = {slug: v + GAIN_2026[slug] for slug, v in BASE_2024.items()}
    opened = _current_opened(today)
    current = _round(
        muni,
        catalogue,
        f"Selbstcheck {today.year}",
        rounds[1],
        status=Round.Status.OPEN,
        created=at(opened - datetime.timedelta(days=4), 9),
        opened=at(opened, 9),
    )
    # Half answered: every second person has submitted, a few others are part-way, the rest not started.
    respondents += _respondents(
        current,
        questions,
        base_current,
        year=today.year,
        rng=random.Random(2026),
        plan=lambda i: (1.0, True) if i % 2 == 0 else ((0.4, False) if i % 4 == 1 else (0.0, False)),
        today_end=at(today, 18),
    )
    WorkshopNote.objects.update_or_create(
        round=earlier,
        title="Workshop mit externen Partner*innen und Multiplikator*innen",
        defaults={
            "date": datetime.date(last_year, 5, 14),
            "participants": "Integrationsbüro, Hochschule Anhalt, Umweltbundesamt, "
            "Multikulturelles Zentrum Dessau e.V., AWO Kreisverband Dessau e.V., Personalamt, Jugendamt, Bürgerbüro",
            "body": WORKSHOP_BODY.replace("Selbstchecks 2024", f"Selbstchecks {last_year}"),
        },
    )
    measures = _milestones(muni, fields, earlier, today)
    respondents += _neighbours(munis, catalogue, questions, today)
    return {"selfcheck_rounds": 4, "selfcheck_respondents": respondents, "selfcheck_measures": measures}
