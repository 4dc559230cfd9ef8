"""sitemap.xml and robots.txt, built on Django's sitemap framework.

Each capability registers what a search engine may index with `register_sitemap(section,
sitemap)` from its AppConfig.ready() (its `sitemaps.py`): usually a `TownPages` for its
entry pages per town and a Sitemap of its public objects. `/sitemap.xml` is an index of the
sections; each section is split into pages of at most 50,000 addresses (the protocol's limit),
so 113 towns with 50,000 organisations stay valid. Core does not import any capability."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from engagiert.core.models import Municipality

SITEMAPS: dict[str, Sitemap] = {}


def register_sitemap(section: str, sitemap: Sitemap) -> None:
    """Add `sitemap` as `/sitemap-<section>.xml` to the index (registering twice replaces)."""
    SITEMAPS[section] = sitemap


class PublicSitemap(Sitemap):
    """A sitemap with the scheme of SITE_URL (behind a TLS proxy the request says http)."""

    limit = 50_000

    @property
    def protocol(self) -> str:
        return urlsplit(settings.SITE_URL).scheme or "https"


class TownPages(PublicSitemap):
    """The named entry pages of every town (e.g. the directory's search, the calendar), or of
    the towns `towns()` answers (slugs) where a capability is not set up everywhere."""

    def __init__(self, *url_names: str, changefreq: str = "daily", priority: float = 0.6, towns=None):
        self.url_names, self.changefreq, self.priority, self.towns = url_names, changefreq, priority, towns

    def items(self) -> list[tuple[str, str]]:
        if self.towns is not None:
            slugs = sorted(set(self.towns()))
        else:
            slugs = Municipality.objects.order_by("slug").values_list("slug", flat=True)
        return [(slug, name) for slug in slugs for name in self.url_names]

    def location(self, item: tuple[str, str]) -> str:
        slug, name = item
        return reverse(name, kwargs={"municipality": slug})


class ObjectPages(PublicSitemap):
    """Public objects of a capability; `queryset` is a callable returning the public ones
    (select_related what get_absolute_url needs, so a page of 50,000 is one query)."""

    def __init__(self, queryset, *, changefreq: str = "weekly", priority: float = 0.5):
        self.queryset, self.changefreq, self.priority = queryset, changefreq, priority

    def items(self):
        return self.queryset()


# robots.txt: what crawlers should leave alone (signed-in areas, forms, the editors' admin),
# and where the sitemap is. Paths with a town in front use the `*` wildcard that the big
# crawlers understand (RFC 9309 leaves it to them; Google and Bing follow it).
ROBOTS_DISALLOW = (
    "/admin/",
    "/accounts/",
    "/api/",
    "/redaktion/",
    "/mein-konto/",
    "/schriftgroesse/",
    "/*/mein-bereich/",
    "/*/einstellungen/",
)


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {settings.SITE_URL.rstrip('/')}{reverse('core:sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
