"""The card reads confirmed hours from Mach mit!: the two apps together, through their services."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from engagiert.card import selectors
from engagiert.card.tests.factories import draft, rules
from engagiert.volunteering import services as volunteering
from engagiert.volunteering.tests.factories import accept, make_opportunity

pytestmark = pytest.mark.django_db


def hours_rule(application):
    return {r.code: r for r in selectors.eligibility_of(application).results}["hours"]


def test_confirmed_mach_mit_hours_make_the_hours_rule_met(dessau, org, editor, outsider):
    rules(dessau)
    opportunity = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(outsider, opportunity, days_ago=4 * 365)
    application = draft(outsider, dessau, hours="1")  # one stated hour a week at another organisation
    assert hours_rule(application).status != "met"

    today = datetime.date.today()
    entries = [
        volunteering.log_hours(
            volunteer=outsider, opportunity=opportunity, date=today - datetime.timedelta(days=day), hours=Decimal("8")
        )
        for day in range(1, 30)
    ]
    assert hours_rule(application).status != "met"  # logged, not yet confirmed
    for entry in entries:
        volunteering.decide_hours(entry=entry, confirm=True, by=editor)
    assert hours_rule(application).status == "met"  # 29 × 8 = 232 confirmed hours this year
