"""QR codes (segno): inline SVG for pages, data URIs for PDFs and images, PNG bytes for mail
attachments. Always a full QR code (never Micro QR, which many scanners cannot read), error
correction level M."""

from __future__ import annotations

import io
from typing import Literal

import segno


def _code(text: str) -> segno.QRCode:
    return segno.make(text, error="m", micro=False)


def qr_svg(text: str, *, scale: int = 4, title: str = "QR-Code") -> str:
    """Inline SVG for a page (no script, no style attribute; class "qr", path class "qrline")."""
    return _code(text).svg_inline(scale=scale, title=title, svgclass="qr", lineclass="qrline")


def qr_data_uri(text: str, *, kind: Literal["svg", "png"] = "svg", scale: int = 4, border: int = 2) -> str:
    """A data: URI for an <img> in a PDF or a page: SVG (sharp at any size) or PNG."""
    code = _code(text)
    if kind == "png":
        return code.png_data_uri(scale=scale, border=border)
    return code.svg_data_uri(scale=scale, border=border)


def qr_png(text: str, *, scale: int = 8, border: int = 4) -> bytes:
    """PNG bytes, e.g. for a ticket attached to an e-mail."""
    out = io.BytesIO()
    _code(text).save(out, kind="png", scale=scale, border=border)
    return out.getvalue()
