"""Wagtail hooks of the portal: tenancy in the admin's choosers and the editor's features."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import GroupPagePermission

from engagiert.portal.easy_read import EasyReadIndexPage, EasyReadPage


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


def linked_from_every_page(page) -> bool:
    """The overview in Leichte Sprache (every page's header links it) and the accessibility
    statement in Leichte Sprache (the standard statement links it): BITV 2.0 § 4."""
    specific = page.specific
    return isinstance(specific, EasyReadIndexPage) or (isinstance(specific, EasyReadPage) and bool(specific.fixed_slug))


@hooks.register("before_unpublish_page")
@hooks.register("before_delete_page")
def keep_easy_read_pages(request, page):
    if not linked_from_every_page(page):
        return None
    messages.error(
        request,
        _(
            "Diese Seite in Leichter Sprache bleibt online: andere Seiten verweisen darauf. "
            "Sie können ihren Inhalt ändern."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
