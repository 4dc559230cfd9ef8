"""Aktuelles: the news list of a town or network with its archive by year, the topic filter,
RSS and Atom feeds (NewsIndexPage routes), and the schema.org NewsArticle of a news page.

A town's list shows its own news and the news of every regional network it belongs to; a
network's list shows the network's news only. Every list reads with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_SIZE = 20
JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- reads ---------------------------------------------------------------------------------------


def source_homes(index) -> dict[str, str]:
    """Tree path → name of the start pages whose news `index` lists (one query): for a town's
    news its own start page and its networks'; for a network's news the network's start page."""
    from engagiert.portal.models import NetworkHomePage, TownHomePage

    home = index.site_home
    if home is None:
        return {}
    if isinstance(home, TownHomePage):
        towns = TownHomePage.objects.filter(pk=home.pk).order_by().values_list("path", "title")
        networks = (
            NetworkHomePage.objects.filter(network__municipalities=home.town_id).order_by().values_list("path", "title")
        )
        return dict(towns.union(networks))
    return {home.path: home.title}


def news_from(paths) -> QuerySet:
    """Live, public news below these start pages, newest first (teaser images prefetched)."""
    from engagiert.portal.models import NewsPage
    from engagiert.portal.selectors import in_subtree, public_only, with_teaser_images

    where = Q()
    for home_path in paths:
        where |= in_subtree(home_path)
    if not where:
        return NewsPage.objects.none()
    qs = public_only(NewsPage.objects.live()).filter(where).order_by("-date", "-pk").defer_streamfields()
    return with_teaser_images(qs)


def topics_of(news: QuerySet) -> list:
    """The topics the given news carry, by name (one query)."""
    from engagiert.directory.models import Topic

    return list(Topic.objects.filter(news__in=news.order_by().values("pk")).distinct().order_by("name"))


def years_of(news: QuerySet) -> list[int]:
    """The years that have news, newest first (one query: their distinct days, which SQLite
    reads without calling Python for each news item as it does to truncate dates to years)."""
    # A plain queryset: modeltranslation's wraps every row read (a few hundred days) for nothing here.
    days = QuerySet(model=news.model, query=news.query.chain()).order_by().values_list("date", flat=True).distinct()
    return sorted({day.year for day in days if day is not None}, reverse=True)


# --- the news index page -------------------------------------------------------------------------


class NewsArchiveMixin(RoutablePageMixin):
    """Routes of "Aktuelles": the list (?thema=<slug>), /<year>/, /feed/rss/ and /feed/atom/."""

    def news(self) -> QuerySet:
        return news_from(source_homes(self))

    def _listing(self, request: HttpRequest, *, year: int | None) -> HttpResponse:
        from engagiert.core.pagination import paginate
        from engagiert.portal.selectors import NEWS_PAGE_SIZE, TEASER_FIELDS

        homes = source_homes(self)
        everything = news_from(homes)
        topics = topics_of(everything)
        years = years_of(everything)
        news = everything
        if year is not None:
            if year not in years:
                raise Http404
            news = news.filter(date__year=year)
        topic = None
        slug = request.GET.get("thema", "")
        if slug:
            topic = next((t for t in topics if t.slug == slug), None)
            if topic is not None:
                news = news.filter(topics=topic)
        page_obj = paginate(request, news.only(*TEASER_FIELDS), per_page=NEWS_PAGE_SIZE, pages_ahead=5)
        own = self.site_home.path if self.site_home else ""
        for item in page_obj.object_list:
            home_path = item.path[: len(own)] if own else ""
            item.source_name = None
            if own and home_path != own:
                item.source_name = next((name for p, name in homes.items() if item.path.startswith(p)), None)
        base = self.get_url(request)
        context = {
            "page_obj": page_obj,
            "news_topics": topics,
            "news_topic": topic,
            "unknown_topic": bool(slug) and topic is None,
            "news_years": [(y, f"{base}{y}/") for y in years],
            "news_year": year,
            "news_list_url": f"{base}{year}/" if year else base,
            "news_base_url": base,
            "rss_url": f"{base}feed/rss/",
            "atom_url": f"{base}feed/atom/",
        }
        return self.render(request, context_overrides=context)

    @path("")
    def news_list(self, request: HttpRequest) -> HttpResponse:
        return self._listing(request, year=None)

    @path("<int:year>/", name="news_year")
    def news_year(self, request: HttpRequest, year: int) -> HttpResponse:
        return self._listing(request, year=year)

    @path("feed/rss/", name="news_rss")
    def news_rss(self, request: HttpRequest) -> HttpResponse:
        return NewsFeed(self, feedgenerator.Rss201rev2Feed)(request)

    @path("feed/atom/", name="news_atom")
    def news_atom(self, request: HttpRequest) -> HttpResponse:
        return NewsFeed(self, feedgenerator.Atom1Feed)(request)


class NewsFeed(Feed):
    """The latest news of a town or network as RSS 2.0 or Atom 1.0 (Django's syndication)."""

    def __init__(self, index, feed_type) -> None:
        super().__init__()
        self.index = index
        self.feed_type = feed_type
        self.request: HttpRequest | None = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = f"{self.feed_type.content_type}"
        return response

    def title(self) -> str:
        home = self.index.site_home
        return f"{self.index.title} – {home.title}" if home else self.index.title

    def link(self) -> str:
        return self.index.get_url(self.request)

    def feed_url(self) -> str:
        return self.request.path if self.request else ""

    def description(self) -> str:
        home = self.index.site_home
        return self.index.intro or _("Nachrichten aus %(name)s") % {"name": home.title if home else ""}

    def items(self):
        return list(self.index.news().prefetch_related("topics")[:FEED_SIZE])

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.teaser

    def item_link(self, item) -> str:
        return item.get_url(self.request)

    def item_guid(self, item) -> str:
        return self.request.build_absolute_uri(item.get_url(self.request)) if self.request else item.url

    def item_pubdate(self, item) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time(8, 0)))

    def item_updateddate(self, item) -> dt.datetime:
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item) -> list[str]:
        return [topic.name for topic in item.topics.all()]


# --- the news page -------------------------------------------------------------------------------


def news_article(page, request: HttpRequest) -> dict[str, Any]:
    """schema.org NewsArticle of a news page."""
    home = page.site_home
    url = request.build_absolute_uri(page.get_url(request))
    publisher = {"@type": "Organization", "name": home.title if home else "Engagiert"}
    if home is not None:
        publisher["url"] = request.build_absolute_uri(home.get_url(request))
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.teaser,
        "datePublished": page.date.isoformat(),
        "inLanguage": "de",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "author": publisher,
        "publisher": publisher,
    }
    if page.last_published_at:
        data["dateModified"] = timezone.localtime(page.last_published_at).isoformat()
    if page.image is not None:
        rendition = page.image.get_rendition("fill-1200x675|format-jpeg")
        data["image"] = [request.build_absolute_uri(rendition.url)]
    topics = [topic.name for topic in page.topics.all()]
    if topics:
        data["keywords"] = topics
    return data


def json_ld(data: dict[str, Any]) -> SafeString:
    """JSON for a <script type="application/ld+json"> element, safe inside HTML."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_LD_ESCAPES))  # noqa: S308


class NewsArticleMixin:
    """Adds the schema.org NewsArticle (JSON-LD) to a news page's context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["schema_org"] = json_ld(news_article(self, request))
        return context
