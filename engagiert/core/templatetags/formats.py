"""Template filters for numbers, hours, money and stored ISO dates in the reader's locale
(core.formatting): {% load formats %} {{ total|hours }} {{ amount|money }} {{ n|number }}
{{ row.first_date|short_date }}; {{ name|bdi }} for a name inside a translated sentence;
{{ org.description|meta_text }} for a <meta name="description">; {{ event.title|hyphenate }} for a
title in a narrow card."""

import functools
import html
import re

from django import template
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeData
from django.utils.text import Truncator

from engagiert.core import formatting

register = template.Library()

register.filter("number", formatting.number)
register.filter("hours", formatting.hours)
register.filter("money", formatting.money)
register.filter("short_date", formatting.short_date)


@register.filter(is_safe=True)
def bdi(value) -> str:
    """`value` escaped and isolated in <bdi> (a Latin name keeps its punctuation on its side
    in Arabic), for a name passed into {% blocktranslate with %}; empty stays empty."""
    return format_html("<bdi>{}</bdi>", value) if value not in (None, "") else ""


@register.filter
def meta_text(value, length: int = 160) -> str:
    """Rich text as plain text of at most `length` characters for a meta description (tags
    and entities resolved; the template escapes the result once)."""
    text = " ".join(html.unescape(strip_tags(value or "")).split())
    return Truncator(text).chars(length)


LONG_WORD = re.compile(r"[^\W\d_]{12,}")  # a word of 12 letters or more
SOFT_HYPHEN = "\u00ad"


@functools.cache
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="de_DE")


@functools.lru_cache(maxsize=4096)
def _hyphenated(word: str) -> str:
    return _dictionary().inserted(word, hyphen=SOFT_HYPHEN)


@register.filter
def hyphenate(value):
    """Soft hyphens at the syllables of long words (German rules: the content's language), so
    that "Stadtteilspaziergang" breaks as "Stadtteil-spaziergang" in a narrow card in every
    browser; CSS `hyphens: auto` needs a dictionary that many browsers lack, and breaking
    anywhere else splits a word at any letter. Plain text only: markup comes back as it is.
    The template escapes the result as usual."""
    if value is None or isinstance(value, SafeData):
        return value
    return LONG_WORD.sub(lambda m: _hyphenated(m.group()), str(value))
