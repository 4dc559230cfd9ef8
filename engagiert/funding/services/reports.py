"""The Verwendungsnachweis: report, actual costs, receipts, photos, submission, corrections,
acceptance, repayment."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import mail
from engagiert.funding.models import (
    ZERO,
    Application,
    PaymentRequest,
    Photo,
    Receipt,
    Report,
)
from engagiert.funding.services.common import FundingError, Status, _log
from engagiert.funding.services.plans import _check_amount

# --- the Verwendungsnachweis ------------------------------------------------------------------


def report_for(application: Application) -> Report:
    report, _created = Report.objects.get_or_create(application=application)
    return report


def _report_editable(report: Report) -> None:
    if report.status not in (Report.Status.DRAFT, Report.Status.CORRECTIONS):
        raise FundingError(_("Der Verwendungsnachweis ist eingereicht und kann gerade nicht geändert werden."))
    if report.application.status != Status.GRANTED:
        raise FundingError(_("Ein Verwendungsnachweis gehört zu einem bewilligten Projekt."))


REPORT_FIELDS = (
    "narrative",
    "outcome",
    "press",
    "participants_under_14",
    "participants_14_17",
    "participants_18_27",
    "participants_over_27",
)


@transaction.atomic
def save_report(*, report: Report, by, data: dict, actuals: dict[int, Decimal | None]) -> Report:
    report = Report.objects.select_for_update(of=("self",)).select_related("application").get(pk=report.pk)
    _report_editable(report)
    for name in REPORT_FIELDS:
        if name in data:
            setattr(report, name, data[name])
    report.save()
    lines = {line.pk: line for line in report.application.cost_lines.all()}
    for pk, actual in actuals.items():
        if pk not in lines:
            raise FundingError(_("Unbekannte Kostenposition."))
        if actual is not None:
            _check_amount(actual, _("Ein IST-Betrag"))
        lines[pk].actual = actual
        lines[pk].save(update_fields=["actual"])
    _log(actor=by, action="save_report", target=report.application)
    return report


def add_receipt(*, report: Report, by, data: dict) -> Receipt:
    _report_editable(report)
    _check_amount(data["amount"], _("Der Betrag des Belegs"))
    if data["amount"] <= 0:
        raise FundingError(_("Bitte nennen Sie einen Betrag über null."))
    if data["date"] > timezone.localdate():
        raise FundingError(_("Das Datum des Belegs liegt in der Zukunft."))
    line = data.get("cost_line")
    if line is not None and line.application_id != report.application_id:
        raise FundingError(_("Unbekannte Kostenposition."))
    receipt = Receipt.objects.create(report=report, **data)
    _log(actor=by, action="add_receipt", target=report.application)
    return receipt


def remove_receipt(*, receipt: Receipt, by) -> None:
    _report_editable(receipt.report)
    receipt.file.delete(save=False)
    receipt.delete()
    _log(actor=by, action="remove_receipt", target=receipt.report.application)


def add_photo(*, report: Report, by, image, alt_text: str, consent: bool) -> Photo:
    _report_editable(report)
    if not consent:
        raise FundingError(_("Fotos mit Personen brauchen deren Zustimmung zur Veröffentlichung."))
    photo = Photo.objects.create(report=report, image=image, alt_text=alt_text, consent=True)
    _log(actor=by, action="add_photo", target=report.application)
    return photo


def paid_total(application: Application) -> Decimal:
    return (
        PaymentRequest.objects.filter(grant__application=application, paid_on__isnull=False).aggregate(s=Sum("amount"))[
            "s"
        ]
        or ZERO
    )


def spent_total(report: Report) -> Decimal:
    return report.receipts.aggregate(s=Sum("amount"))["s"] or ZERO


@transaction.atomic
def submit_report(*, report: Report, by) -> Report:
    report = Report.objects.select_for_update(of=("self",)).select_related("application").get(pk=report.pk)
    _report_editable(report)
    problems = []
    if not report.narrative.strip():
        problems.append(_("Bitte beschreiben Sie im Sachbericht, was geschehen ist."))
    if report.application.cost_lines.filter(actual__isnull=True).exists():
        problems.append(
            _("Bitte tragen Sie zu jeder Kostenposition den IST-Betrag ein (0, wenn nichts ausgegeben wurde).")
        )
    if not report.receipts.exists():
        problems.append(_("Bitte tragen Sie Ihre Belege in die Belegliste ein."))
    if problems:
        raise FundingError(" ".join(problems))
    report.repayment = max(paid_total(report.application) - spent_total(report), ZERO)
    report.status, report.submitted_at = Report.Status.SUBMITTED, timezone.now()
    report.save(update_fields=["repayment", "status", "submitted_at", "updated_at"])
    _log(actor=by, action="submit_report", target=report.application)
    return report


@transaction.atomic
def request_corrections(*, report: Report, by, note: str) -> Report:
    if report.status != Report.Status.SUBMITTED:
        raise FundingError(_("Nur eingereichte Verwendungsnachweise können zurückgegeben werden."))
    if not note.strip():
        raise FundingError(_("Bitte schreiben Sie, was zu korrigieren ist."))
    report.status, report.correction_note = Report.Status.CORRECTIONS, note.strip()
    report.save(update_fields=["status", "correction_note", "updated_at"])
    _log(actor=by, action="report_corrections", target=report.application)
    if report.application.applicant_id:
        mail.send(
            template="funding/email/corrections",
            to=report.application.applicant,
            municipality=report.application.municipality,
            context={"application": report.application, "text": report.correction_note},
        )
    return report


@transaction.atomic
def accept_report(*, report: Report, by) -> Report:
    report = Report.objects.select_for_update(of=("self",)).select_related("application").get(pk=report.pk)
    if report.status != Report.Status.SUBMITTED:
        raise FundingError(_("Nur eingereichte Verwendungsnachweise können angenommen werden."))
    report.status, report.accepted_at = Report.Status.ACCEPTED, timezone.now()
    report.save(update_fields=["status", "accepted_at", "updated_at"])
    application = report.application
    application.status = Status.CLOSED
    application.save(update_fields=["status", "updated_at"])
    _log(actor=by, action="accept_report", target=application)
    return report


@transaction.atomic
def mark_repaid(*, report: Report, by, repaid_on: datetime.date) -> Report:
    if report.repayment <= 0:
        raise FundingError(_("Zu diesem Projekt ist nichts zurückzuzahlen."))
    if repaid_on > timezone.localdate():
        raise FundingError(_("Das Datum liegt in der Zukunft."))
    report.repaid_on = repaid_on
    report.save(update_fields=["repaid_on", "updated_at"])
    _log(actor=by, action="mark_repaid", target=report.application)
    return report
