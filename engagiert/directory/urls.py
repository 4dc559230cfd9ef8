from django.urls import path

from engagiert.directory.views import coordination, public, selfservice

app_name = "directory"

urlpatterns = [
    path("", public.search, name="search"),
    path("eintragen/", selfservice.register, name="register"),
    path("koordination/", coordination.queue, name="queue"),
    path("koordination/eintrag/<int:pk>/", coordination.decide_registration, name="decide_registration"),
    path("koordination/redaktion/<int:pk>/", coordination.decide_editor, name="decide_editor"),
    path("koordination/aenderung/<int:pk>/", coordination.decide_change, name="decide_change"),
    path("koordination/vertrauen/<int:pk>/", coordination.set_trusted, name="set_trusted"),
    path("koordination/export.csv", coordination.export, {"format": "csv"}, name="export_csv"),
    path("koordination/export.xlsx", coordination.export, {"format": "xlsx"}, name="export_xlsx"),
    path("koordination/reichweite/", coordination.reach_view, name="reach"),
    path("<slug:slug>/", public.detail, name="detail"),
    path("<slug:slug>/verwalten/", selfservice.request_editorship, name="request_editorship"),
    path("<slug:slug>/bearbeiten/", selfservice.edit, name="edit"),
    path("<slug:slug>/verlauf/", selfservice.history, name="history"),
]
