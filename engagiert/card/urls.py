from django.urls import path

from engagiert.card.views import applicant, coordination, public, verification

app_name = "card"

urlpatterns = [
    path("", public.overview, name="overview"),
    path("antrag/", applicant.application, name="application"),
    path("antrag/taetigkeit/", applicant.add_activity, name="add_activity"),
    path("antrag/taetigkeit/<int:pk>/adresse/", applicant.set_activity_email, name="set_activity_email"),
    path("antrag/taetigkeit/<int:pk>/entfernen/", applicant.remove_activity, name="remove_activity"),
    path("antrag/zurueckziehen/", applicant.withdraw, name="withdraw"),
    path("meine-karte/", applicant.my_card, name="my_card"),
    path("meine-karte/ehrenamtskarte.pdf", applicant.card_pdf, name="card_pdf"),
    path("meine-karte/verlaengern/", applicant.renew, name="renew"),
    path("bestaetigung/<str:token>/", public.confirm_activity, name="confirm_activity"),
    path("partner/", public.partners, name="partners"),
    path("partner/eintragen/", public.partner_register, name="partner_register"),
    path("partner/statistik/", coordination.partner_stats, name="partner_stats"),
    path("pruefen/", verification.verify, name="verify"),
    path("pruefen/vertrauensliste.json", verification.trust_list, name="trust_list"),
    path("pruefen/sw.js", verification.service_worker, name="service_worker"),
    path("koordination/", coordination.queue, name="queue"),
    path("koordination/antrag/<int:pk>/", coordination.review, name="review"),
    path("koordination/taetigkeit/<int:pk>/nachweis/", coordination.record_evidence, name="record_evidence"),
    path("koordination/karte/<int:pk>/uebergabe/", coordination.handover, name="handover"),
    path("koordination/karte/<int:pk>/sperren/", coordination.revoke, name="revoke"),
    path("koordination/partner/<int:pk>/", coordination.decide_partner, name="decide_partner"),
    path("koordination/schluessel/", coordination.rotate_key, name="rotate_key"),
    path("koordination/regeln/", coordination.rules, name="rules"),
    path("koordination/berichte/", coordination.reports, name="reports"),
    path("koordination/berichte.csv", coordination.reports_export, {"format": "csv"}, name="reports_csv"),
    path("koordination/berichte.xlsx", coordination.reports_export, {"format": "xlsx"}, name="reports_xlsx"),
]
