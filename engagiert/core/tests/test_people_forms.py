"""Forms written for people: languages chosen by name and stored as codes (LanguagesField),
and the Picker widget for long lists (core.forms)."""

from __future__ import annotations

import re

from django import forms
from django.utils import translation

from engagiert.core.forms import LanguagesField, Picker
from engagiert.core.languages import SPOKEN_LANGUAGES, language_label, spoken_language_choices


class LanguagesForm(forms.Form):
    languages = LanguagesField(required=False, max_length=20)


def test_the_list_names_each_language_in_the_readers_language_and_in_itself():
    assert len(SPOKEN_LANGUAGES) >= 25
    with translation.override("de"):
        choices = dict(spoken_language_choices())
        assert list(choices)[0] == "de" and str(choices["de"]) == '<span lang="de">Deutsch</span>'
        assert str(choices["ar"]) == 'Arabisch (<span lang="ar" dir="auto">العربيّة</span>)'
        assert "Dari" in choices["prs"] and "Tigrinya" in choices["ti"]
        assert language_label("tr", html=False) == "Türkisch (Türkçe)"
    with translation.override("en"):
        assert language_label("tr", html=False) == "Turkish (Türkçe)"  # Django's names where it has them


def test_languages_round_trip_and_an_unknown_stored_code_is_kept():
    with translation.override("de"):
        html = str(LanguagesForm(initial={"languages": "de, tw"})["languages"])
    assert re.search(r'value="de"[^>]*checked', html) and re.search(r'value="tw"[^>]*checked', html)
    assert html.count("checked") == 2 and 'value="ar"' in html  # the unknown tw is offered, checked
    assert html.index('value="de"') < html.index('value="tw"') < html.index('value="sq"')  # chosen first
    with translation.override("de"):
        html = str(LanguagesForm(initial={"languages": "ar, de"})["languages"])
    assert html.index('value="ar"') < html.index('value="de"') < html.index('value="sq"')  # in stored order
    form = LanguagesForm(data={"languages": ["de", "tw", "ar"]})
    assert form.is_valid() and form.cleaned_data["languages"] == "de,tw,ar"
    stored_text = LanguagesForm(data={"languages": ["de, ar"]})  # the stored text, sent by a script
    assert stored_text.is_valid() and stored_text.cleaned_data["languages"] == "de,ar"
    assert not LanguagesForm(initial={"languages": "de, ar"}, data={"languages": ["ar", "de"]}).has_changed()
    assert LanguagesForm(initial={"languages": "de, ar"}, data={"languages": ["de"]}).has_changed()


def test_bad_language_input_is_refused():
    bad = LanguagesForm(data={"languages": ["deutsch"]})
    assert not bad.is_valid() and "„deutsch“ ist kein Sprachkürzel." in bad.errors["languages"]
    too_many = LanguagesForm(data={"languages": ["de", "en", "ar", "uk", "ru", "tr", "fa", "ps"]})
    assert not too_many.is_valid() and "Bitte wählen Sie weniger Sprachen." in too_many.errors["languages"]

    class Required(forms.Form):
        languages = LanguagesField()

    assert "Bitte wählen Sie mindestens eine Sprache." in Required(data={}).errors["languages"]


def test_the_picker_is_a_plain_list_of_checkboxes_with_a_hidden_filter_and_its_script():
    class OrganisationsForm(forms.Form):
        organisations = forms.MultipleChoiceField(
            choices=[(str(n), f"Verein {n}") for n in range(30)], widget=Picker(filter_label="Organisation suchen")
        )

    form = OrganisationsForm(initial={"organisations": ["3"]})
    html = str(form["organisations"])
    assert html.count('type="checkbox"') == 30 and html.count("checked") == 1
    assert html.index('value="3"') < html.index('value="0"')  # the chosen first
    assert '<div class="picker-filter" hidden>' in html and 'type="search"' in html
    assert '<label for="id_organisations_filter">Organisation suchen</label>' in html
    assert 'name="organisations_filter"' not in html and "name=" not in html.split('type="search"')[1].split(">")[0]
    assert '<script src="/static/core/picker.js" defer></script>' in str(form.media)
