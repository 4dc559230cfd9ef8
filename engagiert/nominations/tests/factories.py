"""Test data of Glücksbringer: a network campaign, nominations in a given state, photos."""

from __future__ import annotations

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from engagiert.core.models import RegionalNetwork
from engagiert.nominations import services
from engagiert.nominations.models import Campaign, Nomination


def make_campaign(*towns, slug: str = "gluecksbringer", days_open: int = 60, **fields) -> Campaign:
    network, _created = RegionalNetwork.objects.get_or_create(
        slug="anhalt", defaults={"name": "Regionalnetzwerk Anhalt"}
    )
    network.municipalities.add(*towns)
    today = timezone.localdate()
    campaign = Campaign.objects.create(
        title=fields.pop("title", "Glücksbringer"),
        slug=slug,
        text="Der OB ruft Sie auf, uns Menschen oder Initiativen zu benennen.",
        network=network,
        starts_on=fields.pop("starts_on", today - datetime.timedelta(days=10)),
        ends_on=fields.pop("ends_on", today + datetime.timedelta(days=days_open)),
        **fields,
    )
    campaign.participants.add(*towns)
    return campaign


def photo_upload(*, size=(1200, 800), fmt="JPEG", name="foto.jpg", exif: bool = True) -> SimpleUploadedFile:
    image = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    if exif and fmt == "JPEG":
        data = Image.Exif()
        data[0x010F] = "Kamerahersteller"  # Make
        data[0x8825] = {1: "N", 2: (51.0, 50.0, 0.0)}  # GPS
        image.save(out, format=fmt, exif=data)
    else:
        image.save(out, format=fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def nominate(campaign, town, *, email: str = "anna@example.org", nominator: str = "ben@example.org", **kw):
    fields = {
        "kind": Nomination.Kind.PERSON,
        "nominee_name": "Anna Schulze",
        "nominee_email": email,
        "channel": Nomination.Channel.EMAIL if email else Nomination.Channel.PHONE,
        "nominee_phone": "" if email else "0340 123456",
        "activity": "Liest jeden Mittwoch im Seniorenheim vor.",
        "nominator_name": "Ben Becker",
        "nominator_email": nominator,
        "reason": "Sie bringt Freude.",
        "reveal": True,
    }
    fields.update(kw)
    return services.nominate(campaign=campaign, municipality=town, **fields)


def confirm_latest(nomination: Nomination) -> Nomination:
    """Confirm the nomination's newest nominator as if by the link (a fresh token is set)."""
    from engagiert.core import tokens

    nominator = nomination.nominators.order_by("-pk").first()
    raw, digest = tokens.issue()
    nominator.token_hash = digest
    nominator.save(update_fields=["token_hash"])
    return services.confirm_nominator(raw)


def portrait_data(campaign, **kw) -> services.PortraitData:
    fields = {
        "display_name": "Anna S.",
        "name_form": "initial",
        "answers": ["Ich lese vor."] + [""] * (len(campaign.questions) - 1),
    }
    fields.update(kw)
    return services.PortraitData(**fields)


def published_nomination(campaign, town, *, email="anna@example.org", photo: bool = True) -> Nomination:
    nomination = confirm_latest(nominate(campaign, town, email=email))
    services.answer_invitation(nomination=nomination, choice=services.AGREE_WRITE)
    data = portrait_data(campaign, photo_alt="Anna lacht", photo_credit="Foto Müller", photo_consent=True)
    services.save_portrait(nomination=nomination, data=data, photo=photo_upload() if photo else None, submit=True)
    services.publish(nomination=nomination, by=None)
    nomination.refresh_from_db()
    return nomination
