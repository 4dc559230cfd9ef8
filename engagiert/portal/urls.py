"""The portal's pages, served by Wagtail: included LAST in engagiert/urls.py, so that every app
URL keeps precedence. Unlike `wagtail.urls`, the pattern leaves the platform's own first
segments alone (/api/…, /admin/…: their 404s stay theirs, no slash redirect) and there is no
second login form (Wagtail's /_util/login/): private pages send people to allauth's login."""

from __future__ import annotations

import re

from django.urls import path, re_path
from django.views.generic import RedirectView
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as documents

from engagiert.core.models import RESERVED_SLUGS
from engagiert.portal import views

_reserved = "|".join(sorted(re.escape(slug) for slug in RESERVED_SLUGS))

urlpatterns = [
    re_path(rf"^(?!(?:{_reserved})/)(?P<path>(?:[\w\-]+/)*)$", views.serve, name="wagtail_serve"),
]

# The portal's documents (PDF), under /dokumente/ (included before the towns' URLs).
document_urlpatterns = [
    path("<int:document_id>/<str:document_filename>", documents.serve, name="wagtaildocs_serve"),
]

# A page's view restriction (Wagtail's privacy setting), under /seitenschutz/: the form a page
# with a password sends to, and the login a page for signed-in people asks for (allauth's).
restriction_urlpatterns = [
    path(
        "<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("anmelden/", RedirectView.as_view(pattern_name="account_login", query_string=True), name="wagtailcore_login"),
]
