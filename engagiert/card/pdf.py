"""The printable card: a PDF in credit-card size (ISO/IEC 7810 ID-1, 85.6 × 54 mm), front
and back, rendered with WeasyPrint from card/card_pdf.html."""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML

from engagiert.card import services
from engagiert.card.models import Card
from engagiert.card.qr import qr_data_uri
from engagiert.card.selectors import rules_or_default


def card_document(card: Card):
    """The laid-out WeasyPrint document (pages with their sizes), before writing the PDF."""
    text = services.qr_text(card)
    html = render_to_string(
        "card/card_pdf.html",
        {"card": card, "qr": qr_data_uri(text), "rules": rules_or_default(card.municipality)},
    )
    css = CSS(filename=finders.find("card/card_pdf.css"))
    return HTML(string=html, base_url=".").render(stylesheets=[css])


def render_card(card: Card) -> bytes:
    return card_document(card).write_pdf()
