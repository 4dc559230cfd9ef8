"""Reads of the portal."""

from __future__ import annotations

from django.db import connections, router
from django.db.models import Prefetch, Q, QuerySet
from wagtail.models import Page

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.portal.models import (
    TREE_STEP,
    NetworkHomePage,
    NewsIndexPage,
    NewsPage,
    PortalImage,
    TownHomePage,
    view_restricted,
)

NEWS_PAGE_SIZE = 12
PATH_LENGTH = 255  # treebeard's MP_Node.path
# The teaser picture in AVIF and WebP with a JPEG fallback, spelled as {% picture %} in
# _news_teaser.html names them: a prefetched list that misses one makes Wagtail render it anew.
TEASER_RENDITIONS = ("format-avif|fill-480x270", "format-webp|fill-480x270", "format-jpeg|fill-480x270")


def in_subtree(path: str) -> Q:
    """The page at `path` and every page below it, as a range of the tree's materialised path:
    an index range on every database (SQLite's LIKE, which Wagtail's descendant_of uses, is
    case-insensitive and reads every page). Treebeard spells paths with 0-9 and A-Z only, so a
    descendant's path lies between `path` and `path` followed by Z up to the column's length."""
    return Q(path__range=(path, path + "Z" * (PATH_LENGTH - len(path))))


# What a news teaser (portal/_news_teaser.html) shows of a news page: its title, date, teaser,
# image and address. Fewer columns read and converted, the stream fields and the rest deferred.
TEASER_FIELDS = ("id", "path", "depth", "url_path", "live", "content_type", "title", "date", "teaser", "image")


def as_teasers(qs: QuerySet[NewsPage]) -> QuerySet[NewsPage]:
    """News as their teasers show them: the fields they use, the image and its list renditions."""
    return with_teaser_images(qs.only(*TEASER_FIELDS))


def with_teaser_images(qs: QuerySet[NewsPage]) -> QuerySet[NewsPage]:
    """News with their image (joined) and its list renditions (one more query)."""
    renditions = PortalImage.get_rendition_model().objects.filter(filter_spec__in=TEASER_RENDITIONS)
    return qs.select_related("image").prefetch_related(
        Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def public_only(qs: QuerySet) -> QuerySet:
    """The pages of `qs` that no view restriction covers (an editor's "private" setting on the
    page or an ancestor): Wagtail's `public()` as a subquery, without its extra query."""
    return qs.exclude(view_restricted())


HOME_PATH_LENGTH = 3 * TREE_STEP  # the tree's root → the portal → a start page
TOWN, NETWORK, INDEX = "town", "network", "index"


def homes_of(municipalities: list[Municipality], *, news_index: bool = False) -> list[tuple[str, str, int, str]]:
    """(path, kind, id, url_path) of the start pages whose news these towns show: the towns' own
    (TOWN) and their networks' (NETWORK); with `news_index`, also the live "Aktuelles" directly
    below the towns' own start pages (INDEX). One query, written in SQL: every page of a town
    asks for it, and the ORM took ten times longer to build this union (through Wagtail's and
    modeltranslation's managers, ~6 ms) than PostgreSQL to answer it (~0.3 ms)."""
    ids = [m.pk for m in municipalities]
    if not ids:
        return []
    connection = connections[router.db_for_read(Page)]  # a replica for an anonymous read
    quote = connection.ops.quote_name
    page, town, network, index = (
        quote(model._meta.db_table) for model in (Page, TownHomePage, NetworkHomePage, NewsIndexPage)
    )
    members = quote(RegionalNetwork.municipalities.through._meta.db_table)
    marks = ", ".join(["%s"] * len(ids))
    own = f"SELECT h.page_ptr_id FROM {town} h WHERE h.town_id IN ({marks})"  # noqa: S608 - table names only
    sql = f"""SELECT p.path, '{TOWN}', p.id, p.url_path FROM {page} p WHERE p.id IN ({own})
        UNION SELECT p.path, '{NETWORK}', p.id, p.url_path FROM {network} h JOIN {page} p ON p.id = h.page_ptr_id
        WHERE h.network_id IN (SELECT m.regionalnetwork_id FROM {members} m WHERE m.municipality_id IN ({marks}))"""  # noqa: S608
    params = [*ids, *ids]
    if news_index:  # a live news index one level below a town's own start page
        sql += f"""
        UNION SELECT p.path, '{INDEX}', p.id, p.url_path FROM {index} i JOIN {page} p ON p.id = i.page_ptr_id
        WHERE p.live AND p.depth = %s
        AND SUBSTR(p.path, 1, %s) IN (SELECT o.path FROM {page} o WHERE o.id IN ({own}))"""  # noqa: S608
        params += [HOME_PATH_LENGTH // TREE_STEP + 1, HOME_PATH_LENGTH, *ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(path, kind, pk, url_path) for path, kind, pk, url_path in cursor.fetchall()]


def home_paths(municipalities: list[Municipality]) -> list[str]:
    """Tree paths of the start pages whose content a town shows: its own and its networks' (one
    query)."""
    return [path for path, _kind, _pk, _url_path in homes_of(municipalities)]


def latest_news_and_index(
    *, municipalities: list[Municipality], count: int
) -> tuple[list[NewsPage], NewsIndexPage | None]:
    """The newest live news of these towns and their networks, and, for one town, its "Aktuelles"
    (three queries: the start pages with the news index, news with their images, renditions)."""
    homes = homes_of(municipalities, news_index=len(municipalities) == 1)
    where = Q()
    for path, kind, _pk, _url_path in homes:
        if kind != INDEX:
            where |= in_subtree(path)
    if not where:
        return [], None
    news = list(as_teasers(public_only(NewsPage.objects.live()).filter(where).order_by("-date", "-pk"))[:count])
    for item in news:
        item.source_name = None  # what the teaser shows (the news list names the network)
    indexes = sorted((path, pk, url_path) for path, kind, pk, url_path in homes if kind == INDEX)
    index = None
    if indexes:  # what the link to "Aktuelles" ({% pageurl %}) uses of it: as .only() reads a page
        path, pk, url_path = indexes[0]
        read = {"id": pk, "path": path, "depth": len(path) // TREE_STEP, "url_path": url_path, "live": True}
        fields = [f.attname for f in NewsIndexPage._meta.concrete_fields if f.attname in read]  # the model's order
        index = NewsIndexPage.from_db("default", fields, [read[name] for name in fields])
    return news, index


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
