"""One search over everything a town shows: the header's search box (/<town>/suche/) and
GET /api/v1/<town>/search. Core imports no capability: each one registers a *kind* of
result in its AppConfig.ready(), and the search asks every kind with the same terms.

How a capability (say the portal's pages and news) plugs in, in its AppConfig.ready()::

    from engagiert.core.sitesearch import SearchResult, register_search_kind

    def search_news(municipality, terms, limit):
        # terms: core.search.Term list (already folded, stemmed and widened by the town's
        # synonyms; a tuple is "any of these"); match them against the app's term index with
        # core.search.matches_sql / term_condition, as directory/events/volunteering do.
        # A FIXED number of queries (say: one ranked page with its count, one load).
        # Only what the public may see, of `municipality` only.
        return count, [
            SearchResult(title=item.title, url=item.url, snippet=snippet(item.teaser), date=item.date,
                         lang=language_of(item, "title"), snippet_lang=language_of(item, "teaser")),
            ...
        ]

    register_search_kind(
        key="news",                      # stable, used in the API and in tests
        label=_("Aktuelles"),            # lazily translated heading of the group
        search=search_news,              # (municipality, terms, limit) -> (count, results)
        more_url_name="portal:news",     # the app's own list, reversed with the town's slug
        more_query_param="q",            # ?q=<query> is appended to it ("" for no link)
        order=20,                        # groups are shown by order, then key
    )

`count` is the number of all matches (shown as "alle N anzeigen"), `results` the first
`limit` of them, best first. A kind whose search raises is a bug: it is not hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Model
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator

from engagiert.core.models import Municipality
from engagiert.core.registry import Registry
from engagiert.core.search import Term, search_terms

SNIPPET_WORDS = 24
DEFAULT_LIMIT = 5


@dataclass(frozen=True)
class SearchResult:
    """One hit as the search shows it: `title` linked to `url`, a short `snippet` (plain text,
    see `snippet`), and an optional `date` and `extra` (a short line: a kind, a place)."""

    title: str
    url: str
    snippet: str = ""
    date: dt.date | dt.datetime | None = None
    extra: str = ""
    # The languages title and snippet are in, when known (`language_of`): the page marks text
    # in another language than its own (German shown on an Arabic page) with lang and dir.
    lang: str = ""
    snippet_lang: str = ""

    @property
    def has_time(self) -> bool:
        """A datetime shows its time (an event), a date only the day (a news item)."""
        return isinstance(self.date, dt.datetime)


SearchFunction = Callable[[Municipality, Sequence[Term], int], tuple[int, list[SearchResult]]]


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: str
    search: SearchFunction
    more_url_name: str = ""
    more_query_param: str = "q"
    order: int = 100

    def more_url(self, municipality: Municipality, query: str) -> str:
        """The app's own search with the query, or "" when the kind has none."""
        if not self.more_url_name:
            return ""
        url = reverse(self.more_url_name, kwargs={"municipality": municipality.slug})
        return f"{url}?{urlencode({self.more_query_param: query})}" if self.more_query_param else url


@dataclass(frozen=True)
class KindResults:
    """The results of one kind: how many match, the first few, the link to all of them."""

    kind: SearchKind
    count: int
    results: list[SearchResult] = field(default_factory=list)
    more_url: str = ""

    @property
    def key(self) -> str:
        return self.kind.key

    @property
    def label(self) -> str:
        return self.kind.label


search_kinds = Registry()


def register_search_kind(
    *,
    key: str,
    label: str,
    search: SearchFunction,
    more_url_name: str = "",
    more_query_param: str = "q",
    order: int = 100,
) -> None:
    """Add (or replace) a kind of result of the site-wide search; see the module's docstring."""
    search_kinds.register(
        SearchKind(
            key=key,
            label=label,
            search=search,
            more_url_name=more_url_name,
            more_query_param=more_query_param,
            order=order,
        )
    )


def language_of(obj: Model, field: str) -> str:
    """The language of what `obj.<field>` shows in the active language (its own, or the
    fallback's); "" for a field that is not translated."""
    from engagiert.core.templatetags.translated import source_language

    return source_language(obj, field) or ""


def snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    """A plain-text teaser of `text` (HTML removed, whitespace collapsed, cut at a word)."""
    plain = " ".join(strip_tags(text or "").split())
    return Truncator(plain).words(words, truncate=" …")


def search_everything(
    municipality: Municipality,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    kinds: Sequence[SearchKind] | None = None,
) -> list[KindResults]:
    """Every registered kind's results for `query` in `municipality`, in the kinds' order
    (kinds without a match too, with count 0). No terms (empty query, only stop words or
    punctuation): an empty list, and no query is run. One query for the town's synonyms,
    then each kind's fixed number."""
    terms = search_terms(query, municipality)
    if not terms:
        return []
    grouped = []
    for kind in search_kinds.all() if kinds is None else kinds:
        count, results = kind.search(municipality, terms, limit)
        grouped.append(
            KindResults(
                kind=kind, count=count, results=list(results)[:limit], more_url=kind.more_url(municipality, query)
            )
        )
    return grouped
