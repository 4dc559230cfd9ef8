"""The demo's generated pictures: small, the same on every run, described honestly."""

from __future__ import annotations

import io

from PIL import Image

from engagiert.demo import images


def test_event_illustrations_are_small_deterministic_webp_with_an_alt_text(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    picture = images.event_image(format="dance", topic="inklusion")
    assert picture.name == "demo/events/dance-inklusion.webp"
    assert picture.alt == "Illustration: bunte Kreise in einem Bogen, wie Menschen im Reigen auf gelbem Grund"
    data = (tmp_path / picture.name).read_bytes()
    assert len(data) <= 40 * 1024
    assert Image.open(io.BytesIO(data)).format == "WEBP" and Image.open(io.BytesIO(data)).size == images.EVENT_SIZE
    again = images._event_bytes("dance", images.PALETTES["inklusion"], images._seed("dance-inklusion"))
    assert again == data  # the same picture on every run
    unknown = images.event_image(format="parade", topic=None)  # a format or topic without a motif of its own
    assert unknown.alt.startswith("Illustration: ") and (tmp_path / unknown.name).exists()


def test_logos_are_monograms_of_the_significant_words(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    assert images.monogram("Afrika-Forum Anhalt e.V.") == "AA"
    assert images.monogram("Verein der Freunde des Bauhauses") == "VF"
    assert images.monogram("Die Tafel") == "T"
    name = images.logo(slug="one-community-projekt", name="One Community Projekt")
    with Image.open(tmp_path / name) as logo:
        assert logo.format == "PNG" and logo.size == (images.LOGO_SIZE, images.LOGO_SIZE)
    assert (tmp_path / name).stat().st_size <= 10 * 1024
    assert images.is_demo(name) and images.is_demo("") and not images.is_demo("logos/upload.png")
