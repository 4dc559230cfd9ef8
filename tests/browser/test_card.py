"""Ehrenamtskarte in Chromium: the "Done when" journey (apply, organisation confirms by link,
coordinator approves, PDF, partner verifies: valid, revoked, tampered; offline in the
browser; camera scanning), and axe on every page in German and Arabic."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
import segno
from django.core import mail
from playwright.sync_api import Page, expect

from engagiert.card import services
from engagiert.card.models import ActivityConfirmation, Card, CardApplication
from engagiert.card.tests import factories
from engagiert.core import tokens
from engagiert.core.models import Role
from engagiert.testing import make_user

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/ehrenamtskarte"


@pytest.fixture
def people(dessau, coordinator):
    volunteer = make_user("freiwillige@dessau.example")
    volunteer.first_name, volunteer.last_name = "Anna", "Müller"
    volunteer.save()
    Role.objects.create(user=volunteer, municipality=dessau, kind=Role.Kind.VOLUNTEER)
    partner_user = make_user("partner@dessau.example")
    museum = factories.partner(dessau, partner_user, latitude=51.8353, longitude=12.2361)
    return SimpleNamespace(volunteer=volunteer, partner=partner_user, museum=museum, coordinator=coordinator)


def verify(page: Page, code: str) -> str:
    page.goto(f"{BASE}/pruefen/")
    page.fill("#id_code", code)
    page.locator("#verify-form button[type=submit]").click()
    return page.locator("#verdict h2").inner_text()


def verify_offline(page: Page, code: str) -> str:
    page.fill("#id_code", code)
    page.click("#offline-check")
    result = page.locator("#offline-result")
    expect(result).to_have_attribute("data-status", re.compile(r".+"))
    return result.get_attribute("data-status")


def tamper(code: str) -> str:
    i = 40
    return code[:i] + ("B" if code[i] != "B" else "C") + code[i + 1 :]


def test_done_when_apply_confirm_approve_pdf_verify_revoke_tamper(contexts, check_a11y, people, dessau):
    # 1. The volunteer applies: a draft first, then the activity, then submits.
    page = contexts.page(user=people.volunteer)
    page.goto(f"{BASE}/")
    page.get_by_role("link", name="Karte beantragen").click()
    expect(page.locator("#id_first_name")).to_have_value("Anna")
    page.fill("#id_birth_date", "1980-05-17")
    page.fill("#id_street", "Zerbster Straße 4")
    page.fill("#id_postcode", "06844")
    page.fill("#id_city", "Dessau-Roßlau")
    page.check("#id_consent")
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(page.locator(".messages")).to_contain_text("Entwurf ist gespeichert")
    page.fill("#id_organisation_name", "Dessauer Tafel e. V.")
    page.fill("#id_contact_email", "tafel@example.org")
    page.fill("#id_since", "2019-03-01")
    page.fill("#id_hours", "5")
    page.check("#id_period_0")
    page.locator("#activity-form button[type=submit]").click()
    expect(page.locator("tr[data-rule=hours] .status")).to_have_text("noch offen")
    check_a11y(page, name="card-journey-application")
    page.get_by_role("button", name="Antrag einreichen").click()
    expect(page.locator(".status-line")).to_contain_text("Eingereicht")

    # 2. The organisation confirms by the link in its e-mail, without an account.
    message = next(m for m in mail.outbox if m.to == ["tafel@example.org"])
    link = re.search(r"https?://\S+/bestaetigung/\S+", message.body).group(0)
    org_page = contexts.page()
    confirm_path = re.sub(r"^https?://[^/]+", "", link)
    org_page.goto(confirm_path)
    expect(org_page.get_by_text("Dessauer Tafel e. V.")).to_be_visible()
    check_a11y(org_page, name="card-journey-confirm")
    org_page.get_by_label("Ja, die Angaben stimmen.").check()
    org_page.get_by_role("button", name="Antwort senden").click()
    expect(org_page.locator("main")).to_contain_text("Danke! Sie haben die Tätigkeit bestätigt.")
    used = org_page.goto(confirm_path)  # the link is used up: the one page for unusable links
    assert used is not None and used.status == 410
    contexts.expect_console_error(
        f"{org_page.url}: Failed to load resource: the server responded with a status of 410 (Gone)"
    )
    expect(org_page.locator("main")).to_contain_text("bereits verwendet")

    # 3. The coordinator approves.
    coord = contexts.page(user=people.coordinator)
    coord.goto(f"{BASE}/koordination/")
    coord.get_by_role("link", name="Anna Müller").click()
    expect(coord.locator("tr[data-rule=hours] .status")).to_have_text("erfüllt")
    coord.get_by_label("Bewilligen").check()
    coord.get_by_role("button", name="Entscheidung speichern").click()
    expect(coord.locator(".status-line")).to_contain_text("Bewilligt")
    card = Card.objects.get()

    # 4. The volunteer downloads the PDF and sees the digital card.
    page.goto(f"{BASE}/meine-karte/")
    expect(page.locator(".dc-qr svg")).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Karte als PDF herunterladen").click()
    download = download_info.value
    assert download.suggested_filename == f"ehrenamtskarte-{card.display_number}.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    page.get_by_text("Code als Text").click()
    code = page.locator(".code-text").inner_text().strip()
    assert code == services.qr_text(card)

    # 5. The partner verifies: valid; the page keeps the trust list for offline use.
    partner = contexts.page(user=people.partner)
    assert verify(partner, code) == "Gültig"
    expect(partner.locator("#verdict")).to_contain_text("Anna M.")
    expect(partner.locator("#verdict")).not_to_contain_text("Müller")
    expect(partner.locator("#offline-freshness")).to_contain_text("Liste vom")
    check_a11y(partner, name="card-journey-verify-valid")
    partner.context.set_offline(True)
    assert verify_offline(partner, code) == "valid"
    expect(partner.locator("#offline-result")).to_contain_text("Anna M.")
    assert verify_offline(partner, tamper(code)) == "rejected"
    assert verify_offline(partner, code[:-10]) == "rejected"
    partner.context.set_offline(False)

    # 6. A tampered code is rejected by the server too.
    assert verify(partner, tamper(code)).startswith("Dieser Code ist nicht gültig")

    # 7. The coordinator revokes the card; server and (refreshed) offline list say revoked.
    coord.goto(f"{BASE}/koordination/")
    coord.fill(f"#reason-{card.pk}", "Karte verloren gemeldet")
    coord.get_by_role("button", name=f"Sperren {card.display_number}").click()
    expect(coord.locator(".messages")).to_contain_text("gesperrt")
    assert verify(partner, code) == "Gesperrt"
    expect(partner.locator("#offline-freshness")).to_contain_text("Liste vom")
    partner.wait_for_function(
        "() => JSON.parse(localStorage.getItem('engagiert-card-trust:dessau-rosslau')).list.revoked.length === 1"
    )
    partner.context.set_offline(True)
    assert verify_offline(partner, code) == "revoked"
    partner.context.set_offline(False)
    assert CardApplication.objects.get().events.filter(kind="revoked").exists()


# Replaces the camera with a canvas that keeps drawing the QR image (frames for jsQR).
FAKE_CAMERA = """
navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 480;
    canvas.height = 480;
    const ctx = canvas.getContext("2d");
    const img = new Image();
    img.src = "__PNG__";
    await img.decode();
    const draw = () => {
        ctx.fillStyle = "#fff";
        ctx.fillRect(0, 0, 480, 480);
        ctx.drawImage(img, 20, 20, 440, 440);
    };
    draw();
    setInterval(draw, 50);
    return canvas.captureStream(10);
};
"""


def test_camera_scanning_fills_the_field_and_submits(contexts, people, dessau, coordinator):
    """qrscan.js with a fake camera: a canvas showing the card's QR code."""
    card = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    buffer = io.BytesIO()
    segno.make(services.qr_text(card), error="m").save(buffer, kind="png", scale=6, border=4)
    png = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    page = contexts.page(user=people.partner)
    page.add_init_script(FAKE_CAMERA.replace("__PNG__", png))
    page.goto(f"{BASE}/pruefen/")
    page.get_by_role("button", name="Kamera verwenden").click()
    expect(page.locator("#verdict h2")).to_have_text("Gültig", timeout=15_000)
    expect(page.locator("#verdict")).to_contain_text("Ben M.")


CACHE_FILLED = """async () => {
    const names = await caches.keys();
    return names.length === 1 && (await (await caches.open(names[0])).keys()).length >= 3;
}"""


def test_verification_page_opens_again_without_a_connection(contexts, people, dessau, coordinator):
    """Opened once online, the page comes from the service worker's cache when offline and
    checks codes in the browser with the cached trust list."""
    card = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    page = contexts.page(user=people.partner)
    page.goto(f"{BASE}/pruefen/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    page.wait_for_function(CACHE_FILLED)
    expect(page.locator("#offline-freshness")).to_contain_text("Liste vom")
    page.context.set_offline(True)
    response = page.goto(f"{BASE}/pruefen/")
    assert response is not None and response.from_service_worker
    assert page.evaluate("navigator.onLine") is False
    expect(page.locator("#offline-freshness")).to_contain_text("Liste vom")
    assert verify_offline(page, services.qr_text(card)) == "valid"
    page.fill("#id_code", tamper(services.qr_text(card)))
    page.locator("#verify-form button[type=submit]").click()  # offline: checked in the browser
    expect(page.locator("#offline-result")).to_have_attribute("data-status", "rejected")
    page.context.set_offline(False)


# A browser whose WebCrypto lacks Ed25519 (older Safari, Firefox before 129).
NO_ED25519 = """
const importKey = crypto.subtle.importKey.bind(crypto.subtle);
crypto.subtle.importKey = (format, data, algorithm, ...rest) =>
    (algorithm && (algorithm === "Ed25519" || algorithm.name === "Ed25519"))
        ? Promise.reject(new DOMException("Ed25519 is not supported", "NotSupportedError"))
        : importKey(format, data, algorithm, ...rest);
"""


def test_a_browser_without_ed25519_says_so_instead_of_rejecting_a_genuine_card(contexts, people, dessau, coordinator):
    card = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    page = contexts.page(user=people.partner)
    page.add_init_script(NO_ED25519)
    page.goto(f"{BASE}/pruefen/")
    expect(page.locator("#offline-freshness")).to_contain_text("Liste vom")
    assert verify_offline(page, services.qr_text(card)) == "unsupported"
    expect(page.locator("#offline-result")).to_contain_text("Dieser Browser kann Karten nicht ohne Internet prüfen")


def test_partner_list_works_without_javascript(contexts, people, dessau):
    factories.partner(dessau, name="Stadtschwimmhalle", category="sport")
    page = contexts.page(java_script_enabled=False)
    page.goto(f"{BASE}/partner/")
    page.select_option("#id_category", "sport")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"category=sport"))
    expect(page.get_by_role("heading", name="Stadtschwimmhalle")).to_be_visible()
    expect(page.get_by_role("heading", name=people.museum.name)).to_have_count(0)


# --- axe on every page, German and Arabic ---------------------------------------------------


@pytest.fixture
def scenario(people, dessau, coordinator):
    holder = people.volunteer
    card = factories.issued_card(holder, dessau, coordinator)
    applicant = make_user("antrag@example.org")
    pending = factories.draft(applicant, dessau)
    services.submit(application=pending)
    drafter = make_user("entwurf@example.org")
    drafted = factories.draft(drafter, dessau, hours="1")
    services.add_activity(  # without a confirmation address, as after a renewal: the page asks for one
        application=drafted,
        data={
            "organisation_name": "Nachbarschaftshilfe Ziebigk",
            "since": date(2020, 1, 1),
            "hours": Decimal(2),
            "period": "week",
            "paid_allowance": False,
        },
    )
    factories.partner(dessau, name="Café am Bauhaus", category="gastronomie", status="pending")
    services.count_verification(partner=people.museum)
    return SimpleNamespace(
        volunteer=holder,
        partner=people.partner,
        coordinator=coordinator,
        applicant=applicant,
        drafter=drafter,
        outsider=make_user("neu@example.org"),
        card=card,
        pending=pending,
        token=tokens.reissue(ActivityConfirmation.objects.filter(activity__application=pending).first()),
    )


def submit_main(page: Page) -> None:
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()


def submit_bad_application(page: Page) -> None:
    page.fill("#id_postcode", "12")
    page.locator("button[name=action][value=submit]").click()  # "Antrag einreichen", in any language
    expect(page.locator(".error-summary").first).to_be_visible()


def submit_bad_activity(page: Page) -> None:
    page.fill("#id_hours", "-1")
    page.locator("#activity-form button[type=submit]").click()
    expect(page.locator(".error-summary").first).to_be_visible()


def submit_bad_partner(page: Page) -> None:
    submit_main(page)
    expect(page.locator(".error-summary")).to_be_visible()


def submit_bad_address(page: Page) -> None:
    page.locator(".address-form input[type=email]").fill("kaputt")
    page.locator(".address-form button[type=submit]").click()
    expect(page.locator(".address-form .error-summary")).to_be_visible()


def submit_bad_rules(page: Page) -> None:
    page.fill("#id_validity_years", "0")
    submit_main(page)
    expect(page.locator(".error-summary")).to_be_visible()


def verify_forged(page: Page) -> None:
    page.fill("#id_code", "AAAABBBBCCCCDDDD")
    page.locator("#verify-form button[type=submit]").click()
    expect(page.locator("#verdict")).to_be_visible()


def reject_without_reason(page: Page) -> None:
    page.locator("input[name=decision][value=reject]").check()
    page.locator("main form button[type=submit]").last.click()
    expect(page.locator(".error-summary")).to_be_visible()


def wait_for_map(page: Page) -> None:
    expect(page.locator("#map .leaflet-marker-icon")).to_have_count(1)


@dataclass(frozen=True)
class Visit:
    name: str
    path: Callable[[SimpleNamespace], str] | str
    user: str = ""
    then: Callable[[Page], None] | None = None
    status: int = 200

    def url(self, s) -> str:
        return self.path(s) if callable(self.path) else self.path


VISITS = [
    Visit("card-overview", f"{BASE}/"),
    Visit("card-overview-coordinator", f"{BASE}/", user="coordinator"),
    Visit("card-application-new", f"{BASE}/antrag/", user="outsider"),
    Visit("card-application-draft", f"{BASE}/antrag/", user="drafter"),
    Visit("card-application-errors", f"{BASE}/antrag/", user="drafter", then=submit_bad_application),
    Visit("card-activity-errors", f"{BASE}/antrag/", user="drafter", then=submit_bad_activity),
    Visit("card-application-submitted", f"{BASE}/antrag/", user="applicant"),
    Visit("card-application-decided", f"{BASE}/antrag/", user="volunteer"),  # with the last one's history
    Visit("card-my-card", f"{BASE}/meine-karte/", user="volunteer"),
    Visit("card-my-card-none", f"{BASE}/meine-karte/", user="outsider"),
    Visit("card-confirm", lambda s: f"{BASE}/bestaetigung/{s.token}/"),
    Visit("card-confirm-invalid", f"{BASE}/bestaetigung/gibt-es-nicht/", status=404),
    Visit("card-partners", f"{BASE}/partner/", then=wait_for_map),
    Visit("card-partner-register", f"{BASE}/partner/eintragen/", user="outsider"),
    Visit("card-partner-register-errors", f"{BASE}/partner/eintragen/", user="outsider", then=submit_bad_partner),
    Visit("card-partner-stats", f"{BASE}/partner/statistik/", user="partner"),
    Visit("card-verify", f"{BASE}/pruefen/", user="partner"),
    Visit("card-verify-rejected", f"{BASE}/pruefen/", user="partner", then=verify_forged),
    Visit("card-queue", f"{BASE}/koordination/", user="coordinator"),
    Visit("card-review", lambda s: f"{BASE}/koordination/antrag/{s.pending.pk}/", user="coordinator"),
    Visit(
        "card-review-errors",
        lambda s: f"{BASE}/koordination/antrag/{s.pending.pk}/",
        user="coordinator",
        then=reject_without_reason,
    ),
    Visit("card-reports", f"{BASE}/koordination/berichte/", user="coordinator"),
    Visit("card-rules", f"{BASE}/koordination/regeln/", user="coordinator"),
    Visit("card-rules-errors", f"{BASE}/koordination/regeln/", user="coordinator", then=submit_bad_rules),
    Visit("card-activity-address-errors", f"{BASE}/antrag/", user="drafter", then=submit_bad_address),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_card_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    response = page.goto(visit.url(scenario))
    assert response is not None and response.status == visit.status, f"{visit.name}: {response and response.status}"
    if visit.status != 200:
        status = f"{visit.status} ({response.status_text})"
        contexts.expect_console_error(
            f"{page.url}: Failed to load resource: the server responded with a status of {status}"
        )
    if visit.then:
        visit.then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"{visit.name}-{lang}")
