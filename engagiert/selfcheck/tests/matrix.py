"""Selbstcheck's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

import datetime

from engagiert.selfcheck.models import Measure
from engagiert.selfcheck.tests.factories import make_respondent, make_round
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, MatrixWorld, everyone

MATRIX: dict[str, dict[str, int]] = {
    "selfcheck:overview": everyone(200),
    "selfcheck:respond": everyone(200),
    "selfcheck:respond_field": everyone(200),
    "selfcheck:submit": everyone(405),
    "selfcheck:coordination": COORDINATOR_ONLY,
    "selfcheck:round": COORDINATOR_ONLY,
    "selfcheck:round_action": COORDINATOR_POST_ONLY,
    "selfcheck:remove_respondent": COORDINATOR_POST_ONLY,
    "selfcheck:report": COORDINATOR_ONLY,
    "selfcheck:report_pdf": COORDINATOR_ONLY,
    "selfcheck:export_csv": COORDINATOR_ONLY,
    "selfcheck:export_xlsx": COORDINATOR_ONLY,
    "selfcheck:workshop": COORDINATOR_ONLY,
    "selfcheck:measures": COORDINATOR_ONLY,
    "selfcheck:measure_create": COORDINATOR_ONLY,
    "selfcheck:measure_edit": COORDINATOR_ONLY,
    "selfcheck:measure_delete": COORDINATOR_POST_ONLY,
    "api:selfcheck_results": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    round = make_round(world.dessau)
    respondent, token = make_respondent(round, "amt@dessau.example")
    measure = Measure.objects.create(municipality=world.dessau, date=datetime.date(2021, 10, 1), title="Auftakt")
    muni = world.dessau.slug
    on_round = {"municipality": muni, "pk": round.pk}
    return {
        "selfcheck:respond": {"municipality": muni, "token": token},
        "selfcheck:respond_field": {"municipality": muni, "token": token, "order": 1},
        "selfcheck:submit": {"municipality": muni, "token": token},
        "selfcheck:round": on_round,
        "selfcheck:round_action": {**on_round, "action": "schliessen"},
        "selfcheck:remove_respondent": {**on_round, "respondent": respondent.pk},
        "selfcheck:report": on_round,
        "selfcheck:report_pdf": on_round,
        "selfcheck:export_csv": on_round,
        "selfcheck:export_xlsx": on_round,
        "selfcheck:workshop": on_round,
        "selfcheck:measure_edit": {"municipality": muni, "pk": measure.pk},
        "selfcheck:measure_delete": {"municipality": muni, "pk": measure.pk},
        "api:selfcheck_results": {"municipality": muni},
    }
