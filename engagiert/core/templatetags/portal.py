from urllib.parse import urlencode

from django import template
from django.utils.safestring import mark_safe

from engagiert.core.forms import active_filter_count

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, key: str, value: str = "") -> str:
    """The current query string with `key` set to `value` (removed when empty or already
    set to it, so a facet link toggles), without `page` and without the parameters the page's
    form rejected (`form.errors`): a link does not carry a bad value on."""
    form = context.get("form")
    dropped = {"page", *(form.errors if form is not None and form.is_bound else ())}
    params = {name: values for name, values in context["request"].GET.lists() if name not in dropped}
    if not value or params.get(key, [None])[-1] == value:
        params.pop(key, None)
    else:
        params[key] = [value]
    encoded = urlencode(params, doseq=True)
    return "?" + encoded if encoded else "?"


@register.filter
def richtext(value: str) -> str:
    """Stored rich text is sanitised on save (core.fields.RichTextField)."""
    return mark_safe(value)  # noqa: S308 - sanitised by nh3 in RichTextField.pre_save


@register.filter
def language_name(code: str) -> str:
    """The name of a language in the reader's language; the code itself when unknown."""
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def active_filters(form, besides: str = "") -> int:
    """{{ form|active_filters:"q" }}: the number of active filters, search words ("q") not counted."""
    return active_filter_count(form, besides=tuple(name for name in besides.split(",") if name))
