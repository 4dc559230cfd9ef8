from django.urls import path

from engagiert.selfcheck.views import coordination, public, respondent

app_name = "selfcheck"

urlpatterns = [
    path("", public.overview, name="overview"),
    path("antworten/<str:token>/", respondent.respond, name="respond"),
    path("antworten/<str:token>/feld/<int:order>/", respondent.respond_field, name="respond_field"),
    path("antworten/<str:token>/abschicken/", respondent.submit, name="submit"),
    path("koordination/", coordination.home, name="coordination"),
    path("koordination/runde/<int:pk>/", coordination.round_detail, name="round"),
    path("koordination/runde/<int:pk>/aktion/<slug:action>/", coordination.round_action, name="round_action"),
    path(
        "koordination/runde/<int:pk>/person/<int:respondent>/entfernen/",
        coordination.remove_respondent,
        name="remove_respondent",
    ),
    path("koordination/runde/<int:pk>/bericht/", coordination.report, name="report"),
    path("koordination/runde/<int:pk>/bericht.pdf", coordination.report_pdf, name="report_pdf"),
    path("koordination/runde/<int:pk>/antworten.csv", coordination.export, {"format": "csv"}, name="export_csv"),
    path("koordination/runde/<int:pk>/antworten.xlsx", coordination.export, {"format": "xlsx"}, name="export_xlsx"),
    path("koordination/runde/<int:pk>/workshop/", coordination.workshop, name="workshop"),
    path("koordination/massnahmen/", coordination.measures, name="measures"),
    path("koordination/massnahmen/neu/", coordination.measure_edit, name="measure_create"),
    path("koordination/massnahmen/<int:pk>/", coordination.measure_edit, name="measure_edit"),
    path("koordination/massnahmen/<int:pk>/loeschen/", coordination.measure_delete, name="measure_delete"),
]
