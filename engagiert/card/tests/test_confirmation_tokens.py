"""Confirmation links carry a random token of which only the digest is stored (core.tokens):
end to end from the e-mail, single use, expiry, and the migration that hashed existing tokens."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from engagiert.card import services
from engagiert.card.models import Activity, ActivityConfirmation
from engagiert.card.tests import factories
from engagiert.core import tokens
from engagiert.testing import make_user

BASE = "/dessau-rosslau/ehrenamtskarte"


@pytest.fixture
def submitted(dessau):
    mail.outbox.clear()
    application = factories.draft(make_user("anna@example.org"), dessau)
    services.submit(application=application)
    return application


def mailed_token() -> str:
    (message,) = [m for m in mail.outbox if m.to == ["tafel0@example.org"]]
    (token,) = re.findall(r"/bestaetigung/([^/\s]+)/", message.body)
    return token


def database_dump() -> str:
    """Every table's rows as text (dumpdata of all apps)."""
    from io import StringIO

    out = StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


def test_the_mailed_token_confirms_and_is_never_stored(client, submitted):
    token = mailed_token()
    confirmation = ActivityConfirmation.objects.get()
    assert confirmation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    dump = database_dump()
    assert token not in dump and confirmation.token_hash in dump  # the raw token is nowhere in the database
    assert "Dessauer Tafel" in client.get(f"{BASE}/bestaetigung/{token}/").content.decode()
    assert client.get(f"{BASE}/bestaetigung/{confirmation.token_hash}/").status_code == 404
    assert "ungültig" in client.get(f"{BASE}/bestaetigung/{confirmation.token_hash}/").content.decode()
    assert client.post(f"{BASE}/bestaetigung/{token}/", {"answer": "confirm"}).status_code == 200
    confirmation.refresh_from_db()
    assert confirmation.used_at is not None and confirmation.confirmed is True
    assert Activity.objects.get().evidence == "confirmed"
    again = client.post(f"{BASE}/bestaetigung/{token}/", {"answer": "reject"})
    assert again.status_code == 410 and "bereits verwendet" in again.content.decode()
    assert token not in database_dump()


def test_find_claim_once_and_expiry_on_a_stored_row(submitted):
    token = mailed_token()
    row = ActivityConfirmation.objects.get()
    assert tokens.find(ActivityConfirmation.objects, token) == row
    for wrong in (row.token_hash, token[:-1], "", token * 10):
        assert tokens.find(ActivityConfirmation.objects, wrong) is None
    later = row.expires_at + timedelta(seconds=1)
    assert tokens.claim(ActivityConfirmation.objects, token, now=later) is False  # expired
    assert tokens.claim(ActivityConfirmation.objects, token) is True
    assert tokens.claim(ActivityConfirmation.objects, token) is False  # used
    row.refresh_from_db()
    assert row.used_at is not None


def test_reissue_replaces_the_link(submitted):
    old = mailed_token()
    row = ActivityConfirmation.objects.get()
    new = tokens.reissue(row)
    assert tokens.find(ActivityConfirmation.objects, old) is None
    assert ActivityConfirmation.objects.get().token_hash == tokens.digest(new) != tokens.digest(old)


def test_an_expired_mailed_link_is_refused(client, submitted):
    token = mailed_token()
    ActivityConfirmation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(f"{BASE}/bestaetigung/{token}/", {"answer": "confirm"})
    assert response.status_code == 410 and "abgelaufen" in response.content.decode()
    assert ActivityConfirmation.objects.get().used_at is None


@pytest.mark.django_db(transaction=True)
def test_the_migration_hashes_the_tokens_of_links_already_sent(dessau):
    """Links mailed before 0007 keep working: their plaintext tokens become digests."""
    application = factories.draft(make_user("anna@example.org"), dessau)
    activity_id = application.activities.get().pk
    executor = MigrationExecutor(connection)
    executor.migrate([("card", "0007_postcode_phone_fields")])
    try:
        old = executor.loader.project_state([("card", "0007_postcode_phone_fields")]).apps
        OldConfirmation = old.get_model("card", "ActivityConfirmation")
        OldConfirmation.objects.create(
            activity_id=activity_id, token="alt-token-1", email="a@example.org", expires_at=timezone.now()
        )
        OldConfirmation.objects.create(
            activity_id=activity_id, token="alt-token-2", email="b@example.org", expires_at=timezone.now()
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
    stored = set(ActivityConfirmation.objects.values_list("token_hash", flat=True))
    assert stored == {tokens.digest("alt-token-1"), tokens.digest("alt-token-2")}
    assert tokens.find(ActivityConfirmation.objects, "alt-token-1").email == "a@example.org"
    assert "alt-token-1" not in database_dump()
    # Backwards the digests cannot become tokens again: every open link gets a new random token.
    executor = MigrationExecutor(connection)
    executor.migrate([("card", "0007_postcode_phone_fields")])
    try:
        old = executor.loader.project_state([("card", "0007_postcode_phone_fields")]).apps
        back = set(old.get_model("card", "ActivityConfirmation").objects.values_list("token", flat=True))
        assert len(back) == 2 and not back & {"alt-token-1", "alt-token-2", None, ""}
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
