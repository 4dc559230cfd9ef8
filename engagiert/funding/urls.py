from django.urls import path

from engagiert.funding.views import applicant, committee, offices, public

app_name = "funding"

FORMAT = "<str:format>"

urlpatterns = [
    path("", public.index, name="index"),
    path("fonds/<int:pk>/", public.fund, name="fund"),
    path("projekte/", public.projects, name="projects"),
    # applicants
    path("antraege/", applicant.mine, name="mine"),
    path("antraege/neu/<int:fund_pk>/", applicant.create, name="create"),
    path("antraege/<int:pk>/", applicant.application, name="application"),
    path("antraege/<int:pk>/bearbeiten/", applicant.edit, name="edit"),
    path("antraege/<int:pk>/kostenplan/", applicant.plan, name="plan"),
    path("antraege/<int:pk>/kostenplan/<int:line_pk>/angebote/", applicant.add_quote, name="add_quote"),
    path("antraege/<int:pk>/angebote/<int:quote_pk>/entfernen/", applicant.remove_quote, name="remove_quote"),
    path("antraege/<int:pk>/angebote/<int:quote_pk>/datei/", applicant.quote_file, name="quote_file"),
    path("antraege/<int:pk>/einreichen/", applicant.submit, name="submit"),
    path("antraege/<int:pk>/zurueckziehen/", applicant.withdraw, name="withdraw"),
    path("antraege/<int:pk>/rueckfragen/<int:change_pk>/", applicant.answer, name="answer"),
    path("antraege/<int:pk>/bescheid.pdf", applicant.letter, name="letter"),
    path("antraege/<int:pk>/mittelabruf/", applicant.request_payment, name="request_payment"),
    path("antraege/<int:pk>/nachweis/", applicant.report, name="report"),
    path("antraege/<int:pk>/nachweis/belege/", applicant.add_receipt, name="add_receipt"),
    path(
        "antraege/<int:pk>/nachweis/belege/<int:receipt_pk>/entfernen/", applicant.remove_receipt, name="remove_receipt"
    ),
    path("antraege/<int:pk>/nachweis/belege/<int:receipt_pk>/datei/", applicant.receipt_file, name="receipt_file"),
    path("antraege/<int:pk>/nachweis/fotos/", applicant.add_photo, name="add_photo"),
    path("antraege/<int:pk>/nachweis/einreichen/", applicant.submit_report, name="submit_report"),
    path("antraege/<int:pk>/belegliste.<str:format>", applicant.receipts_export, name="receipts_export"),
    # committee members
    path("gremium/", committee.agenda, name="agenda"),
    path("gremium/antraege/<int:pk>/", committee.application, name="committee_application"),
    path("gremium/antraege/<int:pk>/befangenheit/", committee.declare_conflict, name="declare_conflict"),
    path("gremium/antraege/<int:pk>/bewertung/", committee.assess, name="assess"),
    path("gremium/antraege/<int:pk>/stimme/", committee.vote, name="vote"),
    # coordination office
    path("fachstelle/", offices.office, name="office"),
    path("fachstelle/antraege/<int:pk>/", offices.check, name="check"),
    path("fachstelle/antraege/<int:pk>/rueckfrage/", offices.request_changes, name="request_changes"),
    path("fachstelle/antraege/<int:pk>/vorzeitig/", offices.approve_early_start, name="approve_early_start"),
    path("fachstelle/antraege/<int:pk>/tagesordnung/", offices.put_on_agenda, name="put_on_agenda"),
    path("fachstelle/antraege/<int:pk>/empfehlung/", offices.conclude, name="conclude"),
    path("fachstelle/antraege/<int:pk>/nachweis/", offices.check_report, name="check_report"),
    path("fachstelle/antraege/<int:pk>/nachweis/entscheiden/", offices.decide_report, name="decide_report"),
    path("fachstelle/sitzungen/", offices.meetings, name="meetings"),
    path("fachstelle/sitzungen/<int:pk>/", offices.meeting, name="meeting"),
    path("fachstelle/sitzungen/<int:pk>/<int:application_pk>/stimmen/", offices.record_votes, name="record_votes"),
    path(
        "fachstelle/sitzungen/<int:pk>/<int:application_pk>/ergebnis/",
        offices.conclude_at_meeting,
        name="conclude_at_meeting",
    ),
    path("fachstelle/export/<int:year>.<str:format>", offices.export, name="export"),
    # lead office
    path("amt/", offices.lead, name="lead"),
    path("amt/antraege/<int:pk>/", offices.decide, name="decide"),
    path("amt/zahlungen/<int:pk>/", offices.mark_paid, name="mark_paid"),
    path("amt/rueckzahlungen/<int:pk>/", offices.mark_repaid, name="mark_repaid"),
]
