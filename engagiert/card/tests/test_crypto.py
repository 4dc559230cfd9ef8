"""The signed QR payload: what a partner's phone trusts. Forged, altered, truncated,
wrong-key and rotated-key codes."""

from __future__ import annotations

import base64
from datetime import date, timedelta

import pytest

from engagiert.card import crypto, services
from engagiert.card.selectors import verify_number, verify_text
from engagiert.card.tests import factories
from engagiert.core.models import Municipality
from engagiert.testing import make_user


@pytest.fixture
def card(dessau, coordinator):
    return factories.issued_card(make_user("anna@example.org"), dessau, coordinator)


def _raw(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def _text(raw: bytes) -> str:
    return base64.b32encode(raw).decode().rstrip("=")


def test_payload_round_trip_is_compact_and_alphanumeric(card):
    text = services.qr_text(card)
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert len(text) < 160
    payload, message, signature = crypto.split_text(text)
    assert payload.number == card.number
    assert payload.short_name == "Anna M."
    assert payload.valid_from == card.valid_from and payload.valid_until == card.valid_until
    assert payload.ags == 15001000 and payload.key_id == card.key.key_id
    assert len(signature) == 64


def test_a_genuine_card_is_valid_with_first_name_and_validity_only(card, dessau):
    verdict = verify_text(municipality=dessau, text=services.qr_text(card))
    assert verdict.status == "valid"
    assert verdict.short_name == "Anna M."
    assert "Müller" not in repr(verdict)


def test_lower_case_and_whitespace_from_a_scanner_are_accepted(card, dessau):
    text = services.qr_text(card)
    assert verify_text(municipality=dessau, text=f"  {text[:20].lower()} {text[20:]}\n").status == "valid"


@pytest.mark.parametrize("position", [0, 5, 8, 12, 14, 16, 20, -1, -30])
def test_every_altered_byte_is_rejected(card, dessau, position):
    raw = bytearray(_raw(services.qr_text(card)))
    raw[position] ^= 0x01
    assert verify_text(municipality=dessau, text=_text(bytes(raw))).status == "rejected"


def test_every_other_last_character_is_rejected(card, dessau):
    """The last base32 character may carry unused bits; a text with them set decodes to the
    same bytes but is not what the card shows: rejected, so one card has exactly one code."""
    text = services.qr_text(card)
    assert len(text) * 5 % 8  # this payload's length leaves spare bits
    others = [text[:-1] + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" if c != text[-1]]
    verdicts = {verify_text(municipality=dessau, text=other).status for other in others}
    assert verdicts == {"rejected"}


def test_a_longer_validity_written_into_the_payload_is_rejected(card, dessau):
    payload, message, signature = crypto.split_text(services.qr_text(card))
    longer = crypto.encode_message(
        crypto.Payload(
            payload.ags, payload.key_id, payload.number, payload.valid_from, date(2099, 1, 1), payload.short_name
        )
    )
    assert verify_text(municipality=dessau, text=crypto.to_text(longer, signature)).status == "rejected"


@pytest.mark.parametrize("cut", [1, 8, 40, 100])
def test_truncated_codes_are_rejected(card, dessau, cut):
    text = services.qr_text(card)
    assert verify_text(municipality=dessau, text=text[:-cut]).status == "rejected"


@pytest.mark.parametrize("garbage", ["", "hello world", "1!2?3", "A" * 399, "A" * 1000, "ÄÖÜ", "EK1:" + "B" * 50])
def test_garbage_is_rejected_not_an_error(dessau, card, garbage):
    assert verify_text(municipality=dessau, text=garbage).status == "rejected"


def test_a_code_signed_with_a_foreign_key_is_rejected(card, dessau):
    """A forger with their own Ed25519 key, claiming the municipality's key id."""
    payload, message, _signature = crypto.split_text(services.qr_text(card))
    _public, private = crypto.new_key_pair()
    forged = crypto.to_text(message, crypto.sign(private, message))
    assert verify_text(municipality=dessau, text=forged).status == "rejected"


def test_another_municipalitys_card_is_rejected(card, wittenberg, dessau):
    services.active_key(wittenberg)
    assert verify_text(municipality=wittenberg, text=services.qr_text(card)).status == "rejected"


def test_an_unknown_key_id_is_rejected(card, dessau):
    payload, _message, _sig = crypto.split_text(services.qr_text(card))
    other = crypto.Payload(
        payload.ags, 999, payload.number, payload.valid_from, payload.valid_until, payload.short_name
    )
    message = crypto.encode_message(other)
    assert (
        verify_text(
            municipality=dessau, text=crypto.to_text(message, crypto.sign(card.key.private_key_encrypted, message))
        ).status
        == "rejected"
    )


def test_rotation_keeps_old_cards_valid_and_signs_new_ones_with_the_new_key(card, dessau, coordinator):
    old_key = card.key
    new_key = services.rotate_key(municipality=dessau)
    assert new_key.key_id == old_key.key_id + 1
    old_key.refresh_from_db()
    assert not old_key.active and old_key.retired_at
    assert verify_text(municipality=dessau, text=services.qr_text(card)).status == "valid"
    second = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    assert second.key == new_key
    assert verify_text(municipality=dessau, text=services.qr_text(second)).status == "valid"
    # The retired key stays in the trust list while its card is valid, and leaves after.
    from engagiert.card.selectors import trust_list

    assert [k["id"] for k in trust_list(dessau)["keys"]] == [old_key.key_id, new_key.key_id]
    after_expiry = card.valid_until + timedelta(days=1)
    assert [k["id"] for k in trust_list(dessau, today=after_expiry)["keys"]] == [new_key.key_id]


def test_expired_and_revoked_cards(card, dessau, coordinator):
    text = services.qr_text(card)
    assert verify_text(municipality=dessau, text=text, today=card.valid_until + timedelta(days=1)).status == "expired"
    assert (
        verify_text(municipality=dessau, text=text, today=card.valid_from - timedelta(days=1)).status == "not_yet_valid"
    )
    services.revoke(card=card, by=coordinator, reason="Karte verloren")
    assert verify_text(municipality=dessau, text=text).status == "revoked"
    assert verify_number(municipality=dessau, number=card.display_number).status == "revoked"


def test_verification_by_number(card, dessau):
    assert verify_number(municipality=dessau, number=card.display_number).status == "valid"
    assert verify_number(municipality=dessau, number="#1").short_name == "Anna M."
    assert verify_number(municipality=dessau, number="424242").status == "unknown"
    assert verify_number(municipality=dessau, number="12345678901234").status == "unknown"


def test_private_keys_are_stored_encrypted(card):
    stored = bytes(card.key.private_key_encrypted)
    assert len(stored) > 64  # Fernet token, not 32 raw bytes
    assert bytes(card.key.public_key) not in stored


def test_short_names_are_bounded():
    assert crypto.short_name("Anna", "Müller") == "Anna M."
    assert crypto.short_name("  Anna   Lena ", "") == "Anna Lena"
    assert len(crypto.short_name("Ä" * 60, "Z").encode()) <= crypto.MAX_NAME_BYTES


def test_one_active_key_per_municipality_is_a_database_rule(dessau):
    from django.db import IntegrityError, transaction

    from engagiert.card.models import SigningKey

    key = services.active_key(dessau)
    public, private = crypto.new_key_pair()
    with pytest.raises(IntegrityError), transaction.atomic():
        SigningKey.objects.create(
            municipality=dessau, key_id=key.key_id + 1, public_key=public, private_key_encrypted=private
        )
    assert isinstance(Municipality.objects.get(pk=dessau.pk), Municipality)


@pytest.mark.parametrize("length", range(1, 40))
def test_fast_base32_decoder_agrees_with_the_standard_library(length):
    import os

    raw = os.urandom(length)
    assert crypto.b32decode(base64.b32encode(raw).decode().rstrip("=")) == raw


@pytest.mark.parametrize("text", ["A", "ABC", "ABCDEF", "AB1C", "AB8C", "ab", "AB CD"])
def test_fast_base32_decoder_refuses_what_is_not_base32(text):
    with pytest.raises(crypto.PayloadError):
        crypto.b32decode(text)


def test_a_code_with_an_extra_character_is_rejected(card, dessau):
    text = services.qr_text(card)
    for extra in "A", "AB", "ABC":
        assert verify_text(municipality=dessau, text=text + extra).status == "rejected"


def test_a_retired_key_signs_no_new_cards(card, dessau):
    """Someone holding an old (retired) private key cannot issue cards dated after its retirement."""
    old_key = card.key
    services.rotate_key(municipality=dessau)
    old_key.refresh_from_db()
    payload, _message, _sig = crypto.split_text(services.qr_text(card))
    later = payload.valid_from + timedelta(days=1)
    forged = crypto.Payload(payload.ags, old_key.key_id, 4711, later, later + timedelta(days=700), "Eve F.")
    message = crypto.encode_message(forged)
    text = crypto.to_text(message, crypto.sign(old_key.private_key_encrypted, message))
    assert verify_text(municipality=dessau, text=text, today=later).status == "rejected"
    assert verify_text(municipality=dessau, text=services.qr_text(card), today=later).status == "valid"


def test_the_admin_cannot_change_a_card_it_would_break(card, admin_client):
    url = f"/admin/card/card/{card.pk}/change/"
    page = admin_client.get(url)
    assert page.status_code == 200 and "Anna M." in page.content.decode()  # the register can be read
    for field in ("number", "short_name", "valid_from", "valid_until", "status", "municipality"):
        assert f'name="{field}"' not in page.content.decode()  # but no signed field is a form input
    assert admin_client.post(url, {"short_name": "Eve X."}).status_code == 403
    assert admin_client.get("/admin/card/card/add/").status_code == 403
