"""The pages: nominating (bad input, honeypot, rate limits), the links, the moderation
(owner, member, outsider, another town), the gallery, posters and the API."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from engagiert.core.models import Municipality, Role
from engagiert.nominations import services, views
from engagiert.nominations.models import ImageHandout, Nomination, Nominator, Portrait
from engagiert.nominations.tests.factories import (
    confirm_latest,
    make_campaign,
    nominate,
    photo_upload,
    published_nomination,
)
from engagiert.testing import make_user

S = Nomination.Status


@pytest.fixture
def bitterfeld(db):
    return Municipality.objects.create(
        name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="Sachsen-Anhalt"
    )


@pytest.fixture
def campaign(dessau, bitterfeld):
    return make_campaign(dessau, bitterfeld)


@pytest.fixture
def bw_coordinator(bitterfeld):
    user = make_user("koordination@bitterfeld-wolfen.example")
    Role.objects.create(user=user, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    return user


def _form(town, **overrides):
    data = {
        "municipality": str(town.pk),
        "kind": "person",
        "nominee_name": "Erika Mustermann",
        "channel": "email",
        "nominee_email": "erika@example.org",
        "activity": "Sie organisiert das Repair-Café.",
        "reason": "Sie hilft allen.",
        "relation": "Nachbarin",
        "nominator_name": "Paul Gast",
        "nominator_email": "paul@example.org",
        "reveal": "on",
    }
    data.update(overrides)
    return data


def _link(pattern: str) -> str:
    for message in reversed(mail.outbox):
        found = re.search(rf"https?://\S+{pattern}\S*/", message.body)
        if found:
            return found.group(0).split("://", 1)[1].split("/", 1)[1].join(["/", ""])
    raise AssertionError(f"no link {pattern} in the outbox")


def test_nominate_confirm_consent_publish_withdraw(client, campaign, dessau, bitterfeld, bw_coordinator, coordinator):
    url = reverse("nominations:nominate", args=[dessau.slug, campaign.slug])
    response = client.post(url, _form(bitterfeld))
    assert response.status_code == 200 and "Fast geschafft" in response.content.decode()
    nomination = Nomination.objects.get()
    assert nomination.municipality == bitterfeld and nomination.status == S.UNCONFIRMED
    confirm = _link("/bestaetigen/")
    assert client.get(confirm).status_code == 200
    assert client.post(confirm).status_code == 200
    assert client.post(confirm).status_code == 410  # used
    invitation = _link("/einladung/")
    assert invitation.startswith("/bitterfeld-wolfen/")
    page = client.get(invitation).content.decode()
    assert "Paul Gast" in page and "Repair-Café" in page
    response = client.post(invitation, {"choice": "write"})
    assert response.status_code == 302 and response.url.endswith("/portraet/")
    response = client.post(
        response.url,
        {
            "display_name": "Erika M.",
            "name_form": "initial",
            "answer_0": "Ich repariere mit anderen.",
            "photo": photo_upload(),
            "photo_consent": "on",
            "photo_alt": "Erika an der Werkbank",
            "photo_credit": "Foto: privat",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.status == S.REVIEW
    # The Dessau-Roßlau coordinator cannot see it, not even through Dessau's address.
    client.force_login(coordinator)
    assert client.get(f"/bitterfeld-wolfen/gluecksbringer/koordination/{nomination.pk}/").status_code == 404
    assert client.get(f"/dessau-rosslau/gluecksbringer/koordination/{nomination.pk}/").status_code == 404
    assert (
        client.post(
            f"/dessau-rosslau/gluecksbringer/koordination/{nomination.pk}/veroeffentlichen/", {"on": "2020-01-01"}
        ).status_code
        == 404
    )
    client.force_login(bw_coordinator)
    detail = client.get(f"/bitterfeld-wolfen/gluecksbringer/koordination/{nomination.pk}/")
    assert detail.status_code == 200 and "Erika" in detail.content.decode()
    client.post(
        f"/bitterfeld-wolfen/gluecksbringer/koordination/{nomination.pk}/veroeffentlichen/", {"on": "2020-01-01"}
    )
    nomination.refresh_from_db()
    assert nomination.status == S.PUBLISHED
    portrait = nomination.portrait
    client.logout()
    gallery = client.get(reverse("nominations:gallery", args=[dessau.slug, campaign.slug])).content.decode()
    assert "Erika M." in gallery
    page = client.get(portrait.get_absolute_url())
    assert page.status_code == 200 and '"@type": "Person"' in page.content.decode()
    assert client.get(f"/dessau-rosslau/gluecksbringer/portraets/{portrait.slug}/").status_code == 404
    withdraw = invitation + "widerrufen/"
    assert client.post(withdraw, {"what": "all"}).status_code == 200
    assert client.get(portrait.get_absolute_url()).status_code == 404
    assert client.get(invitation).status_code == 410


def test_bad_input_keeps_everything_and_saves_nothing(client, campaign, dessau):
    url = reverse("nominations:nominate", args=[dessau.slug, campaign.slug])
    response = client.post(url, _form(dessau, nominee_email="", channel="email", reason="x" * 20000))
    page = response.content.decode()
    assert response.status_code == 200
    assert "E-Mail-Adresse der Person" in page and "höchstens 2000 Zeichen" in page
    assert "Erika Mustermann" in page  # what was typed is still there
    response = client.post(url, _form(dessau, channel=""))
    assert "wie wir die Person erreichen" in response.content.decode()
    assert not Nomination.objects.exists() and not mail.outbox


def test_script_is_shown_as_text(client, campaign, dessau):
    url = reverse("nominations:nominate", args=[dessau.slug, campaign.slug])
    client.post(url, _form(dessau, activity="<script>alert(1)</script>", nominee_name="<b>X</b>"))
    confirm_latest(Nomination.objects.get())
    page = client.get(_link("/einladung/")).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_honeypot_and_rate_limit(client, campaign, dessau, monkeypatch):
    url = reverse("nominations:nominate", args=[dessau.slug, campaign.slug])
    response = client.post(url, {**_form(dessau), "homepage": "http://spam.example"})
    assert "nicht gesendet" in response.content.decode() and not Nomination.objects.exists()
    monkeypatch.setattr(views, "NOMINATOR_LIMIT", 1)
    client.post(url, _form(dessau))
    response = client.post(url, _form(dessau, nominee_email="zwei@example.org"))
    assert "Zu viele Vorschläge" in response.content.decode()
    assert Nomination.objects.count() == 1


def test_self_nomination_form(client, campaign, dessau):
    url = reverse("nominations:nominate", args=[dessau.slug, campaign.slug]) + "?selbst=1"
    page = client.get(url).content.decode()
    assert "nominee_email" not in page
    data = _form(dessau, nominator_email="ich@example.org")
    client.post(url, data)
    nomination = Nomination.objects.get()
    assert nomination.is_self and nomination.nominee_email == "ich@example.org"


def test_forged_and_foreign_links(client, campaign, dessau, bitterfeld):
    nomination = confirm_latest(nominate(campaign, bitterfeld))
    token = services.nominee_token(nomination)
    assert client.get(f"/bitterfeld-wolfen/gluecksbringer/einladung/{token}x/").status_code == 404
    assert client.get(f"/dessau-rosslau/gluecksbringer/einladung/{token}/").status_code == 404
    assert client.post("/dessau-rosslau/gluecksbringer/bestaetigen/forged/").status_code == 404


def test_nominee_declines_by_the_link(client, campaign, dessau):
    nomination = confirm_latest(nominate(campaign, dessau))
    url = reverse("nominations:nominee", args=[dessau.slug, services.nominee_token(nomination)])
    response = client.post(url, {"choice": "decline"})
    assert "Alles gelöscht" in response.content.decode()
    nomination.refresh_from_db()
    assert nomination.status == S.DECLINED and not Nominator.objects.exists()
    assert client.get(url).status_code == 410


def test_photo_that_is_not_an_image(client, campaign, dessau):
    from django.core.files.uploadedfile import SimpleUploadedFile

    nomination = confirm_latest(nominate(campaign, dessau))
    services.answer_invitation(nomination=nomination, choice="write")
    url = reverse("nominations:nominee_portrait", args=[dessau.slug, services.nominee_token(nomination)])
    response = client.post(
        url,
        {
            "display_name": "Anna",
            "name_form": "initial",
            "answer_0": "Text",
            "photo": SimpleUploadedFile("a.jpg", b"not an image"),
            "photo_consent": "on",
            "photo_alt": "x",
        },
    )
    assert response.status_code == 200 and "kein lesbares Bild" in response.content.decode()
    assert not Portrait.objects.exists()


def test_coordinator_records_consent_and_writes_the_portrait(client, campaign, dessau, coordinator):
    nomination = confirm_latest(nominate(campaign, dessau, email=""))
    client.force_login(coordinator)
    pdf = client.get(reverse("nominations:consent_pdf", args=[dessau.slug, nomination.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    url = reverse("nominations:consent", args=[dessau.slug, nomination.pk])
    response = client.post(url, {"channel": "paper", "given_on": "2020-01-01", "writer": "coordinator"})
    assert "unterschriebene Formular" in response.content.decode()
    response = client.post(
        url, {"channel": "phone", "given_on": "2020-01-01", "writer": "coordinator", "note": "Am Telefon zugestimmt"}
    )
    assert response.status_code == 302
    url = reverse("nominations:edit_portrait", args=[dessau.slug, nomination.pk])
    response = client.post(url, {"display_name": "Anna S.", "name_form": "initial", "answer_0": "Ich lese vor."})
    assert "zugestimmt" in response.content.decode()  # the nominee's agreement must be confirmed
    response = client.post(
        url, {"display_name": "Anna S.", "name_form": "initial", "answer_0": "Ich lese vor.", "agreed": "on"}
    )
    assert response.status_code == 302
    client.post(reverse("nominations:publish", args=[dessau.slug, nomination.pk]), {"on": "2020-01-01"})
    nomination.refresh_from_db()
    assert nomination.status == S.PUBLISHED


def test_reject_and_merge_from_the_queue(client, campaign, dessau, coordinator):
    first = confirm_latest(nominate(campaign, dessau, email=""))
    second = confirm_latest(nominate(campaign, dessau, email="", nominator="carla@example.org"))
    client.force_login(coordinator)
    queue = client.get(reverse("nominations:queue", args=[dessau.slug])).content.decode()
    assert "Anna Schulze" in queue
    client.post(reverse("nominations:merge", args=[dessau.slug, first.pk]), {"duplicate": str(second.pk)})
    assert not Nomination.objects.filter(pk=second.pk).exists()
    detail = client.get(reverse("nominations:detail", args=[dessau.slug, first.pk])).content.decode()
    assert "2 Menschen haben diese Person vorgeschlagen" in detail
    client.post(reverse("nominations:reject", args=[dessau.slug, first.pk]), {"reason": ""})
    first.refresh_from_db()
    assert first.status == S.CONTACT
    client.post(reverse("nominations:reject", args=[dessau.slug, first.pk]), {"reason": "Nicht erreichbar."})
    first.refresh_from_db()
    assert first.status == S.REJECTED


def test_block_address(client, campaign, dessau, coordinator):
    client.force_login(coordinator)
    client.post(reverse("nominations:block", args=[dessau.slug]), {"email": "paul@example.org"})
    client.logout()
    response = client.post(reverse("nominations:nominate", args=[dessau.slug, campaign.slug]), _form(dessau))
    assert "keine Vorschläge" in response.content.decode() and not Nomination.objects.exists()


def test_posters_and_square_image_for_the_coordinator(client, campaign, dessau, coordinator):
    from io import BytesIO

    from PIL import Image

    nomination = published_nomination(campaign, dessau)
    slug = nomination.portrait.slug
    assert client.get(reverse("nominations:poster", args=[dessau.slug, slug, "a4"])).status_code == 302
    client.force_login(coordinator)
    for size in ("a4", "a3"):
        response = client.get(reverse("nominations:poster", args=[dessau.slug, slug, size]))
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert client.get(reverse("nominations:poster", args=[dessau.slug, slug, "a5"])).status_code == 404
    response = client.get(reverse("nominations:social_image", args=[dessau.slug, slug]))
    assert Image.open(BytesIO(response.content)).size == (1080, 1080)
    assert sorted(ImageHandout.objects.values_list("kind", flat=True)) == ["a3", "a4", "square"]


def test_gallery_heading_names_the_campaign_once(client, dessau):
    """A campaign titled "Glücksbringer 2026" is not headed "Glücksbringer: Glücksbringer 2026"."""
    titled = make_campaign(dessau, slug="gb-2026", title="Glücksbringer 2026")
    other = make_campaign(dessau, slug="herbst", title="Herbst im Quartier")
    page = client.get(reverse("nominations:gallery", args=[dessau.slug, titled.slug])).content.decode()
    assert re.search(r"<h1><bdi>Glücksbringer 2026</bdi></h1>", page)
    assert "Glücksbringer: " not in page.split("<h1>")[1].split("</h1>")[0]
    page = client.get(reverse("nominations:gallery", args=[dessau.slug, other.slug])).content.decode()
    assert "Glücksbringer: <bdi>Herbst im Quartier</bdi>" in page


def test_gallery_filters_and_fixed_queries(client, campaign, dessau, bitterfeld, django_assert_max_num_queries):
    for i in range(3):
        published_nomination(campaign, dessau, email=f"d{i}@example.org", photo=False)
    published_nomination(campaign, bitterfeld, email="b@example.org", photo=False)
    url = reverse("nominations:gallery", args=[dessau.slug, campaign.slug])
    client.get(url)
    with django_assert_max_num_queries(8):
        page = client.get(url).content.decode()
    assert page.count('class="portrait-card"') == 4
    page = client.get(url, {"town": "bitterfeld-wolfen"}).content.decode()
    assert page.count('class="portrait-card"') == 1
    assert client.get(url, {"town": "nirgendwo"}).status_code == 200
    assert client.get(reverse("nominations:gallery", args=[dessau.slug, "unbekannt"])).status_code == 404


def test_api_lists_public_fields_only(client, campaign, dessau):
    published_nomination(campaign, dessau)
    confirm_latest(nominate(campaign, dessau, email="unpublished@example.org"))
    data = client.get("/api/v1/portraits", {"municipality": dessau.slug}).json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["name"] == "Anna S." and item["photo_alt"] == "Anna lacht"
    assert "anna@example.org" not in str(data) and "Ben" not in str(data)


def test_my_area_lists_my_portrait(client, campaign, dessau):
    user = make_user("anna@example.org")
    nomination = published_nomination(campaign, dessau)
    client.force_login(user)
    page = client.get(reverse("core:my_area", args=[dessau.slug])).content.decode()
    assert "Mein Glücksbringer-Porträt" in page
    assert services.nominee_token(nomination) in page


def test_queue_counts_on_my_area(campaign, dessau):
    from engagiert.core.registry import queue_counts

    confirm_latest(nominate(campaign, dessau, email=""))
    counts = {q.queue.key: q.count for q in queue_counts(dessau)}
    assert counts["nominations.queue"] == 1
