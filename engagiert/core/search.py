"""The one search helper: German-aware tokens for a portable term index.

Text is lower-cased, umlauts and ß are folded, stop words dropped and each word stemmed
with the Snowball German stemmer. The same function runs on indexed text and on the
query, and matching is by prefix of the stem, so "Vereine" finds "Verein", "Senioren"
finds "Seniorenarbeit" and "Rosslau" finds "Roßlau" — on SQLite and PostgreSQL alike,
because the database only compares plain strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer
from django.db import connection
from django.db.models.functions import Collate

TERM_MAX_LENGTH = 64
MAX_QUERY_TERMS = 8
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


def term_lookup(field: str, term: str) -> dict[str, str]:
    """ORM lookup kwargs matching `term` on `field`: prefix for longer terms, exact for short."""
    if len(term) >= PREFIX_MIN_LENGTH:
        return {f"{field}__startswith": term}
    return {field: term}


def sort_key(text: str) -> str:
    """A name folded for sorting: "Ökumene" sorts with "Okapi", as German readers expect."""
    return fold(text).strip()


def bytewise(field: str) -> Collate:
    """Order by `field` byte by byte, so SQLite and PostgreSQL (whatever its locale) agree."""
    return Collate(field, "C" if connection.vendor == "postgresql" else "BINARY")
