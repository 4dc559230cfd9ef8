"""Pages in Leichte Sprache (imported at the end of portal.models): each town has an overview at
/<town>/leichte-sprache/ (`EasyReadIndexPage`, linked from every page's header through
core.registry's `register_easy_read`) with pages about what the site offers, how to use it, the
Ehrenamtskarte, Begegnungen, Mach mit! and the accessibility statement (BITV 2.0 § 4).

The content is German (Leichte Sprache is a variant of German): it is not translated, it keeps
lang="de" whatever the interface language is. The page body is a list of sections ("Abschnitt":
heading, one short sentence per line, an optional picture and link) and word explanations. The
overview and the accessibility statement keep their addresses, so that the header and the
standard accessibility statement can link to them without asking the database."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.search import index

from engagiert.core.registry import EasyReadLinks
from engagiert.portal.models import PortalPage

INDEX_SLUG = "leichte-sprache"
ACCESSIBILITY_SLUG = "barrierefreiheit"

# Areas of the platform a section may link to: (key, label, URL name, takes the town's slug).
AREAS = [
    ("directory", _("Durchblick"), "directory:search", True),
    ("events", _("Begegnungen"), "events:calendar", True),
    ("volunteering", _("Mach mit!"), "volunteering:search", True),
    ("card", _("Ehrenamtskarte"), "card:overview", True),
    ("search", _("Suche"), "core:search", True),
    ("accessibility", _("Erklärung zur Barrierefreiheit"), "core:accessibility", True),
    ("feedback", _("Barriere melden (Formular)"), "core:accessibility", True),
    ("my_area", _("Mein Bereich"), "core:my_area", True),
    ("signup", _("Registrieren"), "account_signup", False),
    ("login", _("Anmelden"), "account_login", False),
]
FRAGMENTS = {"feedback": "#barriere-melden"}


def area_url(key: str, municipality) -> str:
    """The address of an area of the platform in `municipality` ("" when unknown)."""
    for area, _label, name, per_town in AREAS:
        if area == key:
            if per_town and municipality is None:
                return ""
            try:
                url = reverse(name, args=[municipality.slug] if per_town else [])
            except NoReverseMatch:
                return ""
            return url + FRAGMENTS.get(key, "")
    return ""


def links_for(municipality) -> EasyReadLinks:
    """Where the town's pages in Leichte Sprache are (no database query: fixed addresses)."""
    index_url = f"/{municipality.slug}/{INDEX_SLUG}/"
    return EasyReadLinks(index=index_url, accessibility=f"{index_url}{ACCESSIBILITY_SLUG}/")


# --- blocks --------------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """One statement per line: the lines of `text` without the empty ones."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class SectionBlock(blocks.StructBlock):
    """An "Abschnitt" in Leichte Sprache: a heading, short sentences (one per line), a picture
    with its alternative text and a link."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, required=False)
    text = blocks.TextBlock(
        label=_("Sätze"),
        help_text=_("Ein kurzer Satz pro Zeile. Eine Aussage pro Satz. Schwere Wörter erklären."),
    )
    image = ImageChooserBlock(
        label=_("Bild"), required=False, help_text=_("Ein Bild oder Piktogramm zum Abschnitt (mit Alternativtext).")
    )
    link_area = blocks.ChoiceBlock(
        label=_("Verweis auf einen Bereich"),
        choices=[(key, label) for key, label, _name, _town in AREAS],
        required=False,
    )
    link_page = blocks.PageChooserBlock(label=_("oder auf eine Seite"), required=False)
    link_text = blocks.CharBlock(label=_("Text des Verweises"), max_length=120, required=False)

    class Meta:
        label = _("Abschnitt in Leichter Sprache")
        icon = "doc-full"
        template = "portal/blocks/easy_read_section.html"

    def clean(self, value):
        value = super().clean(value)
        if (value.get("link_area") or value.get("link_page")) and not value.get("link_text"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_text": ValidationError(_("Bitte schreiben Sie den Text des Verweises."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        url = ""
        if value.get("link_page"):
            url = value["link_page"].url or ""
        elif value.get("link_area"):
            url = area_url(value["link_area"], getattr(request, "municipality", None))
        context["sentences"] = sentences(value.get("text"))
        context["link_url"] = url
        return context


class WordBlock(blocks.StructBlock):
    """A hard word and what it means, shown in a box."""

    word = blocks.CharBlock(label=_("Wort"), max_length=80)
    text = blocks.TextBlock(label=_("Erklärung"), help_text=_("Ein kurzer Satz pro Zeile."))

    class Meta:
        label = _("Wort-Erklärung")
        icon = "help"
        template = "portal/blocks/easy_read_word.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["sentences"] = sentences(value.get("text"))
        return context


def easy_read_blocks() -> list[tuple[str, blocks.Block]]:
    return [("section", SectionBlock()), ("word", WordBlock())]


# --- pages ---------------------------------------------------------------------------------------


class EasyReadPageBase(PortalPage):
    """What both page types share: a body in Leichte Sprache (German, not translated)."""

    summary = models.CharField(
        _("Ein Satz für die Übersicht"),
        max_length=200,
        blank=True,
        help_text=_("Steht in der Übersicht „Leichte Sprache“ unter dem Titel."),
    )
    body = StreamField(easy_read_blocks(), blank=True, verbose_name=_("Inhalt in Leichter Sprache"))

    content_panels = [*PortalPage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        abstract = True

    def meta_description(self) -> str:
        return self.search_description or self.summary or super().meta_description()


class EasyReadIndexPage(EasyReadPageBase):
    """The town's overview in Leichte Sprache at /<town>/leichte-sprache/ (one per town)."""

    parent_page_types = ["portal.TownHomePage"]
    subpage_types = ["portal.EasyReadPage"]
    template = "portal/easy_read_page.html"

    class Meta:
        app_label = "portal"
        verbose_name = _("Übersicht in Leichter Sprache")
        verbose_name_plural = _("Übersichten in Leichter Sprache")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        return super().can_create_at(parent) and not cls.objects.child_of(parent).exists()

    def clean(self) -> None:
        super().clean()
        if self.slug != INDEX_SLUG:
            raise ValidationError({"slug": fixed_slug_message(INDEX_SLUG)})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_read_index"] = True
        context["easy_read_pages"] = EasyReadPage.objects.child_of(self).live().public()
        return context


class EasyReadPage(EasyReadPageBase):
    """A page in Leichte Sprache under the town's overview."""

    fixed_slug = models.SlugField(
        _("Feste Adresse"),
        blank=True,
        editable=False,
        help_text=_("Die Seite behält diese Adresse (das Standardangebot verlinkt sie)."),
    )

    parent_page_types = ["portal.EasyReadIndexPage"]
    subpage_types: list[str] = []
    template = "portal/easy_read_page.html"

    class Meta:
        app_label = "portal"
        verbose_name = _("Seite in Leichter Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")

    def clean(self) -> None:
        super().clean()
        if self.fixed_slug and self.slug != self.fixed_slug:
            raise ValidationError({"slug": fixed_slug_message(self.fixed_slug)})


def fixed_slug_message(slug: str) -> str:
    return _("Diese Seite behält die Adresse „%(slug)s“: andere Seiten verweisen darauf.") % {"slug": slug}
