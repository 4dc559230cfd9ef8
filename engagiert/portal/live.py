"""Live blocks of the start pages: content read from the capabilities' selectors when the page
is shown (next events, open "Mach mit!" offers, the Ehrenamtskarte's partners, latest news …).

The set is extensible: an app registers a `LiveKind` (later apps: Glücksbringer portraits,
impact figures) and editors pick it in the start page's "Live-Inhalt" block; the block stores
the kind's key only, so adding a kind needs no migration. Each kind reads with a fixed number
of queries, whatever the number of items (tests prove it with django_assert_num_queries)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from engagiert.core.models import Municipality


@dataclass(frozen=True)
class LiveKind:
    """`context(municipalities=, count=)` returns what `template` shows (None: leave it out);
    `municipalities` are the town of the page, or the towns of a network."""

    key: str
    label: Any  # in the editor's choice
    template: str
    context: Callable[..., Mapping[str, Any] | None]
    order: int = 100
    title: Any = ""  # the heading on the page when the editor gives none (default: label)


_kinds: dict[str, LiveKind] = {}


def register_live_kind(kind: LiveKind) -> None:
    """Add or replace a live block kind (by key)."""
    _kinds[kind.key] = kind


def unregister_live_kind(key: str) -> None:
    _kinds.pop(key, None)


def live_kinds() -> list[LiveKind]:
    return sorted(_kinds.values(), key=lambda k: (k.order, k.key))


def get_live_kind(key: str) -> LiveKind | None:
    return _kinds.get(key)


def live_kind_choices() -> list[tuple[str, Any]]:
    """The choices of the live block's "kind" (a callable: Wagtail keeps the reference in
    migrations, so registering a kind changes no migration)."""
    return [(kind.key, kind.label) for kind in live_kinds()]


# --- the capabilities' kinds ---------------------------------------------------------------------


def next_events(*, municipalities: list[Municipality], count: int) -> dict[str, Any]:
    """The next published events of these towns: one query (venue and town joined)."""
    from django.utils import timezone

    from engagiert.events.models import Event
    from engagiert.events.selectors import public_events

    events = list(
        public_events(municipalities=municipalities)
        .filter(status=Event.Status.PUBLISHED, end__gte=timezone.now())
        .select_related("venue", "municipality")
        .only("pk", "title", "start", "end", "status", "municipality__slug", "municipality__name", "venue__name")
        .order_by("start", "pk")[:count]
    )
    return {"events": events, "several_towns": len(municipalities) > 1}


def open_offers(*, municipalities: list[Municipality], count: int) -> dict[str, Any]:
    """Open "Mach mit!" offers of these towns, newest first: one query."""
    from engagiert.volunteering.selectors import open_opportunities

    offers = list(
        open_opportunities(municipality=None)
        .filter(municipality__in=municipalities)
        .select_related("municipality")
        .only("pk", "title", "municipality__slug", "municipality__name", "created_at")
        .order_by("-created_at", "pk")[:count]
    )
    return {"offers": offers, "several_towns": len(municipalities) > 1}


def card_partners(*, municipalities: list[Municipality], count: int) -> dict[str, Any] | None:
    """The Ehrenamtskarte and the number of its approved acceptance partners: one query."""
    if len(municipalities) != 1:
        return None
    from engagiert.card.models import AcceptancePartner

    partners = AcceptancePartner.objects.filter(
        municipality=municipalities[0], status=AcceptancePartner.Status.APPROVED
    ).count()
    return {"partner_count": partners}


def organisation_count(*, municipalities: list[Municipality], count: int) -> dict[str, Any]:
    """How many organisations the Durchblick lists: one query."""
    from engagiert.directory.models import Organisation

    n = Organisation.objects.filter(municipality__in=municipalities, status=Organisation.Status.PUBLISHED).count()
    return {"organisation_count": n, "several_towns": len(municipalities) > 1}


def latest_news(*, municipalities: list[Municipality], count: int) -> dict[str, Any]:
    """The latest published news of the town and of the networks it belongs to, and the link to
    "Aktuelles": five queries (start pages, news, images, renditions, news index)."""
    from engagiert.portal.selectors import latest_news_and_index

    news, index = latest_news_and_index(municipalities=municipalities, count=count)
    return {"news": news, "index": index}


def latest_portraits(*, municipalities: list[Municipality], count: int) -> dict[str, Any] | None:
    """The town's latest Glücksbringer portraits: one query (the selector of nominations)."""
    if len(municipalities) != 1:
        return None
    from engagiert.nominations.selectors import latest_portrait_links

    return {"portraits": latest_portrait_links(municipalities[0], limit=count)}


def impact_figures(*, municipalities: list[Municipality], count: int) -> dict[str, Any] | None:
    """The town's headline figures of this year from the impact roll-ups: one query."""
    if len(municipalities) != 1:
        return None
    from engagiert.impact.selectors import headline_figures

    return {"figures": headline_figures(municipalities[0])[:count]}


def register_defaults() -> None:
    for kind in (
        LiveKind("events", _("Nächste Begegnungen"), "portal/live/events.html", next_events, order=10),
        LiveKind(
            "volunteering",
            _("Offene Angebote von „Mach mit!“"),
            "portal/live/offers.html",
            open_offers,
            order=20,
            title=_("Mach mit!"),
        ),
        LiveKind(
            "news", _("Neueste Nachrichten"), "portal/live/news.html", latest_news, order=30, title=_("Aktuelles")
        ),
        LiveKind(
            "card",
            _("Ehrenamtskarte mit Zahl der Akzeptanzpartner"),
            "portal/live/card.html",
            card_partners,
            order=40,
            title=_("Ehrenamtskarte"),
        ),
        LiveKind(
            "directory",
            _("Durchblick mit Zahl der Organisationen"),
            "portal/live/directory.html",
            organisation_count,
            order=50,
            title=_("Durchblick – das Netzwerk"),
        ),
        LiveKind(
            "portraits",
            _("Neueste Glücksbringer-Porträts"),
            "portal/live/portraits.html",
            latest_portraits,
            order=60,
            title=_("Glücksbringer"),
        ),
        LiveKind(
            "impact",
            _("Zahlen aus dem Wirkungsbericht"),
            "portal/live/impact.html",
            impact_figures,
            order=70,
            title=_("Engagement in Zahlen"),
        ),
    ):
        register_live_kind(kind)
