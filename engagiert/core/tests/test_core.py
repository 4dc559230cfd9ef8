from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.urls import reverse

from engagiert.core.models import Role, User
from engagiert.env import env_bool, env_int, env_list
from engagiert.testing import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("0", False), ("Yes", True), ("off", False)])
def test_env_bool(monkeypatch, raw, expected):
    monkeypatch.setenv("X_FLAG", raw)
    assert env_bool("X_FLAG", not expected) is expected


@pytest.mark.parametrize(("func", "raw"), [(env_bool, "maybe"), (env_int, "12a")])
def test_bad_environment_values_raise(monkeypatch, func, raw):
    monkeypatch.setenv("X_VALUE", raw)
    with pytest.raises(ImproperlyConfigured):
        func("X_VALUE", 1)


def test_env_list(monkeypatch):
    monkeypatch.setenv("X_LIST", "a.example, b.example,")
    assert env_list("X_LIST", []) == ["a.example", "b.example"]


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_security_headers(client, dessau):
    response = client.get("/dessau-rosslau/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_font_size_control_works_without_javascript(client, dessau):
    response = client.post("/schriftgroesse/", {"change": "up", "next": "/dessau-rosslau/"})
    assert response.status_code == 302 and response["Location"] == "/dessau-rosslau/"
    assert 'class="fs-1"' in client.get("/dessau-rosslau/").content.decode()
    client.post("/schriftgroesse/", {"change": "up"})
    client.post("/schriftgroesse/", {"change": "up"})
    client.post("/schriftgroesse/", {"change": "up"})  # capped
    assert 'class="fs-3"' in client.get("/dessau-rosslau/").content.decode()


def test_font_size_refuses_foreign_redirects(client):
    response = client.post("/schriftgroesse/", {"change": "down", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_arabic_is_right_to_left(client, dessau):
    client.post("/i18n/setlang/", {"language": "ar", "next": "/dessau-rosslau/"})
    page = client.get("/dessau-rosslau/").content.decode()
    assert '<html lang="ar" dir="rtl"' in page


def test_accessibility_feedback(client, dessau):
    url = reverse("core:accessibility", kwargs={"municipality": dessau.slug})
    response = client.post(url, {"email": "kein-mail", "message": ""})
    page = response.content.decode()
    assert response.status_code == 200 and "Bitte prüfen Sie Ihre Angaben" in page
    assert 'value="kein-mail"' in page
    response = client.post(url, {"message": "Der Kontrast der Fußzeile ist zu schwach.", "page_url": "/x"})
    assert response.status_code == 302
    assert dessau.accessibility_feedback.get().message.startswith("Der Kontrast")


def test_accessibility_feedback_is_rate_limited_per_address(client, dessau):
    url = reverse("core:accessibility", kwargs={"municipality": dessau.slug})
    for i in range(10):
        assert client.post(url, {"message": f"Barriere {i}"}).status_code == 302
    response = client.post(url, {"name": "Kim", "message": "Die Tabelle hat keine Überschriften."})
    page = response.content.decode()
    assert response.status_code == 200 and "Zu viele Rückmeldungen von diesem Anschluss" in page
    assert 'value="Kim"' in page and "Die Tabelle hat keine Überschriften." in page  # kept for later
    assert dessau.accessibility_feedback.count() == 10
    other = client.post(url, {"message": "Von woanders"}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_behind_a_proxy_the_limit_counts_each_client_not_the_proxy(client, dessau, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    url = reverse("core:accessibility", kwargs={"municipality": dessau.slug})
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for i in range(10):
        client.post(url, {"message": f"Barriere {i}"}, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    limited = client.post(url, {"message": "Noch eine"}, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert limited.status_code == 200  # the eleventh from that client
    other = client.post(url, {"message": "Jemand anderes"}, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert other.status_code == 302  # same proxy, another client


def test_unknown_municipality_is_404(client, db):
    assert client.get("/atlantis/").status_code == 404
    assert client.get("/atlantis/durchblick/").status_code == 404


def test_staff_must_set_up_totp_when_required(client, settings, coordinator, outsider, dessau):
    settings.REQUIRE_STAFF_2FA = True
    client.force_login(outsider)
    assert client.get("/dessau-rosslau/").status_code == 200  # not staff: no requirement
    client.force_login(coordinator)
    response = client.get("/dessau-rosslau/durchblick/koordination/")
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
    Authenticator.objects.create(user=coordinator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get("/dessau-rosslau/durchblick/koordination/").status_code == 200


SIGNUP = {
    "first_name": "Lea",
    "last_name": "Schmidt",
    "name_shown": "full",
    "email": "neu@example.org",
    "password1": "ein-sicheres-passwort-7",
    "password2": "ein-sicheres-passwort-7",
}


def test_signup_verification_and_login(client, dessau, mailoutbox):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert (user.first_name, user.last_name, user.name_shown) == ("Lea", "Schmidt", "full")
    assert user.display_name == "Lea Schmidt"
    assert len(mailoutbox) == 1
    link = next(word for word in mailoutbox[0].body.split() if "/accounts/confirm-email/" in word)
    path = link.split("testserver", 1)[1]
    assert client.post(path).status_code == 302
    client.logout()
    response = client.post("/accounts/login/", {"login": "neu@example.org", "password": "ein-sicheres-passwort-7"})
    assert response.status_code == 302
    assert client.get("/mein-konto/").status_code == 200


def test_signup_asks_for_a_name_first_name_only_by_default(client, dessau):
    page = client.get("/accounts/signup/").content.decode()
    assert page.index('name="first_name"') < page.index('name="email"')
    assert 'autocomplete="given-name"' in page and re.search(r'value="first"[^>]*checked', page)
    assert client.post("/accounts/signup/", {**SIGNUP, "last_name": "", "name_shown": "first"}).status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert user.display_name == "Lea" and user.last_name == ""


def test_signup_without_a_name_is_refused_clearly(client, dessau):
    response = client.post("/accounts/signup/", {**SIGNUP, "first_name": "  "})
    page = response.content.decode()
    assert response.status_code == 200 and 'class="error-summary"' in page
    assert "Bitte geben Sie Ihren Vornamen an." in page and 'href="#id_first_name"' in page
    assert not User.objects.filter(email="neu@example.org").exists()


def test_display_name_follows_the_choice_and_falls_back_to_nothing():
    user = User(first_name="Lea", last_name="Schmidt", email="lea@example.org")
    assert user.display_name == "Lea"  # the first name only, unless the person chooses more
    user.name_shown = User.NameShown.FULL
    assert user.display_name == "Lea Schmidt"
    assert User(email="alt@example.org").display_name == ""  # an old account without a name


def test_account_page_changes_the_name_and_how_it_is_shown(client, outsider):
    client.force_login(outsider)
    page = client.get("/mein-konto/").content.decode()
    assert 'name="first_name"' in page and 'name="name_shown"' in page and 'name="preferred_language"' in page
    data = {"first_name": "Ole", "last_name": "Berg", "name_shown": "full", "preferred_language": "uk"}
    assert client.post("/mein-konto/", data).status_code == 302
    outsider.refresh_from_db()
    assert outsider.display_name == "Ole Berg" and outsider.preferred_language == "uk"
    page = client.post("/mein-konto/", {**data, "first_name": ""}).content.decode()
    assert "Bitte geben Sie Ihren Vornamen an." in page


def test_account_forms_show_the_error_summary_and_keep_input(client, outsider):
    login = client.post("/accounts/login/", {"login": outsider.email, "password": "falsch"}).content.decode()
    assert 'class="error-summary"' in login and 'class="kern-btn kern-btn--primary"' in login
    assert f'value="{outsider.email}"' in login
    signup = client.post("/accounts/signup/", {"email": "neu@example.org", "password1": "kurz", "password2": "anders"})
    page = signup.content.decode()
    assert signup.status_code == 200 and 'class="error-summary"' in page
    assert 'href="#id_password1"' in page and 'value="neu@example.org"' in page


def test_login_is_rate_limited(client, outsider):
    pages = [
        client.post("/accounts/login/", {"login": outsider.email, "password": "falsch"}).content.decode()
        for _ in range(6)
    ]
    limited = "Zu viele gescheiterte Anmeldeversuche"
    assert limited not in pages[0]
    assert limited in pages[-1]
    response = client.post("/accounts/login/", {"login": outsider.email, "password": PASSWORD})
    assert response.status_code == 200  # even the right password waits until the limit expires


def test_roles_cannot_have_unknown_kinds(outsider, dessau):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Role.objects.create(user=outsider, municipality=dessau, kind="emperor")


def test_reserved_municipality_slugs_are_refused(db):
    from django.core.exceptions import ValidationError

    from engagiert.core.models import Municipality

    with pytest.raises(ValidationError):
        Municipality(name="API", slug="api", ags="00000000", state="X").full_clean()


def test_the_language_switcher_offers_the_municipalitys_languages(client, dessau):
    def offered(response) -> list[str]:
        return re.findall(r'<option value="([a-z]{2})" lang=', response.content.decode())

    assert offered(client.get("/dessau-rosslau/")) == ["de", "en", "ar", "uk"]
    dessau.languages = "en,uk"
    dessau.full_clean()
    dessau.save()
    assert offered(client.get("/dessau-rosslau/")) == ["de", "en", "uk"]  # German always
    assert offered(client.get("/")) == ["de", "en", "ar", "uk"]  # the platform's pages: all
    arabic = client.get("/dessau-rosslau/", headers={"accept-language": "ar"})
    assert offered(arabic) == ["de", "en", "ar", "uk"]  # the language in use stays selectable
    dessau.languages = "de,xx"
    with pytest.raises(ValidationError, match="xx"):
        dessau.full_clean()


def test_rate_limit_counts_per_given_subject_instead_of_the_address(rf):
    from engagiert.core.ratelimit import limit_reached

    request = rf.get("/")
    assert not limit_reached(request, action="test", limit=1, who="partner-1")
    assert limit_reached(request, action="test", limit=1, who="partner-1")
    assert not limit_reached(request, action="test", limit=1, who="partner-2")
    assert not limit_reached(request, action="test", limit=1)  # the address has its own count


@pytest.mark.django_db
def test_pages_are_sent_compressed_to_browsers_that_accept_it(client, dessau):
    page = client.get(f"/{dessau.slug}/", headers={"accept-encoding": "gzip"})
    assert page.status_code == 200 and page["Content-Encoding"] == "gzip"
    assert client.get(f"/{dessau.slug}/").get("Content-Encoding") is None
