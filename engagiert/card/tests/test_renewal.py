"""Retention and renewal: the two stages of the purge (free text first, what a renewal
reuses once the card has expired), stale drafts, municipalities without rules and queued
e-mails; the renewal window, the renewed card following the old one, the reminder."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from engagiert.card import crypto, selectors, services
from engagiert.card.models import Activity, ActivityConfirmation, ApplicationEvent, Card, CardApplication, CardRules
from engagiert.card.tests import factories
from engagiert.testing import make_user

BASE = "/dessau-rosslau/ehrenamtskarte"
pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(dessau):
    return make_user("anna@example.org")


def _expiring(card: Card, *, in_days: int) -> Card:
    """Move the card so that it expires in `in_days` days (negative: expired), signed anew."""
    card.valid_until = timezone.localdate() + timedelta(days=in_days)
    card.valid_from = card.valid_until - timedelta(days=730)
    card.signature = crypto.sign(card.key.private_key_encrypted, services.card_message(card))
    card.save(update_fields=["valid_from", "valid_until", "signature"])
    return card


def _approve_renewal(card: Card, anna, coordinator) -> Card:
    renewal = services.start_renewal(card=card, applicant=anna)
    services.save_draft(applicant=anna, municipality=card.municipality, data={"consent": True})
    Activity.objects.filter(application=renewal).update(contact_email="tafel@example.org")
    services.submit(application=renewal)
    factories.confirm_all(renewal)
    return services.approve(application=renewal, by=coordinator)


# --- stage 1 and 2 of the purge ------------------------------------------------------------------


def test_renewal_two_years_later_reuses_what_the_purge_kept(dessau, anna, coordinator):
    card = factories.issued_card(anna, dessau, coordinator, first_name="Anna Maria", last_name="Müller")
    application = card.application
    CardApplication.objects.filter(pk=application.pk).update(decision_reason="Telefonat mit Frau X am 3.5.")
    Activity.objects.filter(application=application).update(
        description="Ausgabe dienstags", evidence_note="Seit 2018 dabei"
    )
    # The purge runs daily; the renewal comes about two years after the decision.
    purged = services.purge_applications(now=timezone.now() + timedelta(days=700))
    assert (purged.free_text, purged.full) == (1, 0)
    application.refresh_from_db()
    assert application.free_text_purged_at and application.purged_at is None
    assert application.decision_reason == ""
    assert set(application.events.values_list("text", flat=True)) == {"–"}
    assert not application.events.filter(actor__isnull=False).exists()
    assert not ActivityConfirmation.objects.exists()  # tokens and recipient addresses
    activity = application.activities.get()
    assert (activity.description, activity.contact_email, activity.evidence_note) == ("", "", "")

    renewal = services.start_renewal(card=card, applicant=anna, today=card.valid_until - timedelta(days=10))
    assert (renewal.first_name, renewal.last_name) == ("Anna Maria", "Müller")  # not split from holder_name
    assert renewal.birth_date == date(1980, 5, 17) and renewal.residence_state == "Sachsen-Anhalt"
    assert (renewal.street, renewal.postcode, renewal.city) == ("Zerbster Straße 4", "06844", "Dessau-Roßlau")
    copied = renewal.activities.get()
    assert (copied.organisation_name, copied.since, copied.hours, copied.period) == (
        "Dessauer Tafel e. V.",
        date(2018, 3, 1),
        5,
        "week",
    )
    assert copied.contact_email == "" and copied.evidence == "pending"


def test_structured_data_goes_once_the_card_expired_plus_the_retention_period(dessau, anna, coordinator):
    card = factories.issued_card(anna, dessau, coordinator)
    factories.rules(dessau, retention_months=6)
    after_expiry = timezone.now() + (card.valid_until - timezone.localdate())
    assert services.purge_applications(now=after_expiry + timedelta(days=170)).full == 0
    assert CardApplication.objects.get().birth_date == date(1980, 5, 17)
    assert services.purge_applications(now=after_expiry + timedelta(days=185)).full == 1
    application = CardApplication.objects.get()
    assert application.purged_at and application.birth_date is None and application.street == ""
    assert application.residence_state == "" and not Activity.objects.exists()
    assert (application.first_name, application.last_name) == ("Anna", "Müller")
    card.refresh_from_db()
    assert card.holder_name == "Anna Müller" and services.qr_text(card)


def test_rejected_withdrawn_and_revoked_are_purged_fully_after_the_retention_period(dessau, coordinator):
    rejected = factories.draft(make_user("r@example.org"), dessau)
    services.submit(application=rejected)
    services.reject(application=rejected, by=coordinator, reason="Geheimer Grund")
    withdrawn = factories.draft(make_user("w@example.org"), dessau)
    services.submit(application=withdrawn)
    services.withdraw(application=withdrawn, by=withdrawn.applicant)
    card = factories.issued_card(make_user("v@example.org"), dessau, coordinator)
    services.revoke(card=card, by=coordinator, reason="Verloren, Herr X hat angerufen")
    assert services.purge_applications(now=timezone.now() + timedelta(days=170)).total == 0
    purged = services.purge_applications(now=timezone.now() + timedelta(days=200))
    assert (purged.free_text, purged.full) == (0, 3)
    assert not CardApplication.objects.filter(purged_at__isnull=True).exists()
    assert not CardApplication.objects.exclude(decision_reason="").exists()
    assert not CardApplication.objects.filter(birth_date__isnull=False).exists()
    assert not Activity.objects.exists() and not ActivityConfirmation.objects.exists()
    # also the history written after the decision (the revocation with its reason)
    assert set(ApplicationEvent.objects.values_list("text", flat=True)) == {"–"}


def test_stale_drafts_are_deleted(dessau, anna):
    stale = factories.draft(anna, dessau)
    busy = factories.draft(make_user("b@example.org"), dessau)
    fresh = factories.draft(make_user("c@example.org"), dessau)
    long_ago = timezone.now() - timedelta(days=200)
    CardApplication.objects.filter(pk__in=[stale.pk, busy.pk]).update(updated_at=long_ago)
    Activity.objects.filter(application=stale).update(created_at=long_ago)  # busy: activity added lately
    assert services.purge_applications().drafts == 1
    assert set(CardApplication.objects.values_list("pk", flat=True)) == {busy.pk, fresh.pk}
    assert not Activity.objects.filter(application_id=stale.pk).exists()


def test_municipalities_without_rules_get_the_default_retention(wittenberg):
    assert not CardRules.objects.filter(municipality=wittenberg).exists()
    draft = services.save_draft(
        applicant=make_user("w@example.org"), municipality=wittenberg, data={**factories.PERSON, "consent": True}
    )
    services.withdraw(application=draft, by=draft.applicant)
    assert services.purge_applications(now=timezone.now() + timedelta(days=170)).total == 0
    assert services.purge_applications(now=timezone.now() + timedelta(days=190)).full == 1
    draft.refresh_from_db()
    assert draft.purged_at and draft.birth_date is None


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_purge_command_prunes_finished_task_results(dessau, coordinator):
    from django_tasks_db.models import DBTaskResult

    factories.rules(dessau, retention_months=6)
    application = factories.draft(make_user("r@example.org"), dessau)
    services.submit(application=application)
    services.reject(application=application, by=coordinator, reason="Geheimer Ablehnungsgrund XYZ")
    rows = DBTaskResult.objects.filter(args_kwargs__icontains="Geheimer Ablehnungsgrund XYZ")
    assert rows.count() == 1
    ready = DBTaskResult.objects.exclude(pk=rows.get().pk).first()  # not sent yet: stays
    sent_lately = DBTaskResult.objects.exclude(pk__in=[rows.get().pk, ready.pk]).first()
    rows.update(status="SUCCESSFUL", finished_at=timezone.now() - timedelta(days=200))
    DBTaskResult.objects.filter(pk=sent_lately.pk).update(
        status="SUCCESSFUL", finished_at=timezone.now() - timedelta(days=10)
    )
    call_command("purge_card_applications")
    assert not rows.exists()
    assert DBTaskResult.objects.filter(pk__in=[ready.pk, sent_lately.pk]).count() == 2


# --- the renewal window --------------------------------------------------------------------------


def test_renewal_is_offered_only_from_the_reminder_window(client, dessau, anna, coordinator):
    card = factories.issued_card(anna, dessau, coordinator)
    opens_on = card.valid_until - timedelta(weeks=6)
    with pytest.raises(services.CardError, match=f"ab dem {opens_on:%d.%m.%Y}"):
        services.start_renewal(card=card, applicant=anna)
    client.force_login(anna)
    page = client.get(f"{BASE}/meine-karte/").content.decode()
    assert f"ab dem {opens_on:%d.%m.%Y} beantragen" in page and "Verlängerung beantragen" not in page
    response = client.post(f"{BASE}/meine-karte/verlaengern/", follow=True)
    assert response.redirect_chain[-1][0].endswith("/meine-karte/")
    assert f"ab dem {opens_on:%d.%m.%Y}" in response.content.decode()
    assert not CardApplication.objects.filter(status="draft").exists()

    assert services.start_renewal(card=card, applicant=anna, today=opens_on).renewal_of == card
    CardApplication.objects.filter(status="draft").delete()
    _expiring(card, in_days=30)
    assert "Verlängerung beantragen" in client.get(f"{BASE}/meine-karte/").content.decode()
    _expiring(card, in_days=-30)  # also after expiry
    assert "Verlängerung beantragen" in client.get(f"{BASE}/meine-karte/").content.decode()
    assert client.post(f"{BASE}/meine-karte/verlaengern/").url.endswith("/antrag/")
    assert CardApplication.objects.get(status="draft").renewal_of == card


def test_a_revoked_card_is_not_renewed(client, dessau, anna, coordinator):
    card = _expiring(factories.issued_card(anna, dessau, coordinator), in_days=10)
    services.revoke(card=card, by=coordinator, reason="Verloren")
    with pytest.raises(services.CardError, match="gesperrte Karte"):
        services.start_renewal(card=card, applicant=anna)
    client.force_login(anna)
    page = client.get(f"{BASE}/meine-karte/").content.decode()
    assert "Verlängerung beantragen" not in page and "Neue Karte beantragen" in page


# --- the renewed card ----------------------------------------------------------------------------


def test_the_renewed_card_starts_the_day_after_the_old_one_ends(client, dessau, anna, coordinator):
    old = _expiring(factories.issued_card(anna, dessau, coordinator), in_days=20)
    new = _approve_renewal(old, anna, coordinator)
    assert new.valid_from == old.valid_until + timedelta(days=1)
    assert new.valid_until == date(new.valid_from.year + 2, new.valid_from.month, new.valid_from.day)
    old.refresh_from_db()
    assert old.status == "active" and old.valid_until == timezone.localdate() + timedelta(days=20)
    assert selectors.verify_number(municipality=dessau, number=str(old.number)).status == "valid"
    assert selectors.verify_number(municipality=dessau, number=str(new.number)).status == "not_yet_valid"
    # The page shows the card valid today and when the new one begins; no further renewal.
    assert selectors.current_card(user=anna, municipality=dessau) == old
    client.force_login(anna)
    page = client.get(f"{BASE}/meine-karte/").content.decode()
    assert old.display_number in page and f"gilt ab {new.valid_from:%d.%m.%Y}" in page
    assert "Verlängerung beantragen" not in page
    with pytest.raises(services.CardError, match="bereits verlängert"):
        services.start_renewal(card=old, applicant=anna)
    assert selectors.current_card(user=anna, municipality=dessau, today=new.valid_from) == new


def test_a_card_renewed_after_expiry_starts_on_the_approval_day(dessau, anna, coordinator):
    old = _expiring(factories.issued_card(anna, dessau, coordinator), in_days=-3)
    new = _approve_renewal(old, anna, coordinator)
    assert new.valid_from == timezone.localdate()


def test_no_reminder_when_a_renewal_is_in_progress_or_done(dessau, anna, coordinator):
    card = _expiring(factories.issued_card(anna, dessau, coordinator), in_days=20)
    services.start_renewal(card=card, applicant=anna)
    mail.outbox.clear()
    assert services.send_renewal_reminders() == 0
    CardApplication.objects.filter(status="draft").delete()
    _approve_renewal(card, anna, coordinator)  # the new card expires in two years
    mail.outbox.clear()
    assert services.send_renewal_reminders() == 0
    Card.objects.exclude(pk=card.pk).delete()
    assert services.send_renewal_reminders() == 1  # the check itself still reminds


def test_a_renewed_card_signed_before_a_key_rotation_verifies_when_it_begins(dessau, anna, coordinator):
    old = _expiring(factories.issued_card(anna, dessau, coordinator), in_days=20)
    new = _approve_renewal(old, anna, coordinator)
    services.rotate_key(municipality=dessau)  # e.g. because the old key leaked
    new.refresh_from_db()
    text = services.qr_text(new)
    assert selectors.verify_text(municipality=dessau, text=text, today=new.valid_from).status == "valid"
    assert selectors.verify_text(municipality=dessau, text=services.qr_text(old)).status == "valid"
