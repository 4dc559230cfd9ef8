"""Suggestions: opportunities for a volunteer, and volunteers (who allowed contact) for an
opportunity, each with its reasons in plain words.

Opportunities for a volunteer: the database computes the points of `score()` for every
open opportunity of the municipality (age limit as a hard filter) and returns the best;
Python words their reasons. Three queries whatever the data size (candidates, their topics,
their skills), four when the volunteer gave a district (its neighbours for distances).

Volunteers for an opportunity: the database narrows the candidates (allowed contact, age,
at least one shared topic, skill or time slot), Python scores at most MAX_CANDIDATES."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, Lower, Replace
from django.db.models.lookups import GreaterThan, GreaterThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core.languages import language_name
from engagiert.core.models import District
from engagiert.core.search import bytewise
from engagiert.volunteering.models import Interest, Invitation, Opportunity, VolunteerProfile, slot_labels
from engagiert.volunteering.selectors import open_opportunities

WEIGHTS = {"topic": 3, "skill": 2, "slot": 2, "place": 2, "remote": 1, "language": 1}
MAX_CANDIDATES = 500


@dataclass
class Suggestion:
    item: object
    score: int
    reasons: list[str] = field(default_factory=list)

    @property
    def because(self) -> str:
        return ", ".join(self.reasons)


def _km(a: District | None, b: District | None) -> float | None:
    if a is None or b is None or None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def score(profile: VolunteerProfile, opp: Opportunity) -> Suggestion:
    """How well an opportunity fits a volunteer; both with topics and skills prefetched."""
    points, reasons = 0, []
    topics = {t.pk: t.name for t in profile.topics.all()}
    shared_topics = [t.name for t in opp.topics.all() if t.pk in topics]
    points += WEIGHTS["topic"] * len(shared_topics)
    reasons += shared_topics
    skills = {s.pk for s in profile.skills.all()}
    shared_skills = [s.name for s in opp.skills.all() if s.pk in skills]
    points += WEIGHTS["skill"] * len(shared_skills)
    reasons += shared_skills
    slots = slot_labels(profile.availability & opp.availability)
    if slots:
        points += WEIGHTS["slot"] + min(len(slots), 3)
        reasons += slots[:2]
    distance = _km(profile.district, opp.district)
    if opp.district_id and opp.district_id == profile.district_id:
        points += WEIGHTS["place"] + 1
        reasons.append(_("in %(place)s") % {"place": opp.district.name})
    elif distance is not None and distance <= profile.travel_km:
        points += WEIGHTS["place"]
        reasons.append(_("in %(place)s (%(km)s km)") % {"place": opp.district.name, "km": round(distance)})
    if opp.remote:
        points += WEIGHTS["remote"]
        reasons.append(_("auch von zu Hause aus"))
    shared_languages = [c for c in opp.language_codes if c in profile.language_codes and c != "de"]
    if shared_languages:
        points += WEIGHTS["language"]
        reasons.append(_("auf %(language)s") % {"language": language_name(shared_languages[0])})
    return Suggestion(item=opp, score=points, reasons=reasons)


def _fit_in_sql(profile: VolunteerProfile, districts: list[District]) -> tuple[dict, Any]:
    """The points of `score()` as one SQL expression (and the annotations it needs), for
    opportunities of the profile's municipality, so that the database ranks all of them and
    Python only words the reasons of the best. `districts`: the municipality's districts."""
    topic_ids = [t.pk for t in profile.topics.all()]
    skill_ids = [s.pk for s in profile.skills.all()]
    parts: list = []
    for through, column, ids, weight in (
        (Opportunity.topics.through, "topic_id", topic_ids, WEIGHTS["topic"]),
        (Opportunity.skills.through, "competency_id", skill_ids, WEIGHTS["skill"]),
    ):
        if ids:
            shared = (
                through.objects.filter(opportunity_id=OuterRef("pk"), **{f"{column}__in": ids})
                .order_by()
                .values("opportunity_id")
                .annotate(n=Count("*"))
                .values("n")
            )
            parts.append(Coalesce(Subquery(shared, output_field=IntegerField()), 0) * weight)
    bits = [bit for bit in (1 << n for n in range(21)) if profile.availability & bit]
    if bits:
        slots = sum(
            (Case(When(GreaterThan(F("availability").bitand(bit), 0), then=1), default=0) for bit in bits[1:]),
            Case(When(GreaterThan(F("availability").bitand(bits[0]), 0), then=1), default=0),
        )
        parts.append(
            Case(
                *(When(GreaterThanOrEqual(slots, n), then=WEIGHTS["slot"] + n) for n in (3, 2, 1)),
                default=0,
                output_field=IntegerField(),
            )
        )
    if profile.district_id:
        near = [d.pk for d in districts if d.pk != profile.district_id and _within(profile, d)]
        parts.append(
            Case(
                When(district_id=profile.district_id, then=WEIGHTS["place"] + 1),
                When(district_id__in=near, then=WEIGHTS["place"]),
                default=0,
                output_field=IntegerField(),
            )
        )
    parts.append(Case(When(remote=True, then=WEIGHTS["remote"]), default=0, output_field=IntegerField()))
    annotations = {}
    other_languages = [code for code in profile.language_codes if code != "de"]
    if other_languages:
        # ",de,ar," for "de, AR": the codes of language_list(), each between commas.
        annotations["language_list"] = Concat(
            Value(","), Replace(Lower("languages"), Value(" "), Value("")), Value(","), output_field=CharField()
        )
        shared = Q()
        for code in other_languages:
            shared |= Q(language_list__contains=f",{code},")
        parts.append(Case(When(shared, then=WEIGHTS["language"]), default=0, output_field=IntegerField()))
    return annotations, sum(parts[1:], parts[0])


def _within(profile: VolunteerProfile, district: District) -> bool:
    distance = _km(profile.district, district)
    return distance is not None and distance <= profile.travel_km


def suggestions_for(profile: VolunteerProfile, *, limit: int = 20) -> list[Suggestion]:
    """Visible opportunities for the volunteer, best first; the age limit is a hard filter
    and opportunities they already asked about are left out. The database computes the fit
    of every candidate (the same points as `score`) and returns the best; Python words the
    reasons."""
    year = timezone.localdate().year
    qs = open_opportunities(municipality=None).filter(municipality_id=profile.municipality_id)
    if profile.birth_year is None:
        qs = qs.filter(minimum_age=0)
    else:
        qs = qs.filter(minimum_age__lte=year - profile.birth_year)
    qs = qs.exclude(pk__in=Interest.objects.filter(volunteer_id=profile.user_id).values("opportunity_id"))
    districts = list(District.objects.filter(municipality_id=profile.municipality_id)) if profile.district_id else []
    annotations, fit = _fit_in_sql(profile, districts)
    candidates = (
        qs.annotate(**annotations)
        .annotate(fit=ExpressionWrapper(fit, output_field=IntegerField()))
        .filter(fit__gt=0)
        .select_related("organisation", "district", "municipality")
        .prefetch_related("topics", "skills")
        .order_by("-fit", bytewise("title"), "pk")[:limit]
    )
    ranked = [score(profile, opp) for opp in candidates]
    ranked.sort(key=lambda s: (-s.score, s.item.title))  # the same order unless titles are translated
    return ranked


def volunteers_for(opportunity: Opportunity, *, limit: int = 20) -> list[Suggestion]:
    """Volunteers who allowed organisations to contact them and fit the opportunity."""
    qs = VolunteerProfile.objects.filter(municipality_id=opportunity.municipality_id, allow_contact=True)
    if opportunity.minimum_age:
        qs = qs.filter(birth_year__lte=timezone.localdate().year - opportunity.minimum_age)
    qs = qs.exclude(user_id__in=Interest.objects.filter(opportunity=opportunity).values("volunteer_id"))
    qs = qs.exclude(pk__in=Invitation.objects.filter(opportunity=opportunity).values("profile_id"))
    topic_ids = [t.pk for t in opportunity.topics.all()]
    skill_ids = [s.pk for s in opportunity.skills.all()]
    condition = Q(pk__in=VolunteerProfile.objects.filter(topics__in=topic_ids).values("pk"))
    condition |= Q(pk__in=VolunteerProfile.objects.filter(skills__in=skill_ids).values("pk"))
    if opportunity.availability:
        qs = qs.annotate(slot_overlap=F("availability").bitand(opportunity.availability))
        condition |= Q(slot_overlap__gt=0)
    candidates = (
        qs.filter(condition)
        .select_related("user", "district")
        .prefetch_related("topics", "skills")
        .order_by("-created_at", "pk")[:MAX_CANDIDATES]
    )
    ranked = []
    for profile in candidates:
        suggestion = score(profile, opportunity)
        if suggestion.score > 0:
            ranked.append(Suggestion(item=profile, score=suggestion.score, reasons=suggestion.reasons))
    ranked.sort(key=lambda s: (-s.score, s.item.pk))
    return ranked[:limit]
