"""The "Done when" journey of the issue, done in Chromium the way a person would do it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from engagiert.directory.models import Organisation
from engagiert.testing import make_org

from .conftest import log_in_with_form

pytestmark = pytest.mark.browser

SEARCH = "/dessau-rosslau/durchblick/"
NEW_ORG = "Tanzwerkstatt Ziebigk"


def search_for(page: Page, words: str) -> None:
    page.fill("#id_q", words)
    page.click("#main form[role=search] button[type=submit]")  # not the header's site-wide search


def root_font_px(page: Page) -> float:
    return float(page.evaluate("getComputedStyle(document.documentElement).fontSize").removesuffix("px"))


def brand_centre_share(page: Page) -> float:
    """Horizontal centre of the brand link as a share of the viewport width (0 = left edge)."""
    box = page.locator("header .brand").bounding_box()
    assert box is not None
    return (box["x"] + box["width"] / 2) / page.viewport_size["width"]


def test_search_finds_the_tanzgala_in_dessau(contexts, org, other_org):
    page = contexts.page()
    page.goto("/dessau-rosslau/")
    page.fill("#home-q", "Tanz")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/dessau-rosslau/durchblick/\?q=Tanz$"))
    results = page.locator("#results")
    expect(results.get_by_role("link", name="One Community Projekt")).to_be_visible()
    expect(results.locator("#results-heading")).to_have_text("1 Treffer")
    expect(results.get_by_text("Lutherstädter Tanzverein")).to_have_count(0)  # another municipality's entry

    # Searching again on the directory page loads the results page for the new words.
    search_for(page, "Musikvideo")
    expect(page).to_have_url(re.compile(r"\?q=Musikvideo$"))
    expect(results.get_by_role("link", name="One Community Projekt")).to_be_visible()
    search_for(page, "Zauberwürfel")
    expect(results.locator("#results-heading")).to_have_text("0 Treffer")
    expect(results.get_by_role("link", name="One Community Projekt")).to_have_count(0)

    search_for(page, "Tanz")
    results.get_by_role("link", name="One Community Projekt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("One Community Projekt")
    expect(page.get_by_text("inklusive Tanzgala")).to_be_visible()


def test_language_switcher_mirrors_the_page_for_arabic(contexts, org):
    page = contexts.page()
    page.goto(f"{SEARCH}?q=Tanz")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "ltr")
    expect(html).to_have_attribute("lang", "de")
    assert brand_centre_share(page) < 0.5

    page.select_option("#language-select", "ar")
    page.locator("form.language button[type=submit]").click()
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    assert page.url.endswith(f"{SEARCH}?q=Tanz")  # the same page, the same search
    assert brand_centre_share(page) > 0.5
    search_box = page.locator("#id_q").bounding_box()
    assert search_box["x"] + search_box["width"] > page.viewport_size["width"] / 2  # the form starts on the right
    expect(page.get_by_role("link", name="One Community Projekt")).to_be_visible()

    page.select_option("#language-select", "de")
    page.locator("form.language button[type=submit]").click()
    expect(html).to_have_attribute("dir", "ltr")
    assert brand_centre_share(page) < 0.5


def test_signup_register_and_approval(contexts, dessau, coordinator, mailoutbox):
    email, password = "lea@tanzwerkstatt.example", "Tanzen-ist-Freiheit-2025"

    # A new person signs up ...
    page = contexts.page()
    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Registrieren").click()
    page.fill("input[name=first_name]", "Lea")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", password)
    page.fill("input[name=password2]", password)
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))

    # ... confirms the address with the link in the mail, opened in another browser (the mail app) ...
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [email]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[0].body).group(0)
    mail_app = contexts.page()
    mail_app.goto(link)
    mail_app.click("main form button[type=submit]")
    expect(mail_app).to_have_url(re.compile(r"/accounts/login/"))

    # ... logs in and registers an organisation.
    log_in_with_form(mail_app, email, password)
    expect(mail_app).to_have_url(re.compile(r"/mein-konto/$"))
    mail_app.goto("/dessau-rosslau/")
    mail_app.get_by_role("link", name="Organisation eintragen").click()
    mail_app.get_by_label("Name der Organisation").fill(NEW_ORG)
    mail_app.locator("#id_kind").select_option("initiative")
    mail_app.get_by_label("Beschreibung (Deutsch)").fill("Offene Tanzwerkstatt für Jugendliche, jeden Freitag.")
    mail_app.click("main form button[type=submit]")
    expect(mail_app).to_have_url(re.compile(r"/dessau-rosslau/mein-bereich/$"))
    expect(mail_app.locator(".messages")).to_contain_text(NEW_ORG)
    expect(mail_app.get_by_role("heading", name=NEW_ORG)).to_be_visible()
    assert Organisation.objects.get(name=NEW_ORG).status == Organisation.Status.PENDING

    # Not public yet.
    public = contexts.page()
    public.goto(f"{SEARCH}?q=Tanzwerkstatt")
    expect(public.locator("#results-heading")).to_have_text("0 Treffer")
    expect(public.get_by_role("link", name=NEW_ORG)).to_have_count(0)

    # The coordinator logs in (own browser), approves it in the queue ...
    coordination = contexts.page()
    log_in_with_form(coordination, coordinator.email)
    coordination.goto("/dessau-rosslau/mein-bereich/")
    coordination.get_by_role("link", name="Durchblick: neue Einträge prüfen").click()
    entry = coordination.get_by_role("region", name=NEW_ORG)
    expect(entry).to_contain_text("Offene Tanzwerkstatt")
    expect(entry).to_contain_text(email)
    entry.get_by_role("button", name="Freigeben").click()
    expect(coordination.locator(".messages")).to_contain_text("Entscheidung gespeichert.")
    expect(coordination.get_by_role("region", name=NEW_ORG)).to_have_count(0)

    # ... and now everyone finds it.
    public.reload()
    expect(public.locator("#results-heading")).to_have_text("1 Treffer")
    public.get_by_role("link", name=NEW_ORG).click()
    expect(public.get_by_role("heading", level=1)).to_have_text(NEW_ORG)

    # The person who registered it may now edit it.
    mail_app.reload()
    expect(mail_app.get_by_role("link", name="Bearbeiten")).to_be_visible()


def test_font_size_buttons(contexts, org):
    page = contexts.page()
    page.goto(f"{SEARCH}?q=Tanz")
    before = root_font_px(page)
    page.click(".font-size button[value=up]")
    expect(page.locator("html")).to_have_class("fs-1")
    page.wait_for_load_state("load")  # the new page's stylesheet, not only its markup
    assert root_font_px(page) > before
    assert page.url.endswith(f"{SEARCH}?q=Tanz")  # back on the same page
    page.click(".font-size button[value=down]")
    expect(page.locator("html")).to_have_class("fs-0")
    page.wait_for_load_state("load")
    assert root_font_px(page) == before


def test_font_size_and_search_work_without_javascript(contexts, org):
    make_org(org.municipality, "Tanzhaus am Stadtpark", description="Tanz", latitude=51.83, longitude=12.24)
    page = contexts.page(java_script_enabled=False)
    page.goto(SEARCH)
    html = page.locator("html")
    expect(html).to_have_class("fs-0")
    before = root_font_px(page)
    page.click(".font-size button[value=up]")
    expect(html).to_have_class("fs-1")
    page.wait_for_load_state("load")  # the new page's stylesheet, not only its markup
    assert root_font_px(page) > before
    page.click(".font-size button[value=up]")
    expect(html).to_have_class("fs-2")

    search_for(page, "Tanz")
    expect(page).to_have_url(re.compile(r"\?q=Tanz$"))
    expect(page.locator("#results-heading")).to_have_text("2 Treffer")
    expect(page.get_by_role("link", name="One Community Projekt")).to_be_visible()
    expect(page.locator("#map")).to_be_hidden()  # the list is all; with JavaScript a map would show here
    expect(html).to_have_class("fs-2")  # the size is kept
