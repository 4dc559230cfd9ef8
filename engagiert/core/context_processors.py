from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

from engagiert.core.languages import language_codes

FONT_STEPS = range(-1, 4)
FONT_COOKIE = "fontsize"


def font_step(request) -> int:
    try:
        step = int(request.COOKIES.get(FONT_COOKIE, 0))
    except ValueError:
        return 0
    return step if step in FONT_STEPS else 0


def platform(request):
    """Values every page needs: the tenant (when the URL has one), whether the visitor
    coordinates it, and the font size.

    Account pages without a town in their URL (login, sign-up, logout, password reset, e-mail
    confirmation, "Mein Konto") show the town the person came from (core.towns) as
    `municipality`, for its header and footer only: `municipality_remembered` is then True,
    and request.municipality (the tenant views work in) stays unset."""
    from engagiert.core.models import Role
    from engagiert.core.permissions import has_role
    from engagiert.core.registry import easy_read_links
    from engagiert.core.towns import TOWNLESS_PAGES, remembered_town

    municipality = getattr(request, "municipality", None)
    remembered = False
    if municipality is None and request.path.startswith(TOWNLESS_PAGES):
        municipality = remembered_town(request)
        remembered = municipality is not None
    user = getattr(request, "user", None)
    every = language_codes()
    # The municipality's languages, and the one in use (chosen on another town's page).
    offered = set(municipality.language_codes() if municipality else every) | {get_language()}
    codes = [code for code in every if code in offered]
    return {
        "municipality": municipality,
        "municipality_remembered": remembered,
        "easy_read": easy_read_links(municipality),  # the town's pages in Leichte Sprache (header link)
        "language_codes": codes,
        "coordinates": bool(municipality and user and has_role(user, municipality, Role.Kind.COORDINATOR)),
        "font_step": font_step(request),
        "site_url": settings.SITE_URL,
    }
