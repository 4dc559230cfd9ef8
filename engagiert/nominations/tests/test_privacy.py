"""Glücksbringer in the privacy centre: a nominee signed in with a verified address sees what
is held about her, exports it with her photo, withdraws the photo or the portrait, and deleting
her account erases it; a nominator's own proposals are listed and deleted."""

from __future__ import annotations

import pytest

from engagiert.core import privacy_centre
from engagiert.nominations import privacy
from engagiert.nominations.models import Nomination, Nominator
from engagiert.nominations.tests.factories import make_campaign, published_nomination
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(dessau):
    campaign = make_campaign(dessau)
    nomination = published_nomination(campaign, dessau, email="anna@example.org")
    return make_user("anna@example.org"), nomination


def test_nominee_sees_exports_and_withdraws_photo(anna):
    user, nomination = anna
    labels = [h.label for h in privacy.collect(user)]
    assert "Vorschläge über Sie und Ihr Porträt" in labels
    data = privacy.export(user)
    assert data["nominations_about_me"][0]["portrait"]["photo"]
    assert [f.name for f in privacy.files(user)] == [nomination.portrait.photo.name]
    ids = {c.id for c in privacy.consents(user)}
    assert ids == {f"portrait-{nomination.pk}", f"photo-{nomination.pk}"}
    assert privacy.withdraw(user, f"photo-{nomination.pk}")
    nomination.portrait.refresh_from_db()
    assert not nomination.portrait.photo
    assert {c.id for c in privacy.consents(user)} == {f"portrait-{nomination.pk}"}


def test_someone_else_cannot_withdraw(anna, dessau):
    _user, nomination = anna
    other = make_user("other@example.org")
    assert not privacy.withdraw(other, f"portrait-{nomination.pk}")
    assert not privacy.withdraw(other, "portrait-abc")
    assert Nomination.objects.get(pk=nomination.pk).status == Nomination.Status.PUBLISHED


def test_withdrawing_the_portrait_consent_erases_it(anna):
    user, nomination = anna
    assert privacy_centre.withdraw_consent(user=user, consent_id=f"nominations:portrait-{nomination.pk}")
    assert not Nomination.objects.filter(pk=nomination.pk, status=Nomination.Status.PUBLISHED).exists()


def test_account_deletion_erases_nominations_about_and_by_the_person(anna):
    user, nomination = anna
    nominator = make_user("ben@example.org")  # the factory's nominator address
    assert [h.label for h in privacy.collect(nominator)] == ["Ihre Vorschläge"]
    assert privacy.delete(nominator)["nominators_deleted"] >= 1
    assert not Nominator.objects.filter(email="ben@example.org").exists()
    assert privacy.delete(user)["nominations_withdrawn"] == 1
    assert not Nomination.objects.filter(pk=nomination.pk, status=Nomination.Status.PUBLISHED).exists()
    assert privacy.collect(user) == []
