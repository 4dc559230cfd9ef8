"""The one token helper: random tokens stored as digests, and signed tokens. The database side
(find, claim once, expiry, reissue) is tested on a real row in card/tests/test_confirmation_tokens.py."""

from __future__ import annotations

import hashlib

from engagiert.core import tokens


def test_issue_gives_a_random_token_and_its_sha256_digest():
    raw, token_hash = tokens.issue()
    assert len(raw) >= 43 and token_hash == hashlib.sha256(raw.encode()).hexdigest() == tokens.digest(raw)
    assert raw not in token_hash and len(token_hash) == tokens.DIGEST_LENGTH
    assert tokens.issue()[0] != raw


def test_the_field_stores_a_unique_digest():
    field = tokens.token_hash_field()
    assert field.max_length == tokens.DIGEST_LENGTH and field.unique and not field.null


def test_signed_tokens_carry_a_value_and_refuse_forgeries_and_other_salts():
    token = tokens.sign("42", salt="a")
    assert tokens.unsign(token, salt="a") == "42"
    assert tokens.unsign(token, salt="b") is None
    assert tokens.unsign(token[:-1] + ("x" if token[-1] != "x" else "y"), salt="a") is None
    assert tokens.unsign("", salt="a") is None


def test_short_macs_are_keyed_and_checked():
    mac = tokens.short_mac("42", salt="a")
    assert len(mac) == 10 and tokens.check_short_mac("42", mac, salt="a")
    assert not tokens.check_short_mac("43", mac, salt="a") and not tokens.check_short_mac("42", mac, salt="b")
