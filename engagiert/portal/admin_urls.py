"""Admin URLs that replace Wagtail's own, included before `wagtail.admin.urls`: one login for
everything (allauth: two-factor authentication and rate limits) and images uploaded one at a
time (with their alternative text; Wagtail's multiple uploader stores an image before anyone
could describe it)."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import path, reverse


def login(request):
    """Wagtail's login form checks the password alone: send people to allauth's instead."""
    target = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect_to_login(target, login_url="account_login")


def add_images(request):
    return redirect("wagtailimages:add")


def password_reset(request, **kwargs):
    return redirect("account_reset_password")


def snippets(request):
    """Wagtail's list of snippet types counts every town's rows: the contacts are the one type."""
    return redirect("wagtailsnippets_portal_contact:list")


urlpatterns = [
    path("login/", login, name="portal_admin_login"),
    path("images/multiple/add/", add_images, name="portal_admin_add_images"),
    path("password_reset/", password_reset, name="portal_admin_password_reset"),
    path("snippets/", snippets, name="portal_admin_snippets"),
]
