"""Admin URLs that replace Wagtail's own, included before `wagtail.admin.urls`: one login for
everything (allauth: two-factor authentication and rate limits) and images uploaded one at a
time (with their alternative text; Wagtail's multiple uploader stores an image before anyone
could describe it), and Wagtail's reports limited to the editor's own sites (portal.admin_reports)."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import include, path, reverse

from engagiert.portal import admin_reports


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


_REPORTS = [
    path("locked/", admin_reports.LockedPagesView.as_view()),
    path("locked/results/", admin_reports.LockedPagesView.as_view(results_only=True)),
    path("workflow/", admin_reports.WorkflowView.as_view()),
    path("workflow/results/", admin_reports.WorkflowView.as_view(results_only=True)),
    path("workflow_tasks/", admin_reports.WorkflowTasksView.as_view()),
    path(
        "workflow_tasks/results/",
        admin_reports.WorkflowTasksView.as_view(results_only=True),
    ),
    path("site-history/", admin_reports.LogEntriesView.as_view()),
    path("site-history/results/", admin_reports.LogEntriesView.as_view(results_only=True)),
    path("page-types-usage/", admin_reports.PageTypesUsageReportView.as_view()),
    path(
        "page-types-usage/results/",
        admin_reports.PageTypesUsageReportView.as_view(results_only=True),
    ),
]

urlpatterns = [
    path("login/", login, name="portal_admin_login"),
    path("images/multiple/add/", add_images, name="portal_admin_add_images"),
    path("password_reset/", password_reset, name="portal_admin_password_reset"),
    path("snippets/", snippets, name="portal_admin_snippets"),
    # Wagtail's reports at their own addresses (Wagtail's URL names point here: these come first)
    path("reports/", include(_REPORTS)),
]
