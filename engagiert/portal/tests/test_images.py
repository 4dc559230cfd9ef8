"""The portal's {% picture %} (portal_images) writes what Wagtail's writes."""

from __future__ import annotations

import pytest
from django.template import engines

from engagiert.portal.models import PortalImage
from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories

pytestmark = pytest.mark.django_db

PICTURES = [
    'format-{avif,webp,jpeg} fill-480x270 alt=img.alt loading="lazy"',
    'format-{avif,webp,jpeg} width-{480,800,1200} sizes="(max-width: 800px) 100vw, 800px" alt=img.alt',
    'format-{avif,webp,jpeg} fill-{480x200,960x400,1440x600} sizes="100vw" class="portal-intro-image" alt=img.alt',
    'width-{160,320} sizes="160px" alt=\'Ein <b>Bild</b> & "mehr"\'',
    "width-300",
    "format-webp width-300 data-x=note",
]


@pytest.mark.parametrize("arguments", PICTURES)
@pytest.mark.parametrize("decorative", [False, True])
def test_the_picture_tag_writes_wagtails_markup(dessau, arguments, decorative):
    collection = ensure_site(municipality=dessau).collection
    img = factories.image(collection, alt="Menschen <tanzen> & singen", decorative=decorative)
    django = engines["django"]
    wagtails = django.from_string("{% load wagtailimages_tags %}{% picture img " + arguments + " %}")
    ours = django.from_string("{% load portal_images %}{% picture img " + arguments + " %}")
    expected = wagtails.render({"img": img, "note": "a&b"})
    assert "<picture>" in expected
    for _ in range(2):  # the filters kept with the tag give the same the second time
        assert ours.render({"img": img, "note": "a&b"}) == expected
    teaser = PortalImage.objects.prefetch_related("renditions").get(pk=img.pk)  # as the lists read them
    assert ours.render({"img": teaser, "note": "a&b"}) == expected
