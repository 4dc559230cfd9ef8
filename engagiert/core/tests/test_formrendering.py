"""The project's form renderer writes <select> in Python: the markup must be byte for byte what
Django's own templates give, for every kind of choice, label and attribute."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from engagiert.core import formrendering
from engagiert.core.formrendering import Renderer

CHOICES = [
    ("", gettext_lazy("Alle")),
    ("a", "A & B <script>"),
    ("safe", mark_safe("<b>fett</b>")),
    (3, 4.5),
    (Decimal("1.5"), dt.date(2026, 12, 7)),
    (None, None),
    ("Gruppe", [("x", "X"), ("y", '"Y"')]),
    ("", [("leer", "ohne Gruppenname")]),
]


def both(widget: forms.Widget, value) -> tuple[str, str]:
    return (
        widget.render("feld", value, attrs={"id": "id_feld"}, renderer=DjangoTemplates()),
        widget.render("feld", value, attrs={"id": "id_feld"}, renderer=Renderer()),
    )


@pytest.mark.parametrize("language", ["de", "en", "ar"])
@pytest.mark.parametrize(
    "widget, value",
    [
        (forms.Select(choices=CHOICES), "x"),
        (forms.Select(choices=CHOICES), None),
        (forms.Select(choices=CHOICES, attrs={"class": "k", "required": True, "disabled": False, "data-n": 2}), "a"),
        (forms.SelectMultiple(choices=CHOICES), ["a", "y", 3]),
        (forms.NullBooleanSelect(), True),
        (forms.Select(choices=[]), ""),
        (forms.Select(choices=CHOICES, attrs={"aria-label": gettext_lazy("Sprache"), "title": 'a "b" & c'}), ""),
    ],
)
def test_select_markup_is_djangos(widget, value, language):
    with translation.override(language):
        django_html, ours = both(widget, value)
    assert ours == django_html


def test_the_fast_path_is_taken(monkeypatch):
    seen = []
    monkeypatch.setattr(formrendering, "select_html", lambda widget: seen.append(widget) or "<select></select>")
    html = forms.Select(choices=CHOICES).render("feld", "a", renderer=Renderer())
    assert html == "<select></select>" and len(seen) == 1


def test_an_option_template_of_its_own_goes_through_the_templates():
    class Own(forms.Select):
        option_template_name = "django/forms/widgets/select_option.html#own"

    assert formrendering.select_html(Own(choices=CHOICES).get_context("feld", "a", {})["widget"]) is None


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(
    "widget, value",
    [
        (forms.TextInput(), 'Ein "Wert" & <b>'),
        (forms.TextInput(attrs={"class": "k", "required": True, "disabled": False, "maxlength": 120}), None),
        (forms.TextInput(), mark_safe("<i>sicher</i>")),
        (forms.EmailInput(attrs={"autocomplete": "email", "placeholder": gettext_lazy("E-Mail-Adresse")}), "a@b.de"),
        (forms.PasswordInput(), "geheim"),
        (forms.PasswordInput(render_value=True), "geheim"),
        (forms.NumberInput(attrs={"step": Decimal("0.25"), "min": 0}), Decimal("1.5")),
        (forms.NumberInput(), 4.5),
        (forms.URLInput(), "https://example.org/?a=1&b=2"),
        (forms.HiddenInput(), 0),
        (forms.DateInput(attrs={"type": "date"}), dt.date(2026, 12, 7)),
        (forms.DateTimeInput(), dt.datetime(2026, 12, 7, 14, 30)),
        (forms.TimeInput(), dt.time(9, 5)),
        (forms.CheckboxInput(), True),
        (forms.CheckboxInput(), False),
        (forms.CheckboxInput(attrs={"aria-describedby": "hilfe"}), "on"),
        (forms.Textarea(), 'Zeile 1\nZeile <2> & "3"'),
        (forms.Textarea(attrs={"rows": 3}), ""),
        (forms.Textarea(), None),
        (forms.CheckboxSelectMultiple(choices=CHOICES), ["a", "y", 3]),
        (forms.CheckboxSelectMultiple(choices=[]), []),
        (forms.RadioSelect(choices=CHOICES), "safe"),
        (forms.RadioSelect(choices=CHOICES, attrs={"class": "k", "required": True}), None),
    ],
)
def test_input_markup_is_djangos(widget, value, language):
    with translation.override(language):
        django_html, ours = both(widget, value)
    assert ours == django_html


def test_a_group_option_without_an_id_and_without_its_label_wrapped_is_djangos():
    widget = forms.CheckboxSelectMultiple(choices=CHOICES)
    for option in widget.get_context("feld", ["a"], {})["widget"]["optgroups"][1][1]:
        unwrapped = {**option, "wrap_label": False}
        for data in (option, unwrapped, {**option, "attrs": {}}):
            expected = DjangoTemplates().render(option["template_name"], {"widget": data})
            assert Renderer().render(option["template_name"], {"widget": data}) == expected


def test_the_fast_path_is_taken_for_inputs(monkeypatch):
    seen = []
    monkeypatch.setattr(formrendering, "input_html", lambda widget: seen.append(widget) or "<input>")
    assert forms.EmailInput().render("feld", "a@b.de", renderer=Renderer()) == "<input>" and len(seen) == 1
