"""The committee (Begleitausschuss): conflicts, assessments, votes, the tally and the recommendation."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.funding.models import (
    ZERO,
    Application,
    Assessment,
    ConflictDeclaration,
    Membership,
    Recommendation,
    Vote,
)
from engagiert.funding.services.common import FundingError, Status, _log
from engagiert.funding.services.plans import _check_amount

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
