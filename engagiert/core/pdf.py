"""PDF documents: one WeasyPrint renderer for every PDF of the platform, tagged as PDF/UA-1
with title and language, that fetches nothing over the network and embeds the same fonts.

Templates extend core/pdf_base.html (which sets <html lang dir> and <title>) and fill the
blocks `style` and `body`. Images are data: URIs or local files; stylesheets are static paths.

Fonts: DejaVu Sans from the Debian package fonts-dejavu-core (a dependency of fontconfig,
which WeasyPrint's Pango needs anyway), declared with @font-face from its fixed location.
Where it is missing, fontconfig's closest sans-serif face is embedded instead."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

PDF_VARIANT = "pdf/ua-1"
FONT_FAMILY = "DejaVu Sans"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# (file, font-weight, font-style) of the faces a document may use.
FONT_FACES = (
    ("DejaVuSans.ttf", "normal", "normal"),
    ("DejaVuSans-Bold.ttf", "bold", "normal"),
    ("DejaVuSans-Oblique.ttf", "normal", "italic"),
    ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
)


def font_css() -> str:
    """@font-face rules for the bundled faces that are installed, and the default family."""
    rules = [
        f'@font-face {{ font-family: "{FONT_FAMILY}"; src: url("{(FONT_DIR / name).as_uri()}"); '
        f"font-weight: {weight}; font-style: {style}; }}"
        for name, weight, style in FONT_FACES
        if (FONT_DIR / name).is_file()
    ]
    rules.append(f'html {{ font-family: "{FONT_FAMILY}", sans-serif; }}')
    return "\n".join(rules)


def _local_roots() -> list[Path]:
    """Where a document may read files from: static files (collected or in the apps), media
    files and the font directory."""
    roots = [Path(settings.STATIC_ROOT), Path(settings.MEDIA_ROOT), FONT_DIR]
    for finder in finders.get_finders():
        roots += [Path(storage.location) for storage in getattr(finder, "storages", {}).values()]
        roots += [Path(location) for _prefix, location in getattr(finder, "locations", [])]
    return [root.resolve() for root in roots]


def _url_fetcher():
    """A WeasyPrint URL fetcher for data: URIs and local files under `_local_roots()` only:
    every other URL (http, https, ftp, files elsewhere) is refused."""
    from weasyprint.urls import URLFetcher

    roots = _local_roots()

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            if parts.scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(url2pathname(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots):
                    return super().fetch(url, headers)
            raise ValueError(f"PDF: fetch refused: {url[:80]}")

    return LocalOnlyFetcher(allowed_protocols=("data", "file"), allow_redirects=False)


def render_document(
    *, template: str, context: dict, title: str, language: str, stylesheets: Iterable[str] = (), request=None
):
    """The laid-out WeasyPrint document (pages with their boxes), before writing the PDF."""
    from weasyprint import CSS, HTML

    fetcher = _url_fetcher()
    with translation.override(language):
        bidi = translation.get_language_info(language)["bidi"]
        html = render_to_string(
            template,
            {**context, "pdf_title": title, "pdf_language": language, "pdf_direction": "rtl" if bidi else "ltr"},
            request=request,
        )
        css = [CSS(string=font_css(), url_fetcher=fetcher)]
        css += [CSS(filename=finders.find(path), url_fetcher=fetcher) for path in stylesheets]
        document = HTML(string=html, url_fetcher=fetcher).render(
            stylesheets=css, pdf_variant=PDF_VARIANT, pdf_tags=True
        )
    document.metadata.title = title
    document.metadata.lang = language
    return document


def render_pdf(
    *, template: str, context: dict, title: str, language: str, stylesheets: Sequence[str] = (), request=None
) -> bytes:
    """Render a template to a tagged PDF/UA-1 document with `title` and `language`."""
    document = render_document(
        template=template,
        context=context,
        title=title,
        language=language,
        stylesheets=stylesheets,
        request=request,
    )
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)


def pdf_response(*, filename: str, **kwargs) -> HttpResponse:
    """A PDF download (`filename` with its .pdf); the other arguments are render_pdf's."""
    response = HttpResponse(render_pdf(**kwargs), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def file_uri(field) -> str:
    """A stored file (logo, photo) as a file URI for a PDF template, or "" when there is no
    file, or it is not on this machine's disk (an object storage without local paths)."""
    if not field:
        return ""
    try:
        path = Path(field.path)
    except (NotImplementedError, ValueError):  # the storage has no local paths
        return ""
    return path.as_uri() if path.is_file() else ""
