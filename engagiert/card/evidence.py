"""Where confirmed hours come from besides the organisations' confirmation links: the
confirmed hours of Mach mit! (engagiert.volunteering), per organisation and year."""

from __future__ import annotations

from engagiert.volunteering.selectors import ActivityHours, confirmed_hours_for_card


def volunteering_evidence(*, user, municipality) -> list[ActivityHours]:
    """Confirmed hours of `user` in `municipality` from Mach mit!."""
    return confirmed_hours_for_card(user=user, municipality=municipality)
