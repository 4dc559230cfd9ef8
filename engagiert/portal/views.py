"""The portal's views: its pages are served by Wagtail (the last URL pattern); the start pages
/<slug>/ come through core's town start page (core.registry.register_town_home)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from wagtail.views import serve


def town_home(request: HttpRequest, slug: str) -> HttpResponse | None:
    """The live start page at /<slug>/ (a town's or a network's), or None when there is none."""
    try:
        return serve(request, f"{slug}/")
    except Http404:
        return None
