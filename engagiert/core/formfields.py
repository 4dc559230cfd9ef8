"""A form's fields in the markup of the KERN UX-Standard, written in Python: what `_form.html`
shows between its error summary and the form's media ({% load kern %}{% form_fields form %}).

Each visible field is one of three shapes:
- a group (radio buttons, checkboxes, the pickers): a <fieldset> with the label as <legend>;
- a single checkbox: the box, then its label;
- anything else (text, e-mail, password, select, textarea, file …): the label, then the input.
Each shows "(Pflichtfeld)" after a required field's label, its help text and its errors (ids
`<id>_helptext` and `<id>_error`, which Django's widgets name in aria-describedby and the error
summary links to). The widgets themselves come from `kern_widget` / `kern_choice` and the form
renderer (core.formrendering).

As a template this was the costliest part of a page with a form (a few hundred template nodes
per field); engagiert/core/tests/test_formfields.py compares the output with the template it
replaced, byte for byte, for every kind of field with and without errors."""

from __future__ import annotations

from django import forms
from django.utils.html import conditional_escape
from django.utils.translation import gettext

from engagiert.core.formrendering import text as _text

GROUPS = frozenset({"checkboxselectmultiple", "radioselect", "picker", "languagespicker"})
PICKERS = frozenset({"picker", "languagespicker"})


def _with_class(attrs: dict, extra: str) -> dict:
    return {**attrs, "class": f"{attrs.get('class', '')} {extra}".strip()}


def input_class(widget: forms.Widget, *, error: bool) -> str:
    """KERN's class for a single widget: select, text-like input or textarea."""
    if isinstance(widget, forms.Select | forms.SelectMultiple):
        base = "kern-form-input__select"
    elif isinstance(widget, forms.CheckboxInput):
        base = "kern-form-check__checkbox"
    elif isinstance(widget, forms.FileInput):
        base = "kern-form-input__input kern-form-input__file"
    else:
        base = "kern-form-input__input"
    return f"{base} {base.split()[0]}--error" if error else base


def kern_widget(field: forms.BoundField) -> str:
    """The field's widget with KERN's class added (every other attribute as Django renders it)."""
    widget = field.field.widget
    attrs = _with_class(widget.attrs, input_class(widget, error=bool(field.errors)))
    return field.as_widget(attrs=attrs)


def kern_choice(choice, field: forms.BoundField) -> str:
    """One radio button or checkbox of a group, with KERN's check class."""
    kind = "radio" if choice.data.get("type") == "radio" else "checkbox"
    css = f"kern-form-check__{kind}" + (f" kern-form-check__{kind}--error" if field.errors else "")
    data = {**choice.data, "attrs": _with_class(choice.data.get("attrs", {}), css), "wrap_label": False}
    return choice.parent_widget._render(choice.template_name, {"widget": data}, choice.renderer)


def _required(field: forms.BoundField) -> str:
    if not field.field.required:
        return ""
    return f' <span class="required">({conditional_escape(gettext("Pflichtfeld"))})</span>'


def _help(help_text, field_id: str) -> str:
    if not help_text:
        return ""
    return f'<div class="kern-hint help" id="{_text(field_id)}_helptext">{_text(help_text)}</div>'


def _errors(errors, field_id: str) -> str:
    return "".join(
        f'<p class="kern-error error-text" id="{_text(field_id)}_error"><span class="kern-icon kern-icon--danger '
        f'kern-icon--small" aria-hidden="true"></span><span class="kern-body">{_text(error)}</span></p>'
        for error in errors
    )


def _group(field: forms.BoundField, kind: str, errors, help_text, field_id: str) -> str:
    if kind in PICKERS:
        body = f'<div class="kern-fieldset__body">{_text(field)}</div>'
    else:
        choices = "".join(
            f'<div class="kern-form-check">{_text(kern_choice(choice, field))}<label class="kern-label" '
            f'for="{_text(choice.id_for_label)}">{_text(choice.choice_label)}</label></div>'
            for choice in field
        )
        body = f'<div class="kern-fieldset__body choices">{choices}</div>'
    error = " has-error" if errors else ""
    return (
        f'<div class="field{error}">\n'
        f'  <fieldset class="kern-fieldset{" kern-fieldset--error" if errors else ""}">\n'
        f'    <legend class="kern-label">{_text(field.label)}{_required(field)}</legend>\n'
        f"    {_help(help_text, field_id)}\n"
        f"    {_errors(errors, field_id)}\n"
        f"    {body}\n"
        "  </fieldset>\n"
        "</div>"
    )


def _checkbox(field: forms.BoundField, errors, help_text, field_id: str) -> str:
    return (
        f'<div class="field{" has-error" if errors else ""}">\n'
        f"  {_errors(errors, field_id)}\n"
        f'  <div class="kern-form-check">{_text(kern_widget(field))}<label class="kern-label" '
        f'for="{_text(field_id)}">{_text(field.label)}{_required(field)}</label></div>\n'
        f"  {_help(help_text, field_id)}\n"
        "</div>"
    )


def _input(field: forms.BoundField, kind: str, errors, help_text, field_id: str) -> str:
    widget = _text(kern_widget(field))
    if kind in ("select", "selectmultiple"):
        widget = f'<div class="kern-form-input__select-wrapper">{widget}</div>'
    return (
        f'<div class="kern-form-input field{" has-error kern-form-input--error" if errors else ""}">\n'
        f'  <label class="kern-label" for="{_text(field_id)}">{_text(field.label)}{_required(field)}</label>\n'
        f"  {_help(help_text, field_id)}\n"
        f"  {_errors(errors, field_id)}\n"
        f"  {widget}\n"
        "</div>"
    )


def field_html(field: forms.BoundField) -> str:
    """One visible field: its label, help text, errors and widget."""
    kind, errors, help_text, field_id = field.widget_type, field.errors, field.help_text, field.auto_id
    if kind in GROUPS:
        html = _group(field, kind, errors, help_text, field_id)
    elif kind == "checkbox":
        html = _checkbox(field, errors, help_text, field_id)
    else:
        html = _input(field, kind, errors, help_text, field_id)
    return f"\n\n{html}\n\n"


def fields_html(form: forms.BaseForm) -> str:
    """The hidden fields, then every visible field."""
    hidden = "".join(_text(field) for field in form.hidden_fields())
    return hidden + "\n" + "".join(field_html(field) for field in form.visible_fields())
