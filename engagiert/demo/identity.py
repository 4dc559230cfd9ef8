"""The demo towns' identity: an accent colour each and a simple generated shield with the
town's initials as logo (no real coat of arms is shipped). Idempotent: the logo file has a
fixed name and is drawn only when it is missing."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

from engagiert.core.colours import validate_accent_colour
from engagiert.core.models import Municipality

# Dark enough for white text and for links on KERN's light surfaces (core.colours).
ACCENTS = {
    "dessau-rosslau": ("#9b1c2c", "DR"),
    "bitterfeld-wolfen": ("#0f5b6b", "BW"),
    "graefenhainichen": ("#4e3a86", "GH"),
    "lutherstadt-wittenberg": ("#1f5f2e", "WB"),
}


def shield_png(colour: str, initials: str, *, size: int = 192) -> bytes:
    """A heraldic-looking shield: accent field, white border, white initials."""
    image = Image.new("RGBA", (size, int(size * 1.15)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = image.size
    outline = [(4, 4), (w - 4, 4), (w - 4, h * 0.55), (w / 2, h - 4), (4, h * 0.55)]
    draw.polygon(outline, fill="#ffffff")
    inner = [(14, 14), (w - 14, 14), (w - 14, h * 0.54), (w / 2, h - 18), (14, h * 0.54)]
    draw.polygon(inner, fill=colour)
    font = ImageFont.load_default(size=int(size * 0.36))
    draw.text((w / 2, h * 0.42), initials, fill="#ffffff", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def load(munis: dict[str, Municipality]) -> None:
    for slug, (colour, initials) in ACCENTS.items():
        muni = munis.get(slug)
        if muni is None:
            continue
        validate_accent_colour(colour)
        name = f"municipalities/demo-{slug}.png"
        if not default_storage.exists(name):
            default_storage.save(name, ContentFile(shield_png(colour, initials)))
        Municipality.objects.filter(pk=muni.pk).update(accent_colour=colour, logo=name)
        muni.accent_colour, muni.logo = colour, name
