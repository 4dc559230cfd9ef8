"""What the Selbstcheck adds to core's pages (core.registry): the coordination's work on
running rounds and overdue measures, each with its count on "Mein Bereich"."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_work_queue
from engagiert.selfcheck.models import Measure, Round


def register() -> None:
    register_work_queue(
        key="selfcheck.rounds",
        label=_("Selbstcheck: laufende Befragungsrunden"),
        url_name="selfcheck:coordination",
        items=lambda m: Round.objects.filter(municipality=m, status=Round.Status.OPEN),
        order=50,
    )
    register_work_queue(
        key="selfcheck.measures",
        label=_("Selbstcheck: überfällige Maßnahmen"),
        url_name="selfcheck:measures",
        items=lambda m: Measure.objects.filter(
            municipality=m,
            status__in=(Measure.Status.PLANNED, Measure.Status.IN_PROGRESS),
            due_date__lt=timezone.localdate(),
        ),
        order=51,
    )
