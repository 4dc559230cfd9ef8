"""Wagtail's admin (/redaktion/) runs inline scripts and styles and shows the page preview in
a frame of its own: its pages get a Content-Security-Policy that allows exactly that (and
nothing from other origins); every other page keeps the strict policy of settings.py."""

from __future__ import annotations

from csp.constants import HEADER as CSP_HEADER
from csp.constants import SELF, UNSAFE_INLINE

ADMIN_PREFIX = "/redaktion/"
ADMIN_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-ancestors": [SELF],  # the preview panel frames the page's preview
    "frame-src": [SELF],
}


class AdminPolicyMiddleware:
    """Must come after csp.middleware.CSPMiddleware in MIDDLEWARE (its response is seen first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            # A preview is rendered by a request of its own to the page's public address
            # (Wagtail's make_preview_request runs the whole middleware stack), which already
            # wrote the public policy, frame-ancestors 'none' included: the preview panel could
            # not frame it. The admin's policy is written in its place (by CSPMiddleware, outside).
            if CSP_HEADER in response:
                del response[CSP_HEADER]
            response._csp_replace = {**ADMIN_POLICY, **(getattr(response, "_csp_replace", None) or {})}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
