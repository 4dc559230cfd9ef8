"""The card's e-mails: their texts go through gettext, and who is told what at each step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

EMAIL_TEMPLATES = sorted((Path(__file__).parents[1] / "templates" / "card" / "email").glob("*.txt"))


def untranslated_text(source: str) -> list[str]:
    """Literal text of a template outside {% translate %} and {% blocktranslate %}."""
    found, inside = [], False
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            inside = (inside or name == "blocktranslate") and name != "endblocktranslate"
        elif token.token_type == TokenType.TEXT and not inside and re.search(r"[^\W\d_]", token.contents):
            found.append(token.contents.strip())
    return found


def test_the_check_finds_hard_coded_text():
    assert untranslated_text("{% load i18n %}Guten Tag,\n{{ name }}") == ["Guten Tag,"]
    translated = '{% translate "Guten Tag," %} {% blocktranslate %}Hallo {{ x }}{% endblocktranslate %}'
    assert untranslated_text(translated) == []


@pytest.mark.parametrize("template", EMAIL_TEMPLATES, ids=lambda p: p.name)
def test_email_texts_go_through_gettext(template):
    assert EMAIL_TEMPLATES
    assert untranslated_text(template.read_text()) == []
