"""QR codes of cards (segno). The text is base32, which QR stores in alphanumeric mode."""

from __future__ import annotations

import segno


def qr_svg(text: str, *, scale: int = 4) -> str:
    """Inline SVG (no script, no style attribute) for the page and the PDF."""
    return segno.make(text, error="m").svg_inline(scale=scale, title="QR-Code", svgclass="qr", lineclass="qrline")


def qr_data_uri(text: str) -> str:
    return segno.make(text, error="m").svg_data_uri(scale=4, border=2)
