from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.generic import RedirectView

from engagiert.core import observability, views, views_privacy
from engagiert.core.sitemaps import SITEMAPS, robots_txt

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    # Pages name their icon (base.html); programs that ask for /favicon.ico anyway get the same.
    path(
        "favicon.ico",
        RedirectView.as_view(url=f"{settings.STATIC_URL}core/favicon.svg", permanent=True),
        name="favicon",
    ),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "core:sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("readyz", observability.readyz, name="readyz"),
    path("metrics", observability.metrics, name="metrics"),
    path("schriftgroesse/", views.font_size, name="font_size"),
    path("mein-konto/", views.account, name="account"),
    path("mein-konto/daten/<str:token>/", views_privacy.download_export, name="download_export"),
    path("<slug:municipality>/", views.municipality_home, name="municipality"),
    path("<slug:municipality>/mein-bereich/", views.my_area, name="my_area"),
    path("<slug:municipality>/mein-bereich/datenschutz/", views_privacy.centre, name="privacy_centre"),
    path("<slug:municipality>/mein-bereich/datenschutz/export/", views_privacy.request_export, name="request_export"),
    path(
        "<slug:municipality>/mein-bereich/datenschutz/einwilligung/",
        views_privacy.withdraw_consent,
        name="withdraw_consent",
    ),
    path(
        "<slug:municipality>/mein-bereich/datenschutz/konto-loeschen/",
        views_privacy.delete_account,
        name="delete_account",
    ),
    path("<slug:municipality>/barrierefreiheit/", views.accessibility, name="accessibility"),
    path("<slug:municipality>/impressum/", views.imprint, name="imprint"),
    path("<slug:municipality>/datenschutz/", views.privacy, name="privacy"),
    path(
        "<slug:municipality>/datenschutz/verarbeitungsverzeichnis.pdf",
        views_privacy.processing_record,
        name="processing_record",
    ),
    path("<slug:municipality>/einstellungen/darstellung/", views.appearance, name="appearance"),
    path("<slug:municipality>/einstellungen/suche/", views.search_settings, name="search_settings"),
    path("<slug:municipality>/suche/", views.site_search, name="search"),
]
