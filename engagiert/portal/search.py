"""The portal's pages and news in the site-wide search (core.sitesearch) and its pages in
sitemap.xml (core.sitemaps).

The index: each live content, programme, Leichte Sprache and news page has its terms in
PageSearchTerm, made with core.search's tokens (folded, stemmed, stop words dropped; every
language's title, introduction or teaser, meta description and body text), scoped by the start
page it belongs to. A page in Leichte Sprache is also found as such ("Leichte Sprache"), and by
its words written whole (its texts split long words with a middle dot: "Barriere·freiheit").
A page is indexed whenever it is saved with its content (publishing, adding it live,
moving it: the signals at the end) and loses its terms when it is no longer live. A search reads,
per kind, the town's start pages (its own, and for news its networks'), which pages are
restricted (Wagtail's `public()`), the first results with their count (each query term a prefix
range of the index, as the apps' indexes match) and those pages: a fixed number of queries,
whatever the size of the site."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import Case, Count, F, QuerySet, Value, When, Window
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from engagiert.core.languages import localized
from engagiert.core.search import Term, term_condition, tokens
from engagiert.core.sitemaps import ObjectPages, register_sitemap
from engagiert.core.sitesearch import SearchResult, register_search_kind, snippet
from engagiert.portal.models import TREE_STEP

HOME_PATH_LENGTH = 3 * TREE_STEP  # root → portal → start page


def page_url(page) -> str:
    """The page's address below the portal root ("/portal/dessau-rosslau/x/" → "/dessau-rosslau/x/"),
    without the site lookups of Page.url (the portal is one site rooted at its root page)."""
    return "/" + page.url_path.strip("/").partition("/")[2] + "/"


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


# --- the index -----------------------------------------------------------------------------------

# A content or programme page's introduction, a news item's teaser, a Leichte Sprache page's summary.
SUMMARY_FIELDS = ("intro", "teaser", "summary")
EASY_READ_LABEL = _("Leichte Sprache")
MIDDLE_DOT = "\u00b7"  # Leichte Sprache's "Mediopunkt" between the parts of a long word


def _columns(page, field: str) -> list[str]:
    """The columns of `field`: one per language if it is translated (modeltranslation), else itself."""
    columns = [column for column in localized(field) if hasattr(page, column)]
    return columns or ([field] if hasattr(page, field) else [])


def _languages(page, field: str) -> str:
    return " ".join(str(getattr(page, column, "") or "") for column in _columns(page, field))


def page_terms(page, *, easy_read: bool | None = None) -> set[str]:
    """The index terms of a page (its specific instance), in every language it has. `easy_read`:
    whether it is a page in Leichte Sprache (None: by its type; migrations' models say it)."""
    text = [_languages(page, "title"), _languages(page, "search_description")]
    text += [_languages(page, name) for name in SUMMARY_FIELDS]
    text += [stream_text(getattr(page, column, None)) for column in _columns(page, "body")]
    if is_easy_read(page) if easy_read is None else easy_read:
        joined = " ".join(text)
        text = [joined, joined.replace(MIDDLE_DOT, ""), "Leichte Sprache"]
    return set(tokens(" ".join(text)))


def easy_read_models() -> tuple[type, ...]:
    from engagiert.portal.easy_read import EasyReadIndexPage, EasyReadPage

    return (EasyReadIndexPage, EasyReadPage)


def is_easy_read(page) -> bool:
    return isinstance(page, easy_read_models())


def indexed_models() -> tuple[type, ...]:
    from engagiert.portal.models import ContentPage, NewsPage
    from engagiert.portal.programmes import ProgrammePage

    return (ContentPage, ProgrammePage, *easy_read_models(), NewsPage)


def term_rows(page, *, home_id: int) -> list:
    """The PageSearchTerm rows of `page` (unsaved; also what the benchmark writes in bulk)."""
    from engagiert.portal.models import PageSearchTerm

    return [PageSearchTerm(page_id=page.pk, home_id=home_id, term=term) for term in sorted(page_terms(page))]


def index_pages(pages: Iterable) -> int:
    """Replace the terms of these pages (specific instances, as stored) by their current ones:
    a live page under a start page gets its terms, any other page none. Returns rows written."""
    from wagtail.models import Page

    from engagiert.portal.models import PageSearchTerm

    pages = list(pages)
    homes = dict(
        Page.objects.filter(path__in={p.path[:HOME_PATH_LENGTH] for p in pages if p.depth > 3}).values_list(
            "path", "pk"
        )
    )
    rows = []
    for page in pages:
        home_id = homes.get(page.path[:HOME_PATH_LENGTH]) if page.depth > 3 else None
        if page.live and home_id is not None:
            rows += term_rows(page, home_id=home_id)
    with transaction.atomic():
        PageSearchTerm.objects.filter(page_id__in=[p.pk for p in pages]).delete()
        PageSearchTerm.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def reindex_all() -> int:
    """Index every page of the indexed kinds again (manage.py reindex_portal_pages)."""
    written = 0
    for model in indexed_models():
        ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            written += index_pages(model.objects.filter(pk__in=ids[start : start + 500]))
    return written


# --- the site-wide search ------------------------------------------------------------------------


def _homes(municipality, *, networks: bool) -> list[int]:
    """The ids of the town's start page and, with `networks`, of its networks' (one query)."""
    from engagiert.portal.selectors import TOWN, homes_of

    return [pk for _path, kind, pk, _url in homes_of([municipality]) if networks or kind == TOWN]


def matching(qs: QuerySet, terms: Sequence[Term], homes: list[int]) -> QuerySet:
    """The pages of `qs` having every one of `terms` (a tuple: any of it) under these start pages."""
    from engagiert.portal.models import PageSearchTerm

    scope = PageSearchTerm.objects.filter(home_id__in=homes)
    for term in terms:
        qs = qs.filter(pk__in=scope.filter(term_condition("term", term)).values("page_id"))
    return qs


def _first(qs: QuerySet, terms, homes, *, order: tuple, limit: int, fields: tuple[str, ...] = ("pk",)) -> list[tuple]:
    """The first `limit` matching pages' `fields` with the count of all last (one query, narrow rows)."""
    return list(
        matching(qs.live().public(), terms, homes)
        .annotate(total=Window(Count("pk")))
        .order_by(*order)
        .values_list(*fields, "total")[:limit]
    )


def search_pages(municipality, terms: Sequence[Term], limit: int) -> tuple[int, list[SearchResult]]:
    """The town's live, public content, programme and Leichte Sprache pages: three queries (start
    page, view restrictions, first ids with their kinds and count) and one per kind among them."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from engagiert.portal.models import ContentPage
    from engagiert.portal.programmes import ProgrammePage

    homes = _homes(municipality, networks=False)
    if not homes or not terms:
        return 0, []
    types = _content_types(ContentPage, ProgrammePage)
    easy_read_types = _content_types(*easy_read_models())
    # Pages in Leichte Sprache after the others: a search for "Tanz" shows the town's own pages
    # first, and the ones explaining the site (which name dances as an example) after them.
    kinds = Page.objects.filter(content_type__in=types + easy_read_types).annotate(
        easy_read=Case(When(content_type__in=easy_read_types, then=Value(1)), default=Value(0))
    )
    first = _first(kinds, terms, homes, order=("easy_read", "path"), limit=limit, fields=("pk", "content_type_id"))
    if not first:
        return 0, []
    ids_by_kind: dict[int, list[int]] = {}
    for pk, kind, _total in first:
        ids_by_kind.setdefault(kind, []).append(pk)
    loaded = {}
    for kind, ids in ids_by_kind.items():
        model = ContentType.objects.get_for_id(kind).model_class()  # cached by ContentType's manager
        loaded |= model.objects.defer_streamfields().in_bulk(ids)
    pages = [loaded[pk] for pk, _kind, _total in first if pk in loaded]
    return first[0][-1], [_page_result(p) for p in pages]


def _page_result(page) -> SearchResult:
    if is_easy_read(page):  # German whatever the interface language is
        return SearchResult(
            title=page.title,
            url=page_url(page),
            snippet=snippet(page.summary),
            extra=str(EASY_READ_LABEL),
            lang="de",
            snippet_lang="de",
        )
    return SearchResult(title=page.title, url=page_url(page), snippet=snippet(page.intro))


def search_news(municipality, terms: Sequence[Term], limit: int) -> tuple[int, list[SearchResult]]:
    """The live, public news of the town and its networks, newest first: four queries."""
    from engagiert.portal.models import NewsPage

    homes = _homes(municipality, networks=True)
    if not homes or not terms:
        return 0, []
    # Newest first, spelled "NULLS LAST" (a news item always has a date): PostgreSQL then sorts the
    # few matches instead of walking every news item of the installation by the date index in the
    # hope of finding the first matches early (0.5-1.4 s for frequent words at the size).
    newest = (F("date").desc(nulls_last=True), "-pk")
    first = _first(NewsPage.objects.all(), terms, homes, order=newest, limit=limit)
    if not first:
        return 0, []
    loaded = NewsPage.objects.defer_streamfields().in_bulk([pk for pk, _total in first])
    news = [loaded[pk] for pk, _total in first if pk in loaded]
    return first[0][1], [
        SearchResult(title=p.title, url=page_url(p), snippet=snippet(p.teaser), date=p.date) for p in news
    ]


def _content_types(*models) -> list[int]:
    from django.contrib.contenttypes.models import ContentType

    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def public_pages():
    from wagtail.models import Page

    return Page.objects.live().public().filter(depth__gte=3).order_by("path")


class PortalPages(ObjectPages):
    def location(self, page) -> str:
        return page_url(page)


def _saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """A page saved with its content (added, published, unpublished: not a draft's revision,
    which saves the page row with update_fields only) is indexed anew."""
    if raw or (update_fields is not None and "live" not in update_fields):
        return
    index_pages([instance])


def _moved(sender, instance, **kwargs) -> None:
    """A moved page and its subpages may belong to another start page now."""
    for model in indexed_models():
        index_pages(model.objects.filter(path__startswith=instance.path))


def register() -> None:
    from django.db.models.signals import post_save
    from wagtail.signals import post_page_move

    for model in indexed_models():
        post_save.connect(_saved, sender=model, dispatch_uid=f"portal-index-{model.__name__}")
    post_page_move.connect(_moved, dispatch_uid="portal-index-move")
    register_search_kind(key="pages", label=_("Seiten"), search=search_pages, more_query_param="", order=10)
    register_search_kind(key="news", label=_("Aktuelles"), search=search_news, more_query_param="", order=20)
    register_sitemap("seiten", PortalPages(public_pages, changefreq="weekly", priority=0.7))
