"""Template filters for numbers, hours, money and stored ISO dates in the reader's locale
(core.formatting): {% load formats %} {{ total|hours }} {{ amount|money }} {{ n|number }}
{{ row.first_date|short_date }}; {{ name|bdi }} for a name inside a translated sentence;
{{ org.description|meta_text }} for a <meta name="description">."""

import html

from django import template
from django.utils.html import format_html, strip_tags
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
