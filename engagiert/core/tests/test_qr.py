"""The one QR helper: SVG for pages, data URIs for PDFs, PNG for mails; never Micro QR."""

from __future__ import annotations

import base64
import io

from PIL import Image

from engagiert.core.qr import qr_data_uri, qr_png, qr_svg


def test_inline_svg_for_pages_has_a_title_and_no_style():
    svg = qr_svg("ABC234", title="QR-Code der Karte")
    assert svg.startswith("<svg") and 'class="qr"' in svg and "<title>QR-Code der Karte</title>" in svg
    assert "style=" not in svg and "<script" not in svg


def test_data_uris_are_svg_or_png():
    assert qr_data_uri("ABC234").startswith("data:image/svg+xml")
    png = qr_data_uri("ABC234", kind="png", scale=1, border=0)
    prefix = "data:image/png;base64,"
    assert png.startswith(prefix)
    assert Image.open(io.BytesIO(base64.b64decode(png[len(prefix) :]))).size == (21, 21)


def test_a_short_text_is_a_full_qr_code_not_micro_qr():
    """A ticket code like "1-abc" would fit a Micro QR (13 modules), which phones cannot scan."""
    image = Image.open(io.BytesIO(qr_png("1-abc", scale=1, border=0)))
    assert image.size == (21, 21)  # version 1
    assert qr_png("1-abc").startswith(b"\x89PNG")
