"""The editor's town in Wagtail's admin (its logo and name in the sidebar and on the dashboard)."""

from __future__ import annotations

from django import template

from engagiert.portal.tenancy import admin_towns

register = template.Library()


@register.simple_tag(takes_context=True)
def editor_town(context):
    """The one town whose site the signed-in editor works on, or None (several, or a platform admin)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(request, "_portal_editor_town", False)
    if cached is False:
        towns = admin_towns(user)
        cached = towns[0] if len(towns) == 1 else None
        request._portal_editor_town = cached
    return cached
