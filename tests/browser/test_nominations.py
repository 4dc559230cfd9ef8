"""Glücksbringer in Chromium: the "Done when" journey of issue 15, from a visitor's
nomination to the nominee's withdrawal."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from engagiert.core.models import Municipality, Role
from engagiert.nominations.models import Nomination
from engagiert.nominations.tests.factories import make_campaign
from engagiert.testing import make_user

pytestmark = pytest.mark.browser
NOT_FOUND = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def _link(to: str, part: str) -> str:
    body = [m for m in mail.outbox if m.to == [to]][-1].body
    url = re.search(rf"https?://\S+{part}\S+/", body).group(0)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def _submit(page: Page, name: str = "") -> None:
    page.click(f"main form button[name={name}]" if name else "main form button[type=submit]")
    page.wait_for_load_state()


def test_nominate_consent_publish_present_withdraw(contexts, dessau, coordinator, tmp_path):
    bitterfeld = Municipality.objects.create(
        name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="Sachsen-Anhalt"
    )
    bw_coordinator = make_user("koordination@bitterfeld-wolfen.example")
    Role.objects.create(user=bw_coordinator, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    campaign = make_campaign(dessau, bitterfeld, slug="gluecksbringer-2026")
    from PIL import Image

    photo = tmp_path / "erika.jpg"
    Image.new("RGB", (900, 1200), (30, 120, 90)).save(photo, format="JPEG")

    # 1. A visitor of Dessau-Roßlau's pages nominates a volunteer in Bitterfeld-Wolfen.
    page = contexts.page()
    page.goto("/dessau-rosslau/gluecksbringer/")
    page.click("text=Jemanden vorschlagen")
    page.select_option("select[name=municipality]", label="Bitterfeld-Wolfen")
    page.fill("input[name=nominee_name]", "Erika Mustermann")
    page.check("input[name=channel][value=email]")
    page.fill("input[name=nominee_email]", "erika@example.org")
    page.fill("textarea[name=activity]", "Sie leitet das Repair-Café in Wolfen-Nord.")
    page.fill("textarea[name=reason]", "Sie repariert nicht nur Toaster, sondern auch Laune.")
    page.fill("input[name=nominator_name]", "Paul Gast")
    page.fill("input[name=nominator_email]", "paul@example.org")
    page.check("input[name=reveal]")
    _submit(page)
    expect(page.locator("h1")).to_have_text("Fast geschafft")
    # 2. … and confirms by the link from the e-mail (the console in development).
    page.goto(_link("paul@example.org", "/bestaetigen/"))
    _submit(page)
    expect(page.locator("h1")).to_have_text("Vielen Dank für Ihren Vorschlag")
    nomination = Nomination.objects.get()
    assert nomination.municipality == bitterfeld and nomination.status == Nomination.Status.INVITED

    # 3. The nominee receives the invitation, agrees, writes her portrait and adds a photo.
    nominee = contexts.page()
    invitation = _link("erika@example.org", "/einladung/")
    nominee.goto(invitation)
    expect(nominee.locator("main")).to_contain_text("Paul Gast")
    nominee.check("input[name=choice][value=write]")
    _submit(nominee)
    expect(nominee.locator("h1")).to_have_text("Ihr Porträt schreiben")
    nominee.fill("input[name=display_name]", "Erika M.")
    nominee.fill("textarea[name=answer_0]", "Ich repariere mit meinen Nachbarn, was andere wegwerfen.")
    nominee.fill("textarea[name=answer_3]", "Ich bin ein Glücksbringer, weil ein reparierter Toaster Freude macht.")
    nominee.set_input_files("input[name=photo]", str(photo))
    nominee.check("input[name=photo_consent]")
    nominee.fill("input[name=photo_alt]", "Erika an der Werkbank im Repair-Café")
    nominee.fill("input[name=photo_credit]", "Paul Gast")
    _submit(nominee, "submit")
    expect(nominee.locator("main")).to_contain_text("Koordinierungsstelle")

    # 4. Dessau-Roßlau's coordinator cannot see it; Bitterfeld-Wolfen's publishes it.
    other = contexts.page(user=coordinator)
    response = other.goto(f"/bitterfeld-wolfen/gluecksbringer/koordination/{nomination.pk}/")
    assert response.status == 404
    contexts.expect_console_error(f"{other.url}: {NOT_FOUND}")
    town = contexts.page(user=bw_coordinator)
    town.goto("/bitterfeld-wolfen/gluecksbringer/koordination/")
    town.click("text=Erika Mustermann")
    expect(town.locator("main")).to_contain_text("Porträt wartet auf Prüfung")
    town.click("main button:has-text('Veröffentlichen')")
    expect(town.locator("main")).to_contain_text("Das Porträt ist veröffentlicht.")

    # 5. The network gallery shows it in German and Arabic.
    for lang in ("de", "ar"):
        visitor = contexts.page(lang=lang)
        visitor.goto(f"/dessau-rosslau/gluecksbringer/kampagnen/{campaign.slug}/")
        card = visitor.locator(".portrait-card", has_text="Erika M.")
        expect(card).to_contain_text("Bitterfeld-Wolfen")
        expect(card.locator("img")).to_have_attribute("alt", "Erika an der Werkbank im Repair-Café")

    # 6. The poster PDF and the square image download.
    town.click("text=Veröffentlichtes Porträt ansehen")
    with town.expect_download() as pdf:
        town.click("text=Plakat A4 (PDF)")
    with open(pdf.value.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"
    with town.expect_download() as png:
        town.click("text=Bild für soziale Medien (PNG, 1080 × 1080)")
    assert Image.open(png.value.path()).size == (1080, 1080)
    portrait_url = town.url

    # 7. The nominee withdraws by her link: the portrait is gone, and the photo with it.
    nominee.goto(invitation)
    nominee.click("text=Einwilligung widerrufen")
    _submit(nominee)
    expect(nominee.locator("h1")).to_have_text("Ihre Einwilligung ist widerrufen")
    response = nominee.goto(portrait_url)
    assert response.status == 404
    contexts.expect_console_error(f"{nominee.url}: {NOT_FOUND}")
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.WITHDRAWN and nomination.nominee_name == ""
    coordination_mail = [m for m in mail.outbox if m.to == [bw_coordinator.email]][-1]
    assert "Plakat A4" in coordination_mail.body and "Bild für soziale Medien" in coordination_mail.body
