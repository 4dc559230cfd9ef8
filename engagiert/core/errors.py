"""The error pages Django would otherwise answer in English: an expired form (CSRF failure,
CSRF_FAILURE_VIEW), a refused request (403), a page that does not exist (404) and a server
error (500, handler500).

The 403, CSRF and 500 pages are static: rendered without the request, so no context
processor runs and nothing reads the database (the 500 page has to work when the database is
what failed). The 404 page is an ordinary page in the site's layout: under a municipality's
prefix it shows that town's header and links to its sections, so a mistyped or outdated link
still leaves the visitor in their town."""

from __future__ import annotations

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from engagiert.core.api import error_response, is_api_request
from engagiert.core.models import RESERVED_SLUGS, Municipality


def static_page(template_name: str, *, status: int, context: dict | None = None) -> HttpResponse:
    """Render an error page's template without the request (no context processors, no queries)."""
    return HttpResponse(loader.get_template(template_name).render(context or {}), status=status)


def csrf_failure(request: HttpRequest, reason: str = "", template_name: str = "403_csrf.html") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the form expired or the browser sent no cookie; links back to the form."""
    return static_page(template_name, status=403, context={"back": _same_site_referer(request)})


def _same_site_referer(request: HttpRequest) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    try:
        hosts = {request.get_host()}
    except DisallowedHost:
        return ""
    return referer if url_has_allowed_host_and_scheme(referer, hosts, require_https=request.is_secure()) else ""


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler403."""
    return static_page("403.html", status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500."""
    return static_page("500.html", status=500)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler404: the site's layout with the town's header when the path starts with a
    municipality's slug (whether or not the rest of the path exists); JSON for the API."""
    if is_api_request(request):
        return error_response(_("Nicht gefunden."), status=404)
    municipality = getattr(request, "municipality", None) or municipality_in_path(request.path_info)
    request.municipality = municipality  # read by the context processor (header, navigation, footer)
    context = {"municipality": municipality}
    if municipality is None:
        context["municipalities"] = _all_municipalities()
    return render(request, "404.html", context, status=404)


def municipality_in_path(path: str) -> Municipality | None:
    """The municipality whose slug is the path's first segment, if there is one."""
    slug = path.lstrip("/").split("/", 1)[0]
    if not slug or slug in RESERVED_SLUGS or len(slug) > 50:
        return None
    try:
        return Municipality.objects.filter(slug=slug).first()
    except DatabaseError:  # the 404 page must not turn into a 500 because of its header
        return None


def _all_municipalities() -> list[Municipality]:
    try:
        return list(Municipality.objects.only("name", "slug"))
    except DatabaseError:
        return []
