"""StreamField blocks of the portal's pages."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from engagiert.portal.live import get_live_kind, live_kind_choices
from engagiert.portal.richtext import SanitisedRichTextBlock


class IntroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    text = SanitisedRichTextBlock(label=_("Text"), required=False)
    image = ImageChooserBlock(label=_("Kopfbild"), required=False)

    class Meta:
        label = _("Einleitung mit Kopfbild")
        icon = "title"
        template = "portal/blocks/intro.html"


class SearchBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Frage über dem Suchfeld"), max_length=120, default="Wer kann helfen bei …?")

    class Meta:
        label = _("Suchfeld „Wer kann helfen bei …?“")
        icon = "search"
        template = "portal/blocks/search.html"


class LiveBlock(blocks.StructBlock):
    """Content read live from a capability when the page is shown (see portal.live)."""

    kind = blocks.ChoiceBlock(label=_("Inhalt"), choices=live_kind_choices)
    heading = blocks.CharBlock(
        label=_("Überschrift"), max_length=120, required=False, help_text=_("Leer: die Bezeichnung des Inhalts.")
    )
    count = blocks.IntegerBlock(label=_("Anzahl"), min_value=1, max_value=12, default=3)

    class Meta:
        label = _("Live-Inhalt (Begegnungen, Mach mit!, Nachrichten …)")
        icon = "calendar"
        template = "portal/blocks/live.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        kind = get_live_kind(value["kind"])
        municipalities = (parent_context or {}).get("portal_municipalities") or []
        data = kind.context(municipalities=municipalities, count=value["count"]) if kind and municipalities else None
        context.update(
            {
                "live_kind": kind,
                "live": data,
                "live_template": kind.template if kind else "",
                "live_heading": value["heading"] or (kind.title or kind.label if kind else ""),
            }
        )
        return context


class TextBlock(SanitisedRichTextBlock):
    class Meta:
        label = _("Freier Text")
        icon = "doc-full"
        template = "portal/blocks/text.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), max_length=250, required=False)

    class Meta:
        label = _("Bild")
        icon = "image"
        template = "portal/blocks/image.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Beschreibung"), max_length=300, required=False)
    page = blocks.PageChooserBlock(label=_("Seite"), required=False)
    url = blocks.URLBlock(label=_("oder Adresse"), required=False)

    class Meta:
        label = _("Verweis")
        icon = "link"


class LinkCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Verweise"))

    class Meta:
        label = _("Kacheln mit Verweisen")
        icon = "list-ul"
        template = "portal/blocks/link_cards.html"


class ContactBlock(blocks.StructBlock):
    """A contact box (portal.Contact): office, room, address, phone, e-mail, opening hours.
    All contact blocks of a page are read in one query (Wagtail converts a stream's values per
    block type in bulk); a contact shows only on its own town's or network's pages."""

    heading = blocks.CharBlock(
        label=_("Überschrift"), max_length=120, required=False, help_text=_("Leer: der Name der Stelle.")
    )
    contact = SnippetChooserBlock("portal.Contact", label=_("Kontakt"))

    class Meta:
        label = _("Kontakt")
        icon = "mail"
        template = "portal/blocks/contact.html"

    def get_context(self, value, parent_context=None):
        from engagiert.portal.selectors import contact_shown_on

        context = super().get_context(value, parent_context=parent_context)
        contact = value.get("contact")
        home = (parent_context or {}).get("portal_home")
        request = (parent_context or {}).get("request")
        context["contact"] = contact if contact is not None and contact_shown_on(contact, home, request) else None
        return context


def home_blocks() -> list[tuple[str, blocks.Block]]:
    """Blocks of a town's or network's start page."""
    return [
        ("intro", IntroBlock()),
        ("search", SearchBlock()),
        ("live", LiveBlock()),
        ("links", LinkCardsBlock()),
        ("text", TextBlock()),
        ("image", ImageBlock()),
        ("contact", ContactBlock()),
    ]


def content_blocks() -> list[tuple[str, blocks.Block]]:
    """Blocks of content and news pages."""
    return [
        (
            "heading",
            blocks.CharBlock(
                label=_("Zwischenüberschrift"),
                max_length=120,
                form_classname="title",
                template="portal/blocks/heading.html",
            ),
        ),
        ("text", TextBlock()),
        ("image", ImageBlock()),
        ("links", LinkCardsBlock()),
        ("live", LiveBlock()),
        ("contact", ContactBlock()),
    ]
