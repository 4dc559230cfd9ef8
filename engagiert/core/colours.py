"""Colour contrast after WCAG 2.1 (relative luminance, contrast ratio), for a town's accent
colour: it fills buttons under white text and colours links on white and on KERN's light
grey surfaces, so it must reach 4.5:1 against each (success criterion 1.4.3)."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
# The regex of the database constraint on Municipality.accent_colour (lower case).
HEX_COLOUR_SQL = r"^#[0-9a-f]{6}$"
MINIMUM_CONTRAST = 4.5
WHITE = "#ffffff"
# KERN's lightest surface (--kern-color-layout-layer-surface-contextual): links sit on it in
# cards, inputs and the footer.
KERN_SURFACE = "#f3f4f7"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb": 0 for black, 1 for white."""
    if not HEX_COLOUR.match(colour.lower()):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def accent_contrast(colour: str) -> float:
    """The weaker of the accent's two uses: white text on it, and it as text on KERN's light
    surface (stricter than on white)."""
    return min(contrast_ratio(colour, WHITE), contrast_ratio(colour, KERN_SURFACE))


def normalise_hex(value: str) -> str:
    return value.strip().lower()


def validate_hex_colour(value: str) -> None:
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Bitte geben Sie die Farbe als Hex-Wert mit # und sechs Zeichen an, z. B. #1a5e8c."), code="format"
        )


def validate_accent_colour(value: str) -> None:
    """Refuse an accent colour whose contrast is below 4.5:1, with a message that says the
    number and what to do."""
    validate_hex_colour(value)
    ratio = accent_contrast(value)
    if ratio < MINIMUM_CONTRAST:
        raise ValidationError(
            _(
                "Die Farbe %(colour)s hat zu wenig Kontrast (%(ratio)s : 1, nötig sind mindestens 4,5 : 1): "
                "Weiße Schrift auf dieser Farbe und Links in dieser Farbe auf hellem Grund wären schwer lesbar. "
                "Bitte wählen Sie einen dunkleren Farbton."
            ),
            code="contrast",
            params={"colour": value, "ratio": _format_ratio(ratio)},
        )


def _format_ratio(ratio: float) -> str:
    from django.utils.formats import number_format

    return number_format(int(ratio * 10) / 10, decimal_pos=1)
