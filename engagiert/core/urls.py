from django.urls import path

from engagiert.core import observability, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", observability.readyz, name="readyz"),
    path("metrics", observability.metrics, name="metrics"),
    path("schriftgroesse/", views.font_size, name="font_size"),
    path("mein-konto/", views.account, name="account"),
    path("<slug:municipality>/", views.municipality_home, name="municipality"),
    path("<slug:municipality>/mein-bereich/", views.my_area, name="my_area"),
    path("<slug:municipality>/barrierefreiheit/", views.accessibility, name="accessibility"),
    path("<slug:municipality>/impressum/", views.imprint, name="imprint"),
    path("<slug:municipality>/datenschutz/", views.privacy, name="privacy"),
    path("<slug:municipality>/einstellungen/darstellung/", views.appearance, name="appearance"),
]
