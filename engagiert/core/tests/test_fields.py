from __future__ import annotations

import pytest
from django.apps import apps
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from engagiert.core.fields import RichTextField

LANGUAGES = ("de", "en", "ar", "uk")


def rich_text_fields(*, translated: bool) -> list[RichTextField]:
    """The RichTextFields declared in the models (not modeltranslation's per-language copies)."""
    found = []
    for model in apps.get_models():
        try:
            registered = translator.get_options_for_model(model).all_fields
        except NotRegistered:
            registered = {}
        for field in model._meta.concrete_fields:
            if type(field) is RichTextField and (field.name in registered) == translated:
                found.append(field)
    return found


def label(field) -> str:
    return f"{field.model._meta.label}.{field.name}"


def test_the_translated_rich_text_fields_are_all_covered():
    assert {label(f) for f in rich_text_fields(translated=True)} >= {
        "directory.Organisation.description",
        "directory.Programme.description",
        "directory.CooperationAgreement.description",
        "events.Event.description",
        "volunteering.Opportunity.description",
    }


@pytest.mark.parametrize("field", rich_text_fields(translated=True), ids=label)
@pytest.mark.parametrize("interface", ["en", "ar", "de"])
def test_saving_in_any_interface_language_sanitises_each_language_and_copies_none(field, interface):
    name = field.name
    instance = field.model(**{f"{name}_de": "<p>Deutsch</p><script>x()</script>", f"{name}_uk": "<b>Українська</b>"})
    stored = {}
    with translation.override(interface):
        for f in field.model._meta.concrete_fields:  # in the order Model.save asks them
            if f.name == name or f.name.startswith(f"{name}_"):
                stored[f.name] = f.pre_save(instance, add=True)
    assert stored == {
        name: "<p>Deutsch</p>",  # the original column holds the default language
        f"{name}_de": "<p>Deutsch</p>",
        f"{name}_en": "",  # not the German fallback
        f"{name}_ar": "",
        f"{name}_uk": "Українська",
    }
    assert [getattr(instance, f"{name}_{lang}") for lang in LANGUAGES] == ["<p>Deutsch</p>", "", "", "Українська"]


@pytest.mark.parametrize("field", rich_text_fields(translated=False), ids=label)
def test_an_untranslated_rich_text_field_is_sanitised_in_place(field):
    instance = field.model(**{field.name: '<p onclick="x()">Notiz</p><script>x()</script>'})
    with translation.override("en"):
        assert field.pre_save(instance, add=True) == "<p>Notiz</p>"
    assert getattr(instance, field.name) == "<p>Notiz</p>"
