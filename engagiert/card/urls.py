from django.urls import path  # noqa: F401 - the capability's pages are added here

app_name = "card"

urlpatterns: list = []
