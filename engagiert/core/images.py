"""Uploaded images are size-checked (bytes, then width × height before any pixel is decoded),
decoded and re-encoded as PNG: this drops every piece of metadata (EXIF, GPS) and any payload
that is not pixels."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


def reencode_image(upload, *, max_bytes: int | None = None, max_pixels: int | None = None) -> SimpleUploadedFile:
    """Check and re-encode `upload` as PNG; `max_bytes` / `max_pixels` (longest edge kept)
    default to the logo limits (LOGO_MAX_BYTES, LOGO_MAX_PIXELS)."""
    max_bytes = max_bytes or settings.LOGO_MAX_BYTES
    max_pixels = max_pixels or settings.LOGO_MAX_PIXELS
    if upload.size > max_bytes:
        limit = max_bytes // (1024 * 1024)
        raise ValidationError(_("Das Bild ist zu groß (höchstens %(mb)s MB).") % {"mb": limit})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)  # reads the header only: no pixel is decoded yet
            if image.width * image.height > settings.LOGO_MAX_SOURCE_PIXELS:
                raise ValidationError(_too_many_pixels())
            image.verify()
            upload.seek(0)
            image = Image.open(upload)
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(_("Bitte laden Sie ein Bild im Format PNG, JPEG, GIF oder WebP hoch."))
            image = ImageOps.exif_transpose(image)
            image.thumbnail((max_pixels, max_pixels))
            clean = Image.new("RGBA", image.size)
            clean.paste(image.convert("RGBA"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_too_many_pixels()) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("Die Datei ist kein lesbares Bild.")) from None
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    name = Path(upload.name or "logo").stem[:60] + ".png"
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def _too_many_pixels() -> str:
    """Images above LOGO_MAX_SOURCE_PIXELS (or Pillow's own limit) could unpack into gigabytes."""
    megapixels = settings.LOGO_MAX_SOURCE_PIXELS // 1_000_000
    return _("Das Bild hat zu viele Bildpunkte (höchstens %(megapixels)s Megapixel). Bitte verkleinern Sie es.") % {
        "megapixels": megapixels
    }


def store_image(upload, *, folder: str) -> str:
    """Save an already re-encoded image under a random name in `folder`; returns its
    storage name."""
    import uuid

    return default_storage.save(f"{folder}/{uuid.uuid4().hex}.png", upload)


def discard_image(name: str | None, *, model, field: str) -> None:
    """Delete the stored image `name` once the transaction commits, unless a row of `model`
    still shows it in `field`: for uploads of a change that was rejected or replaced before
    anyone saw them."""
    if name and not model._default_manager.filter(**{field: name}).exists():
        transaction.on_commit(lambda: default_storage.delete(name))


class ReencodedImagesAdminForm(forms.ModelForm):
    """The admin's model form for models with images: each upload is checked and re-encoded
    as on the site's own forms, so the admin stores no metadata either."""

    def clean(self):
        data = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, forms.ImageField) and isinstance(data.get(name), UploadedFile):
                try:
                    data[name] = reencode_image(data[name])
                except ValidationError as error:
                    self.add_error(name, error)
        return data
