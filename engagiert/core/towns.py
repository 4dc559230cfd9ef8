"""The town a person came from: remembered when a town's page is shown, so that the pages
without a town in their URL (login, sign-up, logout, password reset, e-mail confirmation,
"Mein Konto") keep that town's header and footer, and so that a login ends on the town's
"Mein Bereich".

It is kept in a small cookie (the town's slug, nothing personal), not in the session: a
session would be written to the database for every visitor of a public page, and logging out
empties the session while the logout page should still show the town."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from engagiert.core.models import Municipality

TOWN_COOKIE = "town"
TOWN_COOKIE_AGE = 365 * 24 * 3600
# Pages without a town in their URL that show the remembered town's header and footer.
TOWNLESS_PAGES = ("/accounts/", "/mein-konto/")


def _slug_of_path(path: str) -> str:
    """The first segment of a local path ("" for another site or none)."""
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return ""
    return parts.path.strip("/").split("/", 1)[0]


def remembered_town(request: HttpRequest) -> Municipality | None:
    """The town the person came from: the town of a local `next` link, else the remembered
    one (cookie); None when neither names a municipality. One query at most per request."""
    if hasattr(request, "_remembered_town"):
        return request._remembered_town
    candidates = [_slug_of_path(request.GET.get("next", "") or request.POST.get("next", ""))]
    candidates.append(request.COOKIES.get(TOWN_COOKIE, ""))
    slugs = [s for s in candidates if s and len(s) <= 50]
    town = None
    if slugs:
        found = {m.slug: m for m in Municipality.objects.filter(slug__in=slugs)}
        town = next((found[s] for s in slugs if s in found), None)
    request._remembered_town = town
    return town


class RememberTownMiddleware:
    """Remember the town of every town page shown (a view of core.permissions.municipality_view
    sets request.municipality): a cookie, set only when it changes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        town = getattr(request, "municipality", None)
        if (
            town is not None
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and request.COOKIES.get(TOWN_COOKIE) != town.slug
        ):
            response.set_cookie(
                TOWN_COOKIE,
                town.slug,
                max_age=TOWN_COOKIE_AGE,
                samesite="Lax",
                httponly=True,
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response
