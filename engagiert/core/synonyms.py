"""Synonyms of a town's search: the coordinator's list of words that find other words too.

Semantics (one-directional): an entry "Flüchtlinge: Geflüchtete, Integration" makes a query
word whose stem equals the entry's stem ("Flüchtlinge", "Fluechtlinge", "Flüchtling") match
anything that matches the word itself OR one of the synonyms (each matched as the query
words are: folded, stemmed, by prefix). "Integration" does not find "Flüchtlinge" unless its
own entry says so: a group would make a broad word ("Integration") pull in every narrow one.
The query's words are still all required; synonyms widen each word, never the query.

Every town starts with the platform's suggestions (DEFAULT_SYNONYMS, added when a town is
created and by the migration that brought this feature); the coordinator edits the list at
/<town>/einstellungen/suche/ (one line per entry), platform admins in the Django admin."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from engagiert.core import audit
from engagiert.core.models import Municipality, SearchSynonym
from engagiert.core.search import tokens

MAX_ENTRIES = 200
MAX_SYNONYMS = 10  # per entry
WORD_MAX_LENGTH = 60

# The platform's suggestions for every town: (word, synonyms). Each a single word.
DEFAULT_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Flüchtlinge", ("Geflüchtete", "Integration", "Migration", "Asyl")),
    ("Geflüchtete", ("Flüchtlinge", "Integration", "Asyl")),
    ("Migranten", ("Migration", "Zuwanderung", "Integration")),
    ("Ehrenamt", ("Engagement", "Freiwillige")),
    ("Freiwillige", ("Ehrenamt", "Engagement")),
    ("Engagement", ("Ehrenamt", "Freiwillige")),
    ("Senioren", ("Rentner", "Hochbetagte", "Generationen")),
    ("Kinder", ("Familie", "Kita")),
    ("Jugendliche", ("Auszubildende", "Schüler")),
    ("Behinderung", ("Inklusion", "Barrierefreiheit", "Teilhabe")),
    ("Inklusion", ("Behinderung", "Barrierefreiheit", "Teilhabe")),
    ("Umwelt", ("Natur", "Klima", "Nachhaltigkeit")),
    ("Deutschkurs", ("Sprachkurs", "Sprachcafé")),
    ("Übersetzung", ("Dolmetschen", "Sprachmittlung")),
    ("Nachbarschaft", ("Quartier", "Stadtteil", "Begegnung")),
    ("Demokratie", ("Beteiligung", "Toleranz", "Vielfalt")),
    ("Rassismus", ("Diskriminierung", "Vielfalt")),
    ("Einsamkeit", ("Begegnung", "Besuchsdienst")),
    ("Nachhilfe", ("Lernhilfe", "Hausaufgabenhilfe")),
    ("Spenden", ("Sachspenden", "Kleiderkammer", "Tafel")),
)


class SynonymError(ValueError):
    """A line of the coordinator's list that cannot be read (the message says why)."""


@dataclass(frozen=True)
class Entry:
    word: str
    synonyms: tuple[str, ...]

    @property
    def key(self) -> str:
        return stem_of(self.word)

    @property
    def line(self) -> str:
        return f"{self.word}: {', '.join(self.synonyms)}"


def stem_of(word: str) -> str:
    """The one search term of a single word ("" if it has none, e.g. a stop word)."""
    found = tokens(word)
    return found[0] if len(found) == 1 else ""


def _single_word(word: str, *, line: int) -> str:
    word = word.strip()
    if not word:
        raise SynonymError(_("Zeile %(line)s: Ein Wort fehlt (zwei Kommas hintereinander?).") % {"line": line})
    if len(word) > WORD_MAX_LENGTH:
        raise SynonymError(
            _("Zeile %(line)s: „%(word)s…“ ist zu lang (höchstens %(max)s Zeichen).")
            % {"line": line, "word": word[:20], "max": WORD_MAX_LENGTH}
        )
    found = tokens(word)
    if len(found) > 1:
        raise SynonymError(
            _("Zeile %(line)s: „%(word)s“ ist mehr als ein Wort. Bitte ohne Leer- und Bindestriche.")
            % {"line": line, "word": word}
        )
    if not found:
        raise SynonymError(
            _("Zeile %(line)s: „%(word)s“ ist zu kurz oder ein Füllwort und wird nicht gesucht.")
            % {"line": line, "word": word}
        )
    return word


_SEPARATOR = re.compile(r"\s*(?::|=|->|→)\s*")


def parse(text: str) -> list[Entry]:
    """The entries of the coordinator's list: one line "Wort: Synonym, Synonym" each (":",
    "=" or "→" between them); empty lines are skipped. Raises SynonymError naming the first
    line that cannot be read."""
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    lines = (text or "").replace("\x00", "").splitlines()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        parts = _SEPARATOR.split(raw.strip(), maxsplit=1)
        if len(parts) != 2 or not parts[1].strip():
            raise SynonymError(
                _("Zeile %(line)s: Bitte schreiben Sie „Suchwort: Synonym, Synonym“.") % {"line": number}
            )
        word = _single_word(parts[0], line=number)
        synonyms = [_single_word(s, line=number) for s in parts[1].split(",")]
        if len(synonyms) > MAX_SYNONYMS:
            raise SynonymError(
                _("Zeile %(line)s: Höchstens %(max)s Synonyme je Suchwort.") % {"line": number, "max": MAX_SYNONYMS}
            )
        key = stem_of(word)
        if key in seen:
            raise SynonymError(
                _("Zeile %(line)s: „%(word)s“ steht schon in Zeile %(first)s.")
                % {"line": number, "word": word, "first": seen[key]}
            )
        seen[key] = number
        unique = tuple(dict.fromkeys(s for s in synonyms if stem_of(s) != key))
        if not unique:
            raise SynonymError(
                _("Zeile %(line)s: Die Synonyme sind dasselbe Wort wie „%(word)s“.") % {"line": number, "word": word}
            )
        entries.append(Entry(word=word, synonyms=unique))
    if len(entries) > MAX_ENTRIES:
        raise SynonymError(_("Höchstens %(max)s Suchwörter je Kommune.") % {"max": MAX_ENTRIES})
    return entries


def as_text(entries: Iterable[Entry]) -> str:
    """The list as the coordinator edits it: one line per entry."""
    return "\n".join(entry.line for entry in entries)


def entries_of(municipality: Municipality) -> list[Entry]:
    """The town's entries, by word: one query."""
    rows = SearchSynonym.objects.filter(municipality=municipality).order_by("word", "pk")
    return [Entry(word=row.word, synonyms=tuple(_split(row.synonyms))) for row in rows]


def _split(synonyms: str) -> list[str]:
    return [s.strip() for s in synonyms.split(",") if s.strip()]


def synonyms_of(municipality: Municipality | None) -> dict[str, tuple[str, ...]]:
    """The town's synonyms as search terms: stem of a word -> stems of its synonyms. One
    query, once per request (remembered on the municipality object); None: no town, none."""
    if municipality is None:
        return {}
    cached = getattr(municipality, "_search_synonyms", None)
    if cached is None:
        cached = {}
        for key, synonyms in SearchSynonym.objects.filter(municipality=municipality).values_list("key", "synonyms"):
            stems = (stem_of(s) for s in _split(synonyms))
            cached[key] = tuple(dict.fromkeys(s for s in stems if s and s != key))
        municipality._search_synonyms = cached
    return cached


def _rows(municipality: Municipality, entries: Iterable[Entry]) -> list[SearchSynonym]:
    return [
        SearchSynonym(municipality=municipality, word=e.word, key=e.key, synonyms=", ".join(e.synonyms))
        for e in entries
    ]


@transaction.atomic
def replace_synonyms(*, municipality: Municipality, entries: list[Entry], actor) -> dict[str, list[str]]:
    """Make `entries` the town's synonym list (audited with the words added, changed and
    removed); returns those words."""
    before = {e.key: e for e in entries_of(municipality)}
    after = {e.key: e for e in entries}
    changes = {
        "added": sorted(after[k].word for k in after.keys() - before.keys()),
        "removed": sorted(before[k].word for k in before.keys() - after.keys()),
        "changed": sorted(after[k].word for k in after.keys() & before.keys() if after[k] != before[k]),
    }
    SearchSynonym.objects.filter(municipality=municipality).delete()
    SearchSynonym.objects.bulk_create(_rows(municipality, entries))
    municipality.__dict__.pop("_search_synonyms", None)
    audit.record(
        actor=actor, action="core.search_synonyms", target=municipality, municipality=municipality, data=changes
    )
    return changes


def default_entries() -> list[Entry]:
    return [Entry(word=word, synonyms=synonyms) for word, synonyms in DEFAULT_SYNONYMS]


def add_default_synonyms(municipality: Municipality) -> int:
    """Add the platform's suggestions the town does not have yet (by word); returns how many."""
    have = set(SearchSynonym.objects.filter(municipality=municipality).values_list("key", flat=True))
    rows = _rows(municipality, [e for e in default_entries() if e.key not in have])
    SearchSynonym.objects.bulk_create(rows)
    municipality.__dict__.pop("_search_synonyms", None)
    return len(rows)


def set_up_town_synonyms(*, municipality: Municipality) -> None:
    """A new town's setup (core.registry.register_municipality_setup): the platform's synonyms,
    which its coordinator may change."""
    add_default_synonyms(municipality)
