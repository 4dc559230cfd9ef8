"""The one search helper: German-aware tokens for a portable term index.

Text is lower-cased, umlauts and ß are folded, stop words dropped and each word stemmed
with the Snowball German stemmer. The same function runs on indexed text and on the
query, and matching is by prefix of the stem, so "Vereine" finds "Verein", "Senioren"
finds "Seniorenarbeit" and "Rosslau" finds "Roßlau" — on SQLite and PostgreSQL alike,
because the database only compares plain strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

import snowballstemmer
from django.db import connection
from django.db.models import CharField, Max, Q, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Collate
from django.db.models.lookups import Lookup, StartsWith

TERM_MAX_LENGTH = 64
MAX_QUERY_TERMS = 8
# Synonyms a query term is widened by at most (core.synonyms), the term included.
MAX_ALTERNATIVES = 8
# Terms shorter than this match exactly; longer ones match as prefixes.
PREFIX_MIN_LENGTH = 3

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP_WORDS = frozenset(
    """
    a ab als am an auch auf aus bei bin bis da damit das dass dem den der des die dies diese
    du durch ein eine einem einen einer eines er es fur hat ich ihr im in ist ja kann konnen
    mit nach nicht noch oder sich sie sind so und uns unter vom von vor was wer wie wir wird
    zu zum zur uber helfen hilft
    the of and for with to in on at by an or
    """.split()
)


_STEMMER = snowballstemmer.stemmer("german")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """The Snowball stemmer is pure Python; most words repeat, so remember them."""
    return _STEMMER.stemWord(word)[:TERM_MAX_LENGTH]


def fold(text: str) -> str:
    """Lower-case, ß→ss, strip accents from Latin letters; other scripts stay as they are."""
    text = text.lower().replace("ß", "ss").replace("ẞ", "ss")
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def tokens(text: str) -> list[str]:
    """Stemmed, folded words of `text` without stop words."""
    words = (fold(w) for w in _WORD.findall(text or ""))
    return [_stem(w) for w in words if w not in _STOP_WORDS and len(w) > 1]


def weighted_terms(fields: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Index terms with the highest weight of any field they occur in."""
    terms: dict[str, int] = {}
    for text, weight in fields:
        for term in tokens(text):
            if terms.get(term, 0) < weight:
                terms[term] = weight
    return terms


def query_terms(query: str) -> list[str]:
    """Distinct terms of a user's query, in order, at most MAX_QUERY_TERMS."""
    seen: dict[str, None] = {}
    for term in tokens(query):
        seen.setdefault(term, None)
    return list(seen)[:MAX_QUERY_TERMS]


# A query term with the terms it also finds (core.synonyms): the first is the term itself.
Term = str | tuple[str, ...]


def expand(terms: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> list[Term]:
    """`terms` with their synonyms: a term with synonyms becomes the tuple (term, *synonyms),
    matched as "any of them"; the others stay plain strings. At most MAX_ALTERNATIVES each."""
    expanded: list[Term] = []
    for term in terms:
        more = [s for s in synonyms.get(term, ()) if s != term]
        expanded.append((term, *more)[:MAX_ALTERNATIVES] if more else term)
    return expanded


def search_terms(query: str, municipality=None) -> list[Term]:
    """The terms of a user's query, each widened by the town's synonyms (core.synonyms; one
    query per request, none without a municipality or without terms)."""
    terms = query_terms(query)
    if not terms or municipality is None:
        return list(terms)
    from engagiert.core.synonyms import synonyms_of  # core.models imports this module

    return expand(terms, synonyms_of(municipality))


def alternatives(term: Term) -> tuple[str, ...]:
    """The terms a query term matches any of."""
    return (term,) if isinstance(term, str) else tuple(term)


def term_condition(field: str, term: Term) -> Q:
    """A Q matching `term` (or any of its alternatives) on `field`, as `term_lookup` does."""
    condition = Q()
    for alternative in alternatives(term):
        condition |= Q(**term_lookup(field, alternative))
    return condition


class Prefix(Lookup):
    """`field__prefix=term`: like `startswith`, but one an index can serve on both databases.
    PostgreSQL uses LIKE 'term%' (varchar_pattern_ops indexes); SQLite's LIKE ignores case and
    so never uses an index, while a range on the (binary) string order does."""

    lookup_name = "prefix"

    def as_sql(self, compiler, connection):
        return StartsWith(self.lhs, self.rhs).as_sql(compiler, connection)

    def as_sqlite(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} >= %s AND {lhs} < %s", (*lhs_params, self.rhs, self.rhs + "\U0010ffff")


def term_lookup(field: str, term: str) -> dict[str, str]:
    """ORM lookup kwargs matching `term` on `field`: prefix for longer terms, exact for short."""
    if len(term) >= PREFIX_MIN_LENGTH:
        return {f"{field}__prefix": term}
    return {field: term}


def sort_key(text: str) -> str:
    """A name folded for sorting: "Ökumene" sorts with "Okapi", as German readers expect."""
    return fold(text).strip()


def _bytewise_collation() -> str:
    return "C" if connection.vendor == "postgresql" else "BINARY"


def bytewise(field: str) -> Collate:
    """Order by `field` byte by byte, so SQLite and PostgreSQL (whatever its locale) agree."""
    return Collate(field, _bytewise_collation())


def matches_sql(terms: QuerySet, *, owner: str, query: Sequence[Term]) -> tuple[str, tuple]:
    """SQL of `SELECT <owner>, score` over a term table: the owners matching every term of
    `query`, scored by the summed weight of the best field each term matched in. A term with
    synonyms (a tuple, see `expand`) matches any of them.

    Each term is aggregated on the term table alone (one index range per term; on PostgreSQL
    an index-only scan, the term indexes hold owner and weight), and the per-term results
    are joined on the owner. `terms` is the term table already narrowed to a scope (say a
    municipality); the caller joins the result to its own rows. Column names: `owner`, `score`.
    """
    branches = [
        terms.filter(term_condition("term", term))
        .values(owner)
        .annotate(score=Max("weight"))
        .values(owner, "score")
        .order_by()
        .query.sql_with_params()
        for term in query
    ]
    if len(branches) == 1:
        return branches[0]
    # Identifiers are ours; every user value is a parameter.
    score = " + ".join(f"t{i}.score" for i in range(len(branches)))
    joins = " ".join(f"JOIN ({sql}) t{i} ON t{i}.{owner} = t0.{owner}" for i, (sql, _p) in enumerate(branches) if i)
    sql = f"SELECT t0.{owner} AS {owner}, {score} AS score FROM ({branches[0][0]}) t0 {joins}"  # noqa: S608
    return sql, tuple(p for _sql, params in branches for p in params)


def owners_of(matches: tuple[str, tuple], *, owner: str) -> RawSQL:
    """The owners of `matches_sql` as a subquery, for `filter(pk__in=...)`."""
    return RawSQL(f"SELECT {owner} FROM ({matches[0]}) hits", matches[1])  # noqa: S608, S611


def collate_bytewise() -> str:
    """The COLLATE clause of `bytewise`, for hand-written ORDER BY."""
    return f'COLLATE "{_bytewise_collation()}"'


class RankedResults:
    """Search results best first, fetched a page at a time: what `Paginator` and django-ninja's
    pagination need (`count()`, `len()`, slicing), without ranking in Python.

    `matches` comes from `matches_sql`; `candidates` is the owner's queryset with every other
    filter applied (published, facets); ties are ordered by the `order` fields ("-" for
    descending; text byte by byte), then by primary key. `load` adds what the list shows
    (select/prefetch) to the page's queryset.

    A page's query also counts all results (a window function), so the matches are ranked once
    per request: `count()` before any slice reads the first `page_size` results with it."""

    def __init__(
        self,
        *,
        matches: tuple[str, tuple],
        owner: str,
        candidates: QuerySet,
        order: Sequence[str],
        load: Callable[[QuerySet], QuerySet] = lambda qs: qs,
        page_size: int = 20,
    ) -> None:
        self.model = candidates.model
        self.load = load
        self.page_size = page_size
        fields = [name.removeprefix("-") for name in order]
        cand_sql, cand_params = candidates.values("pk", *fields).order_by().query.sql_with_params()
        ties = ", ".join(self._order_by(name) for name in order)
        self.sql = (
            f"SELECT hits.{owner}, hits.score, COUNT(*) OVER () "  # noqa: S608 - identifiers are ours
            f"FROM ({matches[0]}) hits JOIN ({cand_sql}) candidates ON candidates.pk = hits.{owner} "
            f"ORDER BY hits.score DESC, {ties}, hits.{owner} LIMIT %s OFFSET %s"
        )
        self.params = (*matches[1], *cand_params)
        self._count: int | None = None
        self._pages: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def _order_by(self, name: str) -> str:
        column = name.removeprefix("-")  # as `values()` names it
        text = isinstance(self.model._meta.get_field(column), CharField | TextField)
        collate = f" {collate_bytewise()}" if text else ""
        return f"candidates.{column}{collate}{' DESC' if name.startswith('-') else ''}"

    def _rows(self, start: int, limit: int) -> list[tuple[int, int]]:
        for (first, size), rows in self._pages.items():  # a page read before covers it
            if first <= start and (start + limit <= first + size or len(rows) < size):
                return rows[start - first : start - first + limit]
        if (start, limit) not in self._pages:
            with connection.cursor() as cursor:
                cursor.execute(self.sql, (*self.params, limit, start))
                rows = cursor.fetchall()
            if rows:
                self._count = rows[0][2]
            elif start == 0:
                self._count = 0
            self._pages[start, limit] = [(pk, score) for pk, score, _total in rows]
        return self._pages[start, limit]

    def count(self) -> int:
        if self._count is None:
            self._rows(0, self.page_size)
        return self._count

    __len__ = count

    def __getitem__(self, index: slice):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("RankedResults supports slices only")
        start = index.start or 0
        limit = 2**62 if index.stop is None else max(index.stop - start, 0)  # no LIMIT ALL in SQLite
        if limit == 0:
            return []
        scores = dict(self._rows(start, limit))
        objects = {obj.pk: obj for obj in self.load(self.model._default_manager.filter(pk__in=scores))}
        for pk, obj in objects.items():
            obj.score = scores[pk]
        return [objects[pk] for pk in scores if pk in objects]

    def __iter__(self):
        return iter(self[0:])
