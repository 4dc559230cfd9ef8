"""The life of a nomination: confirmation, consent, portrait, publication, withdrawal,
duplicates, the daily run and retention."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone
from PIL import Image

from engagiert.core.models import AuditRecord
from engagiert.nominations import selectors, services
from engagiert.nominations.models import BlockedAddress, Nomination, Nominator, Portrait
from engagiert.nominations.services import LinkError, NominationError
from engagiert.nominations.tests.factories import (
    confirm_latest,
    make_campaign,
    nominate,
    photo_upload,
    portrait_data,
    published_nomination,
)

S = Nomination.Status


@pytest.fixture
def campaign(dessau, wittenberg):
    return make_campaign(dessau, wittenberg)


def test_nomination_waits_for_the_nominators_confirmation(campaign, dessau):
    nomination = nominate(campaign, dessau)
    assert nomination.status == S.UNCONFIRMED
    assert [m.to for m in mail.outbox] == [["ben@example.org"]]
    assert "/gluecksbringer/bestaetigen/" in mail.outbox[0].body
    nomination = confirm_latest(nomination)
    assert nomination.status == S.INVITED and nomination.invited_at
    invitation = mail.outbox[-1]
    assert invitation.to == ["anna@example.org"]
    assert "Ben Becker" in invitation.body  # the nominator agreed to be named
    assert "/gluecksbringer/einladung/" in invitation.body


def test_the_nominee_does_not_learn_a_hidden_nominator(campaign, dessau):
    confirm_latest(nominate(campaign, dessau, reveal=False))
    assert "Ben Becker" not in mail.outbox[-1].body
    assert "ungenannt" in mail.outbox[-1].body


def test_confirmation_link_is_single_use_and_expires(campaign, dessau):
    from engagiert.core import tokens

    nomination = nominate(campaign, dessau)
    nominator = nomination.nominators.get()
    raw, digest = tokens.issue()
    Nominator.objects.filter(pk=nominator.pk).update(token_hash=digest)
    services.confirm_nominator(raw)
    with pytest.raises(LinkError) as used:
        services.confirm_nominator(raw)
    assert used.value.expired
    with pytest.raises(LinkError) as forged:
        services.confirm_nominator("forged")
    assert not forged.value.expired
    other = nominate(campaign, dessau, email="carla@example.org")
    raw, digest = tokens.issue()
    Nominator.objects.filter(nomination=other).update(token_hash=digest)
    later = timezone.now() + datetime.timedelta(hours=49)
    with pytest.raises(LinkError) as expired:
        services.confirm_nominator(raw, now=later)
    assert expired.value.expired


def test_without_email_the_coordinator_is_asked(campaign, dessau, coordinator):
    nomination = confirm_latest(nominate(campaign, dessau, email=""))
    assert nomination.status == S.CONTACT
    assert mail.outbox[-1].to == [coordinator.email]


def test_nomination_without_a_way_to_reach_the_nominee_is_refused(campaign, dessau):
    with pytest.raises(NominationError, match="E-Mail-Adresse"):
        nominate(campaign, dessau, email="", channel=Nomination.Channel.EMAIL)
    with pytest.raises(NominationError, match="Telefonnummer"):
        nominate(campaign, dessau, email="", channel=Nomination.Channel.PHONE, nominee_phone="")
    assert not Nomination.objects.exists() and not Nominator.objects.exists()


def test_closed_campaign_and_outside_town_are_refused(campaign, dessau, db):
    from engagiert.core.models import Municipality

    other = Municipality.objects.create(name="Gräfenhainichen", slug="graefenhainichen", ags="15091110", state="ST")
    with pytest.raises(NominationError, match="nicht teil"):
        nominate(campaign, other)
    campaign.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    campaign.save()
    with pytest.raises(NominationError, match="keine Vorschläge"):
        nominate(campaign, dessau)


def test_self_nomination_skips_the_consent_request(campaign, dessau):
    nomination = nominate(campaign, dessau, email="", is_self=True, nominator="lea@example.org")
    nomination = confirm_latest(nomination)
    assert nomination.status == S.CONSENTED
    assert nomination.consent_channel == Nomination.ConsentChannel.SELF
    assert nomination.nominee_email == "lea@example.org"
    assert mail.outbox[-1].to == ["lea@example.org"] and "Porträt" in mail.outbox[-1].subject


def test_self_nomination_refused_when_the_campaign_does_not_allow_it(dessau):
    campaign = make_campaign(dessau, self_nominations=False)
    with pytest.raises(NominationError):
        nominate(campaign, dessau, is_self=True)


def test_blocked_address_cannot_nominate(campaign, dessau, coordinator):
    services.block_address(municipality=dessau, email="Ben@Example.org", by=coordinator)
    with pytest.raises(NominationError, match="keine Vorschläge"):
        nominate(campaign, dessau)
    assert BlockedAddress.objects.get().email_digest != "ben@example.org"


def test_same_person_twice_becomes_one_nomination_with_two_nominators(campaign, dessau):
    first = confirm_latest(nominate(campaign, dessau))
    second = nominate(campaign, dessau, email="ANNA@example.org", nominator="carla@example.org", reason="Immer da.")
    joined = confirm_latest(second)
    assert joined.pk == first.pk
    assert not Nomination.objects.filter(pk=second.pk).exists()
    assert first.nominators.filter(confirmed_at__isnull=False).count() == 2
    assert AuditRecord.objects.filter(action="nominations.merge", target_id=str(first.pk)).exists()


def test_database_refuses_two_active_nominations_of_one_address(campaign, dessau):
    confirm_latest(nominate(campaign, dessau))
    other = nominate(campaign, dessau, nominator="carla@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Nomination.objects.filter(pk=other.pk).update(status=S.INVITED)


def test_moderator_merges_duplicates(campaign, dessau, coordinator):
    into = confirm_latest(nominate(campaign, dessau, email=""))
    duplicate = confirm_latest(nominate(campaign, dessau, email="", nominator="carla@example.org"))
    services.merge(into=into, duplicate=duplicate, by=coordinator)
    assert into.nominators.count() == 2 and not Nomination.objects.filter(pk=duplicate.pk).exists()
    with pytest.raises(NominationError):
        services.merge(into=into, duplicate=into, by=coordinator)


def test_decline_deletes_everything_and_tells_the_nominator_only_that(campaign, dessau):
    nomination = confirm_latest(nominate(campaign, dessau))
    mail.outbox.clear()
    services.answer_invitation(nomination=nomination, choice=services.DECLINE)
    nomination.refresh_from_db()
    assert nomination.status == S.DECLINED and nomination.erased_at
    assert nomination.nominee_name == nomination.nominee_email == nomination.activity == ""
    assert not nomination.nominators.exists()
    assert [m.to for m in mail.outbox] == [["ben@example.org"]]
    assert "nicht vorgestellt" in mail.outbox[0].body and "Anna" not in mail.outbox[0].body


def test_full_consent_flow_publishes_the_portrait(campaign, dessau, coordinator):
    nomination = published_nomination(campaign, dessau)
    assert nomination.status == S.PUBLISHED
    portrait = Portrait.objects.get(nomination=nomination)
    assert portrait.is_published()
    assert list(selectors.gallery(campaign=campaign)) == [portrait]
    actions = [r.action for r in selectors.history(nomination)]
    assert actions == [
        "nominations.nominate",
        "nominations.confirm",
        "nominations.consent",
        "nominations.edit_portrait",
        "nominations.publish",
    ]
    assert any(m.to == ["anna@example.org"] and "veröffentlicht" in m.subject for m in mail.outbox)


def test_photo_is_reencoded_square_without_exif(campaign, dessau):
    nomination = published_nomination(campaign, dessau)
    portrait = nomination.portrait
    with default_storage.open(portrait.photo.name) as handle:
        image = Image.open(handle)
        image.load()
        assert image.size == (800, 800) and image.format == "JPEG"
        assert not image.getexif()
        assert b"Kamerahersteller" not in handle.read() if hasattr(handle, "read") else True
    assert portrait.photo_alt == "Anna lacht" and portrait.photo_consent_at


def test_photo_needs_alt_text_consent_and_an_image(campaign, dessau):
    from django.core.files.uploadedfile import SimpleUploadedFile

    nomination = confirm_latest(nominate(campaign, dessau))
    services.answer_invitation(nomination=nomination, choice=services.AGREE_WRITE)
    with pytest.raises(NominationError, match="Alternativtext"):
        services.save_portrait(
            nomination=nomination, data=portrait_data(campaign, photo_consent=True), photo=photo_upload()
        )
    with pytest.raises(NominationError, match="Foto"):
        services.save_portrait(nomination=nomination, data=portrait_data(campaign, photo_alt="x"), photo=photo_upload())
    fake = SimpleUploadedFile("foto.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")
    with pytest.raises(ValidationError):
        services.save_portrait(
            nomination=nomination, data=portrait_data(campaign, photo_alt="x", photo_consent=True), photo=fake
        )
    assert not Portrait.objects.exists()  # nothing half-saved


def test_withdrawal_unpublishes_and_deletes_photos(campaign, dessau, coordinator):
    nomination = published_nomination(campaign, dessau)
    portrait = nomination.portrait
    files = [portrait.photo.name, portrait.thumbnail.name]
    assert all(default_storage.exists(name) for name in files)
    services.record_handout(nomination=nomination, kind="a4", by=coordinator)
    mail.outbox.clear()
    services.withdraw(nomination=nomination)
    nomination.refresh_from_db()
    assert nomination.status == S.WITHDRAWN and not Portrait.objects.exists()
    assert not any(default_storage.exists(name) for name in files)
    assert not list(selectors.gallery(campaign=campaign))
    to_coordination = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert to_coordination and "Plakat A4" in to_coordination[0].body
    with pytest.raises(LinkError) as after:
        services.nomination_from_token(services.nominee_token(nomination))
    assert after.value.expired


def test_withdrawing_the_photo_keeps_the_portrait(campaign, dessau):
    nomination = published_nomination(campaign, dessau)
    name = nomination.portrait.photo.name
    services.withdraw_photo(nomination=nomination)
    portrait = Portrait.objects.get(nomination=nomination)
    assert not portrait.photo and not portrait.photo_alt and not default_storage.exists(name)
    assert portrait.is_published()


def test_forged_nominee_link(campaign, dessau):
    with pytest.raises(LinkError) as forged:
        services.nomination_from_token("1:forged")
    assert not forged.value.expired


def test_reject_tells_the_nominator_the_reason_and_erases(campaign, dessau, coordinator):
    nomination = confirm_latest(nominate(campaign, dessau, email=""))
    mail.outbox.clear()
    with pytest.raises(NominationError):
        services.reject(nomination=nomination, by=coordinator, reason=" ")
    services.reject(nomination=nomination, by=coordinator, reason="Keine Einwilligung zu erhalten.")
    nomination.refresh_from_db()
    assert nomination.status == S.REJECTED and nomination.erased_at
    assert "Keine Einwilligung zu erhalten." in mail.outbox[0].body


def test_state_machine_refuses_wrong_steps(campaign, dessau, coordinator):
    nomination = confirm_latest(nominate(campaign, dessau))
    with pytest.raises(NominationError):
        services.publish(nomination=nomination, by=coordinator)  # no consent, no portrait
    with pytest.raises(NominationError):
        services.save_portrait(nomination=nomination, data=portrait_data(campaign))
    services.answer_invitation(nomination=nomination, choice=services.DECLINE)
    with pytest.raises(NominationError):
        services.withdraw(nomination=nomination)
    for status, targets in services.TRANSITIONS.items():
        assert status not in targets


def test_coordinator_records_consent_on_paper(campaign, dessau, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    nomination = confirm_latest(nominate(campaign, dessau, email=""))
    consent = services.RecordedConsent(channel="paper", given_on=timezone.localdate())
    with pytest.raises(NominationError, match="unterschriebene Formular"):
        services.record_consent(nomination=nomination, by=coordinator, consent=consent)
    scan = SimpleUploadedFile("scan.pdf", b"%PDF-1.4 signed", content_type="application/pdf")
    services.record_consent(nomination=nomination, by=coordinator, consent=consent, scan=scan)
    nomination.refresh_from_db()
    assert nomination.status == S.CONSENTED and nomination.consent_scan.name.endswith(".pdf")
    assert nomination.consent_recorded_by == coordinator
    services.save_portrait(nomination=nomination, data=portrait_data(campaign), by=coordinator)
    services.publish(nomination=nomination, by=coordinator)
    scan_name = nomination.consent_scan.name
    services.withdraw(nomination=nomination)
    assert not default_storage.exists(scan_name)


def test_daily_run_reminds_expires_and_deletes_unconfirmed(campaign, dessau):
    unconfirmed = nominate(campaign, dessau, email="x@example.org")
    invited = confirm_latest(nominate(campaign, dessau))
    start = invited.invited_at
    mail.outbox.clear()
    assert services.run_daily(now=start + datetime.timedelta(days=1))["reminded"] == 0
    assert Nomination.objects.filter(pk=unconfirmed.pk).exists()
    counts = services.run_daily(now=start + datetime.timedelta(days=8))
    assert counts["reminded"] == 1 and counts["unconfirmed"] == 1
    assert not Nomination.objects.filter(pk=unconfirmed.pk).exists()
    assert services.run_daily(now=start + datetime.timedelta(days=9))["reminded"] == 0  # idempotent
    assert services.run_daily(now=start + datetime.timedelta(days=22))["reminded"] == 1
    assert "Erinnerung" in mail.outbox[-1].subject
    mail.outbox.clear()
    assert services.run_daily(now=start + datetime.timedelta(days=31))["expired"] == 1
    invited.refresh_from_db()
    assert invited.status == S.EXPIRED and invited.erased_at and not invited.nominators.exists()
    assert mail.outbox[0].to == ["ben@example.org"]


def test_retention_six_months_after_the_campaign(campaign, dessau, coordinator):
    waiting = confirm_latest(nominate(campaign, dessau, email=""))
    shown = published_nomination(campaign, dessau, email="carla@example.org")
    after_end = timezone.make_aware(datetime.datetime.combine(campaign.ends_on, datetime.time(12)))
    services.run_daily(now=after_end + datetime.timedelta(days=150))
    waiting.refresh_from_db()
    assert waiting.status == S.CONTACT
    services.run_daily(now=after_end + datetime.timedelta(days=200))
    waiting.refresh_from_db()
    assert waiting.erased_at and waiting.nominee_name == ""
    assert Portrait.objects.filter(nomination=shown).exists()  # published stays


def test_command_runs_the_daily_work(campaign, dessau, capsys):
    call_command("run_nominations_daily", "--now")
    assert "reminded" in capsys.readouterr().out


def test_campaign_figures(campaign, dessau, wittenberg, django_assert_max_num_queries):
    published_nomination(campaign, dessau)
    confirm_latest(nominate(campaign, wittenberg, email="", nominator="x@example.org"))
    declined = confirm_latest(nominate(campaign, dessau, email="d@example.org"))
    services.answer_invitation(nomination=declined, choice=services.DECLINE)
    confirm_latest(nominate(campaign, dessau, email="", is_self=True, nominator="self@example.org"))
    nominate(campaign, dessau, email="u@example.org")  # unconfirmed: not counted
    with django_assert_max_num_queries(2):
        figures = selectors.campaign_figures(campaign)
    assert figures.total == 4
    assert figures.by_town["Dessau-Roßlau"] == {"published": 1, "declined": 1, "consented": 1}
    assert figures.by_town["Lutherstadt Wittenberg"] == {"contact": 1}
    assert figures.self_nominations == 1 and figures.third_party == 3
    assert figures.consent_rate == round(2 / 3, 3)
    assert figures.median_days_to_publication is not None
    assert selectors.campaign_figures(campaign, municipality=wittenberg).total == 1


def test_the_start_pages_portrait_links_in_one_query(campaign, dessau, django_assert_num_queries):
    from engagiert.directory.models import Topic

    topic = Topic.objects.first() or Topic.objects.create(slug="kultur", name="Kultur")
    for i in range(4):
        published_nomination(campaign, dessau, email=f"p{i}@example.org", photo=False)
    Portrait.objects.update(topic=topic)
    full = selectors.latest_portraits(dessau, 3)
    with django_assert_num_queries(1):
        links = selectors.latest_portrait_links(dessau, 3)
        shown = [(p.get_absolute_url(), p.display_name, p.topic.name, p.municipality.name) for p in links]
    assert shown == [(p.get_absolute_url(), p.display_name, p.topic.name, p.municipality.name) for p in full]


def test_latest_portraits_in_one_query(campaign, dessau, django_assert_num_queries):
    for i in range(4):
        published_nomination(campaign, dessau, email=f"p{i}@example.org", photo=False)
    with django_assert_num_queries(1):
        latest = selectors.latest_portraits(dessau, 3)
        assert [p.municipality.name for p in latest] == ["Dessau-Roßlau"] * 3
        assert all(p.campaign.title for p in latest)
