"""Small builders for the tests of Mach mit!."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from engagiert.directory.models import Topic
from engagiert.volunteering import services
from engagiert.volunteering.models import Interest, Opportunity, Shift, slot_bit

TUESDAY_AFTERNOON = slot_bit(1, 1)
SATURDAY_MORNING = slot_bit(5, 0)


def topic(name: str) -> Topic:
    from django.utils.text import slugify

    return Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]


def make_opportunity(org, title: str = "Begleitung im Seniorenheim", *, author=None, **fields) -> Opportunity:
    topics = fields.pop("topics", ())
    skills = fields.pop("skills", ())
    status = fields.pop("status", Opportunity.Status.PUBLISHED)
    data = {"title_de": title, "hours_per_week": Decimal("2"), "kind": Opportunity.Kind.REGULAR, **fields}
    opp = services.save_opportunity(
        organisation=org,
        author=author,
        data=data,
        topics=[topic(t) for t in topics],
        skills=list(skills),
        submit=False,
    )
    Opportunity.objects.filter(pk=opp.pk).update(status=status)
    opp.refresh_from_db()
    return opp


def make_profile(user, municipality, **fields):
    topics = fields.pop("topics", ())
    skills = fields.pop("skills", ())
    language = fields.pop("language", None)
    data = {
        "availability": 0,
        "district": None,
        "travel_km": 5,
        "languages": "de",
        "birth_year": 1980,
        "allow_contact": False,
        **fields,
    }
    return services.save_profile(
        user=user,
        municipality=municipality,
        data=data,
        topics=[topic(t) for t in topics],
        skills=list(skills),
        language=language,
    )


def accept(user, opp, *, days_ago: int = 400) -> Interest:
    return Interest.objects.create(
        opportunity=opp,
        volunteer=user,
        status=Interest.Status.ACCEPTED,
        decided_at=timezone.now() - datetime.timedelta(days=days_ago),
    )


def make_shift(opp, *, in_days: int = 3, hour: int = 10, hours: int = 2, slots: int = 2) -> Shift:
    start = (timezone.now() + datetime.timedelta(days=in_days)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return Shift.objects.create(
        opportunity=opp, starts_at=start, ends_at=start + datetime.timedelta(hours=hours), slots=slots
    )
