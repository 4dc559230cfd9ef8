"""The admin forms of the portal's images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): every upload path of Wagtail's admin goes through them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from engagiert.portal.images import check_pdf, reencode_upload
from engagiert.portal.models import ALT_TEXT_MISSING


class PortalImageForm(BaseImageForm):
    """An uploaded image is re-encoded (metadata such as EXIF and GPS dropped) and needs an
    alternative text unless it is marked decorative."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.seek(0)
            return reencode_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        decorative = cleaned.get("decorative", getattr(self.instance, "decorative", False))
        description = cleaned.get("description", getattr(self.instance, "description", ""))
        if not decorative and not (description or "").strip():
            message = ALT_TEXT_MISSING
            if "description" in self.fields:
                self.add_error("description", message)
            else:
                raise ValidationError(message)
        return cleaned


class PortalDocumentForm(BaseDocumentForm):
    """Documents are PDFs: an upload that does not look like one is refused."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_pdf(upload)
        return upload
