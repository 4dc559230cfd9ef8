"""Project middleware: requests with NUL characters are refused; coordinators and platform
admins must use TOTP (REQUIRE_STAFF_2FA)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from engagiert.core.api import error_response, is_api_request
from engagiert.core.models import Role


class RejectNulMiddleware:
    """Answer 400 when the path, a query or form parameter or a cookie holds a NUL character.
    PostgreSQL text cannot hold one: any lookup with it raised DataError (a 500). Comes after
    LocaleMiddleware, so the message is in the reader's language; the API gets it as JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in text for text in _texts(request)):
            message = _("Die Anfrage enthält ein unzulässiges Steuerzeichen (NUL).")
            if is_api_request(request):
                return error_response(message, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _texts(request) -> Iterator[str]:
    """The path, cookie names and values, and query (and for a POST, form) keys and values."""
    yield request.path
    yield from chain.from_iterable(request.COOKIES.items())
    for params in (request.GET, request.POST) if request.method == "POST" else (request.GET,):
        for key, values in params.lists():
            yield key
            yield from values


# Paths a staff member without TOTP may still reach: setting it up, logging out, assets.
_ALLOWED_PREFIXES = (
    "/accounts/",
    "/static/",
    "/media/",
    "/i18n/",
    "/healthz",
    "/readyz",
    "/metrics",
    "/schriftgroesse",
)


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.REQUIRE_STAFF_2FA and self._must_set_up(request):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up(request) -> bool:
        user = request.user
        if not user.is_authenticated or request.path.startswith(_ALLOWED_PREFIXES):
            return False
        # The portal's editors (Redaktion) work in the admin too: they need a second factor as well.
        kinds = [Role.Kind.COORDINATOR, Role.Kind.EDITOR]
        is_staff = user.is_superuser or Role.objects.filter(user=user, kind__in=kinds).exists()
        if not is_staff:
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
