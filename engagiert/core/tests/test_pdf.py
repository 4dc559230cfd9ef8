"""The one PDF helper: tagged PDF/UA-1 with title and language, no network fetches, fonts embedded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from engagiert.core import pdf
from engagiert.core.qr import qr_data_uri


@pytest.fixture
def template(tmp_path, settings):
    """A PDF template (extending core/pdf_base.html) with an image from `src`."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0].get("DIRS", [])]},
        *settings.TEMPLATES[1:],
    ]
    (tmp_path / "doc.html").write_text(
        '{% extends "core/pdf_base.html" %}{% block body %}<h1>Ehrenamtsnachweis</h1>'
        '<p><em>Schräg</em> und <strong>fett</strong></p><img src="{{ src }}" alt="Bild">{% endblock %}'
    )
    return "doc.html"


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_every_pdf_is_tagged_pdf_ua_1_with_title_and_language(template):
    data = pdf.render_pdf(template=template, context={"src": qr_data_uri("X")}, title="Nachweis ABC", language="de")
    reader = read(data)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/StructTreeRoot"].get_object()["/K"]
    assert root["/MarkInfo"]["/Marked"] in (True, "true")
    assert root["/Lang"] == "de"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] in (True, "true")
    assert reader.metadata.title == "Nachweis ABC"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "<dc:title>" in xmp and "Nachweis ABC" in xmp
    assert reader.pdf_header == "%PDF-1.7"


def test_language_and_direction_follow_the_argument(template):
    document = pdf.render_document(template=template, context={"src": ""}, title="تقرير", language="ar")
    assert document.metadata.lang == "ar" and document.metadata.title == "تقرير"
    root = read(pdf.render_pdf(template=template, context={"src": ""}, title="t", language="ar")).trailer["/Root"]
    assert root["/Lang"] == "ar"


def test_the_bundled_font_faces_are_embedded(template):
    reader = read(pdf.render_pdf(template=template, context={"src": ""}, title="t", language="de"))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts == {"DejaVu-Sans", "DejaVu-Sans-Bold", "DejaVu-Sans-Oblique"}


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.org/x.png",
        "ftp://example.org/x.png",
        "file:///etc/passwd",
        "file://remote.example/share/x.png",
    ],
)
def test_the_url_fetcher_refuses_the_network_and_files_outside_static_and_media(url):
    with pytest.raises(ValueError, match="refused"):
        pdf._url_fetcher()(url)


def test_the_url_fetcher_reads_data_uris_static_files_and_fonts():
    fetcher = pdf._url_fetcher()
    assert fetcher(qr_data_uri("X", kind="png")).read().startswith(b"\x89PNG")
    from django.contrib.staticfiles import finders

    css = finders.find("card/card_pdf.css")
    assert b"@page" in fetcher(f"file://{css}").read()


def test_an_image_from_the_network_is_not_fetched(template, monkeypatch):
    """A remote image is dropped (WeasyPrint logs a warning), the PDF is still written."""
    from urllib.request import OpenerDirector

    opened = []
    monkeypatch.setattr(OpenerDirector, "open", lambda self, url, *args, **kwargs: opened.append(url))
    data = pdf.render_pdf(template=template, context={"src": "https://example.org/x.png"}, title="t", language="de")
    assert data.startswith(b"%PDF") and opened == []


def test_pdf_response_is_a_download(template):
    response = pdf.pdf_response(
        filename="nachweis.pdf", template=template, context={"src": ""}, title="t", language="de"
    )
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="nachweis.pdf"'
    assert response.content.startswith(b"%PDF-1.7")
