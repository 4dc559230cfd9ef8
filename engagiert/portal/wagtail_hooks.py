"""Wagtail hooks of the portal: tenancy in the admin's choosers and the editor's features."""

from __future__ import annotations

from django.db.models import Q
from wagtail import hooks
from wagtail.models import GroupPagePermission


def editable_roots(user) -> list[str]:
    """Tree paths of the start pages whose subtree `user`'s groups may edit."""
    return list(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct())


def within_own_sites(pages, user):
    """`pages` limited to the sites `user` edits (platform admins see every site)."""
    if user.is_superuser:
        return pages
    roots = editable_roots(user)
    if not roots:
        return pages.none()
    where = Q()
    for path in roots:
        where |= Q(path__startswith=path)
    return pages.filter(where)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_in_own_sites(pages, request):
    """Links to pages point within the editor's own town (or network) site."""
    return within_own_sites(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_in_own_sites(parent_page, pages, request):
    return within_own_sites(pages, request.user)


@hooks.register("construct_reports_menu")
def reports_of_own_sites(request, menu_items):
    """The page types report counts every town's pages (portal.admin_reports): platform admins only."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
