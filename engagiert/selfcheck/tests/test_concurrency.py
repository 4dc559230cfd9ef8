"""Saving answers and submitting at the same moment (two tabs, a double click): the row lock
on the respondent makes one wait for the other, so no answer changes after submission."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, connections

from engagiert.selfcheck import services
from engagiert.selfcheck.models import Answer, Question, Respondent
from engagiert.selfcheck.tests.factories import make_respondent, make_round
from engagiert.testing import disable_row_locks

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks the whole file)"
)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lock", [True, False])
def test_answers_never_change_after_submission(dessau, catalogue, monkeypatch, lock):
    respondent, _token = make_respondent(make_round(dessau, cat=catalogue), "a@x.example")
    first, second = Question.objects.filter(field__catalogue=catalogue).order_by("pk")[:2]
    services.save_answers(respondent=respondent, answers={first.pk: 3})

    original = Answer.objects.update_or_create

    def slow_update_or_create(*args, **kwargs):
        time.sleep(0.6)  # the submit below arrives while the answers are being written
        return original(*args, **kwargs)

    monkeypatch.setattr(Answer.objects, "update_or_create", slow_update_or_create)
    if not lock:
        disable_row_locks(monkeypatch)  # without the lock the race must happen: the test can catch it
    errors = []

    def save():
        try:
            services.save_answers(respondent=respondent, answers={second.pk: 5})
        except services.SelfcheckError as error:
            errors.append(error)
        finally:
            connections.close_all()

    saver = threading.Thread(target=save)
    saver.start()
    time.sleep(0.2)
    services.submit(respondent=respondent)
    saver.join()

    submitted_at = Respondent.objects.get(pk=respondent.pk).submitted_at
    changed_after = Answer.objects.filter(respondent=respondent, updated_at__gt=submitted_at).exists()
    if lock:
        assert not changed_after and not errors
    else:
        assert changed_after  # without the lock the race happens: the test can catch it
