"""{% fragment "name" part part … towns=municipalities %}…{% endfragment %}: the enclosed markup
kept in the shared cache (core.fragments) per name, the parts it depends on, language and the
freshness key of `towns` (a list of towns or ids; a single town works too). Never in a
preview (request.is_preview: an editor's unsaved draft)."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe

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
