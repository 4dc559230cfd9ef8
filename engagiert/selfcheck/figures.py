"""The Selbstcheck's figures for the impact dashboard (core.figures): the scores per field of
each published round (on the day it was published) and the measures done."""

from __future__ import annotations

from django.db.models import Avg, Count
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import LATEST, Row, in_towns, register_figure, register_section
from engagiert.selfcheck.models import Answer, Measure, Round
from engagiert.selfcheck.selectors import to_score


def scores(ids, start, end):
    """The score (0-100) per field of each round published start..end, on its publication day."""
    rounds = dict(
        Round.objects.filter(status=Round.Status.PUBLISHED, published_at__isnull=False, **in_towns(ids))
        .annotate(day=TruncDate("published_at"))
        .filter(day__range=(start, end))
        .values_list("pk", "day")
    )
    if not rounds:
        return
    means = (
        Answer.objects.filter(respondent__round_id__in=list(rounds), respondent__submitted_at__isnull=False)
        .values("respondent__round_id", "respondent__round__municipality_id", "question__field__short_name")
        .annotate(mean=Avg("value"))
        .order_by()
    )
    per_round: dict[tuple[int, object], list[float]] = {}
    for row in means:
        score = to_score(row["mean"])
        if score is not None:
            key = (row["respondent__round__municipality_id"], rounds[row["respondent__round_id"]])
            per_round.setdefault(key, []).append(score)
            yield Row(*key, "field", row["question__field__short_name"], score)
    for key, field_scores in per_round.items():  # the total: the mean of the fields' scores
        yield Row(*key, "", "", round(sum(field_scores) / len(field_scores), 1))


def measures_done(ids, start, end):
    rows = (
        Measure.objects.filter(status=Measure.Status.DONE, date__range=(start, end), **in_towns(ids))
        .values("municipality_id", "date")
        .annotate(n=Count("id"))
    )
    for row in rows.order_by():
        yield Row(row["municipality_id"], row["date"], "", "", row["n"])


def register() -> None:
    register_section(key="selfcheck", title=_("Selbstcheck Weltoffene Kommune"), order=50)
    register_figure(
        key="selfcheck.scores",
        section="selfcheck",
        label=_("Punkte je Handlungsfeld (0–100)"),
        counted=_(
            "Mittelwert der abgeschickten Antworten je Handlungsfeld der zuletzt veröffentlichten Runde bis zum Ende "
            "des Zeitraums, auf 0 bis 100 Punkte umgerechnet; „weiß nicht“ zählt nicht."
        ),
        compute=scores,
        kind=LATEST,
        breakdowns={"field": _("nach Handlungsfeld")},
        unit="pt",
        masked=False,
        order=50,
    )
    register_figure(
        key="selfcheck.measures_done",
        section="selfcheck",
        label=_("Erledigte Maßnahmen"),
        counted=_("Maßnahmen mit dem Status „erledigt“, gezählt an ihrem Datum."),
        compute=measures_done,
        masked=False,
        order=51,
    )
