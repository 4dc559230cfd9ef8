"""The account pages that allauth renders speak to the person with "Sie", like every page
(allauth's own German catalogue uses "Du"; engagiert/locale/de overrides those messages)."""

import re

import pytest

DU = re.compile(
    r"\b(Du|Dein|Deine|Deinen|Deinem|Deiner|dich|dir|du|dein|deine|deinen|deinem|deiner|hast|bist|kannst|musst|möchtest|willst)\b"
)

PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/confirm-email/",
    "/accounts/logout/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
]


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_account_pages_address_the_person_with_sie(client, outsider, path):
    if path not in ("/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/accounts/confirm-email/"):
        client.force_login(outsider)
    response = client.get(path, follow=True, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code in (200, 404)
    found = DU.findall(visible_text(response.content.decode()))
    assert not found, f"{path}: {sorted(set(found))}"
