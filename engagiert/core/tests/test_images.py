"""Images uploaded in the admin are re-encoded as on the site's forms."""

from __future__ import annotations

import io

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import RequestFactory
from PIL import Image

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.directory.models import Organisation


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (1200, 900), (20, 120, 60))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (51.0, 50.0, 0.0), 3: "E", 4: (12.0, 14.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_every_admin_of_a_model_with_images_reencodes_them():
    with_images = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if any(isinstance(field, models.ImageField) for field in model._meta.get_fields())
    ]
    assert with_images  # organisations and events at least
    for model_admin in with_images:
        assert issubclass(model_admin.form, ReencodedImagesAdminForm), type(model_admin).__name__


@pytest.fixture
def logo_form(admin_user):
    request = RequestFactory().post("/admin/")
    request.user = admin_user
    return admin.site._registry[Organisation].get_form(request, fields=["logo"])


def test_admin_upload_is_stored_as_png_without_metadata(logo_form, org, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("foto.jpg", jpeg_with_gps(), content_type="image/jpeg")
    form = logo_form(data={}, files={"logo": upload}, instance=org)
    assert form.is_valid(), form.errors
    form.save()
    org.refresh_from_db()
    with org.logo.open("rb") as stored:
        image = Image.open(stored)
        assert image.format == "PNG" and max(image.size) <= 800
        assert not image.getexif()


def test_admin_upload_that_is_no_image_is_refused(logo_form, org):
    fake = SimpleUploadedFile("logo.jpg", b"GIF89a<?php echo 1; ?>", content_type="image/jpeg")
    form = logo_form(data={}, files={"logo": fake}, instance=org)
    assert not form.is_valid() and form.errors["logo"]
