"""The newsletter in the privacy centre: a signed-in person with a verified address sees her
subscriptions, withdraws one as a consent (unsubscribed at once), exports and deletes them;
unconfirmed sign-ups fall to the retention rule after 7 days."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.core import privacy_centre
from engagiert.newsletter import privacy
from engagiert.newsletter.models import Subscriber
from engagiert.newsletter.tests.factories import make_newsletter, make_subscriber
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribed(dessau):
    town = make_newsletter(dessau)
    other = make_newsletter(dessau, "Kulturbrief")
    user = make_user("lena@example.org")
    return user, make_subscriber(town, "lena@example.org"), make_subscriber(other, "lena@example.org")


def test_collect_export_and_consents(subscribed):
    user, first, second = subscribed
    assert [h.label for h in privacy.collect(user)] == ["Ihre Newsletter-Anmeldungen"]
    exported = privacy.export(user)
    assert exported["addresses"][0]["email"] == "lena@example.org"
    assert len(exported["addresses"][0]["subscriptions"]) == 2
    assert {c.id for c in privacy.consents(user)} == {str(first.pk), str(second.pk)}


def test_withdrawing_the_consent_unsubscribes_only_that_newsletter(subscribed):
    user, first, second = subscribed
    assert privacy_centre.withdraw_consent(user=user, consent_id=f"newsletter:{first.pk}")
    assert list(Subscriber.objects.values_list("pk", flat=True)) == [second.pk]
    stranger = make_user("fremd@example.org")
    assert not privacy.withdraw(stranger, str(second.pk))
    assert not privacy.withdraw(user, "x")
    assert Subscriber.objects.filter(pk=second.pk).exists()


def test_account_deletion_deletes_every_subscription_of_the_address(subscribed):
    user, _first, _second = subscribed
    assert privacy.delete(user) == {"subscriptions_deleted": 2}
    assert not Subscriber.objects.exists()


def test_retention_rule_deletes_unconfirmed_after_seven_days(dessau):
    newsletter = make_newsletter(dessau)
    stale = make_subscriber(newsletter, "alt@example.org", confirmed=False)
    Subscriber.objects.filter(pk=stale.pk).update(created_at=timezone.now() - dt.timedelta(days=8))
    fresh = make_subscriber(newsletter, "neu@example.org", confirmed=False)
    results = {r.rule.key: r for r in privacy_centre.apply_retention(only=["newsletter.unconfirmed"])}
    assert "newsletter.unconfirmed" in results
    assert list(Subscriber.objects.values_list("pk", flat=True)) == [fresh.pk]
