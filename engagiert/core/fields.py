"""Fields with rules of their own, for models and forms: RichTextField (HTML sanitised with nh3
on every save, whoever writes it), PostcodeField (German postcode) and PhoneField."""

from __future__ import annotations

import nh3
from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

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


# --- Postcode and phone number -----------------------------------------------------------------
# ASCII digits only: \d would also take Arabic-Indic or full-width digits.

validate_postcode = RegexValidator(
    r"\A[0-9]{5}\Z", message=_("Bitte geben Sie eine fünfstellige Postleitzahl ein."), code="invalid"
)
validate_phone = RegexValidator(
    r"\A(?=(?:[^0-9]*[0-9]){3})[0-9 +()/-]{4,40}\Z",
    message=_("Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden."),
    code="invalid",
)


class _CheckedFormField(forms.CharField):
    """A text form field with its own validators, label and width."""

    label_text = ""
    width = 0

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", self.label_text)
        kwargs.setdefault("max_length", self.width)
        super().__init__(**kwargs)


class PostcodeFormField(_CheckedFormField):
    """Form field of a German postcode: five ASCII digits."""

    default_validators = [validate_postcode]
    label_text = _("PLZ")
    width = 10  # the columns' width; the validator allows five digits


class PhoneFormField(_CheckedFormField):
    """Form field of a phone number: at least three ASCII digits, spaces and + ( ) / -."""

    default_validators = [validate_phone]
    label_text = _("Telefon")
    width = 40


class _CheckedField(models.CharField):
    """A text column with its form field's validators and width; forms get that form field."""

    form_class: type[_CheckedFormField]

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("max_length", self.form_class.width)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": self.form_class, **kwargs})


class PostcodeField(_CheckedField):
    """A German postcode (five ASCII digits) in a model; its form field is PostcodeFormField."""

    default_validators = [validate_postcode]
    form_class = PostcodeFormField


class PhoneField(_CheckedField):
    """A phone number in a model (ASCII digits, spaces and + ( ) / -); its form field is PhoneFormField."""

    default_validators = [validate_phone]
    form_class = PhoneFormField
