"""The portal's views: its pages are served by Wagtail (the last URL pattern); the start pages
/<slug>/ come through core's town start page (core.registry.register_town_home)."""

from __future__ import annotations

import copy
import time

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


# (hostname, port) -> (when it expires, the site found or None), kept per process: the sites
# change rarely (an administrator's setting), and a page is found in the site's tree anyway.
# Forgotten when a site is saved or deleted here (signals), else after SITES_KEPT_SECONDS.
SITES_KEPT_SECONDS = 30
SITES_KEPT = 100
_sites: dict[tuple[str, str], tuple[float, Site | None]] = {}


def forget_sites(**_kwargs) -> None:
    """Empties the sites kept (a site saved or deleted; tests: each starts with none)."""
    _sites.clear()


def _read_site(hostname: str, port: str) -> Site | None:
    """Site.find_for_request as Wagtail answers it, with the candidates read by a plain query and
    put in Wagtail's order here: its query orders them by a CASE expression, whose building and
    compiling took more time than the rest."""
    candidates = Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True)).select_related("root_page")
    sites = sorted(candidates.order_by("pk"), key=lambda site: _site_match(site, hostname, port))
    if len(sites) == 1 or (sites and _site_match(sites[0], hostname, port) in (0, 1)):
        return sites[0]
    if sites and _site_match(sites[0], hostname, port) == 2:
        return sites[len(sites) == 2]
    return None


def find_site(request: HttpRequest) -> Site | None:
    """The site of the request as Site.find_for_request answers it (kept on the request, where
    Wagtail looks). Read once per process and host for SITES_KEPT_SECONDS (no query for most
    requests); each request gets its own copy of the site and its root page, so that nothing
    one request keeps on them (Wagtail's routing caches) is seen by another."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = str(request.get_port())
        now = time.monotonic()
        kept = _sites.get((hostname, port))
        if kept is None or kept[0] <= now:
            if len(_sites) >= SITES_KEPT:
                _sites.clear()  # a bound, not a policy: an installation has a few hosts
            kept = (now + SITES_KEPT_SECONDS, _read_site(hostname, port))
            _sites[(hostname, port)] = kept
        site = kept[1]
        if site is not None:
            root = copy.copy(site.root_page)
            site = copy.copy(site)
            site.root_page = root
        request._wagtail_site = site
    return request._wagtail_site


def connect_site_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    post_save.connect(forget_sites, sender=Site, dispatch_uid="portal-forget-sites-saved")
    post_delete.connect(forget_sites, sender=Site, dispatch_uid="portal-forget-sites-deleted")


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
