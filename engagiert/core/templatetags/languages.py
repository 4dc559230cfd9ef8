"""{% load languages %} {{ code|language }}: a stored language code as the language's name in
the reader's language with its own name ("Arabisch (العربيّة)", core.languages)."""

from django import template

from engagiert.core.languages import language_label

register = template.Library()


@register.filter(is_safe=True)
def language(code: str) -> str:
    return language_label(code)
