"""The PfD's figures for the impact dashboard and its open dataset (core.figures)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from engagiert.core.figures import datasets, figures
from engagiert.funding.tests.factories import granted, submitted
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db


def test_granted_projects_and_amount_by_fund(pfd, org, wittenberg):
    applicant = make_user("antrag@example.org")
    project = granted(pfd, org, applicant, amount=4500)
    submitted(pfd, org, applicant, title="Noch offen")
    today = timezone.localdate()
    week = (today - datetime.timedelta(days=7), today)
    rows = list(figures._entries["funding.projects"].compute([pfd.municipality.pk], *week))
    assert (pfd.municipality.pk, today, "", "", 1) in rows
    assert (pfd.municipality.pk, today, "fund", "action", 1) in rows
    amounts = list(figures._entries["funding.amount"].compute(None, *week))
    assert any(r.breakdown == "" and r.value == 4500 for r in amounts)
    assert list(figures._entries["funding.projects"].compute([wittenberg.pk], *week)) == []
    published = list(datasets._entries["funding.projects"].rows(pfd.municipality))
    assert [p["title"] for p in published] == [project.title]
    assert "contact_email" not in published[0]
