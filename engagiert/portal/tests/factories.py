"""Test data of the portal."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from PIL import Image

from engagiert.portal.models import NewsIndexPage, NewsPage, PortalDocument, PortalImage
from engagiert.portal.services import ensure_site

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_bytes(size=(40, 30), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def image(collection, *, title="Tanzgala", alt="Menschen tanzen in der Aula", decorative=False) -> PortalImage:
    return PortalImage.objects.create(
        title=title,
        description=alt,
        marked_decorative=decorative,
        collection=collection,
        file=ContentFile(png_bytes(), name="bild.png"),
    )


def document(collection, *, title="Jahresbericht") -> PortalDocument:
    return PortalDocument.objects.create(
        title=title, collection=collection, file=ContentFile(MINIMAL_PDF, name="bericht.pdf")
    )


def news(municipality, *, title="Vorlesetag", teaser="Am Bundesweiten Vorlesetag lasen Freiwillige vor.", **fields):
    parts = ensure_site(municipality=municipality)
    index = NewsIndexPage.objects.child_of(parts.home).get()
    page = NewsPage(title=title, teaser=teaser, **fields)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
