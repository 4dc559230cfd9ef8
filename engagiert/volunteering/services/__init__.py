"""Writes of Mach mit!: opportunities, profiles and interests, shifts, hours, certificates,
account deletion, in one module per topic; callers import them from here.

Every function is one transaction. Rules that need the database's current state (capacity
of a shift, overlapping shifts, hours per day) are checked under a row lock. E-mails go
through core.mail (sent once the transaction commits)."""

from engagiert.volunteering.services.certificates import content_hash, issue_certificate
from engagiert.volunteering.services.common import (
    MAX_HOURS_PER_DAY,
    VolunteeringError,
    age_in_year,
    organisation_recipients,
    profile_language,
)
from engagiert.volunteering.services.hours import (
    correct_hours,
    decide_hours,
    joined_on,
    log_group_hours,
    log_hours,
    withdraw_hours,
)
from engagiert.volunteering.services.interests import (
    decide_interest,
    express_interest,
    invite,
    save_profile,
    send_message,
)
from engagiert.volunteering.services.opportunities import (
    OPPORTUNITY_FIELDS,
    confirm_current,
    decide_opportunity,
    flag_stale_opportunities,
    save_opportunity,
    set_status,
)
from engagiert.volunteering.services.privacy import delete_account
from engagiert.volunteering.services.shifts import cancel_signup, create_shift, sign_up_for_shift

__all__ = [
    "MAX_HOURS_PER_DAY",
    "OPPORTUNITY_FIELDS",
    "VolunteeringError",
    "age_in_year",
    "cancel_signup",
    "confirm_current",
    "content_hash",
    "correct_hours",
    "create_shift",
    "decide_hours",
    "decide_interest",
    "decide_opportunity",
    "delete_account",
    "express_interest",
    "flag_stale_opportunities",
    "invite",
    "issue_certificate",
    "joined_on",
    "log_group_hours",
    "log_hours",
    "organisation_recipients",
    "profile_language",
    "save_opportunity",
    "save_profile",
    "send_message",
    "set_status",
    "sign_up_for_shift",
    "withdraw_hours",
]
