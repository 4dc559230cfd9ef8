"""The form markup of the KERN UX-Standard (vendor/kern/kern.min.css), written by
core.formfields: {% load kern %}

    {% form_fields form %}           every field with label, help text and errors (_form.html)
    {{ field|kern_widget }}          one widget with KERN's class
    {{ choice|kern_choice:field }}   one radio button or checkbox of a group
"""

from __future__ import annotations

from django import forms, template
from django.utils.safestring import SafeString, mark_safe

from engagiert.core import formfields

register = template.Library()


@register.simple_tag
def form_fields(form: forms.BaseForm) -> SafeString:
    return mark_safe(formfields.fields_html(form))  # noqa: S308 - every value escaped by formfields


@register.filter
def kern_widget(field: forms.BoundField) -> str:
    return formfields.kern_widget(field)


@register.filter
def kern_choice(choice, field: forms.BoundField) -> str:
    return formfields.kern_choice(choice, field)
