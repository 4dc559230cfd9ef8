"""Opportunities: saving (with the search index), approval, states, staleness e-mails."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail, pagecache
from engagiert.core.indexing import reindex
from engagiert.core.languages import localized
from engagiert.core.models import Role
from engagiert.core.permissions import has_role
from engagiert.directory.models import Competency, Organisation
from engagiert.volunteering.models import (
    Opportunity,
)
from engagiert.volunteering.services.common import (
    VolunteeringError,
    organisation_recipients,
)

OPPORTUNITY_FIELDS = (
    *localized("title", "description", "tasks"),
    "kind",
    "hours_per_week",
    "hours_total",
    "schedule",
    "availability",
    "district",
    "address",
    "remote",
    "languages",
    "minimum_age",
    "requirements",
    "accessibility",
    "contact",
    "people_wanted",
    "ends_on",
)


@transaction.atomic
def save_opportunity(
    *,
    organisation: Organisation,
    author,
    data: dict[str, Any],
    topics: list,
    skills: list[str],
    submit: bool,
    opportunity: Opportunity | None = None,
) -> Opportunity:
    """Create or update an opportunity. Submitted ones go online at once when the
    organisation is trusted or the author coordinates; otherwise they wait for approval."""
    opp = opportunity or Opportunity(organisation=organisation, municipality_id=organisation.municipality_id)
    for name in OPPORTUNITY_FIELDS:
        if name in data:
            setattr(opp, name, data[name])
    if opp.hours_per_week is None and opp.hours_total is None:
        raise VolunteeringError(_("Bitte geben Sie Stunden pro Woche oder Stunden insgesamt an."))
    if submit:
        immediate = organisation.trusted or has_role(author, organisation.municipality, Role.Kind.COORDINATOR)
        if opp.status in (Opportunity.Status.DRAFT, Opportunity.Status.PENDING) or opportunity is None:
            opp.status = Opportunity.Status.PUBLISHED if immediate else Opportunity.Status.PENDING
    elif opportunity is None:
        opp.status = Opportunity.Status.DRAFT
    opp.confirmed_current_at = timezone.now()
    opp.stale_notified_at = None
    opp.save()
    opp.topics.set(topics)
    opp.skills.set([Competency.objects.get_or_create(name=name)[0] for name in skills])
    reindex(model=Opportunity, ids=[opp.pk])
    pagecache.content_changed(opp.municipality_id)
    return opp


@transaction.atomic
def decide_opportunity(*, opportunity: Opportunity, approve: bool, by, reason: str = "") -> None:
    opp = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if opp.status != Opportunity.Status.PENDING:
        raise VolunteeringError(_("Über dieses Angebot wurde bereits entschieden."))
    opp.status = Opportunity.Status.PUBLISHED if approve else Opportunity.Status.DRAFT
    opp.confirmed_current_at = timezone.now()
    opp.save(update_fields=["status", "confirmed_current_at", "updated_at"])
    audit.record(
        actor=by,
        action="volunteering.decide_opportunity",
        target=opp,
        municipality=opp.municipality_id,
        decision=audit.decision_of(approve),
        reason=reason,
        label=opp.title,
    )


def set_status(*, opportunity: Opportunity, status: str) -> None:
    """Mark as filled, archived, or published again (from filled)."""
    allowed = {
        Opportunity.Status.FILLED: {Opportunity.Status.PUBLISHED},
        Opportunity.Status.ARCHIVED: set(Opportunity.Status) - {Opportunity.Status.ARCHIVED},
        Opportunity.Status.PUBLISHED: {Opportunity.Status.FILLED},
    }
    if opportunity.status not in allowed.get(status, set()):
        raise VolunteeringError(_("Dieser Statuswechsel ist nicht möglich."))
    opportunity.status = status
    opportunity.save(update_fields=["status", "updated_at"])
    pagecache.content_changed(opportunity.municipality_id)


def confirm_current(*, opportunity: Opportunity) -> None:
    """The organisation confirms that the opportunity is still current."""
    opportunity.confirmed_current_at = timezone.now()
    opportunity.stale_notified_at = None
    opportunity.save(update_fields=["confirmed_current_at", "stale_notified_at", "updated_at"])


def flag_stale_opportunities(*, now: datetime.datetime | None = None) -> int:
    """E-mail each organisation whose published opportunity was not confirmed for three
    months, once per period (idempotent). Such opportunities are hidden one month later.
    Closed ones (their date has passed) are not asked about: they closed themselves."""
    from engagiert.volunteering.selectors import STALE_AFTER, closed_condition

    now = now or timezone.now()
    stale = (
        Opportunity.objects.filter(
            status=Opportunity.Status.PUBLISHED,
            confirmed_current_at__lt=now - STALE_AFTER,
            stale_notified_at__isnull=True,
        )
        .exclude(closed_condition(now=now))
        .select_related("organisation", "municipality")
    )
    count = 0
    for opp in stale:
        with transaction.atomic():
            claimed = Opportunity.objects.filter(pk=opp.pk, stale_notified_at__isnull=True).update(
                stale_notified_at=now
            )
            if not claimed:
                continue
            url = settings.SITE_URL.rstrip("/") + opp.get_absolute_url()
            mail.send(
                template="volunteering/email/stale",
                to=organisation_recipients(opp.organisation),
                municipality=opp.municipality,
                context={"opportunity": opp, "url": url},
                language="de",
            )
            count += 1
    return count
