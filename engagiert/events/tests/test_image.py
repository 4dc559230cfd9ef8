"""An event's image: images only, size-limited, re-encoded without metadata (the helper the
directory's logos use), shown on the event page with its description as alt text."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from engagiert.events.models import Event, EventChange
from engagiert.events.tests.factories import create_in_steps

CAL = "/dessau-rosslau/begegnungen/"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (1600, 900), (200, 30, 60))
    exif = Image.Exif()
    exif[0x010F] = "Kamerahersteller"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 50.0, 0.0), 3: "E", 4: (12.0, 14.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def upload(content: bytes | None = None, name: str = "gala.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg_with_gps() if content is None else content, content_type="image/jpeg")


def event_data(org, **changes) -> dict:
    start = timezone.localtime() + dt.timedelta(days=10)
    return {
        "title_de": "Inklusive Tanzgala",
        "description_de": "Für die Bewohner*innen dreier Seniorenheime",
        "format": "dance",
        "organisations": [org.pk],
        "start": start.strftime("%Y-%m-%dT18:00"),
        "end": start.strftime("%Y-%m-%dT21:00"),
        "languages": "de",
        "is_free": "on",
        "companions_allowed": "0",
        **changes,
    }


def test_image_is_reencoded_without_metadata_and_shown_with_alt_text(client, org, coordinator):
    assert Image.open(io.BytesIO(jpeg_with_gps())).getexif()  # the upload does carry EXIF and GPS
    client.force_login(coordinator)
    alt = "Paare im Rollstuhl und zu Fuß tanzen in der Aula"
    response = create_in_steps(client, CAL, event_data(org, image=upload(), image_alt=alt))
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get()
    assert event.image.name.startswith("events/") and event.image.name.endswith(".png")
    with event.image.open("rb") as stored:
        image = Image.open(stored)
        assert image.format == "PNG" and max(image.size) <= 800
        assert not image.getexif() and "exif" not in image.info
    html = client.get(event.get_absolute_url()).content.decode()
    assert (event.image_width, event.image_height) == image.size  # stored: pages need not open the file
    width_height = f'width="{event.image_width}" height="{event.image_height}"'
    assert f'<img class="event-image" src="{event.image.url}" alt="{alt}" {width_height} decoding="async">' in html
    calendar = client.get(CAL).content.decode()  # the list loads it only when scrolled to
    assert f'<img class="event-thumb" src="{event.image.url}" alt="{alt}" {width_height} loading="lazy"' in calendar
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"].endswith(event.image.url)


@pytest.mark.parametrize(
    "file", [upload(b"<?php echo 1; ?>", "gala.png"), upload(b"GIF89a" + b"\0" * 20, "gala.gif")], ids=["php", "broken"]
)
def test_what_is_not_an_image_is_refused(client, org, coordinator, file):
    client.force_login(coordinator)
    response = create_in_steps(client, CAL, event_data(org, image=file, image_alt="Bild"))
    assert response.status_code == 200 and response.context["form"].errors["image"]
    assert not Event.objects.exists()


def test_too_big_an_image_and_one_without_description_are_refused(client, org, coordinator, settings):
    client.force_login(coordinator)
    response = create_in_steps(client, CAL, event_data(org, image=upload()))
    assert "was auf dem Bild zu sehen ist" in response.content.decode()
    settings.LOGO_MAX_BYTES = 1024
    response = create_in_steps(client, CAL, event_data(org, image=upload(), image_alt="Tanz"))
    assert "zu groß" in response.content.decode()
    assert not Event.objects.exists()


def test_new_image_of_an_untrusted_editor_waits_and_can_be_removed(client, org, editor, coordinator):
    client.force_login(coordinator)
    create_in_steps(client, CAL, event_data(org))
    event = Event.objects.get()
    client.force_login(editor)
    url = f"{event.get_absolute_url()}bearbeiten/"
    client.post(url, event_data(org, image=upload(), image_alt="Tanzende Paare"))
    event.refresh_from_db()
    assert not event.image  # waits for the coordinator
    change = EventChange.objects.get()
    assert change.changes["image"][0] == "" and change.changes["image"][1].startswith("events/")
    client.force_login(coordinator)
    client.post(f"{CAL}aenderung/{change.pk}/", {"decision": "approve"})
    event.refresh_from_db()
    assert event.image.name == change.changes["image"][1] and event.image_alt == "Tanzende Paare"
    client.post(url, event_data(org, **{"image-clear": "on"}))
    event.refresh_from_db()
    assert not event.image


def test_uploads_of_rejected_or_replaced_changes_are_deleted(
    client, org, editor, coordinator, settings, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    create_in_steps(client, CAL, event_data(org))
    event = Event.objects.get()
    client.force_login(editor)
    url = f"{event.get_absolute_url()}bearbeiten/"
    client.post(url, event_data(org, image=upload(), image_alt="Erster Entwurf"))
    first = EventChange.objects.get().changes["image"][1]
    assert (settings.MEDIA_ROOT / first).exists()
    with django_capture_on_commit_callbacks(execute=True):  # files go once the change commits
        client.post(url, event_data(org, image=upload(), image_alt="Zweiter Entwurf"))  # replaces the waiting one
    second = EventChange.objects.get().changes["image"][1]
    assert second != first
    assert not (settings.MEDIA_ROOT / first).exists() and (settings.MEDIA_ROOT / second).exists()
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{CAL}aenderung/{EventChange.objects.get().pk}/", {"decision": "reject"})
    assert EventChange.objects.get().status == "rejected"
    assert not (settings.MEDIA_ROOT / second).exists()
    event.refresh_from_db()
    assert not event.image
