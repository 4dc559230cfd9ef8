from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from django.views.static import serve
from wagtail.admin import urls as wagtailadmin_urls

from engagiert.api import api
from engagiert.impact.urls import opendata_patterns, wide_patterns
from engagiert.portal import urls as portal_urls

# The admin has no login form of its own: it sends people to allauth's login, where two-factor
# authentication and the rate limits apply (admin's form checked the password alone).
admin.site.login = secure_admin_login(admin.site.login)

# German error pages (engagiert/core/errors.py): 403 and 500 static, 404 in the town's layout;
# 400 uses templates/400.html.
handler404 = "engagiert.core.errors.page_not_found"
handler403 = "engagiert.core.errors.permission_denied"
handler500 = "engagiert.core.errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    # The language switch sets a preference cookie only and sits on cached public pages
    # (core.pagecache), which carry no CSRF token: it is exempt, like core:font_size.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("api/v1/", api.urls),
    path("wirkung/", include(wide_patterns)),
    path("<slug:municipality>/durchblick/", include("engagiert.directory.urls")),
    path("<slug:municipality>/begegnungen/", include("engagiert.events.urls")),
    path("<slug:municipality>/mach-mit/", include("engagiert.volunteering.urls")),
    path("<slug:municipality>/ehrenamtskarte/", include("engagiert.card.urls")),
    path("<slug:municipality>/selbstcheck/", include("engagiert.selfcheck.urls")),
    path("<slug:municipality>/gluecksbringer/", include("engagiert.nominations.urls")),
    path("<slug:municipality>/newsletter/", include("engagiert.newsletter.urls")),
    path("<slug:municipality>/demokratie/", include("engagiert.funding.urls")),
    path("<slug:municipality>/wirkung/", include("engagiert.impact.urls")),
    path("<slug:municipality>/offene-daten/", include(opendata_patterns)),
    # The portal (Wagtail): its editors under /redaktion/, its documents; its pages come last
    # (below), so that every app URL (/<town>/durchblick/ …, /<town>/mein-bereich/ …) wins.
    path("redaktion/", include("engagiert.portal.admin_urls")),  # allauth's login, one image at a time
    path("redaktion/", include(wagtailadmin_urls)),
    path("dokumente/", include(portal_urls.document_urlpatterns)),
    path("seitenschutz/", include(portal_urls.restriction_urlpatterns)),
    path("", include("engagiert.core.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))

urlpatterns.append(path("", include("engagiert.portal.urls")))  # the portal's pages: always the last pattern
