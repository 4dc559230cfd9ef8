"""Reads of the portal."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from engagiert.core.models import Municipality
from engagiert.portal.models import NetworkHomePage, NewsIndexPage, NewsPage, PortalImage, TownHomePage

NEWS_PAGE_SIZE = 12
# The teaser picture in AVIF and WebP with a JPEG fallback, spelled as {% picture %} in
# _news_teaser.html names them: a prefetched list that misses one makes Wagtail render it anew.
TEASER_RENDITIONS = ("format-avif|fill-480x270", "format-webp|fill-480x270", "format-jpeg|fill-480x270")


def with_teaser_images(qs: QuerySet[NewsPage]) -> QuerySet[NewsPage]:
    """News with their image and its list renditions, in a fixed number of queries."""
    images = PortalImage.objects.prefetch_renditions(*TEASER_RENDITIONS)
    return qs.prefetch_related(Prefetch("image", queryset=images))


def news_under(page) -> QuerySet[NewsPage]:
    """Live news below `page` (a news index or a start page), newest first."""
    return with_teaser_images(NewsPage.objects.live().descendant_of(page).order_by("-date", "-pk").defer_streamfields())


def home_paths(municipalities: list[Municipality]) -> list[str]:
    """Tree paths of the start pages whose news a town shows: its own, and its networks' (network
    news appear in every member town). One query."""
    towns = TownHomePage.objects.filter(town__in=municipalities).order_by().values_list("path", flat=True)
    networks = (
        NetworkHomePage.objects.filter(network__municipalities__in=municipalities)
        .order_by()
        .values_list("path", flat=True)
    )
    return list(towns.union(networks))


def news_index_of(municipalities: list[Municipality]) -> NewsIndexPage | None:
    """The town's (or, for several towns, their network's) "Aktuelles": one query."""
    if len(municipalities) == 1:
        return NewsIndexPage.objects.live().filter(path__startswith=_town_path(municipalities[0])).first()
    return None


def _town_path(municipality: Municipality) -> str:
    return TownHomePage.objects.filter(town=municipality).values_list("path", flat=True).first() or "-"


def latest_news(*, municipalities: list[Municipality], count: int) -> list[NewsPage]:
    """The newest live news of these towns and their networks (four queries: paths, news, images,
    renditions)."""
    paths = home_paths(municipalities)
    if not paths:
        return []
    where = Q()
    for path in paths:
        where |= Q(path__startswith=path)
    qs = NewsPage.objects.live().filter(where).order_by("-date", "-pk").defer_streamfields()
    return list(with_teaser_images(qs)[:count])


def contact_owners_of(home) -> tuple[set[int], set[int]]:
    """The town and network ids whose contacts a site shows: a town's own and its networks'; a
    network's own and its member towns' (one query)."""
    from engagiert.core.models import RegionalNetwork

    specific = home.specific if home is not None else None
    if isinstance(specific, TownHomePage):
        networks = RegionalNetwork.objects.filter(municipalities=specific.town_id).values_list("pk", flat=True)
        return {specific.town_id}, set(networks)
    if isinstance(specific, NetworkHomePage):
        towns = Municipality.objects.filter(networks=specific.network_id).values_list("pk", flat=True)
        return set(towns), {specific.network_id}
    return set(), set()


def contact_shown_on(contact, home, request=None) -> bool:
    """Whether `contact` belongs on the pages of the site `home` (the owners are looked up once
    per request and site, however many contact blocks the page has)."""
    if home is None:
        return False
    cache = getattr(request, "_portal_contact_owners", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._portal_contact_owners = cache
    if home.pk not in cache:
        cache[home.pk] = contact_owners_of(home)
    towns, networks = cache[home.pk]
    return contact.municipality_id in towns or contact.network_id in networks
