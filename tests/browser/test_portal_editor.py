"""The editor's main path through Wagtail's own UI, as the demo's Dessau-Roßlau coordinator
(koordination@dessau-rosslau.example): signs in at /redaktion/ through allauth with the second
factor, adds an events block to the start page with the StreamField block picker, saves a
draft, previews it (the accessibility checker is there), publishes; uploads an image (refused
without alternative text), writes a news item with it and publishes it, schedules a second one
for next week. The public start page shows the block and the news item in German and Arabic
(axe-checked, 390 px), not the scheduled one; the Bitterfeld-Wolfen coordinator finds none of
it in the explorer, the search, or at its edit address."""

from __future__ import annotations

import datetime as dt
import re
import time
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.utils import timezone
from playwright.sync_api import Page, expect

from engagiert.core.models import Municipality, Role
from engagiert.core.roles import grant_role
from engagiert.events.tests.factories import make_event
from engagiert.portal.models import NewsIndexPage, NewsPage
from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories
from engagiert.testing import PASSWORD, make_user

pytestmark = pytest.mark.browser

EDITOR_TIMEOUT = 60_000  # Wagtail's editor is a heavy page on a busy test machine


@pytest.fixture
def towns(dessau, settings):
    settings.REQUIRE_STAFF_2FA = True  # as in production: coordinators sign in with TOTP
    settings.MFA_TOTP_TOLERANCE = 1
    parts = ensure_site(municipality=dessau)
    home = parts.home.specific
    home.body_de = [  # the German field, which the editor's "body_de" edits
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


def submit(page: Page, button, *, keyboard: bool = False) -> None:
    """Click a button that posts the editor's form (or, `keyboard`, focus it and press Enter) and
    wait for Wagtail's answer: a redirect when it saved, else the form again, whose error
    messages the assertion shows."""

    def posted(r) -> bool:  # the form's own submission, not the autosave Wagtail posts in the background
        return r.request.method == "POST" and "/redaktion/" in r.url and r.request.is_navigation_request()

    with page.expect_response(posted) as answer:
        if keyboard:
            button.focus()
            button.press("Enter")
        else:
            button.click()
    page.wait_for_load_state()
    if answer.value.status != 302:
        errors = page.locator(".w-field__errors, .error-message, .help-critical, .messages .error")
        raise AssertionError((answer.value.status, [errors.nth(i).inner_text() for i in range(errors.count())]))


def open_footer_action(page: Page, name: str) -> None:
    """Click an action of the editor's footer ("action-publish", "action-submit" …): in the
    footer's dropdown unless it is the main button."""
    button = page.locator(f'footer button[name="{name}"]')
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    submit(page, button)


def add_block(page: Page, field: str, label: str) -> None:
    """The StreamField's last "+" and the block picker's entry `label`."""
    stream = page.locator(f'[data-contentpath="{field}"]')
    stream.locator("button.c-sf-add-button").last.click()
    picker = page.locator(".w-combobox")
    expect(picker).to_be_visible()
    picker.locator("input").first.fill(label.split()[0])
    picker.get_by_role("option", name=label).first.click()


def test_coordinator_edits_the_start_page_and_publishes_news_in_the_editor(contexts, towns, check_a11y, tmp_path):
    page = contexts.page()
    page.set_default_timeout(EDITOR_TIMEOUT)
    # Wagtail's autosave posts the form in the background; while a required field is still empty
    # (the title of a new news item being typed) it answers 400 with the errors as JSON, which
    # Chromium logs. The editor sees nothing and loses nothing: not a fault of the page.
    bad_request = "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    for url in (f"/redaktion/pages/add/portal/newspage/{towns.index.pk}/", f"/redaktion/pages/{towns.home.pk}/edit/"):
        contexts.expect_console_error(f"{contexts.base_url}{url}: {bad_request}")
    sign_in(page, towns)

    # The start page: an events block from the block picker, a draft, its preview, then published.
    page.goto(f"/redaktion/pages/{towns.home.pk}/edit/")
    kinds = page.locator('[data-contentpath="body_de"] select[name$="-value-kind"]')
    blocks_before = kinds.count()
    add_block(page, "body_de", "Live-Inhalt (Begegnungen, Mach mit!, Nachrichten …)")
    expect(kinds).to_have_count(blocks_before + 1)  # the new block is there before its field is set
    kinds.last.select_option("events")
    submit(page, page.locator("footer button.action-save"))
    towns.home.refresh_from_db()  # its latest_revision is the one just saved
    home = towns.home.get_latest_revision_as_object()
    assert [block.value["kind"] for block in home.body_de if block.block_type == "live"] == ["news", "events"]
    assert towns.home.has_unpublished_changes
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator(".portal-live--events")).to_contain_text("Inklusive Tanzgala")
    # The accessibility checker (Wagtail's userbar with its Axe configuration) runs in the preview.
    expect(preview.locator("wagtail-userbar")).to_have_count(1)
    page.locator('[data-side-panel-toggle="preview"]').click()
    open_footer_action(page, "action-publish")
    expect(page).to_have_url(f"/redaktion/pages/{towns.index.get_parent().pk}/")

    # An image: refused without alternative text, then uploaded with one.
    picture = tmp_path / "vorlesetag.png"
    picture.write_bytes(factories.png_bytes((400, 300)))
    page.goto("/redaktion/images/add/")
    page.fill("input[name=title]", "Vorlesetag in der Stadtbibliothek")
    page.set_input_files("input[name=file]", str(picture))
    page.locator("form button[type=submit]").last.click()
    expect(page.locator(".error-message", has_text="Alternativtext")).to_be_visible()
    page.set_input_files("input[name=file]", str(picture))
    page.fill("form [name=description]", "Kinder hören einer Vorleserin zu")
    page.locator("form button[type=submit]").last.click()
    expect(page).to_have_url("/redaktion/images/")

    # A news item with that image, published.
    page.goto(f"/redaktion/pages/add/portal/newspage/{towns.index.pk}/")
    page.fill("input[name=title_de]", "Vorlesetag in der Stadtbibliothek")
    page.fill("textarea[name=teaser_de]", "Freiwillige lasen Kindern aus ihren Lieblingsbüchern vor.")
    page.locator('[data-contentpath="image"] button.chooser__choose-button').click()
    page.locator(".modal a.image-choice", has_text="Vorlesetag in der Stadtbibliothek").click()
    expect(page.locator('[data-contentpath="image"]')).to_contain_text("Vorlesetag in der Stadtbibliothek")
    open_footer_action(page, "action-publish")
    expect(page).to_have_url(f"/redaktion/pages/{towns.index.pk}/")
    news = NewsPage.objects.get(title="Vorlesetag in der Stadtbibliothek")
    assert news.live and news.image.description == "Kinder hören einer Vorleserin zu"

    # A second news item scheduled for next week ("go live at" in the status panel's schedule).
    page.goto(f"/redaktion/pages/add/portal/newspage/{towns.index.pk}/")
    page.fill("input[name=title_de]", "Ehrenamtsmesse im Rathaus")
    page.fill("textarea[name=teaser_de]", "Vereine stellen sich vor.")
    page.locator('[data-side-panel-toggle="status"]').click()
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']:visible").first.click()
    go_live = timezone.localtime() + dt.timedelta(days=7)
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("input[name=go_live_at]").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    # "Zeitplan speichern" (a draft with its schedule) from the keyboard: the open date picker
    # may cover the button for the mouse.
    submit(page, dialog.locator("button.action-save"), keyboard=True)
    expect(page).to_have_url(re.compile(r"/redaktion/pages/\d+/edit/$"))
    open_footer_action(page, "action-publish")
    expect(page).to_have_url(f"/redaktion/pages/{towns.index.pk}/")
    scheduled = NewsPage.objects.get(title="Ehrenamtsmesse im Rathaus")
    assert not scheduled.live
    assert scheduled.get_latest_revision().approved_go_live_at is not None

    # The public start page, in German and Arabic: the events block and the news item; not the scheduled one.
    for lang in ("de", "ar"):
        public = contexts.page(lang=lang)
        public.goto("/dessau-rosslau/")
        expect(public.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
        expect(public.locator(".portal-live--events")).to_contain_text("Inklusive Tanzgala")
        expect(public.locator(".portal-live--news")).to_contain_text("Vorlesetag in der Stadtbibliothek")
        expect(public.locator(".portal-live--news img")).to_have_attribute("alt", "Kinder hören einer Vorleserin zu")
        expect(public.locator("body")).not_to_contain_text("Ehrenamtsmesse im Rathaus")
        check_a11y(public, name=f"portal-editor-home-{lang}")  # at 390 px too
        public.goto(news.url)
        expect(public.locator("main")).to_contain_text("Vorlesetag in der Stadtbibliothek")
        check_a11y(public, name=f"portal-editor-news-{lang}")

    # Bitterfeld-Wolfen's coordinator: not in the explorer, not in the search, not at the edit address.
    other = contexts.page(user=towns.other)
    other.set_default_timeout(EDITOR_TIMEOUT)
    other.goto("/redaktion/pages/")
    expect(other.locator("main")).to_contain_text("Bitterfeld-Wolfen")
    expect(other.locator("main")).not_to_contain_text("Dessau")
    other.goto("/redaktion/pages/search/?q=Vorlesetag")
    expect(other.locator("main")).not_to_contain_text("Vorlesetag in der Stadtbibliothek")
    for url in (f"/redaktion/pages/{towns.home.pk}/edit/", f"/redaktion/pages/{news.pk}/edit/"):
        contexts.expect_console_error(
            f"{contexts.base_url}{url}: Failed to load resource: the server responded with a status of 403 (Forbidden)"
        )
        response = other.goto(url)
        assert response is not None, url
        # Wagtail answers "no permission" by sending the user back to the dashboard with a message.
        assert response.status in (403, 404) or other.url == f"{contexts.base_url}/redaktion/", (url, other.url)
        expect(other.locator("body")).not_to_contain_text("Vorlesetag in der Stadtbibliothek")
