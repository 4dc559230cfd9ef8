"""Writes of the Partnerschaft für Demokratie, typed keyword-only. Each checks its rules,
writes in one transaction, records its actor (core.audit) and queues mail after commit
(core.mail). A refused write raises FundingError with a message for the person.

By step: plans (cost and financing plan), applications, review (the coordination office's
check), committee, grants (decision and money), reports (Verwendungsnachweis), retention.
Callers use `from engagiert.funding import services`."""

from engagiert.funding.services.applications import (
    APPLICATION_FIELDS,
    check_dates,
    save_application,
    submission_problems,
    submit,
    withdraw,
)
from engagiert.funding.services.committee import (
    Tally,
    assess,
    cast_vote,
    conclude,
    declare_conflict,
    is_conflicted,
    record_votes,
    tally,
)
from engagiert.funding.services.common import (
    ABSURD,
    QUOTES_NEEDED,
    FundingError,
    Status,
)
from engagiert.funding.services.grants import (
    decide_grant,
    fund_available,
    mark_paid,
    request_payment,
    send_reminders,
)
from engagiert.funding.services.plans import (
    PlanFigures,
    add_quote,
    line_total,
    plan_figures,
    plan_problems,
    remove_quote,
    save_plan,
)
from engagiert.funding.services.reports import (
    REPORT_FIELDS,
    accept_report,
    add_photo,
    add_receipt,
    mark_repaid,
    paid_total,
    remove_receipt,
    report_for,
    request_corrections,
    save_report,
    spent_total,
    submit_report,
)
from engagiert.funding.services.retention import (
    delete_application_files,
    purge,
)
from engagiert.funding.services.review import (
    answer_change,
    approve_early_start,
    create_meeting,
    detect_conflicts,
    put_on_agenda,
    request_changes,
)

__all__ = [
    "delete_application_files",
    "ABSURD",
    "APPLICATION_FIELDS",
    "FundingError",
    "PlanFigures",
    "QUOTES_NEEDED",
    "REPORT_FIELDS",
    "Status",
    "Tally",
    "accept_report",
    "add_photo",
    "add_quote",
    "add_receipt",
    "answer_change",
    "approve_early_start",
    "assess",
    "cast_vote",
    "check_dates",
    "conclude",
    "create_meeting",
    "decide_grant",
    "declare_conflict",
    "detect_conflicts",
    "fund_available",
    "is_conflicted",
    "line_total",
    "mark_paid",
    "mark_repaid",
    "paid_total",
    "plan_figures",
    "plan_problems",
    "purge",
    "put_on_agenda",
    "record_votes",
    "remove_quote",
    "remove_receipt",
    "report_for",
    "request_changes",
    "request_corrections",
    "request_payment",
    "save_application",
    "save_plan",
    "save_report",
    "send_reminders",
    "spent_total",
    "submission_problems",
    "submit",
    "submit_report",
    "tally",
    "withdraw",
]
