"""Wagtail hooks of the portal: tenancy in the admin's choosers and the editor's features."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.search import SearchArea
from wagtail.models import GroupPagePermission
from wagtail.snippets.models import register_snippet

from engagiert.core import pagecache
from engagiert.portal.contact_admin import ContactViewSet
from engagiert.portal.contacts import Contact, editable_contacts
from engagiert.portal.easy_read import EasyReadIndexPage, EasyReadPage

register_snippet(ContactViewSet)


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


# --- contacts (portal.contact_admin) -------------------------------------------------------------


class ContactSearchArea(SearchArea):
    def is_shown(self, request):
        return request.user.has_perm("portal.view_contact") or request.user.has_perm("portal.change_contact")


@hooks.register("register_admin_search_area")
def register_contact_search_area():
    return ContactSearchArea(
        _("Kontakte"), reverse("wagtailsnippets_portal_contact:list"), name="contacts", icon_name="mail", order=250
    )


@hooks.register("before_delete_snippet")
def delete_own_contacts_only(request, instances):
    """A bulk deletion (/redaktion/bulk/portal/contact/delete/?id=…) names contacts by id: one of
    another town's answers 404, as the single views do."""
    contacts = [obj for obj in instances if isinstance(obj, Contact)]
    if contacts and editable_contacts(request.user).filter(pk__in=[c.pk for c in contacts]).count() != len(contacts):
        raise Http404


def _contact_changed(request, instance):
    """Pages showing the contact render afresh (the page cache of the town, or of every town for
    a network's contact)."""
    if isinstance(instance, Contact):
        if instance.municipality_id:
            pagecache.content_changed(instance.municipality_id)
        if instance.network_id:
            for town in instance.network.municipalities.values_list("pk", flat=True):
                pagecache.content_changed(town)


@hooks.register("after_create_snippet")
def contact_created(request, instance):
    _contact_changed(request, instance)


@hooks.register("after_edit_snippet")
def contact_edited(request, instance):
    _contact_changed(request, instance)


@hooks.register("after_delete_snippet")
def contacts_deleted(request, instances):
    for instance in instances:
        _contact_changed(request, instance)


@hooks.register("register_admin_viewset")
def register_choosers():
    """Choosers of the Etappenplan and structure blocks: the editor's towns only."""
    from engagiert.portal.etappenplan import measure_chooser_viewset, organisation_chooser_viewset

    return [measure_chooser_viewset, organisation_chooser_viewset]


@hooks.register("construct_reports_menu")
def reports_of_own_sites(request, menu_items):
    """The page types report counts every town's pages (portal.admin_reports): platform admins only."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
