"""Coordinators and platform admins must use TOTP (REQUIRE_STAFF_2FA)."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect

from engagiert.core.models import Role

# Paths a staff member without TOTP may still reach: setting it up, logging out, assets.
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/media/", "/i18n/", "/healthz", "/schriftgroesse")


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
        is_staff = user.is_superuser or Role.objects.filter(user=user, kind=Role.Kind.COORDINATOR).exists()
        if not is_staff:
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
