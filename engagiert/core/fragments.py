"""Fragments of public pages kept in the shared cache: parts that read many rows but look the
same for every visitor (the live blocks of a start page), for the requests the page cache does
not answer (signed-in people, other languages and font sizes, a miss).

A fragment is kept per name, the parts its markup depends on (a page and its revision, …),
language, and the page cache's freshness key of the towns it shows (core.pagecache: the
platform-wide version and each town's, bumped by `content_changed` after every recorded
change): a change of a town makes every fragment of that town render afresh on every web
server, as it does for the town's cached pages. FRAGMENT_CACHE_SECONDS (default 120) bounds
what changes with time alone (an event that has passed); 0 turns it off (the tests do, so that
rows changed directly show at once). As with the page cache, a fragment rendered from a read
replica that has not yet replayed the latest change is not kept."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from engagiert.core import pagecache

logger = logging.getLogger(__name__)

PREFIX = "fragment:"


def versions_of(municipalities: Iterable) -> list[str]:
    """The freshness key of these towns (objects or ids): the platform-wide version, then each
    town's, in a fixed order. Raises when the cache does not answer."""
    slugs = sorted({pagecache.slug_of(m) for m in municipalities} - {pagecache.ALL})
    keys = [pagecache.version_key(pagecache.ALL), *(pagecache.version_key(slug) for slug in slugs)]
    found = cache.get_many(keys)
    return [f"{key}={found.get(key, '0/')}" for key in keys]


def key_of(name: str, parts: Iterable, versions: list[str]) -> str:
    text = "|".join([*(str(part) for part in parts), *versions])
    return f"{PREFIX}{name}:{get_language()}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


def cached(*, name: str, parts: Iterable, municipalities: Iterable, render: Callable[[], str]) -> str:
    """The markup `render()` gives, from the cache when the towns have not changed since."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return render()
    try:
        versions = versions_of(municipalities)
        key = key_of(name, parts, versions)
        hit = cache.get(key)
    except Exception:  # noqa: BLE001 - a cache that is down slows the page, it breaks nothing
        logger.warning("Fragment cache unreachable; %s rendered without it", name, exc_info=True)
        return render()
    if hit is not None:
        return hit
    markup = render()
    alias = pagecache.current_replica()
    if alias and not pagecache.replayed(alias, [v.split("=", 1)[1] for v in versions]):
        return markup  # the replica has not seen the latest change yet: do not keep what it showed
    try:
        cache.set(key, markup, seconds)
    except Exception:  # noqa: BLE001
        logger.warning("Fragment cache unreachable; %s not stored", name, exc_info=True)
    return markup
