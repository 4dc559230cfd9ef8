"""Suggestions: opportunities for a volunteer, and volunteers (who allowed contact) for an
opportunity, each with its reasons in plain words.

The database narrows the candidates (same municipality, visible, age limit as a hard
filter, at least one shared topic, skill or time slot); Python scores them. That is three
queries whatever the data size: candidates, their topics, their skills."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from engagiert.core.models import District
from engagiert.volunteering.models import Interest, Invitation, Opportunity, VolunteerProfile, slot_labels
from engagiert.volunteering.selectors import visible

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


def _language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


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
        reasons.append(_("auf %(language)s") % {"language": _language_name(shared_languages[0])})
    return Suggestion(item=opp, score=points, reasons=reasons)


def _shares_something(profile: VolunteerProfile, qs: QuerySet, *, topic_path: str, skill_path: str) -> QuerySet:
    topic_ids = [t.pk for t in profile.topics.all()]
    skill_ids = [s.pk for s in profile.skills.all()]
    condition = Q(pk__in=[])
    if topic_ids:
        condition |= Q(pk__in=qs.model.objects.filter(**{f"{topic_path}__in": topic_ids}).values("pk"))
    if skill_ids:
        condition |= Q(pk__in=qs.model.objects.filter(**{f"{skill_path}__in": skill_ids}).values("pk"))
    if profile.availability:
        qs = qs.annotate(slot_overlap=F("availability").bitand(profile.availability))
        condition |= Q(slot_overlap__gt=0)
    if profile.district_id:
        condition |= Q(district_id=profile.district_id)
    return qs.filter(condition)


def suggestions_for(profile: VolunteerProfile, *, limit: int = 20) -> list[Suggestion]:
    """Visible opportunities for the volunteer, best first; the age limit is a hard filter
    and opportunities they already asked about are left out."""
    year = timezone.localdate().year
    qs = visible(municipality=profile.municipality)
    if profile.birth_year is None:
        qs = qs.filter(minimum_age=0)
    else:
        qs = qs.filter(minimum_age__lte=year - profile.birth_year)
    qs = qs.exclude(pk__in=Interest.objects.filter(volunteer_id=profile.user_id).values("opportunity_id"))
    qs = _shares_something(profile, qs, topic_path="topics", skill_path="skills")
    candidates = (
        qs.select_related("organisation", "district", "municipality")
        .prefetch_related("topics", "skills")
        .order_by("-confirmed_current_at", "pk")[:MAX_CANDIDATES]
    )
    ranked = [s for s in (score(profile, opp) for opp in candidates) if s.score > 0]
    ranked.sort(key=lambda s: (-s.score, s.item.title))
    return ranked[:limit]


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
