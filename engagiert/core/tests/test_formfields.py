"""core.formfields writes the fields of `_form.html` in Python: the markup must be byte for byte
what the template it replaced gives (templates/form_fields_reference.html), for every shape of
field (input, select, textarea, file, single checkbox, radio and checkbox groups, the pickers),
with and without errors and help texts, required or not, in German and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from allauth.account.forms import LoginForm, ResetPasswordForm, SignupForm
from django import forms
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from engagiert.core import formfields
from engagiert.core.forms import LanguagesField, Picker

REFERENCE = Template((Path(__file__).parent / "templates" / "form_fields_reference.html").read_text())


class EveryShape(forms.Form):
    name = forms.CharField(label="Name & <Vorname>", help_text=gettext_lazy("Wie Sie angesprochen werden möchten."))
    email = forms.EmailField(required=False)
    secret = forms.CharField(widget=forms.PasswordInput, help_text=mark_safe("<a href='/x'>vergessen?</a>"))
    kind = forms.ChoiceField(choices=[("a", "Verein"), ("b", "Initiative & Gruppe")])
    several = forms.MultipleChoiceField(choices=[("1", "Eins"), ("2", "Zwei")], required=False)
    text = forms.CharField(widget=forms.Textarea, required=False)
    upload = forms.FileField(required=False)
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    count = forms.IntegerField(min_value=1)
    agree = forms.BooleanField(label="Ich stimme zu", help_text="Sie können widerrufen.")
    optional = forms.BooleanField(required=False)
    radio = forms.ChoiceField(widget=forms.RadioSelect, choices=[("x", "Ja"), ("y", "Nein <nie>")])
    boxes = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple, choices=[("k", "Kultur"), ("s", "Sport")], required=False
    )
    picked = forms.MultipleChoiceField(
        widget=Picker(filter_label="Organisation suchen"), choices=[("o", "One Community"), ("t", "Tafel")]
    )
    languages = LanguagesField(required=False)
    hidden = forms.CharField(widget=forms.HiddenInput, required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)


BAD = {"email": "kein-at", "kind": "z", "count": "0", "radio": "q", "picked": ["nope"], "date": "gestern"}
GOOD = {"name": "Lea", "secret": "x", "kind": "b", "several": ["2"], "date": "2026-12-07", "count": "3",
        "agree": "on", "radio": "y", "boxes": ["s"], "picked": ["t"], "languages": ["ar", "de"],
        "hidden": "h"}  # fmt: skip


def reference(form: forms.BaseForm) -> str:
    return REFERENCE.render(Context({"form": form}))


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(
    "make",
    [
        lambda: EveryShape(),
        lambda: EveryShape(data={}),
        lambda: EveryShape(data=BAD),
        lambda: EveryShape(data=GOOD),
        lambda: EveryShape(auto_id=False),
        lambda: EveryShape(prefix="zwei", initial={"name": "Anna", "boxes": ["k"]}),
        lambda: LoginForm(),
        lambda: LoginForm(data={"login": "a@b.example"}),
        lambda: SignupForm(),
        lambda: SignupForm(data={"email": "x", "password1": "1", "password2": "2"}),
        lambda: ResetPasswordForm(),
    ],
    ids="empty all-missing bad good no-ids prefix-initial login login-errors signup signup-errors reset".split(),
)
def test_the_fields_are_the_templates_byte_for_byte(make, language):
    with translation.override(language):
        form = make()
        expected = reference(form)
        assert "\n" + formfields.fields_html(form) + "\n" == expected


def test_errors_help_texts_and_the_required_mark_are_where_the_reference_puts_them():
    form = EveryShape(data=BAD)
    html = formfields.fields_html(form)
    assert '<label class="kern-label" for="id_name">Name &amp; &lt;Vorname&gt; <span class="required">' in html
    assert '<div class="kern-hint help" id="id_name_helptext">Wie Sie angesprochen werden möchten.</div>' in html
    assert '<p class="kern-error error-text" id="id_email_error">' in html
    assert '<legend class="kern-label">Radio <span class="required">(Pflichtfeld)</span></legend>' in html
    assert 'class="kern-form-check__radio kern-form-check__radio--error"' in html
    assert '<div class="kern-form-input__select-wrapper"><select name="kind"' in html


def test_form_html_includes_the_error_summary_the_fields_and_the_media():
    form = EveryShape(data=BAD)
    html = Template('{% include "_form.html" %}').render(Context({"form": form}))
    assert html.startswith('\n<div class="error-summary"')
    assert formfields.fields_html(form) in html
    assert 'src="/static/core/picker.js"' in html
