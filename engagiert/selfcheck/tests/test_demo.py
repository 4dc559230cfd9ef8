import io

from django.core.management import call_command
from django.utils import timezone

from engagiert.selfcheck.models import Answer, Measure, Respondent, Round
from engagiert.selfcheck.selectors import evaluate


def test_demo_has_a_round_published_last_year_a_half_answered_current_round_and_milestones(db):
    year = timezone.localdate().year
    call_command("load_demo", stdout=io.StringIO())
    before = (Round.objects.count(), Respondent.objects.count(), Answer.objects.count(), Measure.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (
        Round.objects.count(),
        Respondent.objects.count(),
        Answer.objects.count(),
        Measure.objects.count(),
    ) == before
    r2024 = Round.objects.get(title=f"Selbstcheck {year - 1}")
    assert r2024.status == "published" and r2024.respondents.filter(submitted_at__isnull=False).count() == 25
    report = evaluate(r2024)
    scores = [r.score for r in report.fields]
    assert all(s is not None and 10 < s < 90 for s in scores)
    assert len(set(r.light for r in report.fields)) >= 2  # a plausible mix, not all alike
    assert len(report.departments) >= 4
    r2026 = Round.objects.get(title=f"Selbstcheck {year}")
    submitted = r2026.respondents.filter(submitted_at__isnull=False).count()
    assert r2026.status == "open" and 0.4 <= submitted / r2026.respondents.count() <= 0.6
    assert [s.round.title for s in evaluate(r2026).history] == [f"Selbstcheck {year - 1}", f"Selbstcheck {year}"]
    assert Measure.objects.filter(public=True, title__startswith="Auftaktveranstaltung").exists()
