"""The platform's languages (settings.LANGUAGES), in one place: their codes, and the columns
django-modeltranslation keeps for a translated field (title_de, title_en, ...); and the
languages people speak (SPOKEN_LANGUAGES), with their names, for the "Sprachen" of events,
offers and contacts (core.forms.LanguagesField)."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language_info, pgettext_lazy


def language_codes() -> list[str]:
    """The codes of the platform's languages, German first."""
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of the platform's languages, for a model field's or a form's choices."""
    return list(settings.LANGUAGES)


def localized(*fields: str) -> tuple[str, ...]:
    """The per-language columns of translated fields, field by field in language order:
    localized("title") == ("title_de", "title_en", "title_ar", "title_uk")."""
    return tuple(f"{field}_{code}" for field in fields for code in language_codes())


# Languages people speak in German towns, for "Sprachen" of events, offers and contacts:
# (code, the language's own name, its name in German where Django's catalogue lacks it or our
# catalogue shadows it: "English" is the switcher's label). Stored
# as codes (ISO 639-1, else 639-3 such as prs for Dari); the reader sees the name in their
# language, then the language's own name: "Arabisch (العربيّة)".
SPOKEN_LANGUAGES: tuple[tuple[str, str, Any], ...] = (
    ("de", "Deutsch", pgettext_lazy("language", "Deutsch")),
    ("en", "English", pgettext_lazy("language", "Englisch")),
    ("ar", "العربيّة", pgettext_lazy("language", "Arabisch")),
    ("uk", "Українська", pgettext_lazy("language", "Ukrainisch")),
    ("ru", "Русский", None),
    ("tr", "Türkçe", None),
    ("fa", "فارسی", None),
    ("prs", "دری", pgettext_lazy("language", "Dari")),
    ("ps", "پښتو", pgettext_lazy("language", "Paschtu")),
    ("ku", "Kurdî", pgettext_lazy("language", "Kurdisch")),
    ("ti", "ትግርኛ", pgettext_lazy("language", "Tigrinya")),
    ("am", "አማርኛ", pgettext_lazy("language", "Amharisch")),
    ("so", "Soomaali", pgettext_lazy("language", "Somali")),
    ("fr", "Français", None),
    ("es", "Español", None),
    ("it", "Italiano", None),
    ("pt", "Português", None),
    ("pl", "Polski", None),
    ("ro", "Română", None),
    ("bg", "Български", None),
    ("hu", "Magyar", None),
    ("cs", "Čeština", None),
    ("el", "Ελληνικά", None),
    ("sq", "Shqip", None),
    ("sr", "Српски", None),
    ("hr", "Hrvatski", None),
    ("bs", "Bosanski", None),
    ("vi", "Tiếng Việt", None),
    ("zh", "中文", pgettext_lazy("language", "Chinesisch")),
    ("hi", "हिन्दी", None),
    ("ur", "اردو", None),
)
_SPOKEN = {code: (own, name) for code, own, name in SPOKEN_LANGUAGES}
# A stored code: two or three letters, optionally a region or script ("pt-br", "zh-hans").
CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def language_name(code: str) -> str:
    """The language's name in the reader's language ("Arabisch" on a German page); an unknown
    code stays the code."""
    code = code.strip().lower()
    own_name = _SPOKEN.get(code, (None, None))[1]
    if own_name is not None:
        return str(own_name)
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def language_label(code: str, *, html: bool = True) -> str:
    """The name in the reader's language with the language's own name after it, the own name
    marked with its language: "Arabisch (<span lang="ar" dir="auto">العربيّة</span>)" (safe
    HTML); with html=False plain text for a <select>'s options: "Arabisch (العربيّة)"."""
    code = code.strip().lower()
    name = language_name(code)
    own = _SPOKEN.get(code, (None, None))[0]
    if own is None:
        try:
            own = get_language_info(code)["name_local"]
        except KeyError:
            own = None
    if not own:
        return format_html("{}", name) if html else name
    if own.casefold() == name.casefold():  # the reader's own language
        return format_html('<span lang="{}">{}</span>', code, own) if html else own
    if not html:
        return f"{name} ({own})"
    return format_html('{} (<span lang="{}" dir="auto">{}</span>)', name, code, own)


def split_codes(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """Stored language codes ("de, ar" or "de,ar") as a list, lower case, without blanks and
    repeats, in their order."""
    items = value.split(",") if isinstance(value, str) else (value or [])
    codes: list[str] = []
    for item in items:
        code = str(item).strip().lower()
        if code and code not in codes:
            codes.append(code)
    return codes


def spoken_language_choices(*, keep: list[str] | tuple[str, ...] = (), html: bool = True) -> list[tuple[str, str]]:
    """(code, label) of SPOKEN_LANGUAGES, by their name in the reader's language, German first;
    codes in `keep` that the list lacks (stored earlier) are added, so they are not lost.
    Labels as language_label(): HTML for checkboxes, plain text (html=False) for a <select>."""
    known = [code for code, _own, _name in SPOKEN_LANGUAGES]
    extra = [code for code in keep if code not in known]
    rest = sorted((c for c in known + extra if c != "de"), key=lambda c: language_name(c).casefold())
    return [(code, language_label(code, html=html)) for code in ["de", *rest]]
