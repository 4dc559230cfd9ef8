"""Writes of the newsletter app (typed, keyword-only): sign-up with double opt-in, the
subscriber's own changes, composing issues, and sending them in batches (sending.py)."""

from engagiert.newsletter.services.issues import IssueError, save_issue, send_test, start_sending
from engagiert.newsletter.services.sending import recover, run
from engagiert.newsletter.services.subscriptions import (
    CONFIRMATION_RETENTION,
    MAIL_WINDOW,
    LinkError,
    confirm,
    delete_address,
    export_address,
    purge_unconfirmed,
    subscribe,
    subscription_from_token,
    unsubscribe,
    update_topics,
)

__all__ = [
    "CONFIRMATION_RETENTION",
    "IssueError",
    "MAIL_WINDOW",
    "LinkError",
    "confirm",
    "delete_address",
    "export_address",
    "purge_unconfirmed",
    "recover",
    "run",
    "save_issue",
    "send_test",
    "start_sending",
    "subscribe",
    "subscription_from_token",
    "unsubscribe",
    "update_topics",
]
