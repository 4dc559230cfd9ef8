"""Writes of Begegnungen, by topic: events and series, editing them (with the changes that wait
for a coordinator), registrations and check-in. Callers use `from engagiert.events import services`
and `services.<function>`.

Capacity rule: the seats taken are 1 + companions of every confirmed registration and of
every unexpired unconfirmed one. Registrations, confirmations and cancellations lock the
event row (select_for_update) so that no two of them count at the same time. E-mails go
through core.mail (events/mails.py): queued once the transaction has committed. The concurrency test replaces
`registrations.seats_taken` (the count that registering checks)."""

from engagiert.events.services.changes import (
    NOTIFY_FIELDS,
    SCALAR_FIELDS,
    decide_event_change,
    edit_needs_approval,
    event_state,
    update_event,
)
from engagiert.events.services.common import (
    EventError,
    editable_organisations,
    event_organisations,
    seats_taken,
)
from engagiert.events.services.events import (
    MAX_SERIES_DATES,
    approve_event,
    cancel_event,
    create_event,
    get_or_create_venue,
    publishes_at_once,
    record_head_count,
    series_starts,
)
from engagiert.events.services.registrations import (
    CONFIRMATION_WINDOW,
    NEEDS_RETENTION,
    cancel_registration,
    check_in,
    confirm,
    due_reminders,
    expire_unconfirmed,
    purge_support_needs,
    register,
    registration_from_token,
    send_reminders,
)

__all__ = [
    "CONFIRMATION_WINDOW",
    "MAX_SERIES_DATES",
    "NEEDS_RETENTION",
    "NOTIFY_FIELDS",
    "SCALAR_FIELDS",
    "EventError",
    "approve_event",
    "cancel_event",
    "cancel_registration",
    "check_in",
    "confirm",
    "create_event",
    "decide_event_change",
    "due_reminders",
    "edit_needs_approval",
    "editable_organisations",
    "event_organisations",
    "event_state",
    "expire_unconfirmed",
    "get_or_create_venue",
    "publishes_at_once",
    "record_head_count",
    "purge_support_needs",
    "register",
    "registration_from_token",
    "seats_taken",
    "send_reminders",
    "series_starts",
    "update_event",
]
