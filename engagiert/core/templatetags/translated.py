"""Content stored per language (django-modeltranslation) shown in the reader's language, with
its fallback marked: {% load translated %}

    {% translated org "description" %}            rich text (sanitised on save), as a block
    {% translated opp "tasks" breaks=True %}      plain text, line breaks kept as <br>
    {% translated event "title" %}                plain text, inline
    {% translated field "name" as name %}         for {% blocktranslate with name=name %}
    {{ event|translated:"title"|bdi }}            the same as a filter (inside blocktranslate)
    <div{% fallback_attrs page "body" %}>          the marks alone, for an element of your own
                                                  (a StreamField's blocks: pass them into
                                                  {% include_block block with fallback=… %})

When the reader's language has no text of its own and German (the fallback) is shown, the text
is wrapped in an element with lang="de" (and dir="ltr" on a right-to-left page): screen
readers pronounce it as German, hyphenation follows German rules, and the text keeps its
direction in an Arabic page. Rich text is wrapped in a <div>, plain text in a <span>. Only for
HTML content: in attributes and <title> use the field itself ({{ event.title }})."""

from __future__ import annotations

from django import template
from django.db.models import Model
from django.template.defaultfilters import linebreaksbr
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_info
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order

from engagiert.core.fields import RichTextField

register = template.Library()


def source_language(obj: Model, field: str) -> str | None:
    """The language whose column supplies `obj.<field>` in the active language (the active
    language itself, or the fallback that filled in); None when the field is not translated
    or empty in every language."""
    try:
        options = translator.get_options_for_model(type(obj))
    except NotRegistered:
        return None
    if field not in options.all_fields:
        return None
    for lang in resolution_order(get_language(), getattr(options, "fallback_languages", None)):
        if _has_content(getattr(obj, build_localized_fieldname(field, lang), None)):
            return lang
    return None


def _has_content(value: object) -> bool:
    """Text, or a StreamField with blocks (an empty one is a StreamValue, not "")."""
    return value is not None and (len(value) > 0 if hasattr(value, "__len__") else True)


def _is_bidi(lang: str) -> bool:
    try:
        return bool(get_language_info(lang)["bidi"])
    except KeyError:
        return False


def _fallback(obj: Model, field: str) -> tuple[str, str] | None:
    """(lang, dir) for the element holding `obj.<field>` when another language's text fills in
    for the reader's (dir "" unless the page is right-to-left and the text is not); None when
    the field has text of the reader's language (or none at all)."""
    active = get_language()
    source = source_language(obj, field)
    if source is None or source == active:
        return None
    return source, "ltr" if _is_bidi(active) and not _is_bidi(source) else ""


@register.simple_tag
def translated(obj: Model | None, field: str, breaks: bool = False) -> SafeString:
    """`obj.<field>` in the reader's language, marked with lang (and dir) when it falls back."""
    if obj is None:
        return mark_safe("")
    value = getattr(obj, field, None)
    if value in (None, ""):
        return mark_safe("")
    rich = isinstance(obj._meta.get_field(field), RichTextField)
    if rich:
        html = mark_safe(value)  # noqa: S308 - sanitised by nh3 in RichTextField.pre_save
    elif breaks:
        html = linebreaksbr(value, autoescape=True)
    else:
        html = conditional_escape(value)
    fallback = _fallback(obj, field)
    if fallback is None:
        return html
    tag = "div" if rich else "span"
    return format_html("<{}{}>{}</{}>", tag, _attrs(*fallback), html, tag)


@register.simple_tag
def fallback_attrs(obj: Model | None, field: str) -> SafeString:
    """` lang="de"` (and ` dir="ltr"` on a right-to-left page) when `obj.<field>` is another
    language's text filling in for the reader's, else "": for an element the template writes
    itself, such as the blocks of a StreamField stored per language."""
    fallback = None if obj is None else _fallback(obj, field)
    return mark_safe("") if fallback is None else _attrs(*fallback)


def _attrs(lang: str, direction: str) -> SafeString:
    if direction:
        return format_html(' lang="{}" dir="{}"', lang, direction)
    return format_html(' lang="{}"', lang)


@register.filter(name="translated", is_safe=True)
def translated_filter(obj: Model | None, field: str) -> SafeString:
    """The same as a filter, for a value passed into a translated sentence:
    {% blocktranslate with title=event|translated:"title"|bdi %}…{{ title }}…{% endblocktranslate %}"""
    return translated(obj, field)
