"""The form renderer (settings.FORM_RENDERER): Django's, with the commonest widgets written in
Python: <select>, <input> (text, e-mail, password, checkbox, number, date …), a checkbox or
radio button of a group, and <textarea>.

Django renders every widget through template includes (an <option> through select_option.html
and attrs.html, an <input> through text.html, input.html and attrs.html): a filter form with a
language list of sixty options spent milliseconds on it per page, a sign-in form a third of its
page. `Renderer` writes the same markup directly, byte for byte what Django's templates give
(engagiert/core/tests/test_formrendering.py compares them), when the widget uses Django's own
templates; anything else (another template, a widget of an app) goes through the templates as
before."""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"
TEXTAREA = "django/forms/widgets/textarea.html"
# Django's widget templates that are nothing but {% include "django/forms/widgets/input.html" %}
_INPUT_KINDS = "input text email password checkbox number url hidden date datetime time tel search color"
INPUTS = {f"django/forms/widgets/{name}.html" for name in _INPUT_KINDS.split()}
# … and those that are {% include "django/forms/widgets/input_option.html" %}
INPUT_OPTIONS = {"django/forms/widgets/checkbox_option.html", "django/forms/widgets/radio_option.html"}
_CONTEXT = Context()  # what the template engine renders with: autoescape, localisation as set


def text(value) -> str:
    """{{ value }} in a template."""
    return str(render_value_in_context(value, _CONTEXT))


def _formatted(value) -> str:
    """{{ value|stringformat:'s' }} in a template."""
    if isinstance(value, tuple):
        value = str(value)
    try:
        text = "%s" % value  # noqa: UP031 - exactly what the stringformat filter does
    except (ValueError, TypeError):
        text = ""
    return text if isinstance(value, SafeData) else conditional_escape(text)


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {text(name)}" if value is True else f' {text(name)}="{_formatted(value)}"')
    return "".join(parts)


def select_html(widget: dict) -> str | None:
    """django/forms/widgets/select.html for the template context's `widget`, or None when an
    option has a template of its own."""
    out = [f'<select name="{text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{text(group_name)}">')
        for option in group_choices:
            if option.get("template_name") != OPTION:
                return None
            out.append(
                f'\n  <option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
                f"{text(option['label'])}</option>\n"  # the option template ends with a line break
            )
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>")
    return "".join(out)


def input_html(widget: dict) -> str:
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else f' value="{_formatted(widget["value"])}"'
    return f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


def input_option_html(widget: dict) -> str:
    """django/forms/widgets/input_option.html: a checkbox or radio button of a group."""
    if not widget.get("wrap_label"):
        return input_html(widget)
    target = f' for="{text(widget["attrs"]["id"])}"' if widget["attrs"].get("id") else ""
    # input.html ends with a line break, kept inside the label
    return f"<label{target}>{input_html(widget)}\n {text(widget['label'])}</label>"


def textarea_html(widget: dict) -> str:
    """django/forms/widgets/textarea.html."""
    content = text(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{text(widget["name"])}"{_attrs(widget["attrs"])}>\n{content}</textarea>'


class Renderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if request is None and "widget" in context:
            html = None
            if template_name == SELECT:
                html = select_html(context["widget"])
            elif template_name in INPUTS:
                html = input_html(context["widget"])
            elif template_name in INPUT_OPTIONS:
                html = input_option_html(context["widget"])
            elif template_name == TEXTAREA:
                html = textarea_html(context["widget"])
            if html is not None:
                return mark_safe(html)  # noqa: S308 - every value escaped above, as the template does
        return super().render(template_name, context, request=request)
