"""The portal's images and documents: every image has an alternative text unless an editor
marks it decorative; uploads are re-encoded (metadata dropped) and documents must be PDFs."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"PNG": "png", "JPEG": "jpeg", "GIF": "png", "WEBP": "webp"}
MAX_EDGE = 3000  # longest edge kept of an uploaded photo (renditions are made from it)


def reencode_upload(upload) -> SimpleUploadedFile:
    """A new file with the pixels of `upload` only: no EXIF, GPS, comments or trailing payload.
    Photos stay JPEG (smaller), everything else becomes PNG or WebP; raises ValidationError with
    a message an editor understands for anything that is not a readable image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise ValidationError(_("Das Bild hat zu viele Bildpunkte. Bitte verkleinern Sie es."))
            image.verify()
            upload.seek(0)
            image = Image.open(upload)
            kind = ALLOWED_FORMATS.get(image.format or "")
            if kind is None:
                raise ValidationError(_("Bitte laden Sie ein Bild im Format PNG, JPEG, GIF oder WebP hoch."))
            image = ImageOps.exif_transpose(image)
            image.thumbnail((MAX_EDGE, MAX_EDGE))
            if kind == "jpeg":
                clean = Image.new("RGB", image.size)
                clean.paste(image.convert("RGB"))
            else:
                clean = Image.new("RGBA", image.size)
                clean.paste(image.convert("RGBA"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("Das Bild hat zu viele Bildpunkte. Bitte verkleinern Sie es.")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("Die Datei ist kein lesbares Bild.")) from None
    out = io.BytesIO()
    if kind == "jpeg":
        clean.save(out, format="JPEG", quality=88, optimize=True)
    else:
        clean.save(out, format=kind.upper(), **({"optimize": True} if kind == "png" else {"quality": 90}))
    name = (Path(upload.name or "bild").stem[:80] or "bild") + "." + ("jpg" if kind == "jpeg" else kind)
    return SimpleUploadedFile(name, out.getvalue(), content_type=f"image/{kind}")


PDF_MAGIC = b"%PDF-"


def check_pdf(upload) -> None:
    """Documents are PDFs: the file must start like one and end with an end-of-file marker."""
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(upload.size - 2048, 0))
    tail = upload.read()
    upload.seek(0)
    if not head.lstrip().startswith(PDF_MAGIC) or b"%%EOF" not in tail:
        raise ValidationError(_("Bitte laden Sie ein PDF-Dokument hoch."))
