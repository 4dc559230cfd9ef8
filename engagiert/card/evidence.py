"""Where confirmed hours come from besides the organisations' confirmation links.

INTEGRATION POINT with the volunteering app ("Mach mit!"): its contract is

    engagiert.volunteering.selectors.confirmed_hours_for_card(*, user, municipality)
        -> list[ActivityHours]   # frozen dataclass: organisation_id: int | None,
                                 # organisation_name: str, first_date: date,
                                 # last_date: date, hours_by_year: dict[int, Decimal]

That module is built in another branch. `volunteering_evidence` is the ONE place that calls
it; until the branches are merged it returns no hours. After merging, replace its body with

    from engagiert.volunteering.selectors import confirmed_hours_for_card
    return confirmed_hours_for_card(user=user, municipality=municipality)

Everything else (engagiert.card.eligibility) already takes these objects by duck typing:
any object with the attributes above works."""

from __future__ import annotations


def volunteering_evidence(*, user, municipality) -> list:
    """Confirmed hours of `user` in `municipality` from Mach mit! (empty until wired up)."""
    return []
