"""Writes of the Partnerschaft für Demokratie, typed keyword-only. Each checks its rules,
writes in one transaction, records its actor (core.audit) and queues mail after commit
(core.mail). A refused write raises FundingError with a message for the person."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.core.formatting import money
from engagiert.funding.models import (
    ZERO,
    Application,
    Assessment,
    ChangeRequest,
    Committee,
    ConflictDeclaration,
    CostLine,
    FinancingLine,
    Fund,
    Grant,
    Meeting,
    Membership,
    PaymentRequest,
    Photo,
    Quote,
    Receipt,
    Recommendation,
    Report,
    Vote,
)

Status = Application.Status
# The largest amount anybody types on purpose; above it an amount is a typo.
ABSURD = Decimal("1000000.00")
QUOTES_NEEDED = 3


class FundingError(Exception):
    """A write the rules do not allow; str() is the message for the person."""


def _log(*, actor, action: str, target, data: dict | None = None, **kwargs) -> None:
    municipality = getattr(target, "municipality_id", None)
    if municipality is None and hasattr(target, "application"):
        municipality = target.application.municipality_id
    audit.record(actor=actor, action=f"funding.{action}", target=target, municipality=municipality, data=data, **kwargs)


# --- the cost and financing plan --------------------------------------------------------


@dataclass(frozen=True)
class PlanFigures:
    costs: Decimal
    financing: Decimal
    requested: Decimal

    @property
    def balanced(self) -> bool:
        return self.costs == self.financing

    @property
    def gap(self) -> Decimal:
        return self.costs - self.financing


def line_total(quantity: Decimal, unit_price: Decimal) -> Decimal:
    return (quantity * unit_price).quantize(Decimal("0.01"))


def plan_figures(cost_totals: Iterable[Decimal], financing: Iterable[tuple[str, Decimal]]) -> PlanFigures:
    financing = list(financing)
    return PlanFigures(
        costs=sum(cost_totals, ZERO),
        financing=sum((amount for _kind, amount in financing), ZERO),
        requested=sum((amount for kind, amount in financing if kind == FinancingLine.Kind.REQUESTED), ZERO),
    )


def plan_problems(application: Application) -> list[str]:
    """What keeps the plan of `application` from being submitted (empty when none): balance,
    limit, quotes and price notes."""
    fund = application.fund
    partnership = fund.partnership
    lines = list(application.cost_lines.all())
    financing = list(application.financing_lines.all())
    figures = plan_figures([line.total for line in lines], [(f.kind, f.amount) for f in financing])
    problems = []
    if not lines:
        problems.append(_("Bitte tragen Sie mindestens eine Kostenposition ein."))
    if figures.requested <= 0:
        problems.append(_("Bitte tragen Sie den beantragten Förderbetrag in die Finanzierung ein."))
    if not figures.balanced:
        problems.append(
            _("Der Plan ist nicht ausgeglichen: Kosten %(costs)s, Finanzierung %(financing)s (Differenz %(gap)s).")
            % {"costs": money(figures.costs), "financing": money(figures.financing), "gap": money(figures.gap)}
        )
    if figures.requested > fund.project_limit:
        problems.append(
            _("Der beantragte Betrag %(requested)s liegt über dem Höchstbetrag des Fonds (%(limit)s).")
            % {"requested": money(figures.requested), "limit": money(fund.project_limit)}
        )
    if not fund.volunteer_work_allowed and any(f.kind == FinancingLine.Kind.VOLUNTEER for f in financing):
        problems.append(_("In diesem Fonds zählt ehrenamtliche Arbeit nicht als Eigenmittel."))
    for line in lines:
        if line.total >= partnership.quote_threshold:
            if len(line.quotes.all()) < QUOTES_NEEDED:
                problems.append(
                    _("„%(line)s“ kostet %(threshold)s oder mehr: Bitte laden Sie drei Angebote hoch.")
                    % {"line": line.description, "threshold": money(partnership.quote_threshold)}
                )
        elif not line.price_note.strip():
            problems.append(
                _("„%(line)s“: Bitte notieren Sie kurz, wie Sie die Preise verglichen haben.")
                % {"line": line.description}
            )
    return problems


def _check_amount(value: Decimal, label: str) -> None:
    if value < 0:
        raise FundingError(_("%(label)s darf nicht negativ sein.") % {"label": label})
    if value >= ABSURD:
        raise FundingError(_("%(label)s ist unrealistisch hoch. Bitte prüfen Sie den Betrag.") % {"label": label})


@transaction.atomic
def save_plan(*, application: Application, by, cost_lines: list[dict], financing: list[dict]) -> PlanFigures:
    """Replace the plan of `application` with `cost_lines` (dicts of category, description,
    quantity, unit_price, price_note and the id of an existing line, if any) and `financing`
    (kind, description, amount). Lines not listed are removed. A plan may be saved unbalanced
    (a draft); the request must fit the fund's limit."""
    application = Application.objects.select_for_update(of=("self",)).select_related("fund").get(pk=application.pk)
    if not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    for row in cost_lines:
        _check_amount(row["unit_price"], _("Ein Einzelpreis"))
        if row["quantity"] <= 0 or row["quantity"] >= 100000:
            raise FundingError(_("Die Menge muss größer als null und kleiner als 100.000 sein."))
        _check_amount(line_total(row["quantity"], row["unit_price"]), _("Eine Kostenposition"))
    for row in financing:
        _check_amount(row["amount"], _("Ein Finanzierungsbetrag"))
    figures = plan_figures(
        [line_total(r["quantity"], r["unit_price"]) for r in cost_lines], [(r["kind"], r["amount"]) for r in financing]
    )
    if figures.requested > application.fund.project_limit:
        raise FundingError(
            _("Der beantragte Betrag %(requested)s liegt über dem Höchstbetrag des Fonds (%(limit)s).")
            % {"requested": money(figures.requested), "limit": money(application.fund.project_limit)}
        )
    if not application.fund.volunteer_work_allowed and any(
        r["kind"] == FinancingLine.Kind.VOLUNTEER for r in financing
    ):
        raise FundingError(_("In diesem Fonds zählt ehrenamtliche Arbeit nicht als Eigenmittel."))
    keep = []
    existing = {line.pk: line for line in application.cost_lines.all()}
    for position, row in enumerate(cost_lines):
        line = existing.get(row.get("id")) or CostLine(application=application)
        line.position = position
        line.category = row["category"]
        line.description = row["description"]
        line.quantity = row["quantity"]
        line.unit_price = row["unit_price"]
        line.total = line_total(row["quantity"], row["unit_price"])
        line.price_note = row.get("price_note", "")
        line.save()
        keep.append(line.pk)
    application.cost_lines.exclude(pk__in=keep).delete()
    application.financing_lines.all().delete()
    FinancingLine.objects.bulk_create(
        [
            FinancingLine(
                application=application, kind=r["kind"], description=r.get("description", ""), amount=r["amount"]
            )
            for r in financing
        ]
    )
    application.total_cost, application.requested_amount = figures.costs, figures.requested
    application.save(update_fields=["total_cost", "requested_amount", "updated_at"])
    _log(actor=by, action="save_plan", target=application, data={"costs": str(figures.costs)})
    return figures


def add_quote(*, cost_line: CostLine, by, supplier: str, amount: Decimal, file) -> Quote:
    if not cost_line.application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    _check_amount(amount, _("Der Betrag des Angebots"))
    quote = Quote.objects.create(cost_line=cost_line, supplier=supplier, amount=amount, file=file)
    _log(actor=by, action="add_quote", target=cost_line.application)
    return quote


def remove_quote(*, quote: Quote, by) -> None:
    application = quote.cost_line.application
    if not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    quote.file.delete(save=False)
    quote.delete()
    _log(actor=by, action="remove_quote", target=application)


# --- applying -------------------------------------------------------------------------------


def check_dates(*, starts_on: datetime.date, ends_on: datetime.date, early_start: bool, today: datetime.date) -> None:
    if ends_on < starts_on:
        raise FundingError(_("Das Projektende liegt vor dem Beginn."))
    if starts_on < today and not early_start:
        raise FundingError(
            _(
                "Der Projektbeginn liegt in der Vergangenheit. Ein Projekt darf erst nach der Entscheidung beginnen, "
                "außer ein vorzeitiger Beginn wurde genehmigt."
            )
        )
    if (ends_on - starts_on).days > 366:
        raise FundingError(_("Ein Projekt darf höchstens ein Jahr dauern."))


APPLICATION_FIELDS = (
    "organisation",
    "group_name",
    "carrier",
    "contact_name",
    "contact_email",
    "title",
    "summary",
    "goals",
    "fields_of_action",
    "target_group",
    "expected_participants",
    "partners",
    "place",
    "starts_on",
    "ends_on",
    "early_start_requested",
    "young_applicants",
)


@transaction.atomic
def save_application(
    *, fund: Fund | None = None, application: Application | None = None, by, data: dict
) -> Application:
    """Create a draft for `fund` or update `application` (while it may be edited)."""
    if application is None:
        application = Application(fund=fund, municipality_id=fund.municipality_id, applicant=by)
    elif not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    for name in APPLICATION_FIELDS:
        if name in data:
            setattr(application, name, data[name])
    if application.starts_on and application.ends_on and application.ends_on < application.starts_on:
        raise FundingError(_("Das Projektende liegt vor dem Beginn."))
    if application.organisation_id:
        application.group_name, application.carrier = "", None
    application.save()
    _log(actor=by, action="save_application", target=application)
    return application


def submission_problems(application: Application, *, today: datetime.date) -> list[str]:
    problems = []
    if not application.organisation_id and not (application.group_name and application.carrier_id):
        problems.append(_("Bitte nennen Sie die antragstellende Organisation oder Ihre Gruppe mit einem Träger."))
    if application.fund.max_applicant_age and not application.young_applicants:
        problems.append(
            _("Bitte bestätigen Sie, dass alle Antragstellenden höchstens %(age)s Jahre alt sind.")
            % {"age": application.fund.max_applicant_age}
        )
    if not application.fund.plain_language and not application.fields_of_action:
        problems.append(_("Bitte wählen Sie mindestens ein Handlungsfeld."))
    try:
        check_dates(
            starts_on=application.starts_on,
            ends_on=application.ends_on,
            early_start=application.early_start_approved or application.early_start_requested,
            today=today,
        )
    except FundingError as error:
        problems.append(str(error))
    if application.fund.year not in (application.starts_on.year, application.ends_on.year):
        problems.append(_("Das Projekt muss im Förderjahr %(year)s stattfinden.") % {"year": application.fund.year})
    return problems + plan_problems(application)


@transaction.atomic
def submit(*, application: Application, by, today: datetime.date | None = None) -> Application:
    application = (
        Application.objects.select_for_update(of=("self",)).select_related("fund__partnership").get(pk=application.pk)
    )
    if not application.editable:
        raise FundingError(_("Der Antrag ist schon eingereicht."))
    problems = submission_problems(application, today=today or timezone.localdate())
    if problems:
        raise FundingError(" ".join(problems))
    if application.change_requests.filter(answered_at__isnull=True).exists():
        raise FundingError(_("Bitte beantworten Sie zuerst die Rückfragen der Koordinierungs- und Fachstelle."))
    first = application.status == Status.DRAFT
    application.status = Status.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    _log(actor=by, action="submit", target=application)
    partnership = application.fund.partnership
    if partnership.coordination_email:
        mail.send(
            template="funding/email/submitted",
            to=partnership.coordination_email,
            municipality=application.municipality,
            context={"application": application, "again": not first},
            language="de",
        )
    return application


@transaction.atomic
def withdraw(*, application: Application, by) -> None:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.DRAFT, Status.SUBMITTED, Status.CHANGES, Status.COMPLETE):
        raise FundingError(_("Nach der Empfehlung kann der Antrag nicht mehr zurückgezogen werden."))
    application.status = Status.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    _log(actor=by, action="withdraw", target=application)


# --- the coordination office's check -------------------------------------------------------


@transaction.atomic
def request_changes(*, application: Application, by, text: str) -> ChangeRequest:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.COMPLETE, Status.CHANGES):
        raise FundingError(_("Rückfragen sind nur zu eingereichten Anträgen möglich."))
    if not text.strip():
        raise FundingError(_("Bitte schreiben Sie, was fehlt oder zu ändern ist."))
    request = ChangeRequest.objects.create(application=application, text=text.strip(), asked_by=by)
    application.status = Status.CHANGES
    application.meeting = None
    application.save(update_fields=["status", "meeting", "updated_at"])
    _log(actor=by, action="request_changes", target=application)
    if application.applicant_id:
        mail.send(
            template="funding/email/changes",
            to=application.applicant,
            municipality=application.municipality,
            context={"application": application, "text": request.text},
        )
    return request


@transaction.atomic
def answer_change(*, change: ChangeRequest, by, answer: str) -> ChangeRequest:
    if not answer.strip():
        raise FundingError(_("Bitte schreiben Sie Ihre Antwort."))
    if change.answered_at:
        raise FundingError(_("Diese Rückfrage ist schon beantwortet."))
    change.answer, change.answered_at = answer.strip(), timezone.now()
    change.save(update_fields=["answer", "answered_at"])
    _log(actor=by, action="answer_change", target=change.application)
    return change


@transaction.atomic
def approve_early_start(*, application: Application, by) -> None:
    application.early_start_approved = True
    application.save(update_fields=["early_start_approved", "updated_at"])
    _log(actor=by, action="approve_early_start", target=application)


def create_meeting(
    *, committee: Committee, by, starts_at: datetime.datetime, place: str = "", circulation: bool = False
) -> Meeting:
    partnership = committee.partnership
    if starts_at < timezone.now():
        raise FundingError(_("Die Sitzung liegt in der Vergangenheit."))
    deadline = None
    if circulation:
        deadline = starts_at + datetime.timedelta(days=partnership.circulation_days)
    meeting = Meeting.objects.create(
        committee=committee,
        starts_at=starts_at,
        place=place,
        circulation=circulation,
        vote_deadline=deadline,
        submission_deadline=timezone.localdate(starts_at)
        - datetime.timedelta(days=partnership.submission_days_before_meeting),
    )
    audit.record(actor=by, action="funding.create_meeting", target=meeting, municipality=partnership.municipality_id)
    return meeting


def detect_conflicts(*, application: Application) -> list[ConflictDeclaration]:
    """Members of the deciding committee who edit the applicant's or carrier's directory
    entry, or are named as its contact (by e-mail): recorded as conflicts."""
    from engagiert.directory.models import ContactPerson, OrganisationEditor

    committee_id = application.fund.committee_id
    organisations = [pk for pk in (application.organisation_id, application.carrier_id) if pk]
    if committee_id is None or not organisations:
        return []
    members = Membership.objects.filter(committee_id=committee_id, active=True, user__isnull=False).select_related(
        "user"
    )
    editors = set(
        OrganisationEditor.objects.filter(
            organisation__in=organisations, status=OrganisationEditor.Status.ACTIVE
        ).values_list("user_id", flat=True)
    )
    contacts = {
        e.lower()
        for e in ContactPerson.objects.filter(organisation__in=organisations).values_list("email", flat=True)
        if e
    }
    found = []
    for member in members:
        if member.user_id in editors or member.user.email.lower() in contacts:
            conflict, _created = ConflictDeclaration.objects.get_or_create(
                application=application,
                member=member,
                defaults={"reason": ConflictDeclaration.Reason.DIRECTORY, "detected": True},
            )
            found.append(conflict)
    return found


@transaction.atomic
def put_on_agenda(*, application: Application, meeting: Meeting, by) -> None:
    application = Application.objects.select_for_update(of=("self",)).select_related("fund").get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.COMPLETE):
        raise FundingError(_("Nur eingereichte Anträge ohne offene Rückfragen kommen auf die Tagesordnung."))
    if meeting.committee_id != application.fund.committee_id:
        raise FundingError(_("Über diesen Fonds entscheidet ein anderes Gremium."))
    if meeting.closed:
        raise FundingError(_("Diese Sitzung ist schon abgeschlossen."))
    application.status, application.meeting = Status.COMPLETE, meeting
    application.save(update_fields=["status", "meeting", "updated_at"])
    detect_conflicts(application=application)
    _log(actor=by, action="put_on_agenda", target=application, data={"meeting": meeting.pk})


# --- the committee ----------------------------------------------------------------------------


def _committee_member(application: Application, member: Membership) -> None:
    if member.committee_id != application.fund.committee_id or not member.active:
        raise FundingError(_("Sie gehören nicht zu dem Gremium, das über diesen Antrag entscheidet."))


def is_conflicted(*, application: Application, member: Membership) -> bool:
    return ConflictDeclaration.objects.filter(application=application, member=member).exists()


@transaction.atomic
def declare_conflict(*, application: Application, member: Membership, reason: str, by) -> ConflictDeclaration:
    _committee_member(application, member)
    if Vote.objects.filter(application=application, member=member).exists():
        raise FundingError(
            _("Sie haben schon abgestimmt. Bitte wenden Sie sich an die Koordinierungs- und Fachstelle.")
        )
    conflict, _created = ConflictDeclaration.objects.get_or_create(
        application=application, member=member, defaults={"reason": reason}
    )
    Assessment.objects.filter(application=application, member=member).delete()
    _log(actor=by, action="declare_conflict", target=application, data={"member": member.pk})
    return conflict


@transaction.atomic
def assess(*, application: Application, member: Membership, scores: dict[str, int], comment: str, by) -> Assessment:
    _committee_member(application, member)
    if is_conflicted(application=application, member=member):
        raise FundingError(_("Sie sind befangen und bewerten diesen Antrag nicht."))
    if application.status != Status.COMPLETE:
        raise FundingError(_("Dieser Antrag steht nicht zur Bewertung an."))
    assessment, _created = Assessment.objects.update_or_create(
        application=application, member=member, defaults={"scores": scores, "comment": comment}
    )
    _log(actor=by, action="assess", target=application)
    return assessment


def _vote(*, application: Application, member: Membership, choice: str, by) -> Vote:
    _committee_member(application, member)
    if not member.voting:
        raise FundingError(_("%(name)s ist beratendes Mitglied ohne Stimmrecht.") % {"name": member.name})
    if is_conflicted(application=application, member=member):
        raise FundingError(_("%(name)s ist befangen und stimmt nicht mit ab.") % {"name": member.name})
    if choice not in Vote.Choice.values:
        raise FundingError(_("Bitte wählen Sie Ja, Nein oder Enthaltung."))
    try:
        with transaction.atomic():
            return Vote.objects.create(application=application, member=member, choice=choice, recorded_by=by)
    except IntegrityError:
        raise FundingError(_("%(name)s hat schon abgestimmt.") % {"name": member.name}) from None


@transaction.atomic
def record_votes(*, application: Application, votes: dict[int, str], by) -> list[Vote]:
    """The coordination office records the votes cast at a meeting (member id -> choice)."""
    application = (
        Application.objects.select_for_update(of=("self",)).select_related("fund", "meeting").get(pk=application.pk)
    )
    if application.status != Status.COMPLETE or application.meeting is None:
        raise FundingError(_("Dieser Antrag steht auf keiner offenen Tagesordnung."))
    members = {m.pk: m for m in Membership.objects.filter(committee_id=application.fund.committee_id, active=True)}
    recorded = []
    for member_id, choice in votes.items():
        if member_id not in members:
            raise FundingError(_("Unbekanntes Mitglied."))
        recorded.append(_vote(application=application, member=members[member_id], choice=choice, by=by))
    _log(actor=by, action="record_votes", target=application, data={"votes": len(recorded)})
    return recorded


@transaction.atomic
def cast_vote(*, application: Application, member: Membership, choice: str, by, now=None) -> Vote:
    """A member's own vote in the written circulation (Umlaufverfahren), before its deadline."""
    application = (
        Application.objects.select_for_update(of=("self",)).select_related("fund", "meeting").get(pk=application.pk)
    )
    meeting = application.meeting
    if application.status != Status.COMPLETE or meeting is None or not meeting.circulation:
        raise FundingError(_("Über diesen Antrag wird nicht im Umlaufverfahren abgestimmt."))
    if (now or timezone.now()) > meeting.vote_deadline:
        raise FundingError(_("Die Frist für die Abstimmung ist abgelaufen."))
    vote = _vote(application=application, member=member, choice=choice, by=by)
    _log(actor=by, action="cast_vote", target=application)
    return vote


@dataclass(frozen=True)
class Tally:
    yes: int
    no: int
    abstain: int
    conflicted: int
    voting_members: int
    quorum: int

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain

    @property
    def quorate(self) -> bool:
        return self.cast >= self.quorum

    @property
    def carried(self) -> bool:
        return self.quorate and self.yes > self.no


def tally(application: Application) -> Tally:
    committee = application.fund.committee
    counts = {c: 0 for c in Vote.Choice.values}
    for choice in application.votes.values_list("choice", flat=True):
        counts[choice] += 1
    return Tally(
        yes=counts["yes"],
        no=counts["no"],
        abstain=counts["abstain"],
        conflicted=application.conflicts.count(),
        voting_members=committee.members.filter(active=True, voting=True).count() if committee else 0,
        quorum=committee.quorum if committee else 1,
    )


@transaction.atomic
def conclude(*, application: Application, by, amount: Decimal | None = None, conditions: str = "") -> Recommendation:
    """The committee's result from the votes: a recommendation (with amount and conditions) or
    none. For a fund without committee (micro-projects) the coordination office recommends."""
    application = (
        Application.objects.select_for_update(of=("self",)).select_related("fund__committee").get(pk=application.pk)
    )
    if application.status != Status.COMPLETE and not (
        application.fund.committee_id is None and application.status == Status.SUBMITTED
    ):
        raise FundingError(_("Dieser Antrag steht nicht zur Entscheidung an."))
    amount = application.requested_amount if amount is None else amount
    _check_amount(amount, _("Der empfohlene Betrag"))
    if amount > application.requested_amount:
        raise FundingError(_("Die Empfehlung kann nicht über dem beantragten Betrag liegen."))
    if application.fund.committee_id:
        result = tally(application)
        if not result.quorate:
            raise FundingError(
                _("Das Gremium ist nicht beschlussfähig: %(cast)s Stimmen, nötig sind %(quorum)s.")
                % {"cast": result.cast, "quorum": result.quorum}
            )
        recommended = result.carried and amount > 0
    else:
        result = Tally(0, 0, 0, 0, 0, 0)
        recommended = amount > 0
    names = list(
        application.conflicts.select_related("member").order_by("member__name").values_list("member__name", flat=True)
    )
    minutes = _("Abstimmung: %(yes)s ja, %(no)s nein, %(abstain)s Enthaltungen.") % {
        "yes": result.yes,
        "no": result.no,
        "abstain": result.abstain,
    }
    if names:
        minutes += " " + _("Wegen Befangenheit nicht beteiligt: %(names)s.") % {"names": ", ".join(names)}
    recommendation = Recommendation.objects.create(
        application=application,
        recommended=recommended,
        amount=amount if recommended else ZERO,
        conditions=conditions if recommended else "",
        yes=result.yes,
        no=result.no,
        abstain=result.abstain,
        conflicted=len(names),
        minutes=minutes,
        decided_by=by,
    )
    application.status = Status.RECOMMENDED if recommended else Status.NOT_RECOMMENDED
    application.save(update_fields=["status", "updated_at"])
    _log(actor=by, action="recommend", target=application, decision=audit.decision_of(recommended), reason=minutes)
    partnership = application.fund.partnership
    if partnership.lead_office_email:
        mail.send(
            template="funding/email/recommended",
            to=partnership.lead_office_email,
            municipality=application.municipality,
            context={"application": application},
            language="de",
        )
    return recommendation


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


# --- retention ---------------------------------------------------------------------------------


def purge(*, today: datetime.date) -> dict[str, int]:
    """Delete rejected and withdrawn applications after the PfD's period (default 12 months
    after the decision) and granted projects with their receipts after keep_granted_years
    (counted from the end of the year of the decision)."""
    from engagiert.funding.models import Partnership

    deleted = {"rejected": 0, "granted": 0}
    for partnership in Partnership.objects.all():
        cutoff = timezone.make_aware(
            datetime.datetime.combine(today, datetime.time())
            - datetime.timedelta(days=30 * partnership.keep_rejected_months)
        )
        old = Application.objects.filter(
            fund__partnership=partnership,
            status__in=[Status.REFUSED, Status.WITHDRAWN, Status.NOT_RECOMMENDED],
            decided_at__lt=cutoff,
        )
        old_drafts = Application.objects.filter(
            fund__partnership=partnership, status=Status.DRAFT, updated_at__lt=cutoff
        )
        granted_before = today.year - partnership.keep_granted_years
        kept_out = Application.objects.filter(
            fund__partnership=partnership,
            status__in=[Status.GRANTED, Status.CLOSED],
            decided_at__year__lt=granted_before,
        )
        for queryset, key in ((old, "rejected"), (old_drafts, "rejected"), (kept_out, "granted")):
            for application in queryset:
                _delete_files(application)
                audit.record(
                    actor=None, action="funding.purge", target=application, municipality=application.municipality_id
                )
                application.delete()
                deleted[key] += 1
    return deleted


def _delete_files(application: Application) -> None:
    names = [q.file.name for q in Quote.objects.filter(cost_line__application=application)]
    names += [r.file.name for r in Receipt.objects.filter(report__application=application)]
    names += [p.image.name for p in Photo.objects.filter(report__application=application)]
    from django.core.files.storage import default_storage

    for name in names:
        transaction.on_commit(lambda n=name: default_storage.delete(n))
