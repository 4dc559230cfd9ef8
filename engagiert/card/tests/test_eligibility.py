"""The eligibility check as a pure function: no database, the clock passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engagiert.card.eligibility import MET, MISSING, UNKNOWN, ActivityFacts, check
from engagiert.card.models import CardRules

TODAY = date(2026, 11, 26)


def rules(**overrides) -> CardRules:
    return CardRules(**overrides)  # unsaved: defaults of Dessau-Roßlau


def facts(hours_per_year="250", since=date(2020, 1, 1), evidence="confirmed", allowance="0") -> ActivityFacts:
    return ActivityFacts(
        name="Dessauer Tafel",
        since=since,
        hours_per_year=Decimal(hours_per_year),
        evidence=evidence,
        allowance_per_year=None if allowance is None else Decimal(allowance),
    )


@dataclass(frozen=True)
class ActivityHours:  # the volunteering app's contract, duplicated here on purpose
    organisation_id: int | None
    organisation_name: str
    first_date: date
    last_date: date
    hours_by_year: dict


def run(activities=(), volunteering=(), birth=date(1980, 1, 1), state="Sachsen-Anhalt", **rule_overrides):
    return check(
        rules=rules(**rule_overrides),
        birth_date=birth,
        residence_state=state,
        activities=list(activities),
        volunteering=list(volunteering),
        today=TODAY,
    )


def by_code(result):
    return {r.code: r for r in result.results}


def test_all_met():
    result = run([facts()])
    assert result.eligible and result.can_submit
    assert {r.status for r in result.results} == {MET}


def test_under_sixteen_is_missing_with_the_age_in_the_explanation():
    result = by_code(run([facts()], birth=date(2011, 1, 1)))
    assert result["age"].status == MISSING
    assert "15 Jahre" in result["age"].explanation and "16" in result["age"].explanation


def test_sixteenth_birthday_today_counts():
    assert by_code(run([facts()], birth=date(2010, 11, 26)))["age"].status == MET
    assert by_code(run([facts()], birth=date(2010, 11, 27)))["age"].status == MISSING


def test_missing_birth_date_is_unknown():
    assert by_code(run([facts()], birth=None))["age"].status == UNKNOWN


def test_hours_per_week_or_per_year():
    assert by_code(run([facts("208")]))["hours"].status == MET  # 4 h a week
    assert by_code(run([facts("200")]))["hours"].status == MET  # 200 h a year
    result = by_code(run([facts("150")]))
    assert result["hours"].status == MISSING
    assert "150 Stunden pro Jahr" in result["hours"].explanation


def test_stated_but_unconfirmed_hours_are_unknown_and_rejected_ones_do_not_count():
    assert by_code(run([facts(evidence="pending")]))["hours"].status == UNKNOWN
    assert by_code(run([facts(evidence="rejected"), facts("100")]))["hours"].status == MISSING
    assert by_code(run([facts("100"), facts("100")]))["hours"].status == MET  # hours add up


def test_no_activity_is_missing():
    result = run([])
    assert by_code(result)["hours"].status == MISSING
    assert not result.can_submit


def test_years_of_engagement():
    assert by_code(run([facts(since=date(2023, 11, 26))]))["years"].status == MET
    result = by_code(run([facts(since=date(2024, 6, 1))]))
    assert result["years"].status == MISSING and "2 Jahre" in result["years"].explanation
    assert by_code(run([facts(since=date(2019, 1, 1), evidence="pending")]))["years"].status == UNKNOWN


def test_residence():
    assert by_code(run([facts()], state="sachsen-anhalt "))["residence"].status == MET
    assert by_code(run([facts()], state="Sachsen"))["residence"].status == MISSING
    assert by_code(run([facts()], state=""))["residence"].status == UNKNOWN
    assert by_code(run([facts()], state="Bayern", residence_state="Bayern"))["residence"].status == MET


def test_allowance_limit_is_a_setting_of_the_rules():
    assert by_code(run([facts(allowance="960")]))["allowance"].status == MET
    assert by_code(run([facts(allowance="961")]))["allowance"].status == MISSING
    assert by_code(run([facts(allowance="500"), facts(allowance="500")]))["allowance"].status == MISSING
    assert by_code(run([facts(allowance="1200")], allowance_limit=Decimal("3000")))["allowance"].status == MET
    assert by_code(run([facts(allowance=None)]))["allowance"].status == UNKNOWN


def test_other_rules_per_municipality():
    result = by_code(run([facts("250")], min_hours_per_year=Decimal(300), min_hours_per_week=Decimal(6), min_age=18))
    assert result["hours"].status == MISSING
    assert "6 Stunden pro Woche" in result["hours"].label


def test_confirmed_hours_from_mach_mit_count_as_evidence():
    volunteering = [
        ActivityHours(
            7, "Dessauer Tafel", date(2021, 3, 1), date(2026, 11, 1), {2025: Decimal("180"), 2026: Decimal("40")}
        )
    ]
    assert by_code(run([], volunteering))["hours"].status == MISSING  # 180 < 200
    more = [ActivityHours(None, "Stadtbibliothek", date(2022, 1, 1), date(2026, 10, 1), {2025: Decimal("30")})]
    result = run([], volunteering + more)
    assert by_code(result)["hours"].status == MET
    assert by_code(result)["years"].status == MET
    # Both sources together: Mach mit! hours plus an activity confirmed by link.
    assert by_code(run([facts("50")], volunteering))["hours"].status == MET


def test_an_organisation_stated_and_in_mach_mit_counts_once():
    """The applicant names the Tafel, whose 150 hours are also confirmed in Mach mit!: 150, not 300."""
    stated = ActivityFacts("Dessauer Tafel", date(2020, 1, 1), Decimal("150"), "confirmed", Decimal(0), 7)
    volunteering = [ActivityHours(7, "Dessauer Tafel", date(2021, 3, 1), date(2026, 11, 1), {2026: Decimal("150")})]
    assert by_code(run([stated], volunteering))["hours"].status == MISSING
    elsewhere = [ActivityHours(8, "Stadtbibliothek", date(2021, 3, 1), date(2026, 11, 1), {2026: Decimal("150")})]
    assert by_code(run([stated], elsewhere))["hours"].status == MET
