"""Scores, spread, "weiß nicht", traffic lights, Handlungsbedarf, departments, history."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from engagiert.selfcheck.models import Answer, Measure, Round
from engagiert.selfcheck.selectors import evaluate, published_scores
from engagiert.selfcheck.tests.factories import answer_all, make_respondent, make_round

BASE = "/dessau-rosslau/selbstcheck"


def by_slug(report):
    return {r.field.slug: r for r in report.fields}


def test_scores_spread_dont_know_lights_and_lowest_items(dessau, catalogue):
    round = make_round(dessau, status="closed")
    # Steuerung: 5, 5, 1 -> mean 11/3 -> 66.7; Öffnung: 1 everywhere -> 0; others 3 -> 50.
    values = {"a": 5, "b": 5, "c": 1}
    for name, v in values.items():
        respondent, _t = make_respondent(round, f"{name}@x.example", "Personalamt")
        answer_all(
            respondent,
            lambda q, v=v: v if q.field.slug == "steuerung" else (1 if q.field.slug == "oeffnung" else 3),
        )
    # one more respondent who only says "weiß nicht" in Steuerung and has not submitted
    unsent, _t = make_respondent(round, "d@x.example", "Jugendamt")
    answer_all(unsent, lambda q: 1, submit=False)
    dont_know, _t = make_respondent(round, "e@x.example", "Jugendamt")
    answer_all(dont_know, lambda q: None if q.field.slug == "steuerung" else (1 if q.field.slug == "oeffnung" else 3))

    report = evaluate(round)
    fields = by_slug(report)
    assert report.invited == 5 and report.submitted == 4
    assert fields["steuerung"].score == pytest.approx(66.7)
    assert fields["steuerung"].light == "yellow"
    assert fields["steuerung"].spread == pytest.approx(47.1, abs=0.1)  # pstdev of 100, 100, 0
    assert fields["steuerung"].dont_know_share == 25  # 1 of 4 submitted respondents
    assert fields["oeffnung"].score == 0 and fields["oeffnung"].light == "red"
    assert fields["zugang"].score == 50 and fields["zugang"].spread == 0
    assert "Ansprechstelle bei Diskriminierung" in fields["oeffnung"].suggestion.text  # red band text
    assert {i.question.field.slug for i in report.lowest} == {"oeffnung"}
    assert len(report.lowest) == 10
    # Personalamt has three submitted respondents, Jugendamt only one: only Personalamt is shown
    assert [(d.name, d.respondents) for d in report.departments] == [("Personalamt", 3)]
    assert evaluate(round, public=True).departments == []


def test_green_threshold_is_configurable(dessau, catalogue):
    round = make_round(dessau, status="closed")
    round.green_from = 50
    round.save()
    answer_all(make_respondent(round, "a@x.example")[0], lambda q: 3)
    assert {r.light for r in evaluate(round).fields} == {"green"}


def test_the_report_compares_with_earlier_rounds(dessau, wittenberg, catalogue):
    old = make_round(dessau, title="Selbstcheck 2024", status="published")
    Round.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=700))
    answer_all(make_respondent(old, "a@x.example")[0], lambda q: 2)
    unpublished = make_round(dessau, title="Selbstcheck 2025", status="closed")
    Round.objects.filter(pk=unpublished.pk).update(created_at=timezone.now() - datetime.timedelta(days=300))
    answer_all(make_respondent(unpublished, "a@x.example")[0], lambda q: 3)
    foreign = make_round(wittenberg, title="Wittenberg 2024", status="published")
    Round.objects.filter(pk=foreign.pk).update(created_at=timezone.now() - datetime.timedelta(days=700))
    current = make_round(dessau, title="Selbstcheck 2026", status="closed")
    answer_all(make_respondent(current, "a@x.example")[0], lambda q: 4)

    report = evaluate(current)
    assert [(s.round.title, s.scores[0], s.current) for s in report.history] == [
        ("Selbstcheck 2024", 25.0, False),
        ("Selbstcheck 2025", 50.0, False),
        ("Selbstcheck 2026", 75.0, True),
    ]
    public = evaluate(current, public=True)
    assert [s.round.title for s in public.history] == ["Selbstcheck 2024", "Selbstcheck 2026"]


def test_the_scale_is_a_database_constraint(dessau, catalogue):
    respondent, _t = make_respondent(make_round(dessau), "a@x.example")
    question = catalogue.fields.first().questions.first()
    for bad in (0, 6):
        with pytest.raises(IntegrityError), transaction.atomic():
            Answer.objects.create(respondent=respondent, question=question, value=bad)
    Answer.objects.create(respondent=respondent, question=question, value=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(respondent=respondent, question=question, value=3)  # once per question


def test_thresholds_are_a_database_constraint(dessau, catalogue):
    with pytest.raises(IntegrityError), transaction.atomic():
        Round.objects.create(municipality=dessau, catalogue=catalogue, title="x", red_below=80, green_from=60)


def _fill(round, count: int, start: int = 0):
    for i in range(start, start + count):
        answer_all(
            make_respondent(round, f"p{i}@x.example", ["Jugendamt", "Personalamt"][i % 2])[0],
            lambda q, i=i: 1 + (q.pk + i) % 5,
        )


def test_report_page_has_a_fixed_number_of_queries(
    client, coordinator, dessau, catalogue, django_assert_max_num_queries
):
    old = make_round(dessau, title="Selbstcheck 2024", status="published")
    Round.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=700))
    _fill(old, 3)
    round = make_round(dessau, status="open")  # a running round: nothing is cached
    client.force_login(coordinator)
    url = f"{BASE}/koordination/runde/{round.pk}/bericht/"
    _fill(round, 6)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    _fill(round, 12, start=6)
    with django_assert_max_num_queries(len(few)):
        page = client.get(url)
    assert "Jugendamt" in page.content.decode()


def test_public_page_shows_published_results_and_public_milestones_only(
    client, dessau, catalogue, django_assert_max_num_queries
):
    hidden = make_round(dessau, title="Selbstcheck intern", status="closed")
    answer_all(make_respondent(hidden, "a@x.example")[0], lambda q: 5)
    page = client.get(f"{BASE}/").content.decode()
    assert "Es sind noch keine Ergebnisse veröffentlicht" in page and "Selbstcheck intern" not in page
    shown = make_round(dessau, title="Selbstcheck 2024", status="published")
    for i in range(3):
        answer_all(make_respondent(shown, f"p{i}@x.example", "Jugendamt")[0], lambda q: 4)
    Measure.objects.create(
        municipality=dessau, date=datetime.date(2020, 5, 1), title="Bewilligung Programm", goal="Aufbau", public=True
    )
    Measure.objects.create(
        municipality=dessau, date=datetime.date(2020, 6, 1), title="Interne Abstimmung", public=False
    )
    with django_assert_max_num_queries(12):
        page = client.get(f"{BASE}/").content.decode()
    assert "Selbstcheck 2024" in page and 'role="img"' in page and "75,0" in page
    assert "Jugendamt" not in page  # no department breakdown in public
    assert "Bewilligung Programm" in page and "Interne Abstimmung" not in page


def test_api_lists_published_rounds_only(client, dessau, catalogue):
    make_round(dessau, title="Selbstcheck intern", status="closed")
    shown = make_round(dessau, title="Selbstcheck 2024", status="published")
    answer_all(make_respondent(shown, "a@x.example")[0], lambda q: 5 if q.field.order == 1 else None)
    data = client.get("/api/v1/selfcheck/dessau-rosslau").json()
    assert data["count"] == 1
    result = data["items"][0]
    assert result["title"] == "Selbstcheck 2024" and result["respondents"] == 1
    assert result["fields"][0] == {
        "slug": "steuerung",
        "name": "Management und Steuerung",
        "score": 100.0,
        "light": "green",
    }
    assert result["fields"][1]["score"] is None
    assert client.get("/api/v1/selfcheck/gibt-es-nicht").status_code == 404
    assert len(published_scores(municipality=dessau)) == 1
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/selfcheck/{municipality}" in schema["paths"]


def test_a_finished_rounds_aggregates_come_from_the_cache(client, coordinator, dessau, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    round = make_round(dessau, status="closed")
    _fill(round, 4)
    client.force_login(coordinator)
    url = f"{BASE}/koordination/runde/{round.pk}/bericht/"
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as second:
        page = client.get(url)
    assert len(second) == len(first) - 2
    assert not any("selfcheck_answer" in q["sql"] for q in second.captured_queries)
    assert evaluate(round).fields[0].score == evaluate(round).fields[0].score is not None
    assert page.status_code == 200
