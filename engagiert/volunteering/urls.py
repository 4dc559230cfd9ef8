from django.urls import path

from engagiert.volunteering.views import coordination, organiser, public, volunteer

app_name = "volunteering"

urlpatterns = [
    path("", public.search, name="search"),
    path("angebote/<int:pk>/", public.detail, name="detail"),
    path("nachweis/", public.verify_form, name="verify_form"),
    path("nachweis/<str:code>/", public.verify, name="verify"),
    # volunteers
    path("profil/", volunteer.profile, name="profile"),
    path("vorschlaege/", volunteer.suggestions, name="suggestions"),
    path("angebote/<int:pk>/interesse/", volunteer.interest, name="interest"),
    path("schichten/<int:pk>/anmelden/", volunteer.shift_signup, name="shift_signup"),
    path("schichten/anmeldung/<int:pk>/absagen/", volunteer.shift_cancel, name="shift_cancel"),
    path("mein-engagement/", volunteer.mine, name="mine"),
    path("mein-engagement/stunden/<int:pk>/zuruecknehmen/", volunteer.withdraw_hours, name="withdraw_hours"),
    path("mein-engagement/nachweis/", volunteer.issue_certificate, name="issue_certificate"),
    path("mein-engagement/nachweis/<str:code>.pdf", volunteer.certificate_pdf, name="certificate_pdf"),
    path("mein-engagement/meine-daten.json", volunteer.export, name="export"),
    path("mein-engagement/konto-loeschen/", volunteer.delete_account, name="delete_account"),
    path("anfragen/<int:pk>/", volunteer.conversation, name="conversation"),
    # organisations
    path("organisation/<slug:slug>/", organiser.organisation, name="organisation"),
    path("organisation/<slug:slug>/neu/", organiser.create, name="create"),
    path("angebote/<int:pk>/bearbeiten/", organiser.edit, name="edit"),
    path("angebote/<int:pk>/status/", organiser.change_status, name="change_status"),
    path("angebote/<int:pk>/schichten/", organiser.shifts, name="shifts"),
    path("angebote/<int:pk>/freiwillige/", organiser.volunteers, name="volunteers"),
    path("angebote/<int:pk>/freiwillige/<int:profile_pk>/einladen/", organiser.invite, name="invite"),
    path("angebote/<int:pk>/stunden/", organiser.group_hours, name="group_hours"),
    path("anfragen/<int:pk>/entscheiden/", organiser.decide_interest, name="decide_interest"),
    path("stunden/<int:pk>/entscheiden/", organiser.decide_hours, name="decide_hours"),
    path("stunden/<int:pk>/korrigieren/", organiser.correct_hours, name="correct_hours"),
    # coordination
    path("koordination/", coordination.queue, name="queue"),
    path("koordination/<int:pk>/", coordination.decide_opportunity, name="decide_opportunity"),
]
