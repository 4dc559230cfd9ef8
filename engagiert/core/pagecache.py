"""The shared page cache of the public pages anonymous visitors see most.

A page is cached (in the default cache: Redis with REDIS_URL, so every web server shares it)
per town, language and font-size step, when all of these hold:

- its URL name is listed in settings.PAGE_CACHE_PAGES or registered with
  `cache_page_named("app:name")` from an AppConfig.ready (the portal's pages are: their town is
  the first segment of their path),
- the request is a GET or HEAD without a session or messages cookie (nobody signed in, no
  message waiting), and its query has no search text (`q`) unless the page allows one,
- the response is a 200 that sets no cookie and was not marked private.

A hit is served without a database query; the page's Content-Security-Policy nonce is
reused with it (only the town's accent-colour <style> carries one). The page is kept
gzip-compressed and sent so to browsers that accept it (nearly all): a hit compresses nothing
(such a page holds no secret, so BREACH padding is not needed).

A page with a form (the newsletter sign-up, a contact page) is kept too, without its CSRF
token: each form's token field is replaced by a mark when the page is stored, and a hit puts
the visitor's own token in (django.middleware.csrf.get_token, which also sets the visitor's
CSRF cookie as a rendered page does). Such a page is kept uncompressed and compressed on the way
out by GZipMiddleware, with its padding against BREACH. A page whose token appears anywhere but
in a form's token field is not kept, nor is one marked private (allauth's sign-in and sign-up
pages are: never_cache).

Invalidation is explicit: a service that changes what a town's public pages show calls
`content_changed(municipality)` (core.audit.record does it for every recorded action;
`content_changed(None)` for platform-wide changes). That bumps the town's version key, and the
keys of the regional networks it belongs to (their pages show the towns' events and news),
after the transaction commits, so the next request on any web server renders afresh. A change of
the seats left alone (registrations) calls `seats_changed`: only the pages showing seats
(settings.PAGE_CACHE_SEAT_PAGES) render afresh, so that a busy registration desk does not
empty the cache of the town's start page, directory and offers. A page
rendered from a read replica is stored only once the replica has replayed the change
(its WAL position is kept with the version), so a lagging replica cannot put stale content
back into the cache. PAGE_CACHE_SECONDS (default 120) bounds what changes with time alone
(an event that has passed)."""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections, transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string
from django.utils.translation import get_language

from engagiert.core.context_processors import font_step
from engagiert.core.observability import PAGE_CACHE

logger = logging.getLogger(__name__)

PREFIX = "pagecache:"
ALL = ""  # the platform-wide version
_pages: dict[str, bool] = {}  # URL name: whether a search text (`q`) may be cached
_towns: dict[str, Callable[[dict], str]] = {}  # URL name: the town (or network) slug of its URL's kwargs
_STORED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition")
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# A form's CSRF token field as {% csrf_token %} writes it, and the mark it is kept as
_CSRF_FIELD = re.compile(rb'<input type="hidden" name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}">')
_CSRF_MARK = b'<input type="hidden" name="csrfmiddlewaretoken" value="\x00">'


def cache_page_named(
    url_name: str, *, with_query_text: bool = False, town: Callable[[dict], str] | None = None
) -> None:
    """Cache the public page `url_name` ("app:name") for anonymous visitors. `town` gives the
    slug of the town (or network) whose changes replace it from the URL's keyword arguments
    (default: the `municipality` argument, as the apps' URLs have it)."""
    _pages[url_name] = with_query_text
    if town is not None:
        _towns[url_name] = town


def _town_of(url_name: str, kwargs: dict) -> str:
    if url_name in _towns:
        return _towns[url_name](kwargs) or ALL
    slug = kwargs.get("municipality")
    return slug if isinstance(slug, str) else ALL


def cached_pages() -> dict[str, bool]:
    return {**settings.PAGE_CACHE_PAGES, **_pages}


def version_key(slug: str) -> str:
    return f"{PREFIX}v:{slug}"


def seats_key(slug: str) -> str:
    return f"{PREFIX}s:{slug}"


def content_changed(municipality=None) -> None:
    """What `municipality`'s public pages show has changed (None: every town's): once the
    surrounding transaction commits, its cached pages are replaced on every web server."""
    if not settings.PAGE_CACHE_SECONDS and not settings.FRAGMENT_CACHE_SECONDS:
        return  # nothing is kept (core.fragments uses the same versions)
    slug = slug_of(municipality)
    transaction.on_commit(lambda: _bump(slug))


def seats_changed(municipality=None) -> None:
    """Only the seats left of `municipality`'s events changed (a registration, a cancellation):
    once the transaction commits, the pages that show seats (settings.PAGE_CACHE_SEAT_PAGES: the
    calendar, the event pages) are replaced; the town's other pages, and its fragments
    (core.fragments), are kept."""
    if not settings.PAGE_CACHE_SECONDS:
        return
    slug = slug_of(municipality)
    transaction.on_commit(lambda: _bump(slug, key=seats_key))


_slugs: dict[int, str] = {}  # municipality id: slug (a slug change means new URLs anyway)


def slug_of(municipality) -> str:
    """The slug whose version key stands for `municipality` (an object or an id; None: ALL)."""
    if municipality is None:
        return ALL
    if not isinstance(municipality, int):
        _slugs[municipality.pk] = municipality.slug
        return municipality.slug
    if municipality not in _slugs:
        from engagiert.core.models import Municipality

        found = Municipality.objects.using("default").filter(pk=municipality).values_list("slug", flat=True).first()
        if found is None:
            return ALL
        _slugs[municipality] = found
    return _slugs[municipality]


def _bump(slug: str, *, key=version_key) -> None:
    position = ""
    if _replicas():
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_current_wal_lsn()::text")
            position = cursor.fetchone()[0]
    slugs = [slug, *_networks_of(slug)]
    cache.set_many(dict.fromkeys((key(s) for s in slugs), f"{time.time():.6f}/{position}"), None)


def _networks_of(slug: str) -> list[str]:
    """The regional networks the town `slug` belongs to: their pages show its content."""
    if slug == ALL:
        return []
    from engagiert.core.models import RegionalNetwork

    return list(
        RegionalNetwork.objects.using("default").filter(municipalities__slug=slug).values_list("slug", flat=True)
    )


def _replicas() -> bool:
    return any(alias.startswith("replica") for alias in settings.DATABASES)


def _eligible(request) -> bool:
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
        return False
    match = request.resolver_match
    pages = cached_pages()
    if match is None or match.view_name not in pages:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if not pages[match.view_name] and request.GET.get("q", "").strip():
        return False
    return len(request.META.get("QUERY_STRING", "")) <= 300


def _key(request, versions: list[str]) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    stamp = hashlib.sha256("|".join(versions).encode()).hexdigest()[:16]
    return f"{PREFIX}page:{stamp}:{get_language()}:{font_step(request)}:{path}"


class PageCacheMiddleware:
    """Last in MIDDLEWARE: it sees the view's response before any other middleware adds to it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)  # the view's, rendered (nothing else lies inside)
        miss = getattr(request, "_page_cache_miss", None)
        if miss is not None:
            key, versions = miss
            if self._storable(request, response):
                self._store(request, key, versions, response)
            response.headers.setdefault("X-Cache", "MISS")
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _eligible(request):
            return None
        slug = _town_of(request.resolver_match.view_name, view_kwargs)
        keys = [version_key(ALL), version_key(slug)]
        if request.resolver_match.view_name in settings.PAGE_CACHE_SEAT_PAGES:
            keys += [seats_key(ALL), seats_key(slug)]
        try:
            found = cache.get_many(keys)
            versions = [found.get(key, "0/") for key in keys]
            key = _key(request, versions)
            hit = cache.get(key)
        except Exception:  # noqa: BLE001 - a cache that is down serves no pages, it breaks none
            logger.warning("Page cache unreachable; %s rendered without it", request.path, exc_info=True)
            return None
        if hit is not None:
            PAGE_CACHE.labels("hit").inc()
            return self._from_cache(request, hit)
        PAGE_CACHE.labels("miss").inc()
        # The handler runs the view (so that its exceptions reach the middlewares' process_exception:
        # a replica failing mid-request runs the view again on the primary) and __call__ keeps it.
        request._page_cache_miss = (key, versions)
        return None

    @staticmethod
    def _from_cache(request, hit: dict) -> HttpResponse:
        from engagiert.core.towns import TOWN_COOKIE, TOWN_COOKIE_AGE

        content = hit["content"]
        if hit.get("csrf"):  # the visitor's own token in each form (and their CSRF cookie set)
            from django.middleware.csrf import get_token

            content = content.replace(_CSRF_MARK, _CSRF_MARK.replace(b"\x00", get_token(request).encode()))
        if hit.get("gzip"):
            if _ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
                response = HttpResponse(content, status=200)
                response["Content-Encoding"] = "gzip"  # GZipMiddleware leaves it alone
            else:
                response = HttpResponse(gzip.decompress(content), status=200)
            patch_vary_headers(response, ("Accept-Encoding",))
        else:
            response = HttpResponse(content, status=200)
        town = hit.get("town")
        if town and request.COOKIES.get(TOWN_COOKIE) != town:  # as RememberTownMiddleware does on a miss
            response.set_cookie(
                TOWN_COOKIE,
                town,
                max_age=TOWN_COOKIE_AGE,
                samesite="Lax",
                httponly=True,
                secure=settings.SESSION_COOKIE_SECURE,
            )
        for name, value in hit["headers"].items():
            response[name] = value
        if hit.get("nonce"):
            request._csp_nonce = hit["nonce"]  # django-csp writes the header with this nonce
        response["X-Cache"] = "HIT"
        request.page_cache = "hit"
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
            and not _has_messages(request)
        )

    def _store(self, request, key: str, versions: list[str], response) -> None:
        alias = getattr(request, "replica_alias", "") or current_replica()
        if alias and not replayed(alias, versions):
            return  # the replica has not seen the latest change yet: do not keep its page
        content, compressed = response.content, False
        csrf = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))  # the page asked for a token
        if csrf:
            content = _without_token(request, content)
            if content is None:
                return
        elif len(content) >= 200 and not response.has_header("Content-Encoding"):
            content, compressed = compress_string(content), True
        stored = {
            "content": content,
            "gzip": compressed,
            "csrf": csrf,
            "headers": {name: response[name] for name in _STORED_HEADERS if name in response},
            "town": getattr(getattr(request, "municipality", None), "slug", ""),  # the cookie a hit sets
            "nonce": getattr(request, "_csp_nonce", None)
            if isinstance(getattr(request, "_csp_nonce", None), str)
            else None,
        }
        try:
            cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable; %s not stored", request.path, exc_info=True)
            return
        request.page_cache = "stored"


def _without_token(request, content: bytes) -> bytes | None:
    """The page with each form's CSRF token field replaced by the mark, or None when the token
    (or the visitor's secret) appears anywhere else: such a page is not kept."""
    content, fields = _CSRF_FIELD.subn(_CSRF_MARK, content)
    secret = request.META.get("CSRF_COOKIE") or ""
    if content.count(b"csrfmiddlewaretoken") != fields or (secret and secret.encode() in content):
        return None
    return content


def _has_messages(request) -> bool:
    """A message added while rendering this page (it would be shown to everyone)."""
    storage = getattr(request, "_messages", None)
    if storage is None:
        return False
    return bool(getattr(storage, "_queued_messages", None)) or bool(getattr(storage, "_loaded_data", None))


def current_replica() -> str:
    """The alias of the read replica this request has read from ("" when none)."""
    from engagiert.core.dbrouter import _replica_used

    return _replica_used.get()


def replayed(alias: str, versions: list[str]) -> bool:
    """Whether the replica `alias` has replayed the changes these version values were bumped
    at (their WAL positions): a page or fragment it rendered may be kept."""
    positions = [v.split("/", 1)[1] for v in versions if "/" in v and v.split("/", 1)[1]]
    if not positions:
        return True
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute(
                "SELECT bool_and(pg_last_wal_replay_lsn() >= p::pg_lsn) FROM unnest(%s::text[]) AS p", [positions]
            )
            return bool(cursor.fetchone()[0])
    except DatabaseError:
        return False
