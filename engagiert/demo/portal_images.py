"""The demo portal's pictures as Wagtail images: a header for every start page and an
illustration for many news items, drawn by demo.images (no downloads), each in its site's own
collection (so each town's editors see only their own), with a German alternative text and,
for the headers, a focal point that keeps the people in the header's wide crop.

Idempotent: an image is matched by its file (demo/headers/…, demo/news/…), which also marks it
as the demo's; a picture is drawn only when its file is missing."""

from __future__ import annotations

from wagtail.models import Collection

from engagiert.demo import images
from engagiert.portal.models import PortalImage


def wagtail_image(
    picture: images.DemoImage, *, title: str, collection: Collection, decorative: bool = False
) -> PortalImage:
    """The Wagtail image of a drawn picture (made on the first run, found by its file later)."""
    image = PortalImage.objects.filter(file=picture.name).first()
    if image is not None:
        return image
    width, height = picture.size
    image = PortalImage(
        title=title,
        file=picture.name,
        width=width,
        height=height,
        collection=collection,
        description="" if decorative else picture.alt,
        marked_decorative=decorative,
    )
    if picture.focal:
        image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = picture.focal
    image._set_image_file_metadata()  # size and hash, as an upload in the admin gets them
    image.full_clean()
    image.save()
    return image


def header(*, key: str, place: str, colours: list[str], collection: Collection) -> PortalImage:
    picture = images.header_image(key=key, place=place, colours=colours)
    return wagtail_image(picture, title=f"Kopfbild {place}", collection=collection)


def news(*, key: str, format: str, topic: str | None, title: str, collection: Collection, decorative: bool = False):
    picture = images.news_image(key=key, format=format, topic=topic, title=title)
    return wagtail_image(picture, title=f"Bild zu „{title}“", collection=collection, decorative=decorative)
