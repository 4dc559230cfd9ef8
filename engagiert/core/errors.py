"""The error pages Django would otherwise answer in English: an expired form (CSRF failure,
CSRF_FAILURE_VIEW), a refused request (403) and a server error (500, handler500). They are
static: rendered without the request, so no context processor runs and nothing reads the
database (the 500 page has to work when the database is what failed)."""

from __future__ import annotations

from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme


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
