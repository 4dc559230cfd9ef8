"""Glücksbringer's figures for the impact dashboard and its open dataset (core.figures)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from engagiert.core.figures import datasets, figures
from engagiert.nominations.tests.factories import make_campaign, published_nomination

pytestmark = pytest.mark.django_db


def test_confirmed_and_published_per_day_and_the_public_dataset(dessau):
    nomination = published_nomination(make_campaign(dessau), dessau)
    today = timezone.localdate()
    week = (today - datetime.timedelta(days=7), today)
    confirmed = list(figures._entries["nominations.confirmed"].compute([dessau.pk], *week))
    assert (dessau.pk, today, "", "", 1) in confirmed
    assert (dessau.pk, today, "origin", "third", 1) in confirmed
    assert (dessau.pk, today, "", "", 1) in list(figures._entries["nominations.published"].compute(None, *week))
    rows = list(datasets._entries["nominations.portraits"].rows(dessau))
    assert [r["name"] for r in rows] == [nomination.portrait.display_name]
    assert "email" not in rows[0]
