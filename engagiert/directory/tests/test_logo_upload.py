"""Logos uploaded in the admin and on the registration form are re-encoded by core.images
(PNG without metadata); decompression bombs are refused."""

from __future__ import annotations

import io

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from PIL import Image

from engagiert.directory.models import Organisation


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (1200, 900), (20, 120, 60))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (51.0, 50.0, 0.0), 3: "E", 4: (12.0, 14.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


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


def png(width: int, height: int, mode: str = "1") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


TOO_MANY_PIXELS = "Das Bild hat zu viele Bildpunkte (höchstens 40 Megapixel). Bitte verkleinern Sie es."


def test_a_decompression_bomb_is_refused_before_it_is_decoded(logo_form, org):
    bomb = png(8_000, 8_000)  # 8 KB of PNG, 64 megapixels (256 MB as RGBA)
    assert len(bomb) < 100_000
    form = logo_form(data={}, files={"logo": SimpleUploadedFile("bombe.png", bomb)}, instance=org)
    assert not form.is_valid()
    assert form.errors["logo"] == [TOO_MANY_PIXELS]


@pytest.mark.django_db
def test_the_register_form_says_so_and_keeps_the_input(client, dessau, outsider):
    client.force_login(outsider)
    data = {"name": "Großer Verein", "kind": "verein", "description_de": "Unser Text"}
    management = {"contacts-TOTAL_FORMS": "0", "contacts-INITIAL_FORMS": "0"}
    bomb = SimpleUploadedFile("logo.png", png(8_000, 8_000))
    response = client.post("/dessau-rosslau/durchblick/eintragen/", {**data, **management, "logo": bomb})
    page = response.content.decode()
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in page and 'value="Großer Verein"' in page and "Unser Text" in page
    assert not Organisation.objects.filter(name="Großer Verein").exists()
