"""The portal's views: its pages are served by Wagtail (the last URL pattern); the start pages
/<slug>/ come through core's town start page (core.registry.register_town_home)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from wagtail import views as wagtail_views
from wagtail.models import Site


def route(request: HttpRequest, path: str) -> None:
    """Routes the request as Wagtail's Page.route_for_request does (the result kept on the
    request, where Wagtail's serve looks first), from the site's root page without reading it
    again as its specific type when that type has no fields of its own (the portal's root):
    one query fewer for every page."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = Site.find_for_request(request)
    if site is None:
        return  # Wagtail's own routing answers (404)
    root = site.root_page.localized
    model = root.specific_class
    if model is not None and all(field.primary_key for field in model._meta.local_concrete_fields):
        root = root.specific_deferred  # every field is the base page's: no query
    else:
        root = root.specific
    try:
        request._wagtail_route_for_request = root.route(request, [part for part in path.split("/") if part])
    except Http404:
        request._wagtail_route_for_request = None


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's serve (its hooks: view restrictions, the userbar …), routed by `route`."""
    route(request, path)
    return wagtail_views.serve(request, path)


def site_slug(kwargs: dict) -> str:
    """The slug of the town or network whose site a page URL's `path` is in (its first segment)."""
    return kwargs.get("path", "").partition("/")[0]


def town_home(request: HttpRequest, slug: str) -> HttpResponse | None:
    """The live start page at /<slug>/ (a town's or a network's), or None when there is none."""
    try:
        return serve(request, f"{slug}/")
    except Http404:
        return None
