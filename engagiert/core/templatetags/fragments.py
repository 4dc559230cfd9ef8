"""{% fragment "name" part part … towns=municipalities %}…{% endfragment %}: the enclosed markup
kept in the shared cache (core.fragments) per name, the parts it depends on, language and the
freshness key of `towns` (a list of towns or ids; a single town works too). Never in a
preview (request.is_preview: an editor's unsaved draft).

{% memo "name" part part … %}…{% endmemo %}: the enclosed markup kept in the process, for
markup that shows nothing but its parts (the layout's header and footer, see do_memo)."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from engagiert.core import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts, towns):
        self.nodelist, self.name, self.parts, self.towns = nodelist, name, parts, towns

    def render(self, context):
        request = context.get("request")
        if request is not None and getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        towns = self.towns.resolve(context) if self.towns is not None else []
        if towns is None or isinstance(towns, str) or not hasattr(towns, "__iter__"):
            towns = [] if towns in (None, "") else [towns]
        markup = fragments.cached(
            name=str(self.name.resolve(context)),
            parts=[part.resolve(context) for part in self.parts],
            municipalities=towns,
            render=lambda: str(self.nodelist.render(context)),
        )
        return mark_safe(markup)  # noqa: S308 - what the enclosed template rendered (escaped there)


@register.tag("fragment")
def do_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    towns = None
    parts = []
    for bit in bits[2:]:
        if bit.startswith("towns="):
            towns = parser.compile_filter(bit.removeprefix("towns="))
        else:
            parts.append(parser.compile_filter(bit))
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parts, towns)


# --- {% memo %}: markup kept in the process, keyed by everything it shows ----------------------

MEMO_SIZE = 8192  # 113 towns × 4 languages × header, menu, footer (with and without coordination): ~10 MB at most
_memo: dict[tuple, str] = {}


class MemoNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        key = (self.name, get_language(), *(_plain(part.resolve(context)) for part in self.parts))
        markup = _memo.get(key)
        if markup is None:
            markup = str(self.nodelist.render(context))
            if len(_memo) >= MEMO_SIZE:
                _memo.clear()  # a bound, not a policy: the whole layout of an installation fits
            _memo[key] = markup
        return mark_safe(markup)  # noqa: S308 - what the enclosed template rendered (escaped there)


def _plain(value):
    """A key part: strings, numbers, None and booleans as they are, anything else as its text."""
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


@register.tag("memo")
def do_memo(parser, token):
    """{% memo "name" part part … %}…{% endmemo %}: the enclosed markup rendered once per process
    for each combination of the parts and the language, and kept (for the site's layout: header
    and footer). Every value the enclosed template shows or tests must be among the parts (a
    town's slug, name, logo …): nothing else may change what it renders."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% memo %} needs a name")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])
