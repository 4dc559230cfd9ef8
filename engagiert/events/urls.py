from django.urls import path

from engagiert.events.views import organiser, participant, public, steps

app_name = "events"

urlpatterns = [
    path("", public.calendar_view, name="calendar"),
    path("monat/<int:year>/<int:month>/", public.month, name="month"),
    path("netzwerk/", public.network, name="network"),
    path("kalender.ics", public.feed, name="feed"),
    path("<int:pk>/", public.detail, name="detail"),
    path("<int:pk>/kalender.ics", public.event_ics, name="event_ics"),
    path("<int:pk>/anmelden/", participant.register, name="register"),
    path("anmeldung/<str:token>/", participant.registration, name="registration"),
    path("anmeldung/<str:token>/bestaetigen/", participant.confirm, name="confirm"),
    path("anmeldung/<str:token>/stornieren/", participant.cancel, name="cancel"),
    path("verwalten/", organiser.manage, name="manage"),
    path("verwalten/wirkung/", organiser.impact, name="impact"),
    path("neu/", steps.create, name="create"),
    path("neu/verwerfen/", steps.discard, name="discard_draft"),
    path("neu/<slug:step>/", steps.create, name="create_step"),
    path("<int:pk>/bearbeiten/", organiser.edit, name="edit"),
    path("<int:pk>/freigeben/", organiser.approve, name="approve"),
    path("aenderung/<int:pk>/", organiser.decide_change, name="decide_change"),
    path("<int:pk>/absagen/", organiser.cancel_event, name="cancel_event"),
    path("<int:pk>/anmeldungen/", organiser.registrations, name="registrations"),
    path("<int:pk>/anmeldungen.csv", organiser.export, {"format": "csv"}, name="export_csv"),
    path("<int:pk>/anmeldungen.xlsx", organiser.export, {"format": "xlsx"}, name="export_xlsx"),
    path("<int:pk>/anmeldungen/<int:reg>/stornieren/", organiser.cancel_registration, name="cancel_registration"),
    path("<int:pk>/gaeste/", organiser.head_count, name="head_count"),
    path("<int:pk>/einlass/", organiser.checkin, name="checkin"),
]
