"""The eligibility check: a pure function over the rules, the applicant's data, the stated
activities and the confirmed hours from Mach mit!. No database access, no clock: `today`
is passed in. Every rule answers met, missing or unknown with a German explanation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from django.utils.translation import gettext as _

from engagiert.core.formatting import money, number, short_date

MET, MISSING, UNKNOWN = "met", "missing", "unknown"
WEEKS_PER_YEAR = Decimal(52)
CONFIRMED = ("confirmed", "from_volunteering", "recorded")


class Rules(Protocol):
    min_age: int
    min_hours_per_week: Decimal
    min_hours_per_year: Decimal
    min_years_engaged: int
    residence_state: str
    allowance_limit: Decimal


@dataclass(frozen=True)
class ActivityFacts:
    """What the check needs of one activity, from an application or from Mach mit!."""

    name: str
    since: date
    hours_per_year: Decimal
    # pending / stated / confirmed / rejected / from_volunteering / recorded (by the coordinator);
    # "stated": an application's activity whose evidence is Mach mit!, see facts_from_activity
    evidence: str
    allowance_per_year: Decimal | None = Decimal(0)  # None: paid, amount not stated
    organisation_id: int | None = None  # a directory organisation, when known


@dataclass(frozen=True)
class RuleResult:
    code: str
    label: str
    status: str
    explanation: str

    @property
    def met(self) -> bool:
        return self.status == MET


@dataclass(frozen=True)
class Eligibility:
    results: tuple[RuleResult, ...]

    @property
    def eligible(self) -> bool:
        return all(r.status == MET for r in self.results)

    @property
    def missing(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.results if r.status == MISSING)

    @property
    def can_submit(self) -> bool:
        return not self.missing


def facts_from_activity(activity) -> ActivityFacts:
    """An application's Activity (model instance or anything alike)."""
    hours = Decimal(activity.hours)
    per_year = hours * WEEKS_PER_YEAR if activity.period == "week" else hours
    allowance = Decimal(0)
    if activity.paid_allowance:
        allowance = activity.allowance_per_year
    # An activity whose evidence is Mach mit! is confirmed by those hours, which `check` gets as
    # `volunteering` (per organisation, as before submitting): what the applicant stated about it
    # (more hours, an earlier start) counts as stated, not as confirmed.
    evidence = "stated" if activity.evidence == "from_volunteering" else activity.evidence
    return ActivityFacts(
        name=activity.display_name,
        since=activity.since,
        hours_per_year=per_year,
        evidence=evidence,
        allowance_per_year=allowance,
        organisation_id=activity.organisation_id,
    )


def facts_from_volunteering(hours, *, today: date) -> ActivityFacts:
    """Confirmed hours from Mach mit! (engagiert.card.evidence): the better of this year and
    last year counts as the hours per year."""
    by_year = hours.hours_by_year or {}
    per_year = max(Decimal(by_year.get(today.year, 0)), Decimal(by_year.get(today.year - 1, 0)))
    return ActivityFacts(
        name=hours.organisation_name,
        since=hours.first_date,
        hours_per_year=per_year,
        evidence="from_volunteering",
        allowance_per_year=Decimal(0),
        organisation_id=hours.organisation_id,
    )


def years_between(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def check(
    *,
    rules: Rules,
    birth_date: date | None,
    residence_state: str,
    activities: Iterable[ActivityFacts],
    volunteering: Iterable = (),
    today: date,
) -> Eligibility:
    facts = [a for a in activities] + [facts_from_volunteering(v, today=today) for v in volunteering]
    return Eligibility(
        (
            _age(rules, birth_date, today),
            _hours(rules, facts),
            _years(rules, facts, today),
            _residence(rules, residence_state),
            _allowance(rules, facts),
        )
    )


def _age(rules: Rules, birth_date: date | None, today: date) -> RuleResult:
    label = _("Mindestalter %(age)s Jahre") % {"age": rules.min_age}
    if birth_date is None:
        return RuleResult("age", label, UNKNOWN, _("Das Geburtsdatum fehlt noch."))
    age = years_between(birth_date, today)
    if age >= rules.min_age:
        return RuleResult("age", label, MET, _("Sie sind %(age)s Jahre alt.") % {"age": age})
    return RuleResult(
        "age",
        label,
        MISSING,
        _("Sie sind %(age)s Jahre alt. Die Karte gibt es ab %(min)s Jahren.") % {"age": age, "min": rules.min_age},
    )


def _hours(rules: Rules, facts: list[ActivityFacts]) -> RuleResult:
    week, year = Decimal(rules.min_hours_per_week), Decimal(rules.min_hours_per_year)
    label = _("%(week)s Stunden pro Woche oder %(year)s Stunden pro Jahr") % {
        "week": number(week),
        "year": number(year),
    }

    def enough(total: Decimal) -> bool:
        return total >= year or total / WEEKS_PER_YEAR >= week

    stated = _hours_per_year([f for f in facts if f.evidence != "rejected"])
    confirmed = _hours_per_year([f for f in facts if f.evidence in CONFIRMED])
    numbers = {
        "stated": number(stated),
        "confirmed": number(confirmed),
        "weekly": number(stated / WEEKS_PER_YEAR),
        "year": number(year),
        "week": number(week),
    }
    if not facts:
        return RuleResult("hours", label, MISSING, _("Bitte geben Sie mindestens eine Tätigkeit an."))
    if enough(confirmed):
        return RuleResult("hours", label, MET, _("%(confirmed)s Stunden pro Jahr sind bestätigt.") % numbers)
    if enough(stated):
        return RuleResult(
            "hours",
            label,
            UNKNOWN,
            _(
                "Angegeben sind %(stated)s Stunden pro Jahr, bestätigt bisher %(confirmed)s. "
                "Die Bestätigung der Organisationen steht noch aus."
            )
            % numbers,
        )
    return RuleResult(
        "hours",
        label,
        MISSING,
        _(
            "Angegeben sind %(stated)s Stunden pro Jahr (etwa %(weekly)s pro Woche). "
            "Nötig sind %(week)s Stunden pro Woche oder %(year)s Stunden pro Jahr."
        )
        % numbers,
    )


def _hours_per_year(facts: list[ActivityFacts]) -> Decimal:
    """Hours per year over all activities. An activity the applicant states and the Mach mit!
    hours at the same organisation are one engagement: it counts once, with the larger figure."""
    per_organisation: dict[int, Decimal] = {}
    total = Decimal(0)
    for f in facts:
        if f.organisation_id is None:
            total += f.hours_per_year
        else:
            per_organisation[f.organisation_id] = max(per_organisation.get(f.organisation_id, 0), f.hours_per_year)
    return total + sum(per_organisation.values(), Decimal(0))


def _years(rules: Rules, facts: list[ActivityFacts], today: date) -> RuleResult:
    label = _("Seit mindestens %(years)s Jahren engagiert") % {"years": rules.min_years_engaged}
    usable = [f for f in facts if f.evidence != "rejected"]
    if not usable:
        return RuleResult("years", label, MISSING, _("Bitte geben Sie an, seit wann Sie sich engagieren."))
    confirmed = [f for f in usable if f.evidence in CONFIRMED]
    earliest = min(f.since for f in usable)
    years = years_between(earliest, today)
    if confirmed and years_between(min(f.since for f in confirmed), today) >= rules.min_years_engaged:
        since = min(f.since for f in confirmed)
        return RuleResult("years", label, MET, _("Bestätigt engagiert seit %(date)s.") % {"date": short_date(since)})
    if years >= rules.min_years_engaged:
        return RuleResult(
            "years",
            label,
            UNKNOWN,
            _("Angegeben: seit %(date)s. Die Bestätigung steht noch aus.") % {"date": short_date(earliest)},
        )
    return RuleResult(
        "years",
        label,
        MISSING,
        _("Angegeben: seit %(date)s, das sind %(years)s Jahre. Nötig sind %(min)s Jahre.")
        % {"date": short_date(earliest), "years": years, "min": rules.min_years_engaged},
    )


def _residence(rules: Rules, state: str) -> RuleResult:
    label = _("Wohnsitz in %(state)s") % {"state": rules.residence_state}
    if not state.strip():
        return RuleResult("residence", label, UNKNOWN, _("Das Bundesland Ihres Wohnsitzes fehlt noch."))
    if state.strip().casefold() == rules.residence_state.casefold():
        return RuleResult("residence", label, MET, _("Sie wohnen in %(state)s.") % {"state": rules.residence_state})
    return RuleResult(
        "residence",
        label,
        MISSING,
        _("Sie wohnen in %(given)s. Die Karte gibt es für Menschen mit Wohnsitz in %(state)s.")
        % {"given": state.strip(), "state": rules.residence_state},
    )


def _allowance(rules: Rules, facts: list[ActivityFacts]) -> RuleResult:
    limit = Decimal(rules.allowance_limit)
    label = _("Höchstens %(limit)s Aufwandsentschädigung im Jahr") % {"limit": money(limit)}
    usable = [f for f in facts if f.evidence != "rejected"]
    if any(f.allowance_per_year is None for f in usable):
        return RuleResult("allowance", label, UNKNOWN, _("Bitte geben Sie die Höhe Ihrer Aufwandsentschädigung an."))
    total = sum((f.allowance_per_year for f in usable), Decimal(0))
    if total <= limit:
        return RuleResult(
            "allowance", label, MET, _("Aufwandsentschädigung: %(total)s im Jahr.") % {"total": money(total)}
        )
    return RuleResult(
        "allowance",
        label,
        MISSING,
        _("Aufwandsentschädigung: %(total)s im Jahr, mehr als die Grenze von %(limit)s.")
        % {"total": money(total), "limit": money(limit)},
    )
