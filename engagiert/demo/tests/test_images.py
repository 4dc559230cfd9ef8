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


def test_start_page_headers_and_news_pictures_are_small_webp_with_focal_point_and_alt_text(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    town = images.header_image(key="dessau-rosslau", place="Dessau-Roßlau", colours=["#9b1c2c"])
    assert town.name == "demo/headers/dessau-rosslau.webp" and town.size == images.HEADER_SIZE
    assert town.alt.startswith("Illustration: Dächer und Türme von Dessau-Roßlau")
    x, y, w, h = town.focal
    assert 0 <= x - w / 2 and x + w / 2 <= town.size[0] and 0 <= y - h / 2 and y + h / 2 <= town.size[1]
    network = images.header_image(key="anhalt", place="Regionalnetzwerk Anhalt", colours=["#9b1c2c"] * 4)
    assert "vier Stadtsilhouetten" in network.alt and "Regionalnetzwerk Anhalt" in network.alt
    news = images.news_image(key="dr-1", format="reading", topic="bildung", title="Lesepaten gesucht")
    assert news.alt == "Illustration zum Beitrag „Lesepaten gesucht“: ein aufgeschlagenes Buch auf blauem Grund"
    for picture, limit in ((town, 60), (network, 60), (news, 40)):
        data = (tmp_path / picture.name).read_bytes()
        assert len(data) <= limit * 1024
        with Image.open(io.BytesIO(data)) as drawn:
            assert drawn.format == "WEBP" and drawn.size == picture.size
    first = (tmp_path / town.name).read_bytes()
    (tmp_path / town.name).unlink()
    images.header_image(key="dessau-rosslau", place="Dessau-Roßlau", colours=["#9b1c2c"])
    assert (tmp_path / town.name).read_bytes() == first  # the same picture on every run


def _saturation(colour: str) -> int:
    red, green, blue = images._rgb(colour)
    return max(red, green, blue) - min(red, green, blue)


def test_every_demo_topic_has_a_colourful_palette_and_unknown_topics_fall_back_to_one(settings, tmp_path):
    from engagiert.demo.data.directory import TOPICS

    settings.MEDIA_ROOT = tmp_path
    for topic in TOPICS:
        assert topic["slug"] in images.PALETTES, topic["slug"]  # each topic its own colour
    backgrounds = [palette[1] for palette in (*images.PALETTES.values(), *images.FALLBACK_PALETTES)]
    assert all(_saturation(colour) >= 40 for colour in backgrounds), backgrounds  # no grey picture
    assert images.palette_of("wirtschaft-csr") == images.PALETTES["wirtschaft-csr"]
    unknown = images.palette_of("ein-neues-thema")
    assert unknown in images.FALLBACK_PALETTES and unknown == images.palette_of("ein-neues-thema")
    assert images.palette_of(None) in images.FALLBACK_PALETTES
    news = images.news_image(key="dr-csr", format="meeting", topic="wirtschaft-csr", title="Firmen engagieren sich")
    assert news.alt.endswith("auf braunem Grund")
    with Image.open(tmp_path / news.name) as drawn:
        corner = drawn.convert("RGB").getpixel((0, 0))
    assert max(corner) - min(corner) >= 40  # the picture's ground is coloured, not grey
    other = images.news_image(key="dr-neu", format="meeting", topic="ein-neues-thema", title="Neu")
    assert "grauem" not in other.alt and other.alt.endswith(f"auf {unknown[0]} Grund")
