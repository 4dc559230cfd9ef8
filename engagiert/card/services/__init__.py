"""Writes of the Ehrenamtskarte, by topic: applications (draft to decision), cards and keys,
renewal and retention, acceptance partners and their counter. Callers use
`from engagiert.card import services` and `services.<function>`; each function is one
transaction."""

from engagiert.card.services.applications import (
    add_activity,
    approve,
    reject,
    remove_activity,
    save_draft,
    set_contact_email,
    submit,
    withdraw,
)
from engagiert.card.services.cards import (
    active_key,
    card_message,
    issue_card,
    qr_text,
    record_handover,
    revoke,
    rotate_key,
)
from engagiert.card.services.common import ACTIVITY_FIELDS, APPLICANT_FIELDS, CardError, rules_for
from engagiert.card.services.confirmations import (
    ConfirmationError,
    answer_confirmation,
    confirmation_by_token,
    record_evidence,
)
from engagiert.card.services.partners import count_verification, decide_partner, register_partner
from engagiert.card.services.renewal import (
    Purged,
    anonymise_expired_cards,
    purge_applications,
    send_renewal_reminders,
    shortest_retention_period,
    start_renewal,
)

__all__ = [
    "ACTIVITY_FIELDS",
    "APPLICANT_FIELDS",
    "CardError",
    "ConfirmationError",
    "Purged",
    "active_key",
    "add_activity",
    "answer_confirmation",
    "approve",
    "card_message",
    "confirmation_by_token",
    "count_verification",
    "decide_partner",
    "issue_card",
    "anonymise_expired_cards",
    "purge_applications",
    "qr_text",
    "record_evidence",
    "register_partner",
    "record_handover",
    "reject",
    "remove_activity",
    "revoke",
    "rotate_key",
    "rules_for",
    "save_draft",
    "send_renewal_reminders",
    "set_contact_email",
    "shortest_retention_period",
    "start_renewal",
    "submit",
    "withdraw",
]
