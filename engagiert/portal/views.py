"""The portal's views: its pages are served by Wagtail (the last URL pattern); the start pages
/<slug>/ come through core's town start page (core.registry.register_town_home)."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site


def _site_match(site: Site, hostname: str, port: str) -> int:
    """Wagtail's order of the sites that may answer (wagtail.models.sites.get_site_for_hostname):
    the host and port, the host and default, the default, the host."""
    if site.hostname == hostname:
        return 0 if str(site.port) == str(port) else 1 if site.is_default_site else 3
    return 2


def find_site(request: HttpRequest) -> Site | None:
    """Site.find_for_request as Wagtail answers it (kept on the request, where Wagtail looks),
    with the candidates read by a plain query and put in Wagtail's order here: its query orders
    them by a CASE expression, whose building and compiling took more time than the rest."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        candidates = Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True)).select_related("root_page")
        sites = sorted(candidates.order_by("pk"), key=lambda site: _site_match(site, hostname, port))
        site = None
        if len(sites) == 1 or (sites and _site_match(sites[0], hostname, port) in (0, 1)):
            site = sites[0]
        elif sites and _site_match(sites[0], hostname, port) == 2:
            site = sites[len(sites) == 2]
        request._wagtail_site = site
    return request._wagtail_site


def route(request: HttpRequest, path: str) -> None:
    """Routes the request as Wagtail's Page.route_for_request does (the result kept on the
    request, where Wagtail's serve looks first), from the site's root page without reading it
    again as its specific type when that type has no fields of its own (the portal's root):
    one query fewer for every page."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = find_site(request)
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
