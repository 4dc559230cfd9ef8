"""Helpers for Selbstcheck tests (unit, matrix and browser tests)."""

from __future__ import annotations

from django.utils import timezone

from engagiert.core import tokens
from engagiert.core.models import Municipality
from engagiert.selfcheck import services
from engagiert.selfcheck.models import Answer, Catalogue, Question, Respondent, Round


def catalogue() -> Catalogue:
    return services.load_default_catalogue()


def make_round(
    municipality: Municipality, *, title: str = "Selbstcheck 2026", status: str = "open", cat: Catalogue | None = None
) -> Round:
    cat = cat or Catalogue.objects.filter(published=True).first() or catalogue()
    round = Round.objects.create(municipality=municipality, catalogue=cat, title=title, status=status)
    if status != "draft":
        round.opened_at = timezone.now()
        round.save()
    return round


def make_respondent(round: Round, email: str, department: str = "Personalamt") -> tuple[Respondent, str]:
    token, token_hash = tokens.issue()
    respondent = Respondent.objects.create(round=round, email=email, department=department, token_hash=token_hash)
    return respondent, token


def answer_all(respondent: Respondent, value_of, *, submit: bool = True) -> None:
    """Answer every question of the round with value_of(question) (1..5 or None) in bulk."""
    questions = Question.objects.filter(field__catalogue_id=respondent.round.catalogue_id)
    Answer.objects.bulk_create([Answer(respondent=respondent, question=q, value=value_of(q)) for q in questions])
    if submit:
        respondent.submitted_at = timezone.now()
        respondent.save(update_fields=["submitted_at"])
