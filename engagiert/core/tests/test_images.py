"""Uploaded images are re-encoded (in the admin as on the site's forms); decompression bombs
are refused. The uploads through an app's forms are tested in the app (directory: logos)."""

from __future__ import annotations

import io

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from PIL import Image

from engagiert.core.images import ReencodedImagesAdminForm, reencode_image


def test_every_admin_of_a_model_with_images_reencodes_them():
    with_images = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if any(isinstance(field, models.ImageField) for field in model._meta.get_fields())
    ]
    assert with_images  # organisations and events at least
    for model_admin in with_images:
        assert issubclass(model_admin.form, ReencodedImagesAdminForm), type(model_admin).__name__


def png(width: int, height: int, mode: str = "1") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_pixel_limit_is_a_setting(settings):
    settings.LOGO_MAX_SOURCE_PIXELS = 2_000_000
    assert reencode_image(SimpleUploadedFile("ok.png", png(2000, 1000)))
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("gross.png", png(2000, 1001)))
    assert refused.value.messages == [
        "Das Bild hat zu viele Bildpunkte (höchstens 2 Megapixel). Bitte verkleinern Sie es."
    ]


def test_pillows_decompression_bomb_warning_is_an_error(monkeypatch, settings):
    settings.LOGO_MAX_SOURCE_PIXELS = 10_000_000
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # warns above 1000, raises above 2000 pixels
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("warnt.png", png(40, 40, "RGB")))
    assert "zu viele Bildpunkte" in refused.value.messages[0]
