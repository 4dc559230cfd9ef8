"""The lead office's grant decision against the fund, payment requests, payments and reminders."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.core.formatting import money
from engagiert.funding.models import (
    ZERO,
    Application,
    Fund,
    Grant,
    PaymentRequest,
    Report,
)
from engagiert.funding.services.common import FundingError, Status, _log
from engagiert.funding.services.plans import _check_amount

# --- the lead office's grant ----------------------------------------------------------------


def fund_available(fund: Fund) -> Decimal:
    """Budget minus granted plus returned (read inside the fund's row lock when granting)."""
    granted = Grant.objects.filter(fund=fund, approved=True).aggregate(s=Sum("amount"))["s"] or ZERO
    returned = (
        Report.objects.filter(application__fund=fund, repaid_on__isnull=False).aggregate(s=Sum("repayment"))["s"]
        or ZERO
    )
    return fund.budget - granted + returned


@transaction.atomic
def decide_grant(
    *,
    application: Application,
    by,
    approve: bool,
    amount: Decimal | None = None,
    conditions: str = "",
    reason: str = "",
) -> Grant:
    """Grant (possibly reduced, with conditions) or refuse. The fund's row is locked: two grants
    at the same moment cannot take it below zero."""
    application = Application.objects.select_for_update(of=("self",)).select_related("fund").get(pk=application.pk)
    if application.status not in (Status.RECOMMENDED, Status.NOT_RECOMMENDED):
        raise FundingError(_("Über diesen Antrag ist schon entschieden, oder die Empfehlung fehlt noch."))
    fund = Fund.objects.select_for_update().get(pk=application.fund_id)
    recommendation = application.recommendation
    if approve:
        amount = recommendation.amount if amount is None else amount
        _check_amount(amount, _("Der bewilligte Betrag"))
        if amount <= 0:
            raise FundingError(_("Bitte nennen Sie einen Betrag über null."))
        if amount > application.requested_amount:
            raise FundingError(_("Der bewilligte Betrag kann nicht über dem beantragten liegen."))
        if amount > fund.project_limit:
            raise FundingError(_("Der Betrag liegt über dem Höchstbetrag des Fonds."))
        if amount > recommendation.amount and not reason.strip():
            raise FundingError(
                _("Der Betrag liegt über der Empfehlung des Gremiums (%(amount)s). Bitte begründen Sie das.")
                % {"amount": money(recommendation.amount)}
            )
        available = fund_available(fund)
        if amount > available:
            raise FundingError(_("Im Fonds sind nur noch %(available)s verfügbar.") % {"available": money(available)})
    else:
        amount = ZERO
        if not reason.strip():
            raise FundingError(_("Bitte begründen Sie die Ablehnung."))
    grant = Grant.objects.create(
        application=application,
        fund=fund,
        approved=approve,
        amount=amount,
        conditions=conditions.strip() if approve else "",
        reason=reason.strip(),
        decided_by=by,
    )
    application.status = Status.GRANTED if approve else Status.REFUSED
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    _log(
        actor=by,
        action="grant" if approve else "refuse",
        target=application,
        decision=audit.decision_of(approve),
        reason=reason,
        data={"amount": str(amount)},
    )
    if application.applicant_id:
        mail.send(
            template="funding/email/decided",
            to=application.applicant,
            municipality=application.municipality,
            context={"application": application, "approved": approve},
            attachments="engagiert.funding.letters.mail_attachment",
        )
    return grant


# --- money ----------------------------------------------------------------------------------


@transaction.atomic
def request_payment(*, grant: Grant, by, amount: Decimal) -> PaymentRequest:
    grant = Grant.objects.select_for_update().get(pk=grant.pk)
    if not grant.approved:
        raise FundingError(_("Für diesen Antrag gibt es keine Bewilligung."))
    _check_amount(amount, _("Der Betrag"))
    if amount <= 0:
        raise FundingError(_("Bitte nennen Sie einen Betrag über null."))
    requested = grant.payments.aggregate(s=Sum("amount"))["s"] or ZERO
    if requested + amount > grant.amount:
        raise FundingError(_("Sie können höchstens noch %(rest)s abrufen.") % {"rest": money(grant.amount - requested)})
    payment = PaymentRequest.objects.create(grant=grant, amount=amount, requested_by=by)
    _log(actor=by, action="request_payment", target=grant.application, data={"amount": str(amount)})
    return payment


@transaction.atomic
def mark_paid(*, payment: PaymentRequest, by, paid_on: datetime.date) -> PaymentRequest:
    payment = (
        PaymentRequest.objects.select_for_update(of=("self",)).select_related("grant__application").get(pk=payment.pk)
    )
    if payment.paid_on:
        raise FundingError(_("Diese Zahlung ist schon als ausgezahlt vermerkt."))
    if paid_on > timezone.localdate():
        raise FundingError(_("Das Auszahlungsdatum liegt in der Zukunft."))
    payment.paid_on = paid_on
    payment.save(update_fields=["paid_on"])
    _log(actor=by, action="mark_paid", target=payment.grant.application, data={"amount": str(payment.amount)})
    return payment


def send_reminders(*, today: datetime.date) -> dict[str, int]:
    """Spending reminders a week before the money must be spent, report reminders a week
    before the Verwendungsnachweis is due; each is sent once."""
    sent = {"spending": 0, "report": 0}
    payments = PaymentRequest.objects.filter(paid_on__isnull=False, reminder_sent_at__isnull=True).select_related(
        "grant__application__fund__partnership", "grant__application__applicant", "grant__application__municipality"
    )
    for payment in payments:
        application = payment.grant.application
        due = payment.paid_on + datetime.timedelta(weeks=application.fund.partnership.spending_weeks)
        if today >= due - datetime.timedelta(days=7) and application.applicant_id:
            mail.send(
                template="funding/email/spend",
                to=application.applicant,
                municipality=application.municipality,
                context={"application": application, "due": due},
            )
            payment.reminder_sent_at = timezone.now()
            payment.save(update_fields=["reminder_sent_at"])
            sent["spending"] += 1
    from engagiert.funding.selectors import report_due

    waiting = Application.objects.filter(status=Status.GRANTED).exclude(report__status__in=["submitted", "accepted"])
    for application in waiting.select_related("fund__partnership", "applicant", "municipality"):
        due = report_due(application)
        if today == due - datetime.timedelta(days=7) or today == due + datetime.timedelta(days=1):
            if application.applicant_id:
                mail.send(
                    template="funding/email/report_due",
                    to=application.applicant,
                    municipality=application.municipality,
                    context={"application": application, "due": due, "overdue": today > due},
                )
                sent["report"] += 1
    return sent
