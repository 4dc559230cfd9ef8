"""The Django admin signs people in through allauth's login only: its own form checked the
password alone, without two-factor authentication and without a rate limit."""

from __future__ import annotations

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.urls import reverse

from engagiert.testing import PASSWORD

pytestmark = pytest.mark.django_db


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_the_admin_login_form_checks_no_password(client, platform_admin):
    response = client.post("/admin/login/?next=/admin/", {"username": platform_admin.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?next=%2Fadmin%2F"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/core/user/").status_code == 302


def test_the_admin_needs_the_second_factor(client, platform_admin, settings):
    settings.REQUIRE_STAFF_2FA = True
    settings.MFA_TOTP_TOLERANCE = 1  # a code computed just before a 30-second boundary still counts
    secret = generate_totp_secret()
    TOTP.activate(platform_admin, secret)
    response = client.get("/admin/", follow=True)
    login_url = response.redirect_chain[-1][0]
    assert login_url == reverse("account_login") + "?next=%2Fadmin%2F"
    response = client.post(login_url, {"login": platform_admin.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302  # the password alone is not enough
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_guessing_passwords_for_the_admin_is_rate_limited(client, platform_admin):
    for _ in range(40):  # the admin's form takes no password any more
        response = client.post("/admin/login/", {"username": platform_admin.username, "password": "falsch"})
        assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    login_url = response["Location"]
    pages = [
        client.post(login_url, {"login": platform_admin.email, "password": "falsch"}).content.decode() for _ in range(6)
    ]
    assert "Zu viele gescheiterte Anmeldeversuche" in pages[-1]


def test_signed_in_people_without_staff_status_are_refused(client, outsider):
    client.force_login(outsider)
    assert client.get("/admin/login/").status_code == 403
