"""The app's URLconf plus a trivial view on the same middleware stack: the reference."""

from django.http import HttpResponse
from django.urls import path

from engagiert.urls import urlpatterns as app_urlpatterns


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/bare", bare, name="bench_bare"), *app_urlpatterns]
