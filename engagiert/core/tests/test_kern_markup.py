"""The shared partials render KERN UX-Standard components: form fields with KERN's input,
select and check classes (Django's own attributes kept), the error summary as a danger
alert, messages as alerts, states as badges."""

from __future__ import annotations

from django import forms
from django.template.loader import render_to_string


class SampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="Wie Sie angesprochen werden möchten.")
    kind = forms.ChoiceField(label="Art", choices=[("a", "Verein"), ("b", "Initiative")])
    topics = forms.MultipleChoiceField(
        label="Themen", choices=[("x", "Kultur"), ("y", "Sport")], widget=forms.CheckboxSelectMultiple
    )
    agree = forms.BooleanField(label="Einverstanden")
    note = forms.CharField(label="Notiz", widget=forms.Textarea(attrs={"class": "wide"}), required=False)


def render_form(form) -> str:
    return render_to_string("_form.html", {"form": form})


def test_fields_get_kern_classes_and_keep_django_attributes():
    html = render_form(SampleForm())
    assert 'class="kern-form-input__input"' in html and 'aria-describedby="id_name_helptext"' in html
    assert '<div class="kern-hint help" id="id_name_helptext">' in html
    assert '<div class="kern-form-input__select-wrapper"><select name="kind" class="kern-form-input__select"' in html
    assert 'id="id_topics_0" class="kern-form-check__checkbox"' in html
    assert '<label class="kern-label" for="id_topics_0">Kultur</label>' in html
    assert 'name="agree" class="kern-form-check__checkbox"' in html
    assert 'class="wide kern-form-input__input"' in html  # a widget's own class stays


def test_errors_mark_the_field_and_fill_the_summary():
    form = SampleForm(data={"kind": "zzz"})
    html = render_form(form)
    assert '<div class="error-summary" role="alert" tabindex="-1" id="error-summary">' in html
    assert 'class="kern-alert kern-alert--danger"' in html and 'href="#id_name"' in html
    assert 'href="#id_topics_0"' in html  # a group links to its first box
    assert "kern-form-input__input--error" in html and "kern-form-input__select--error" in html
    assert "kern-form-check__checkbox--error" in html and "kern-fieldset--error" in html
    assert 'aria-invalid="true"' in html


def test_status_is_a_badge_and_a_message_an_alert():
    badge = render_to_string("_status.html", {"kind": "warning", "text": "Ausgebucht"})
    assert badge.startswith('<span class="kern-badge kern-badge--warning status status-warning">')
    neutral = render_to_string("_status.html", {"text": "Hat stattgefunden"})
    assert neutral.startswith('<span class="kern-badge status">')
    message = render_to_string("_status.html", {"kind": "error", "text": "Fehler", "block": True})
    assert 'class="kern-alert kern-alert--danger status-block status-error"' in message
    assert 'class="kern-icon kern-icon--danger"' in message
