"""Where confirmed hours come from besides the organisations' confirmation links: the
confirmed hours of Mach mit! (engagiert.volunteering), per organisation and year."""

from __future__ import annotations

from engagiert.volunteering.selectors import ActivityHours, confirmed_hours_for_card


def volunteering_evidence(*, user, municipality) -> list[ActivityHours]:
    """Confirmed hours of `user` in `municipality` from Mach mit!."""
    return confirmed_hours_for_card(user=user, municipality=municipality)


def covered_organisations(*, user, municipality) -> dict[int, ActivityHours]:
    """The directory organisations at which `user` has confirmed hours in Mach mit!, by id.
    For an activity there these hours are the evidence: the organisation is not asked by link."""
    return {
        hours.organisation_id: hours
        for hours in volunteering_evidence(user=user, municipality=municipality)
        if hours.organisation_id is not None and sum(hours.hours_by_year.values()) > 0
    }
