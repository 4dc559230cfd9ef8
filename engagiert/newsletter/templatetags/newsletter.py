"""Template filters of the newsletter's mails."""

from __future__ import annotations

import html
import re

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def as_plain_text(value: str) -> str:
    """Sanitised HTML of an issue as plain text for the text part: paragraphs and line
    breaks kept, links written out."""
    text = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', r"\2 (\1)", value or "", flags=re.S)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</(p|li|h3|h4|blockquote)>", "\n\n", text)
    text = re.sub(r"<li>", "- ", text)
    return re.sub(r"\n{3,}", "\n\n", html.unescape(strip_tags(text))).strip()
