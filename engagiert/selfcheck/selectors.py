"""Reads of the Selbstcheck: respondent lookup, progress, response rates and the evaluation.
The evaluation runs as SQL aggregates (a fixed number of queries, whatever the number of
respondents); only submitted answers count, and "weiß nicht" (NULL) never counts in scores."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Avg, Count, Prefetch, Q, QuerySet, Sum

from engagiert.core import tokens
from engagiert.core.models import Municipality
from engagiert.selfcheck.models import Answer, Field, FieldSuggestion, Measure, Question, Respondent, Round

MIN_GROUP = 3  # results by department only where at least this many respondents submitted
LOWEST_ITEMS = 10


def _one_decimal(value: float) -> float:
    return round(value, 1)


def to_score(mean: float | None) -> float | None:
    """Map a mean on the scale 1..5 to 0..100."""
    return None if mean is None else round((float(mean) - 1) * 25, 1)


def respondent_by_token(*, municipality: Municipality, token: str) -> Respondent | None:
    queryset = Respondent.objects.select_related("round__catalogue").filter(round__municipality=municipality)
    return tokens.find(queryset, token)


def rounds_of(*, municipality: Municipality) -> QuerySet[Round]:
    return (
        Round.objects.filter(municipality=municipality)
        .select_related("catalogue")
        .annotate(
            invited=Count("respondents", distinct=True),
            submitted=Count("respondents", filter=Q(respondents__submitted_at__isnull=False), distinct=True),
        )
    )


@dataclass
class FieldProgress:
    field: Field
    questions: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.questions) if self.questions else 0


def respondent_progress(respondent: Respondent) -> list[FieldProgress]:
    """Per field: how many questions the respondent answered (incl. "weiß nicht")."""
    answered = dict(
        Answer.objects.filter(respondent=respondent)
        .values("question__field_id")
        .annotate(n=Count("id"))
        .values_list("question__field_id", "n")
    )
    fields = Field.objects.filter(catalogue_id=respondent.round.catalogue_id).annotate(n_questions=Count("questions"))
    return [FieldProgress(f, f.n_questions, answered.get(f.pk, 0)) for f in fields.order_by("order")]


@dataclass
class ResponseRates:
    invited: int
    started: int
    submitted: int
    fields: list[tuple[Field, int]]  # percent of possible answers given so far
    departments: list[dict]  # department, invited, started, submitted


def response_rates(round: Round) -> ResponseRates:
    """How far a round is: per department (people) and per field (share of possible answers).
    Never shows anyone's answers."""
    people = list(
        Respondent.objects.filter(round=round)
        .values("department")
        .annotate(
            invited=Count("id", distinct=True),
            started=Count("id", filter=Q(answers__isnull=False), distinct=True),
            submitted=Count("id", filter=Q(submitted_at__isnull=False), distinct=True),
        )
        .order_by("department")
    )
    invited = sum(d["invited"] for d in people)
    per_field = dict(
        Answer.objects.filter(respondent__round=round)
        .values_list("question__field_id")
        .annotate(n=Count("id"))
        .values_list("question__field_id", "n")
    )
    fields = Field.objects.filter(catalogue_id=round.catalogue_id).annotate(n_questions=Count("questions"))
    rates = [(f, round_percent(per_field.get(f.pk, 0), f.n_questions * invited)) for f in fields.order_by("order")]
    return ResponseRates(
        invited=invited,
        started=sum(d["started"] for d in people),
        submitted=sum(d["submitted"] for d in people),
        fields=rates,
        departments=people,
    )


def round_percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


# --- Evaluation ------------------------------------------------------------------------------


@dataclass
class FieldResult:
    field: Field
    score: float | None
    spread: float | None
    dont_know_share: float | None
    answers: int
    light: str
    suggestion: FieldSuggestion | None = None  # the text for the band ({% translated %} shows its .text)


@dataclass
class Item:
    question: Question
    score: float | None
    answers: int


@dataclass
class Department:
    name: str
    respondents: int
    scores: list[float | None]


@dataclass
class Series:
    round: Round
    scores: list[float | None]
    current: bool = False


@dataclass
class Report:
    round: Round
    invited: int
    submitted: int
    fields: list[FieldResult]
    lowest: list[Item]
    departments: list[Department] = field(default_factory=list)
    history: list[Series] = field(default_factory=list)


CACHE_SECONDS = 6 * 3600


def _finished_cached(round: Round, key: str, compute):
    """Aggregates of a closed or published round never change (answers are frozen when a
    round closes, and a round never reopens): keep them in the cache. Running rounds are
    always computed afresh."""
    if not round.is_finished:
        return compute()
    stamp = round.closed_at.timestamp() if round.closed_at else ""
    return cache.get_or_set(f"selfcheck:{key}:{round.pk}:{stamp}", compute, CACHE_SECONDS)


def _per_person_and_field(answers) -> list[dict]:
    return list(
        answers.values("respondent_id", "respondent__department", "question__field_id").annotate(
            s=Sum("value"), n=Count("value"), total=Count("id")
        )
    )


def _submitted_answers(round_ids):
    return Answer.objects.filter(respondent__round_id__in=round_ids, respondent__submitted_at__isnull=False)


def _history(round: Round, fields: list[Field], *, published_only: bool) -> list[Series]:
    """Field scores of this round's municipality's earlier finished rounds, matched by field slug."""
    statuses = [Round.Status.PUBLISHED] if published_only else [Round.Status.CLOSED, Round.Status.PUBLISHED]
    earlier = list(
        Round.objects.filter(
            municipality_id=round.municipality_id, status__in=statuses, created_at__lt=round.created_at
        )
        .exclude(pk=round.pk)
        .order_by("-created_at")[:3]
    )
    if not earlier:
        return []
    ids = [e.pk for e in earlier]
    rows = cache.get_or_set(
        f"selfcheck:history:{','.join(map(str, ids))}",
        lambda: list(
            _submitted_answers(ids).values("respondent__round_id", "question__field__slug").annotate(mean=Avg("value"))
        ),
        CACHE_SECONDS,
    )
    means = {(r["respondent__round_id"], r["question__field__slug"]): r["mean"] for r in rows}
    return [Series(e, [to_score(means.get((e.pk, f.slug))) for f in fields]) for e in reversed(earlier)]


def evaluate(round: Round, *, public: bool = False) -> Report:
    """The report of a round. public=True leaves out departments and unpublished rounds."""
    fields = list(
        Field.objects.filter(catalogue_id=round.catalogue_id)
        .order_by("order")
        .prefetch_related(Prefetch("suggestions", queryset=FieldSuggestion.objects.all()))
    )
    counts = Respondent.objects.filter(round=round).aggregate(
        invited=Count("id"), submitted=Count("id", filter=Q(submitted_at__isnull=False))
    )
    answers = _submitted_answers([round.pk])
    # One pass over the answers: sums and counts per person and field; everything else
    # (field means, spread between people, "weiß nicht", departments) is added up from it.
    field_sum: dict[int, int] = defaultdict(int)
    field_n: dict[int, int] = defaultdict(int)
    field_total: dict[int, int] = defaultdict(int)
    per_person: dict[int, list[float]] = defaultdict(list)
    dept_sum: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    for r in _finished_cached(round, "pass", lambda: _per_person_and_field(answers)):
        f = r["question__field_id"]
        field_sum[f] += r["s"] or 0
        field_n[f] += r["n"]
        field_total[f] += r["total"]
        if r["n"]:
            per_person[f].append(to_score(r["s"] / r["n"]))
            acc = dept_sum[(r["respondent__department"], f)]
            acc[0] += r["s"]
            acc[1] += r["n"]
    per_field = {
        f: {"mean": field_sum[f] / field_n[f] if field_n[f] else None, "n": field_n[f], "total": field_total[f]}
        for f in field_total
    }
    results = []
    for f in fields:
        row = per_field.get(f.pk, {"mean": None, "n": 0, "total": 0})
        score = to_score(row["mean"])
        people = per_person.get(f.pk, [])
        light = round.light(score)
        suggestion = next((s for s in f.suggestions.all() if s.band == light), None)
        results.append(
            FieldResult(
                field=f,
                score=score,
                spread=_one_decimal(statistics.pstdev(people)) if len(people) > 1 else None,
                dont_know_share=round_percent(row["total"] - row["n"], row["total"]) if row["total"] else None,
                answers=row["n"],
                light=light,
                suggestion=suggestion,
            )
        )
    by_field = {f.pk: f for f in fields}
    lowest_rows = _finished_cached(
        round,
        "lowest",
        lambda: list(
            answers.exclude(value__isnull=True)
            .values("question_id")
            .annotate(mean=Avg("value"), n=Count("value"))
            .order_by("mean", "question_id")[:LOWEST_ITEMS]
        ),
    )
    questions = Question.objects.in_bulk([r["question_id"] for r in lowest_rows])
    lowest = []
    for r in lowest_rows:
        q = questions[r["question_id"]]
        q.field = by_field[q.field_id]
        lowest.append(Item(q, to_score(r["mean"]), r["n"]))
    report = Report(
        round=round, invited=counts["invited"], submitted=counts["submitted"], fields=results, lowest=lowest
    )
    report.history = _history(round, fields, published_only=public)
    report.history.append(Series(round, [r.score for r in results], current=True))
    if not public:
        report.departments = _departments(dept_sum, round, fields)
    return report


def _departments(sums: dict[tuple[str, int], list[int]], round: Round, fields: list[Field]) -> list[Department]:
    """Field scores per department, only for departments with at least MIN_GROUP submissions."""
    sizes = dict(
        Respondent.objects.filter(round=round, submitted_at__isnull=False)
        .values("department")
        .annotate(n=Count("id"))
        .filter(n__gte=MIN_GROUP)
        .values_list("department", "n")
    )
    result = []
    for name, n in sorted(sizes.items()):
        scores = []
        for f in fields:
            total, count = sums.get((name, f.pk), (0, 0))
            scores.append(to_score(total / count) if count else None)
        result.append(Department(name, n, scores))
    return result


def latest_published(*, municipality: Municipality) -> Round | None:
    return (
        Round.objects.filter(municipality=municipality, status=Round.Status.PUBLISHED)
        .select_related("catalogue")
        .order_by("-created_at")
        .first()
    )


def published_scores(*, municipality: Municipality) -> list[tuple[Round, list[tuple[Field, float | None]]]]:
    """Field scores of every published round of a municipality (API), in two queries."""
    rounds = list(
        Round.objects.filter(municipality=municipality, status=Round.Status.PUBLISHED)
        .select_related("catalogue")
        .annotate(respondents_submitted=Count("respondents", filter=Q(respondents__submitted_at__isnull=False)))
        .order_by("-created_at")
    )
    if not rounds:
        return []
    means = {
        (r["respondent__round_id"], r["question__field_id"]): r["mean"]
        for r in _submitted_answers([r.pk for r in rounds])
        .values("respondent__round_id", "question__field_id")
        .annotate(mean=Avg("value"))
    }
    fields_by_catalogue = defaultdict(list)
    for f in Field.objects.filter(catalogue_id__in={r.catalogue_id for r in rounds}).order_by("order"):
        fields_by_catalogue[f.catalogue_id].append(f)
    return [(r, [(f, to_score(means.get((r.pk, f.pk)))) for f in fields_by_catalogue[r.catalogue_id]]) for r in rounds]


def public_timeline(*, municipality: Municipality) -> QuerySet[Measure]:
    return (
        Measure.objects.filter(municipality=municipality, public=True)
        .select_related("field", "responsible_organisation")
        .order_by("date", "pk")
    )


def measures_of(*, municipality: Municipality) -> QuerySet[Measure]:
    return (
        Measure.objects.filter(municipality=municipality)
        .select_related("field", "round", "responsible_organisation")
        .order_by("date", "pk")
    )
