"""Every account has a stored e-mail language (from the sign-up page's language, editable on
the account page), and allauth's own e-mails go through core.mail, addressing people as "Sie"."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from engagiert.core.models import User

SIGNUP = {
    "first_name": "Lea",
    "name_shown": "first",
    "email": "neu@example.org",
    "password1": "ein-sicheres-passwort-7",
    "password2": "ein-sicheres-passwort-7",
}
DU = re.compile(r"\b(du|dich|dir|dein\w*)\b", re.IGNORECASE)


def test_a_new_account_gets_the_language_of_the_sign_up_page(client, db, mailoutbox):
    assert client.post("/accounts/signup/", SIGNUP, HTTP_ACCEPT_LANGUAGE="uk").status_code == 302
    assert User.objects.get(email="neu@example.org").preferred_language == "uk"
    [message] = mailoutbox
    assert message.extra_headers["Content-Language"] == "uk"


def test_the_account_page_changes_the_language_of_the_e_mails(client, outsider):
    client.force_login(outsider)
    page = client.get("/mein-konto/").content.decode()
    assert 'name="preferred_language"' in page and "العربية" in page and "Українська" in page
    name = {"first_name": "Nora", "name_shown": "first"}
    response = client.post("/mein-konto/", {**name, "preferred_language": "ar"})
    assert response.status_code == 302
    outsider.refresh_from_db()
    assert outsider.preferred_language == "ar"
    invalid = client.post("/mein-konto/", {**name, "preferred_language": "xx"})
    assert 'class="error-summary"' in invalid.content.decode()
    outsider.refresh_from_db()
    assert outsider.preferred_language == "ar"


def test_the_sign_up_confirmation_says_sie_and_names_engagiert(client, db, mailoutbox):
    client.post("/accounts/signup/", SIGNUP)
    [message] = mailoutbox
    assert message.subject == "[Engagiert] Bitte bestätigen Sie Ihre E-Mail-Adresse"
    assert message.body.startswith("Guten Tag,\n")
    assert "Ihr Team von Engagiert" in message.body and "/accounts/confirm-email/" in message.body
    assert "127.0.0.1" not in message.body.split("http")[0] and not DU.search(message.body)
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and "/accounts/confirm-email/" in html


@pytest.mark.parametrize("known", [True, False])
def test_the_password_reset_mail_says_sie(client, outsider, mailoutbox, known):
    email = outsider.email if known else "niemand@example.org"
    assert client.post("/accounts/password/reset/", {"email": email}).status_code == 302
    [message] = mailoutbox
    assert message.to == [email] and message.subject.startswith("[Engagiert] ")
    assert not DU.search(message.subject + message.body)
    assert ("/accounts/password/reset/key/" in message.body) is known
    assert ("/accounts/signup/" in message.body) is not known
    assert message.alternatives[0][1] == "text/html"


def test_a_user_gets_allauths_mails_in_their_preferred_language(client, outsider, mailoutbox):
    outsider.preferred_language = "en"
    outsider.save()
    with translation.override("de"):
        client.post("/accounts/password/reset/", {"email": outsider.email})
    assert mailoutbox[0].extra_headers["Content-Language"] == "en"


def test_every_allauth_mail_template_is_our_own():
    """allauth's shipped templates say "du" in German and greet with the domain: each one is
    overridden in engagiert/templates/account/email/."""
    import pathlib

    import allauth

    shipped = pathlib.Path(allauth.__file__).parent / "templates" / "account" / "email"
    ours = pathlib.Path(__file__).resolve().parents[2] / "templates" / "account" / "email"
    assert {p.name for p in shipped.iterdir()} <= {p.name for p in ours.iterdir()}
