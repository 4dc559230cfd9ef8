"""Form widgets with the classes of the KERN UX-Standard (vendor/kern/kern.min.css), for
`_form.html`: {% load kern %} {{ field|kern_widget }} and, in a choice group,
{{ choice|kern_choice:field }}. Only the class attribute is added; every other attribute
(aria-describedby, required, ...) stays as Django renders it."""

from __future__ import annotations

from django import forms, template

register = template.Library()


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


@register.filter
def kern_widget(field: forms.BoundField) -> str:
    widget = field.field.widget
    attrs = _with_class(widget.attrs, input_class(widget, error=bool(field.errors)))
    return field.as_widget(attrs=attrs)


@register.filter
def kern_choice(choice, field: forms.BoundField) -> str:
    """One radio button or checkbox of a group, with KERN's check class."""
    kind = "radio" if choice.data.get("type") == "radio" else "checkbox"
    css = f"kern-form-check__{kind}" + (f" kern-form-check__{kind}--error" if field.errors else "")
    data = {**choice.data, "attrs": _with_class(choice.data.get("attrs", {}), css), "wrap_label": False}
    return choice.parent_widget._render(choice.template_name, {"widget": data}, choice.renderer)
