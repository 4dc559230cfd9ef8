"""Writes of the portal: a town's or network's site (subtree, collection, editor groups and
workflow) and the editor groups that follow the project's roles.

Nothing here runs from signals: `ensure_site` is called where a municipality is created (the
Django admin and the demo, through core.registry's municipality setup) and by
`manage.py ensure_portal_sites`; `sync_editor_groups` is called by core.roles whenever a role is
granted or withdrawn (core.registry's role listeners)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from engagiert.core import mail, tokens
from engagiert.core.models import Municipality, RegionalNetwork, Role
from engagiert.core.ratelimit import limit_reached
from engagiert.portal import easy_read_texts
from engagiert.portal.easy_read import INDEX_SLUG, EasyReadIndexPage, EasyReadPage
from engagiert.portal.models import Contact, ContactPage, NetworkHomePage, NewsIndexPage, PortalRootPage, TownHomePage
from engagiert.portal.tenancy import EDITING_ROLES

# Page permissions on the start page's subtree. Editors (Redaktion) draft and submit; the
# coordination publishes (and approves the editors' submissions in the town's workflow).
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
# Permissions on the town's collection of images and documents.
COORDINATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtaildocs", "choose_document"),
]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
# Permissions on contacts (snippets); which contacts an editor reaches is narrowed to their
# towns' and networks' in portal.contact_admin.
COORDINATOR_CONTACT_PERMISSIONS = ["add_contact", "change_contact", "delete_contact", "view_contact"]
EDITOR_CONTACT_PERMISSIONS = ["view_contact"]


@dataclass(frozen=True)
class SiteParts:
    home: Page
    collection: Collection
    coordinators: Group
    editors: Group


def group_name(slug: str, kind: str) -> str:
    """The Wagtail group of a town's (or network's) coordinators or editors."""
    label = {Role.Kind.COORDINATOR: "Koordination", Role.Kind.EDITOR: "Redaktion"}[kind]
    return f"Portal {slug}: {label}"


def ensure_portal_root() -> PortalRootPage:
    """The portal's root page, made Wagtail's default site root (once)."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    root = PortalRootPage.objects.first()
    if root is None:
        # Wagtail's migrations make the tree's root; a flushed database (tests) has none.
        tree_root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", live=True))
        root = tree_root.add_child(instance=PortalRootPage(title="Engagiert", slug="portal", live=True))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True, site_name="Engagiert")
    elif site.root_page_id != root.pk:
        site.root_page = root
        site.site_name = "Engagiert"
        site.save()
    return root


def _admin_access() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _grant(
    group: Group, *, home: Page, collection: Collection, page_perms: list[str], collection_perms, contact_perms=()
) -> None:
    group.permissions.add(_admin_access())
    if contact_perms:
        group.permissions.add(*Permission.objects.filter(content_type__app_label="portal", codename__in=contact_perms))
    for codename in page_perms:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    for app_label, codename in collection_perms:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def _site_parts(home, *, slug: str, name: str) -> SiteParts:
    """The collection, groups and moderation workflow of a start page (made when missing)."""
    if home.collection_id is None:
        top = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = top.add_child(name=name)
        home.collection = collection
        home.save(update_fields=["collection"])
    collection = home.collection
    coordinators, _created = Group.objects.get_or_create(name=group_name(slug, Role.Kind.COORDINATOR))
    editors, _created = Group.objects.get_or_create(name=group_name(slug, Role.Kind.EDITOR))
    _grant(
        coordinators,
        home=home,
        collection=collection,
        page_perms=COORDINATOR_PAGE_PERMISSIONS,
        collection_perms=COORDINATOR_COLLECTION_PERMISSIONS,
        contact_perms=COORDINATOR_CONTACT_PERMISSIONS,
    )
    _grant(
        editors,
        home=home,
        collection=collection,
        page_perms=EDITOR_PAGE_PERMISSIONS,
        collection_perms=EDITOR_COLLECTION_PERMISSIONS,
        contact_perms=EDITOR_CONTACT_PERMISSIONS,
    )
    _ensure_workflow(home, name=name, approvers=coordinators)
    return SiteParts(home=home, collection=collection, coordinators=coordinators, editors=editors)


def _ensure_workflow(home: Page, *, name: str, approvers: Group) -> None:
    """A moderation step for this site: the coordination approves what editors submit."""
    if WorkflowPage.objects.filter(page=home).exists():
        return
    with override("de"):
        workflow = Workflow.objects.create(name=_("Freigabe %(name)s") % {"name": name}, active=True)
        task = GroupApprovalTask.objects.create(name=_("Freigabe durch die Koordination %(name)s") % {"name": name})
    task.groups.set([approvers])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)


def _default_body(*, town: bool) -> list[dict]:
    """The blocks of a fresh start page: introduction, search, next events, Mach mit! offers,
    latest news, the Ehrenamtskarte, the Durchblick, Glücksbringer portraits and figures of the
    impact dashboard (the editors change it from there)."""
    with override("de"):
        body = [
            {"type": "search", "value": {"label": "Wer kann helfen bei …?"}},
            {"type": "live", "value": {"kind": "events", "heading": "", "count": 3}},
            {"type": "live", "value": {"kind": "volunteering", "heading": "", "count": 3}},
            {"type": "live", "value": {"kind": "news", "heading": "", "count": 3}},
        ]
        if town:
            body.append({"type": "live", "value": {"kind": "card", "heading": "", "count": 1}})
        body.append({"type": "live", "value": {"kind": "directory", "heading": "", "count": 1}})
        if town:
            body.append({"type": "live", "value": {"kind": "portraits", "heading": "", "count": 3}})
            body.append({"type": "live", "value": {"kind": "impact", "heading": "", "count": 4}})
    return body


def _intro_block(name: str) -> dict:
    return {
        "type": "intro",
        "value": {
            "heading": f"Engagiert in {name}",
            "text": "<p>Hier finden Sie Vereine, Initiativen und Angebote zum Mitmachen, "
            "Begegnungen in Ihrer Nähe und alles zur Ehrenamtskarte.</p>",
            "image": None,
        },
    }


def _in_every_language(**texts: str) -> dict[str, str]:
    """A default page's fields in every interface language, from the translation catalogues:
    {"title_de": "Kontakt", "title_ar": "التواصل", …} for title=gettext_noop("Kontakt"), so that a
    fresh site reads in the visitor's language until the editors write their own."""
    fields = {}
    for lang, _name in settings.LANGUAGES:
        with override(lang):
            fields.update({f"{name}_{lang}": _(msgid) for name, msgid in texts.items()})
    return fields


def _news_index(home: Page) -> None:
    if not NewsIndexPage.objects.child_of(home).exists():
        title = _in_every_language(title=gettext_noop("Aktuelles"))
        home.add_child(instance=NewsIndexPage(title=title["title_de"], slug="aktuelles", live=True, **title))


def ensure_easy_read(*, home: TownHomePage, municipality: Municipality) -> EasyReadIndexPage:
    """The town's overview in Leichte Sprache at /<town>/leichte-sprache/ with its default pages
    (portal.easy_read_texts), made once: an existing overview and its pages are left as the
    editors keep them."""
    index = EasyReadIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = EasyReadIndexPage(
        title="Leichte Sprache",
        title_de="Leichte Sprache",
        slug=INDEX_SLUG,
        summary="Texte in Leichter Sprache",
        body=easy_read_texts.index_body(municipality),
        live=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    for default in easy_read_texts.default_pages(municipality):
        page = EasyReadPage(
            title=default.title,
            title_de=default.title,
            slug=default.slug,
            fixed_slug=default.fixed_slug,
            summary=default.summary,
            body=default.body,
            live=True,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


CONTACT_SLUG = "kontakt"  # the footer (base.html) links /<town>/kontakt/


def _contact_page(home: Page) -> None:
    """ "Kontakt": the site's contacts and the contact form (made once; editors change it)."""
    if ContactPage.objects.child_of(home).exists() or Page.objects.child_of(home).filter(slug=CONTACT_SLUG).exists():
        return
    texts = _in_every_language(
        title=gettext_noop("Kontakt"),
        intro=gettext_noop("So erreichen Sie uns. Schreiben Sie uns gern über das Formular unten."),
    )
    page = ContactPage(title=texts["title_de"], intro=texts["intro_de"], slug=CONTACT_SLUG, live=True, **texts)
    home.add_child(instance=page)


# The content's default language (German) while a site is made, whatever the interface language of
# the person who makes it: the pages' `title=` and the default blocks then fill the German fields,
# which are required (other languages fall back to them).
def in_content_language(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with override(settings.LANGUAGE_CODE):  # a new one per call: thread-safe and re-entrant
            return func(*args, **kwargs)

    return wrapper


@transaction.atomic
@in_content_language
def ensure_site(*, municipality: Municipality) -> SiteParts:
    """The town's site: start page at /<slug>/ with the default blocks, "Aktuelles", the pages
    in Leichte Sprache, its collection of images and documents, its editor groups (with the
    town's roles as members) and its moderation workflow. Idempotent: what exists is left as
    it is."""
    root = ensure_portal_root()
    home = TownHomePage.objects.filter(town=municipality).first()
    if home is None:
        home = TownHomePage(
            town=municipality,
            title=municipality.name,
            title_de=municipality.name,
            slug=municipality.slug,
            body=[_intro_block(municipality.name), *_default_body(town=True)],
            live=True,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    _news_index(home)
    ensure_easy_read(home=home, municipality=municipality)
    _contact_page(home)
    parts = _site_parts(home, slug=municipality.slug, name=municipality.name)
    for role in Role.objects.filter(municipality=municipality, kind__in=EDITING_ROLES).select_related("user"):
        sync_editor_groups(user=role.user, municipality=municipality)
    return parts


@transaction.atomic
@in_content_language
def ensure_network_site(*, network: RegionalNetwork) -> SiteParts:
    """The regional network's site at /<network-slug>/ (start page, news, collection, groups)."""
    root = ensure_portal_root()
    home = NetworkHomePage.objects.filter(network=network).first()
    if home is None:
        home = NetworkHomePage(
            network=network,
            title=network.name,
            title_de=network.name,
            slug=network.slug,
            body=[_intro_block(network.name), *_default_body(town=False)],
            live=True,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    _news_index(home)
    _contact_page(home)
    parts = _site_parts(home, slug=network.slug, name=network.name)
    roles = Role.objects.filter(municipality__networks=network, kind__in=EDITING_ROLES)
    roles = roles.select_related("user", "municipality")
    for role in roles:
        sync_editor_groups(user=role.user, municipality=role.municipality)
    return parts


def sync_editor_groups(*, user, municipality: Municipality) -> None:
    """Put `user` into the editor groups their roles give, and out of the others: called whenever
    a role of `user` in `municipality` is granted or withdrawn (core.roles). A town's roles give
    its site's groups; a role in any member town gives the same group of the network's site."""
    roles = Role.objects.filter(user=user, kind__in=EDITING_ROLES)
    own = set(roles.filter(municipality=municipality).values_list("kind", flat=True))
    _sync(user, slug=municipality.slug, kinds=own)
    for network in municipality.networks.all():
        kinds = set(roles.filter(municipality__networks=network).values_list("kind", flat=True))
        _sync(user, slug=network.slug, kinds=kinds)


def _sync(user, *, slug: str, kinds: set[str]) -> None:
    for kind in EDITING_ROLES:
        group = Group.objects.filter(name=group_name(slug, kind)).first()
        if group is None:
            continue
        if kind in kinds:
            user.groups.add(group)
        else:
            user.groups.remove(group)


# --- the contact form --------------------------------------------------------------------------

CONTACT_CLIENT_LIMIT = 10  # messages per client address and hour
CONTACT_SENDER_LIMIT = 5  # messages per sender address and hour


class ContactLimitReached(Exception):
    """Too many messages from this client or this sender address: nothing was sent."""


def send_contact_message(
    request,
    *,
    contact: Contact,
    municipality: Municipality | None,
    name: str,
    email: str,
    subject: str,
    message: str,
    language: str,
) -> None:
    """Mail a visitor's message to the office `contact` (in German, answerable to the sender)
    and a copy to the sender (in their language), after the transaction commits. Nothing is
    stored but the rate-limit counts (per client address, and per sender address as a hash)."""
    if not contact.email:
        raise ValueError("The contact has no e-mail address.")
    if limit_reached(request, action="portal:contact-form", limit=CONTACT_CLIENT_LIMIT):
        raise ContactLimitReached(
            _("Zu viele Nachrichten von diesem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.")
        )
    sender = email.strip().lower()
    if limit_reached(request, action="portal:contact-sender", limit=CONTACT_SENDER_LIMIT, who=tokens.digest(sender)):
        raise ContactLimitReached(
            _(
                "Von dieser E-Mail-Adresse kamen gerade mehrere Nachrichten. Bitte versuchen Sie es in einer Stunde "
                "erneut."
            )
        )
    context = {
        "contact": contact,
        "sender_name": name,
        "sender_email": sender,
        "subject": subject,
        "message": message,
        "page_url": request.build_absolute_uri(),
    }
    mail.send(
        template="portal/email/contact_message",
        to=contact.email,
        municipality=municipality,
        context=context,
        language="de",
        headers={"Reply-To": sender},
    )
    mail.send(
        template="portal/email/contact_copy",
        to=sender,
        municipality=municipality,
        context=context,
        language=language,
    )


def page_changed(sender, instance, **kwargs) -> None:
    """A portal page was published or unpublished (wagtail.signals): the towns it belongs to
    show it afresh (their cached pages and fragments: a start page lists the latest news)."""
    from engagiert.core import pagecache
    from engagiert.portal.models import PortalPage

    if not isinstance(instance, PortalPage):
        return
    for town in instance.portal_municipalities():
        pagecache.content_changed(town)


def page_moved(sender, instance, parent_page_before, **kwargs) -> None:
    """A page moved (wagtail.signals.post_page_move): the towns of the site it left and of the
    one it is in now show it afresh (menus, lists, its address)."""
    page_changed(sender, instance.specific_deferred)
    page_changed(sender, parent_page_before.specific_deferred)


def connect_page_signals() -> None:
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(page_changed, dispatch_uid="portal-page-published")
    page_unpublished.connect(page_changed, dispatch_uid="portal-page-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="portal-page-moved")
