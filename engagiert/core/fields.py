"""RichTextField: HTML that is sanitised with nh3 on every save, whoever writes it."""

from __future__ import annotations

import nh3
from django.db import models

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def sanitize_html(value: str) -> str:
    return nh3.clean(value or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="noopener nofollow")


def _stored_per_language(field: models.Field) -> bool:
    """Whether `field` is the original of fields stored per language (modeltranslation, see the
    apps' translation.py). Its attribute is then no value of its own: reading gives the current
    language's text, or the German one as fallback, and writing sets the current language's field."""
    from modeltranslation.fields import TranslationField
    from modeltranslation.translator import NotRegistered, translator

    if isinstance(field, TranslationField):  # description_de, description_en, ...: real fields
        return False
    try:
        return field.name in translator.get_options_for_model(field.model).all_fields
    except NotRegistered:
        return False


class RichTextField(models.TextField):
    def pre_save(self, model_instance, add):
        if _stored_per_language(self):
            # Each language's field sanitises itself. Going through the attribute here would copy
            # the German fallback into the current language's field (a save with an English
            # interface would freeze the German text as "English"); the column of the original
            # field keeps the default language's text.
            from modeltranslation.settings import DEFAULT_LANGUAGE
            from modeltranslation.utils import build_localized_fieldname

            return sanitize_html(getattr(model_instance, build_localized_fieldname(self.attname, DEFAULT_LANGUAGE)))
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
