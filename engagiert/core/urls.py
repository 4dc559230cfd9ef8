from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from engagiert.core import views
from engagiert.core.sitemaps import SITEMAPS, robots_txt

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "core:sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("schriftgroesse/", views.font_size, name="font_size"),
    path("mein-konto/", views.account, name="account"),
    path("<slug:municipality>/", views.municipality_home, name="municipality"),
    path("<slug:municipality>/mein-bereich/", views.my_area, name="my_area"),
    path("<slug:municipality>/barrierefreiheit/", views.accessibility, name="accessibility"),
    path("<slug:municipality>/impressum/", views.imprint, name="imprint"),
    path("<slug:municipality>/datenschutz/", views.privacy, name="privacy"),
    path("<slug:municipality>/einstellungen/darstellung/", views.appearance, name="appearance"),
    path("<slug:municipality>/einstellungen/suche/", views.search_settings, name="search_settings"),
    path("<slug:municipality>/suche/", views.site_search, name="search"),
]
