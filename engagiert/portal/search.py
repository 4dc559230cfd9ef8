"""The portal's pages and news in the site-wide search (core.sitesearch) and its pages in
sitemap.xml (core.sitemaps).

Matching: the live pages of a town's site (content and programme pages) and the news of the
town and of its regional networks are read in one query per kind (title, introduction or
teaser, meta description in the reader's language) and matched in Python against their folded,
stemmed words (core.search.tokens): every query term must start a word, as in the apps'
indexes. A town's site has a few hundred pages and its news some hundred a year; a term index
like the apps' (core.indexing) is the step to take when sites grow beyond that."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from engagiert.core.search import Term, alternatives, tokens
from engagiert.core.sitemaps import ObjectPages, register_sitemap
from engagiert.core.sitesearch import SearchResult, register_search_kind, snippet

MAX_CANDIDATES = 2000


def page_url(page) -> str:
    """The page's address below the portal root ("/portal/dessau-rosslau/x/" → "/dessau-rosslau/x/"),
    without the site lookups of Page.url (the portal is one site rooted at its root page)."""
    return "/" + page.url_path.strip("/").partition("/")[2] + "/"


def _homes(municipality):
    from engagiert.portal.models import NetworkHomePage, TownHomePage

    town = list(TownHomePage.objects.filter(town=municipality).only("path", "depth"))
    networks = list(NetworkHomePage.objects.filter(network__municipalities=municipality).only("path", "depth"))
    return town, networks


def _under(homes) -> Q:
    condition = Q(pk__in=[])
    for home in homes:
        condition |= Q(path__startswith=home.path, depth__gt=home.depth)
    return condition


def stream_text(stream) -> str:
    """The text of a StreamField's raw data (rich text with its tags, headings, captions)."""
    parts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("type", "id"):
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(list(stream.raw_data) if stream is not None else [])
    return strip_tags(" ".join(parts))


def _matches(text: str, terms: Sequence[Term]) -> bool:
    words = set(tokens(text))
    return all(any(word.startswith(alt) for alt in alternatives(term) for word in words) for term in terms)


def _search(queryset, terms, limit, *, text, result):
    found = [page for page in queryset[:MAX_CANDIDATES] if _matches(text(page), terms)]
    return len(found), [result(page) for page in found[:limit]]


def search_pages(municipality, terms: Sequence[Term], limit: int) -> tuple[int, list[SearchResult]]:
    from engagiert.portal.models import ContentPage
    from engagiert.portal.programmes import ProgrammePage

    town, _networks = _homes(municipality)
    if not town or not terms:
        return 0, []
    pages = []
    for model in (ProgrammePage, ContentPage):
        pages += list(model.objects.live().public().filter(_under(town)).order_by("path"))
    count, results = _search(
        pages,
        terms,
        limit,
        text=lambda p: f"{p.title} {p.intro} {p.search_description} {stream_text(p.body)}",
        result=lambda p: SearchResult(title=p.title, url=page_url(p), snippet=snippet(p.intro)),
    )
    return count, results


def search_news(municipality, terms: Sequence[Term], limit: int) -> tuple[int, list[SearchResult]]:
    from engagiert.portal.models import NewsPage

    town, networks = _homes(municipality)
    if not (town or networks) or not terms:
        return 0, []
    news = NewsPage.objects.live().public().filter(_under(town + networks)).order_by("-date", "-pk")
    return _search(
        news,
        terms,
        limit,
        text=lambda p: f"{p.title} {p.teaser} {p.search_description} {stream_text(p.body)}",
        result=lambda p: SearchResult(title=p.title, url=page_url(p), snippet=snippet(p.teaser), date=p.date),
    )


def public_pages():
    from wagtail.models import Page

    return Page.objects.live().public().filter(depth__gte=3).order_by("path")


class PortalPages(ObjectPages):
    def location(self, page) -> str:
        return page_url(page)


def register() -> None:
    register_search_kind(key="pages", label=_("Seiten"), search=search_pages, more_query_param="", order=10)
    register_search_kind(key="news", label=_("Aktuelles"), search=search_news, more_query_param="", order=20)
    register_sitemap("seiten", PortalPages(public_pages, changefreq="weekly", priority=0.7))
