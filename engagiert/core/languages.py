"""The platform's languages (settings.LANGUAGES), in one place: their codes, and the columns
django-modeltranslation keeps for a translated field (title_de, title_en, ...)."""

from __future__ import annotations

from django.conf import settings


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
