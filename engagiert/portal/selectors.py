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
