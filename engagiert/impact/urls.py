from django.urls import path

from engagiert.impact import opendata_views, views

app_name = "impact"

# /<municipality>/wirkung/
urlpatterns = [
    path("", views.public, name="public"),
    path("koordination/", views.internal, name="internal"),
    path("koordination/von-hand/", views.manual, name="manual"),
    path("koordination/von-hand/<int:pk>/loeschen/", views.manual_delete, name="manual_delete"),
    path("koordination/bericht/", views.report_texts, name="report"),
    path("koordination/bericht.pdf", views.report_pdf, name="report_pdf"),
    path("koordination/bericht.xlsx", views.report_xlsx, name="report_xlsx"),
]

# /<municipality>/offene-daten/
opendata_patterns = (
    [
        path("", opendata_views.index, name="index"),
        path("einstellungen/", opendata_views.settings_view, name="settings"),
        path("katalog.ttl", opendata_views.catalogue, {"format": "ttl"}, name="catalogue_ttl"),
        path("katalog.jsonld", opendata_views.catalogue, {"format": "jsonld"}, name="catalogue_jsonld"),
        path("<slug:dataset>.<str:format>", opendata_views.download, name="download"),
    ],
    "opendata",
)

# /wirkung/ (every town of the installation, and the regional networks)
wide_patterns = (
    [
        path("", views.installation, name="installation"),
        path("intern/", views.installation_internal, name="installation_internal"),
        path("netzwerk/<slug:slug>/", views.network, name="network"),
        path("netzwerk/<slug:slug>/koordination/", views.network_internal, name="network_internal"),
    ],
    "impact_wide",
)
