"""Contacts in the editors' admin (/redaktion/snippets/portal/contact/): a SnippetViewSet whose every view
reaches only the contacts of the editor's towns and networks (portal.contacts.editable_contacts).

Wagtail narrows only the listing by `get_queryset`: its edit, delete, copy, history, usage and
inspect views and the chooser's "chosen" view fetch the object by primary key from the model's
default manager, and the chooser lists every row. So here every URL of the viewset and of its
chooser that names a contact answers 404 for another town's (`_own_only`, wrapped around the
views), the listing, the chooser (its "chosen-multiple" too) and their searches read
`editable_contacts`, and a bulk
deletion of another town's contacts answers 404 (portal.wagtail_hooks)."""

from __future__ import annotations

import functools

from django import forms
from django.db.models import Q
from django.http import Http404
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from engagiert.portal.contacts import Contact, editable_contacts

SEARCH_FIELDS = ("name_de", "person", "room_de", "street", "city", "email")


def search_contacts(contacts, query: str):
    """Contacts whose name, person, room, address or e-mail contains `query` (the database, no
    search index: the list is one town's)."""
    where = Q()
    for field in SEARCH_FIELDS:
        where |= Q(**{f"{field}__icontains": query})
    return contacts.filter(where)


def _own_only(view):
    """`view` for the contacts the user edits; another's primary key answers 404."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                key = int(str(pk))
            except ValueError:
                raise Http404 from None
            if not editable_contacts(request.user).filter(pk=key).exists():
                raise Http404
        return view(request, *args, **kwargs)

    return guarded


def _guard(patterns: list) -> list:
    return [
        URLPattern(p.pattern, _own_only(p.callback), p.default_args, p.name) if isinstance(p, URLPattern) else p
        for p in patterns
    ]


class ContactSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Suchbegriff"), required=False, widget=forms.TextInput(attrs={"placeholder": _("Suchen")})
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = search_contacts(objects, query)
            self.is_searching, self.search_query = True, query
        return objects


class _OwnContactsMixin:
    filter_form_class = ContactSearchForm

    def get_object_list(self):
        return editable_contacts(self.request.user).select_related("municipality", "network").order_by("name", "pk")

    @property
    def columns(self):
        return [*super().columns, Column("owner_name", label=_("Gehört zu"), accessor="owner_name")]


class ContactChooseView(_OwnContactsMixin, ChooseView):
    pass


class ContactChooseResultsView(_OwnContactsMixin, ChooseResultsView):
    pass


class ContactChosenView(SnippetChosenView):
    def get_object(self, pk):
        return editable_contacts(self.request.user).get(pk=pk)


class ContactChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return editable_contacts(self.request.user).filter(pk__in=[pk for pk in pks if str(pk).isdigit()])


class ContactChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ContactChooseView
    choose_results_view_class = ContactChooseResultsView
    chosen_view_class = ContactChosenView
    chosen_multiple_view_class = ContactChosenMultipleView

    def get_urlpatterns(self):
        return _guard(super().get_urlpatterns())


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "mail"
    menu_label = _("Kontakte")
    menu_name = "contacts"
    menu_order = 250
    add_to_admin_menu = True
    chooser_viewset_class = ContactChooserViewSet
    list_display = ["name", "person", "email", Column("owner_name", label=_("Gehört zu"))]
    search_fields = list(SEARCH_FIELDS)
    search_backend_name = None  # the database's "contains" (no search index for contacts)
    copy_view_enabled = True
    inspect_view_enabled = False

    def get_queryset(self, request):
        return editable_contacts(request.user).select_related("municipality", "network")

    def get_urlpatterns(self):
        return _guard(super().get_urlpatterns())
