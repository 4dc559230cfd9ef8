"""Documents of Glücksbringer, generated on demand and stored nowhere: the consent form to
print (prefilled with the nomination), the poster of a published portrait (A4 and A3, with
the town's logo) through core.pdf, and the square image for social media (Pillow)."""

from __future__ import annotations

import io
import textwrap

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from engagiert.core.pdf import FONT_DIR, file_uri, pdf_response
from engagiert.nominations.models import Nomination, Portrait

SOCIAL_SIDE = 1080
DEFAULT_ACCENT = "#1a5e8c"


def consent_form_response(*, nomination: Nomination, request):
    campaign = nomination.campaign
    context = {
        "nomination": nomination,
        "campaign": campaign,
        "municipality": nomination.municipality,
        "questions": campaign.questions,
        "logo": file_uri(nomination.municipality.logo),
        "today": timezone.localdate(),
    }
    return pdf_response(
        filename=f"einwilligung-gluecksbringer-{nomination.pk}.pdf",
        template="nominations/pdf/consent_form.html",
        context=context,
        title=_("Einwilligung: Glücksbringer"),
        language="de",
        request=request,
    )


def poster_response(*, portrait: Portrait, size: str, request):
    return pdf_response(
        filename=f"gluecksbringer-{portrait.slug}-{size}.pdf",
        **poster_arguments(portrait=portrait, size=size, request=request),
    )


def poster_arguments(*, portrait: Portrait, size: str, request=None) -> dict:
    """core.pdf's arguments for the poster (also for the benchmark)."""
    return {
        "template": "nominations/pdf/poster.html",
        "context": {
            "portrait": portrait,
            "campaign": portrait.campaign,
            "municipality": portrait.municipality,
            "photo": file_uri(portrait.photo),
            "logo": file_uri(portrait.municipality.logo),
            "size": size.upper(),
            "accent": portrait.municipality.accent_colour or DEFAULT_ACCENT,
        },
        "title": _("Ich bin ein Glücksbringer: %(name)s") % {"name": portrait.display_name},
        "language": "de",
        "request": request,
    }


def _font(size: int, *, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default(size)


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def social_png(portrait: Portrait) -> bytes:
    """The 1080 × 1080 PNG, in German like the poster: the photo (only with its consent, i.e.
    when the portrait has one), "Ich bin ein Glücksbringer", the name, the town, the last
    answer and the photo credit."""
    with translation.override("de"):
        return _social_png(portrait)


def _social_png(portrait: Portrait) -> bytes:
    accent = _hex(portrait.municipality.accent_colour or DEFAULT_ACCENT)
    image = Image.new("RGB", (SOCIAL_SIDE, SOCIAL_SIDE), accent)
    draw = ImageDraw.Draw(image)
    margin = 72
    y = margin
    if portrait.photo:
        with portrait.photo.open("rb") as handle:
            photo = Image.open(handle)
            photo.load()
        side = 460
        photo = photo.convert("RGB").resize((side, side), Image.Resampling.LANCZOS)
        mask = Image.new("L", (side, side), 0)
        ImageDraw.Draw(mask).ellipse((0, 0, side, side), fill=255)
        image.paste(photo, ((SOCIAL_SIDE - side) // 2, y), mask)
        y += side + 36
    else:
        y += 120
    white = (255, 255, 255)
    for text, font, gap in (
        (_("Ich bin ein Glücksbringer"), _font(44), 64),
        (portrait.display_name, _font(64, bold=True), 84),
        (f"{portrait.municipality.name} · {portrait.campaign.title}", _font(30), 60),
    ):
        width = draw.textlength(text, font=font)
        draw.text(((SOCIAL_SIDE - width) / 2, y), text, font=font, fill=white)
        y += gap
    quote = next((a["answer"] for a in reversed(portrait.answers) if a.get("answer")), "")
    body = _font(30)
    for line in textwrap.wrap(quote, width=52)[: max(0, (SOCIAL_SIDE - y - 90) // 40)]:
        width = draw.textlength(line, font=body)
        draw.text(((SOCIAL_SIDE - width) / 2, y), line, font=body, fill=white)
        y += 40
    if portrait.photo and portrait.photo_credit:
        credit = _("Foto: %(credit)s") % {"credit": portrait.photo_credit}
        small = _font(22)
        draw.text(
            (SOCIAL_SIDE - margin - draw.textlength(credit, font=small), SOCIAL_SIDE - 48),
            credit,
            font=small,
            fill=white,
        )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
