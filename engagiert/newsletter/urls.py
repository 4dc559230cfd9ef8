from django.urls import path

from engagiert.newsletter.views import editor, public

app_name = "newsletter"

urlpatterns = [
    path("", public.signup, name="signup"),
    path("bestaetigen/<str:token>/", public.confirm, name="confirm"),
    path("abo/<str:token>/", public.manage, name="manage"),
    path("abo/<str:token>/daten.json", public.export, name="export"),
    path("abo/<str:token>/loeschen/", public.delete, name="delete"),
    path("abmelden/<str:token>/", public.unsubscribe, name="unsubscribe"),
    path("verwalten/", editor.overview, name="editor"),
    path("verwalten/<int:pk>/neu/", editor.create, name="create"),
    path("verwalten/ausgabe/<int:pk>/", editor.issue_view, name="issue"),
    path("verwalten/ausgabe/<int:pk>/bearbeiten/", editor.edit, name="edit"),
    path("verwalten/ausgabe/<int:pk>/vorschau/", editor.preview, name="preview"),
    path("verwalten/ausgabe/<int:pk>/test/", editor.send_test, name="send_test"),
    path("verwalten/ausgabe/<int:pk>/senden/", editor.send, name="send"),
]
