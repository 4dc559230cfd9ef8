"""What Mach mit! adds to core's pages (core.registry): the person's engagement (interests,
shifts, hours, certificate), the offers of the organisations they edit, the coordination's
queue, and the towns where a person volunteers."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue
from engagiert.directory.selectors import edited_organisations
from engagiert.volunteering import selectors
from engagiert.volunteering.models import Opportunity


def engagement_section(request, municipality):
    return {"mine": selectors.my_engagement(user=request.user, municipality=municipality)}


def organiser_section(request, municipality):
    """Only for editors of an organisation of the town (coordinators have their queue)."""
    organisations = edited_organisations(user=request.user, municipality=municipality)
    if not organisations:
        return None
    opportunities = selectors.organiser_opportunities(
        organisation_ids=[o.pk for o in organisations], municipality=municipality
    )
    return {"organisations": organisations, "opportunities": opportunities}


def register() -> None:
    register_area_section(
        key="volunteering.engagement",
        title=_("Mein Engagement (Mach mit!)"),
        template="volunteering/area_engagement.html",
        context=engagement_section,
        order=20,
    )
    register_area_section(
        key="volunteering.organiser",
        title=_("Engagementangebote meiner Organisationen"),
        template="volunteering/area_organiser.html",
        context=organiser_section,
        order=60,
    )
    register_work_queue(
        key="volunteering.opportunities",
        label=_("Mach mit!: neue Angebote freigeben"),
        url_name="volunteering:queue",
        items=lambda m: Opportunity.objects.filter(municipality=m, status=Opportunity.Status.PENDING),
        order=30,
    )
    for key, lookup in selectors.engagement_municipalities().items():
        register_town_lookup(key, lookup)
