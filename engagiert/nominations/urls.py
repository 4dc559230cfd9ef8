from django.urls import path

from engagiert.nominations import views

app_name = "nominations"

urlpatterns = [
    path("", views.home, name="home"),
    path("netzwerk/", views.network, name="network"),
    path("kampagnen/<slug:slug>/", views.gallery, name="gallery"),
    path("kampagnen/<slug:slug>/vorschlagen/", views.nominate, name="nominate"),
    path("portraets/<slug:slug>/", views.portrait, name="portrait"),
    path("portraets/<slug:slug>/plakat-<str:size>.pdf", views.poster, name="poster"),
    path("portraets/<slug:slug>/bild.png", views.social_image, name="social_image"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("einladung/<str:token>/", views.nominee, name="nominee"),
    path("einladung/<str:token>/portraet/", views.nominee_portrait, name="nominee_portrait"),
    path("einladung/<str:token>/widerrufen/", views.nominee_withdraw, name="nominee_withdraw"),
    # coordination
    path("koordination/", views.queue, name="queue"),
    path("koordination/kennzahlen/", views.figures, name="figures"),
    path("koordination/sperren/", views.block, name="block"),
    path("koordination/<int:pk>/", views.detail, name="detail"),
    path("koordination/<int:pk>/einwilligung/", views.consent, name="consent"),
    path("koordination/<int:pk>/einwilligung.pdf", views.consent_form_pdf, name="consent_pdf"),
    path("koordination/<int:pk>/einwilligung-scan/", views.consent_scan, name="consent_scan"),
    path("koordination/<int:pk>/portraet/", views.edit_portrait, name="edit_portrait"),
    path("koordination/<int:pk>/veroeffentlichen/", views.publish, name="publish"),
    path("koordination/<int:pk>/ablehnen/", views.reject, name="reject"),
    path("koordination/<int:pk>/zusammenfuehren/", views.merge, name="merge"),
]
