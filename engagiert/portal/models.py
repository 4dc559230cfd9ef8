"""The portal: each municipality and each regional network runs its own site in one Wagtail
page tree (PortalRootPage → TownHomePage / NetworkHomePage → content and news pages).

Tenancy follows the tree: a town's editors get page permissions on their TownHomePage and
collection permissions on the town's Collection (portal.services), so nothing of another town
reaches them. Text fields are stored per language with modeltranslation (translation.py)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Collection, Page, PageViewRestriction
from wagtail.search import index

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.core.search import TERM_MAX_LENGTH
from engagiert.portal.blocks import content_blocks, home_blocks
from engagiert.portal.news_archive import NewsArchiveMixin, NewsArticleMixin
from engagiert.portal.routes import app_segments

TREE_STEP = 4  # characters per level of Wagtail's materialised path
ALT_TEXT_MISSING = _(
    "Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext), oder kreuzen Sie „Nur Schmuck“ an."
)


# --- images and documents ------------------------------------------------------------------------


class PortalImage(AbstractImage):
    """An image with an alternative text (Wagtail's "description"), unless marked decorative.
    The field is not called `decorative`: Wagtail's images carry an attribute of that name for
    one use of an image in an ImageBlock, which its constructor resets."""

    marked_decorative = models.BooleanField(
        _("Nur Schmuck"),
        default=False,
        help_text=_("Ankreuzen, wenn das Bild nichts zeigt, was für das Verständnis nötig ist (kein Alternativtext)."),
    )

    admin_form_fields = (*Image.admin_form_fields, "marked_decorative")

    class Meta:
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(marked_decorative=True) | ~models.Q(description=""),
                name="portal_image_alt_or_decorative",
            )
        ]

    def clean(self) -> None:
        super().clean()
        if not self.marked_decorative and not (self.description or "").strip():
            raise ValidationError({"description": ALT_TEXT_MISSING})

    @property
    def alt(self) -> str:
        """The alternative text for <img alt>: empty for a decorative image."""
        return "" if self.marked_decorative else self.description

    @property
    def default_alt_text(self) -> str:
        """What Wagtail's renditions and rich text put in alt (never the title in its place)."""
        return self.alt


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalDocument(AbstractDocument):
    """A PDF document (checked on upload, size-limited by WAGTAILDOCS_MAX_UPLOAD_SIZE)."""

    admin_form_fields = Document.admin_form_fields

    class Meta:
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")


# --- pages ---------------------------------------------------------------------------------------


class PortalPageForm(WagtailAdminPageForm):
    """Refuses slugs of pages directly under a start page that an app's address already uses
    (/<town>/durchblick/ …): such a page could never be reached."""

    def clean(self):
        cleaned = super().clean()
        slug = cleaned.get("slug")
        if slug and self.parent_page is not None and isinstance(self.parent_page.specific, SiteHomePage):
            if slug in app_segments():
                self.add_error("slug", slug_taken_message(slug))
        return cleaned


def slug_taken_message(slug: str) -> str:
    return _("Die Adresse „%(slug)s“ gehört schon zu einem Bereich der Plattform. Bitte wählen Sie eine andere.") % {
        "slug": slug
    }


# (type of a page, slug of a child) -> the type that child was routed as (PortalPage.route): a
# guess, checked by the query that reads the child. Kept per process, up to CHILD_TYPES_KEPT.
_child_types: dict[tuple[type, str], type] = {}
CHILD_TYPES_KEPT = 10_000


def forget_child_types() -> None:
    """Empties the routing's guesses (tests: each starts with none, its query counts the same in any order)."""
    _child_types.clear()


def _child_type(parent: type, slug: str) -> type | None:
    """The type a child `slug` of a page of type `parent` probably has: the one routed before,
    else the first type allowed below `parent` (its most common: a start page's content page)."""
    known = _child_types.get((parent, slug))
    if known is not None:
        return known
    allowed = parent.allowed_subpage_models()
    return allowed[0] if allowed else None


def view_restricted() -> Exists:
    """Whether a view restriction (an editor's "private" setting) covers the page of the outer
    query: one on the page itself or on an ancestor (its path begins with theirs)."""
    path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    return Exists(PageViewRestriction.objects.filter(StartsWith(path, F("page__path"))))


class PortalPage(Page):
    """What every page of the portal shares: the town or network it belongs to (the start page
    at the top of its subtree), a meta description, and the reserved-slug check."""

    base_form_class = PortalPageForm
    search_fields = Page.search_fields
    route_related: tuple[str, ...] = ()  # what `route` reads with the page (select_related)

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Every block of every stream is turned into its value before the page or a revision is
        # stored, so that each block's get_prep_value runs (rich text sanitised): a stream given
        # as raw JSON would otherwise be stored as it came.
        for field in self._meta.get_fields():
            if isinstance(field, StreamField):
                for _block in getattr(self, field.attname) or ():
                    pass
        return super().full_clean(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.path and len(self.path) == 3 * TREE_STEP + TREE_STEP and self.slug in app_segments():
            raise ValidationError({"slug": slug_taken_message(self.slug)})

    @cached_property
    def site_home(self) -> SiteHomePage | None:
        """The town's or network's start page this page belongs to (None above them): the page
        it was routed through when it was (Wagtail's routing keeps each page's parent on it: no
        query), else one query."""
        if self.depth < 3:
            return None
        if self.depth == 3:
            return self.specific if isinstance(self.specific, SiteHomePage) else None
        page = self
        while page is not None and page.depth > 3:
            page = page.__dict__.get("_cached_parent_obj")
        if isinstance(page, SiteHomePage) and page.path == self.path[: 3 * TREE_STEP]:
            return page
        home = Page.objects.filter(path=self.path[: 3 * TREE_STEP]).specific().first()
        return home if isinstance(home, SiteHomePage) else None

    def route(self, request, path_components):
        """Wagtail's routing, reading a child with its type in one query (its page joined to its
        type's table) instead of two (the page, then again as its type) when its type is guessed
        right (_child_type); a wrong guess costs that query, then the child is routed as Wagtail
        does and its type remembered. Wagtail keeps each page's parent on it, as here. The query
        also tells whether a view restriction covers the child (get_view_restrictions)."""
        if not path_components or self.is_leaf():
            return super().route(request, path_components)
        slug, rest = path_components[0], path_components[1:]
        model = _child_type(type(self), slug)
        children = {"depth": self.depth + 1, "path__range": self._get_children_path_interval(self.path)}
        child = None
        if model is not None:
            qs = model.objects.filter(**children, slug=slug).annotate(portal_restricted=view_restricted())
            child = qs.select_related(*model.route_related).first() if model.route_related else qs.first()
        if child is None:
            try:
                child = Page.objects.get(**children, slug=slug).specific
            except Page.DoesNotExist as e:
                raise Http404 from e
            if len(_child_types) >= CHILD_TYPES_KEPT:
                _child_types.clear()
            _child_types[(type(self), slug)] = type(child)
        child._cached_parent_obj = self
        return child.route(request, rest)

    def get_view_restrictions(self):
        """Wagtail's: the view restrictions of this page and of its ancestors (an alias's: its
        source's). A routed page knows its ancestors up to the site's root (Wagtail's routing keeps
        each page's parent on it), and whether any restriction covers it (read with it by `route`):
        none without a query then, else their restrictions and the tree root's (by its path) in one
        query, instead of reading the ancestors first."""
        chain, page = [], self
        while page is not None:
            chain.append(page)
            page = page.__dict__.get("_cached_parent_obj")
        top = chain[-1]
        if top.depth > 2 or any(p.alias_of_id for p in chain):
            return super().get_view_restrictions()
        if self.__dict__.get("portal_restricted") is False:
            return PageViewRestriction.objects.none()
        above = [top.path[: TREE_STEP * depth] for depth in range(1, top.depth)]  # the tree's root
        return PageViewRestriction.objects.filter(Q(page_id__in={p.pk for p in chain}) | Q(page__path__in=above))

    @property
    def municipality(self) -> Municipality | None:
        home = self.site_home
        return getattr(home, "town", None) if home else None

    def portal_municipalities(self) -> list[Municipality]:
        home = self.site_home
        return home.member_municipalities() if home else []

    def meta_description(self) -> str:
        """search_description, else the intro or teaser, else the first intro block's text."""
        text = self.search_description or getattr(self, "intro", "") or getattr(self, "teaser", "")
        if not text:
            for block in getattr(self, "body", None) or []:
                if block.block_type == "intro":
                    text = block.value.get("text").source if block.value.get("text") else block.value["heading"]
                    break
                if block.block_type == "text":
                    text = block.value.source
                    break
        return Truncator(" ".join(strip_tags(text or "").split())).chars(160)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home, known = self.site_home, getattr(request, "municipality", None)
        if isinstance(home, TownHomePage) and known is not None and known.pk == home.town_id:
            home.town = known  # the town the middleware read for /<slug>/…: not read twice
        town = self.municipality
        if town is not None:
            request.municipality = town  # the town's header, footer and languages (base.html)
        context["portal_home"] = self.site_home
        context["portal_municipalities"] = self.portal_municipalities()
        return context


class PortalRootPage(PortalPage):
    """The top of the portal's tree (Wagtail's site root); its children are the start pages."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["portal.TownHomePage", "portal.NetworkHomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Portal")


class SiteHomePage(PortalPage):
    """A start page: of a town (TownHomePage) or of a regional network (NetworkHomePage)."""

    intro = models.TextField(_("Kurzbeschreibung"), blank=True, max_length=500)
    body = StreamField(home_blocks(), blank=True, verbose_name=_("Inhalt"))
    collection = models.ForeignKey(
        Collection, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )

    parent_page_types = ["portal.PortalRootPage"]
    subpage_types = [
        "portal.ContentPage",
        "portal.NewsIndexPage",
        "portal.ProgrammePage",
        "portal.EasyReadIndexPage",
        "portal.ContactPage",
    ]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def member_municipalities(self) -> list[Municipality]:
        specific = self.specific
        if isinstance(specific, TownHomePage):
            return [specific.town]
        if isinstance(specific, NetworkHomePage):
            return list(specific.network.municipalities.all())
        return []


class TownHomePage(SiteHomePage):
    """The start page of a municipality, at /<municipality-slug>/."""

    town = models.OneToOneField(
        Municipality, on_delete=models.PROTECT, related_name="portal_home", verbose_name=_("Kommune"), editable=False
    )

    parent_page_types = ["portal.PortalRootPage"]
    template = "portal/site_home_page.html"
    route_related = ("town",)  # its pages' town (header, footer, live blocks): no query of its own

    class Meta:
        verbose_name = _("Startseite einer Kommune")
        verbose_name_plural = _("Startseiten der Kommunen")


class NetworkHomePage(SiteHomePage):
    """The start page of a regional network, at /<network-slug>/."""

    network = models.OneToOneField(
        RegionalNetwork,
        on_delete=models.PROTECT,
        related_name="portal_home",
        verbose_name=_("Regionalnetzwerk"),
        editable=False,
    )

    parent_page_types = ["portal.PortalRootPage"]
    template = "portal/site_home_page.html"
    route_related = ("network",)

    class Meta:
        verbose_name = _("Startseite eines Regionalnetzwerks")
        verbose_name_plural = _("Startseiten der Regionalnetzwerke")


class ContentPage(PortalPage):
    """A page of text and blocks (a programme, "Über uns" …; Leichte Sprache: portal.easy_read)."""

    intro = models.TextField(_("Einleitung"), blank=True, max_length=600)
    body = StreamField(content_blocks(), blank=True, verbose_name=_("Inhalt"))

    parent_page_types = ["portal.TownHomePage", "portal.NetworkHomePage", "portal.ContentPage", "portal.ProgrammePage"]
    subpage_types = ["portal.ContentPage", "portal.ProgrammePage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


class NewsIndexPage(NewsArchiveMixin, PortalPage):
    """ "Aktuelles" of a town or network: its news, newest first."""

    intro = models.TextField(_("Einleitung"), blank=True, max_length=600)

    parent_page_types = ["portal.TownHomePage", "portal.NetworkHomePage"]
    subpage_types = ["portal.NewsPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("Nachrichtenübersicht")
        verbose_name_plural = _("Nachrichtenübersichten")


class NewsPage(NewsArticleMixin, PortalPage):
    """A news item (Aktuelles): title, teaser, image, date, topics and body."""

    date = models.DateField(_("Datum"), default=timezone.localdate)
    teaser = models.TextField(_("Anreißer"), max_length=400, help_text=_("Ein bis drei Sätze für Übersichten."))
    image = models.ForeignKey(
        PortalImage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Bild")
    )
    topics = ParentalManyToManyField("directory.Topic", blank=True, related_name="news", verbose_name=_("Themen"))
    body = StreamField(content_blocks(), blank=True, verbose_name=_("Text"))

    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types: list[str] = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("teaser"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")
        # Newest first as every list orders them (date, then the newest page): read in the
        # index's order, a list stops after its first rows (no sort of a whole day's news).
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="portal_news_date_page")]


from engagiert.portal.contacts import Contact, ContactPage  # noqa: E402, F401  (contacts)
from engagiert.portal.easy_read import EasyReadIndexPage, EasyReadPage  # noqa: E402, F401  (Leichte Sprache)
from engagiert.portal.programmes import ProgrammePage  # noqa: E402, F401  (pages of the "pages" slice)


class PageSearchTerm(models.Model):
    """One stemmed term of a live portal page (portal.search): the site-wide search's index of
    pages and news, written with core.search's tokens when a page is published. `home` is the
    start page the page belongs to (the scope: a town searches its own start page's terms and
    its networks'), so network news are indexed once and found in each member town."""

    # No index of their own: the unique constraint begins with the page and the search's index
    # with the start page (a separate index on `home` drew PostgreSQL's planner away from the
    # search's: every term of the start page read to find one prefix).
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+", db_index=False)
    home = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+", db_index=False)
    term = models.CharField(max_length=TERM_MAX_LENGTH)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "term"], name="portal_page_term_unique")]
        indexes = [
            models.Index(
                fields=["home", "term", "page"],
                opclasses=["int4_ops", "varchar_pattern_ops", "int4_ops"],
                name="portal_term_home_term_page",
            )
        ]

    def __str__(self) -> str:
        return self.term
