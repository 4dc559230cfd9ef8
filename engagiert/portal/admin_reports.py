"""Wagtail's reports under /redaktion/reports/, limited to the editor's own sites.

Wagtail already limits the rows of its reports to pages the editor may change, but the filters
above them listed every workflow, task and person the whole platform has (another town's
workflow "Freigabe Dessau-Roßlau", its editors' addresses). These views replace Wagtail's (the
same URLs, included first): the filters offer the workflows of the editor's own sites and the
people of their own editorial teams only. The page types report counts every town's pages and
names the last page edited anywhere: it is for platform admins only. Platform admins see
everything, as in Wagtail."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from wagtail.admin.views.reports import audit_logging, locked_pages, page_types_usage, workflows
from wagtail.models import Page, Task, Workflow

from engagiert.portal.wagtail_hooks import editable_roots, within_own_sites


def team(user) -> QuerySet:
    """The people who edit a site `user` edits (they share one of its editor groups), `user` included."""
    User = get_user_model()
    if user.is_superuser:
        return User.objects.all()
    roots = editable_roots(user)
    groups = Group.objects.filter(page_permissions__page__path__in=roots).values("pk")
    return User.objects.filter(Q(groups__in=groups) | Q(pk=user.pk)).distinct()


def own_workflows(user) -> QuerySet:
    """The workflows of the sites `user` edits."""
    if user.is_superuser:
        return Workflow.objects.all()
    pages = within_own_sites(Page.objects.all(), user).values("pk")
    return Workflow.objects.filter(workflow_pages__page__in=pages).distinct()


def own_tasks(user) -> QuerySet:
    if user.is_superuser:
        return Task.objects.all()
    return Task.objects.filter(workflow_tasks__workflow__in=own_workflows(user).values("pk")).distinct()


def _in_team(users: QuerySet, user) -> QuerySet:
    return users if user.is_superuser else users.filter(pk__in=team(user).values("pk"))


class WorkflowFilters(workflows.WorkflowReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(
        field_name="workflow", queryset=lambda request: own_workflows(request.user)
    )
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by",
        queryset=lambda request: _in_team(workflows.get_requested_by_queryset(request), request.user),
    )


class WorkflowTaskFilters(workflows.WorkflowTasksReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(
        field_name="workflow_state__workflow",
        queryset=lambda request: own_workflows(request.user),
        label=workflows.WorkflowTasksReportFilterSet.base_filters["workflow"].label,
    )
    task = workflows.FilteredModelChoiceFilter(
        queryset=lambda request: own_tasks(request.user),
        filter_field="id_workflow",
        filter_accessor="workflows",
    )


class WorkflowView(workflows.WorkflowView):
    filterset_class = WorkflowFilters


class WorkflowTasksView(workflows.WorkflowTasksView):
    filterset_class = WorkflowTaskFilters


class LockedPageFilters(locked_pages.LockedPagesReportFilterSet):
    locked_by = django_filters.ModelChoiceFilter(
        field_name="locked_by",
        queryset=lambda request: _in_team(locked_pages.get_users_for_filter(), request.user),
    )


class LockedPagesView(locked_pages.LockedPagesView):
    filterset_class = LockedPageFilters


class SiteHistoryFilters(audit_logging.SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        return _in_team(super().get_users_queryset(), self.request.user)


class LogEntriesView(audit_logging.LogEntriesView):
    filterset_class = SiteHistoryFilters


class PageTypesUsageReportView(page_types_usage.PageTypesUsageReportView):
    """Counts over every town's pages: platform admins only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
