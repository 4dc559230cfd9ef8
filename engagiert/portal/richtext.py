"""Rich text of the portal is sanitised with nh3 on every save, whatever the editor (or an API
client, or a crafted POST) sends: only the tags and attributes of Wagtail's stored rich-text
format survive (its internal page and document links included)."""

from __future__ import annotations

import nh3
from wagtail import blocks
from wagtail.fields import RichTextField

# What the editor may use: headings from h2 (h1 is the page title), lists, links.
FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
TAGS = {"p", "br", "b", "i", "strong", "em", "h2", "h3", "h4", "ul", "ol", "li", "a"}
ATTRIBUTES = {"a": {"href", "linktype", "id"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize(html: str) -> str:
    """`html` with only the allowed tags and attributes; scripts, styles and event handlers go."""
    return nh3.clean(html or "", tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None)


class SanitisedRichTextField(RichTextField):
    """Wagtail's RichTextField, sanitised before every save (drafts and live alike)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("features", FEATURES)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = sanitize(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        # Revisions (drafts, scheduled versions) are serialised through here, not pre_save.
        return sanitize(super().get_prep_value(value)) if value else value


class SanitisedRichTextBlock(blocks.RichTextBlock):
    """A rich-text block sanitised whenever the stream is stored (page or revision)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("features", FEATURES)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        return sanitize(super().get_prep_value(value))
