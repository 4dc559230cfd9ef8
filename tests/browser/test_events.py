"""Begegnungen in Chromium: the "Done when" journey, QR check-in with a (fake) camera, and
axe on every page in German and Arabic."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import segno
from django.core import mail
from django.utils import timezone
from PIL import Image
from playwright.sync_api import Page, expect

from engagiert.events import services
from engagiert.events.models import Event, Registration
from engagiert.events.tests.factories import make_event, make_venue
from engagiert.events.tokens import registration_token, ticket_code
from engagiert.testing import make_org

from .conftest import CHROMIUM, LAUNCH_ARGS, Contexts

pytestmark = pytest.mark.browser

CAL = "/dessau-rosslau/begegnungen/"


@pytest.fixture
def gala(dessau, org):
    aula = make_venue(dessau, wheelchair=True, accessible_toilet=True)
    kiez = make_venue(dessau, "Kiez Kino", wheelchair=False)
    make_event(dessau, "Filmvorführung „Noch einmal Walzer“", organisation=org, venue=kiez, format="film", days=6)
    event = make_event(
        dessau,
        "Inklusive Tanzgala",
        organisation=org,
        venue=aula,
        registration_required=True,
        capacity=2,
        companions_allowed=1,
        description_de="<p>Für die Bewohner*innen dreier Seniorenheime.</p>",
    )
    services.register(event=event, name="Marianne Keller", email="marianne@example.org", user=None)
    first = event.registrations.get()
    services.confirm(token=registration_token(first.pk))
    return event


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def link_in_last_mail(to: str, pattern: str) -> str:
    body = [m for m in mail.outbox if m.to == [to]][-1].body
    return path_of(re.search(rf"https?://\S+{pattern}", body).group(0))


def test_newcomer_finds_registers_confirms_cancels_and_the_waiting_list_moves_up(contexts, gala):
    page = contexts.page()
    page.goto("/dessau-rosslau/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Begegnungen").click()
    results = page.locator(".event-list")
    expect(results.get_by_role("link", name="Inklusive Tanzgala")).to_be_visible()
    expect(results.get_by_role("link", name="Filmvorführung „Noch einmal Walzer“")).to_be_visible()

    page.select_option("#id_barrierefreiheit", "wheelchair")
    page.get_by_role("button", name="Filtern").click()
    expect(page).to_have_url(re.compile(r"barrierefreiheit=wheelchair"))
    expect(results.get_by_role("link", name="Filmvorführung „Noch einmal Walzer“")).to_have_count(0)
    results.get_by_role("link", name="Inklusive Tanzgala").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Inklusive Tanzgala")
    expect(page.get_by_text("1 von 2 Plätzen frei.")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="Zur Anmeldung").click()
    page.fill("#id_name", "Erika Muster")
    page.fill("#id_email", "erika@example.org")
    page.get_by_role("button", name="Verbindlich anmelden").click()
    expect(page.get_by_text("Bitte bestätigen Sie Ihre Anmeldung")).to_be_visible()

    page.goto(link_in_last_mail("erika@example.org", "/bestaetigen/"))
    page.get_by_role("button", name="Ja, ich bestätige meine Anmeldung").click()
    expect(page.locator("#registration-status")).to_have_text("Bestätigt")
    expect(page.get_by_role("img", name=re.compile("QR-Code des Tickets"))).to_be_visible()
    assert [a[0] for a in mail.outbox[-1].attachments] == ["termin.ics", "ticket.png"]

    # The event is full now: the next person goes on the waiting list.
    brigitte = services.register(event=gala, name="Brigitte Wolf", email="brigitte@example.org")
    services.confirm(token=registration_token(brigitte.pk))
    brigitte.refresh_from_db()
    assert brigitte.status == Registration.Status.WAITING

    page.get_by_role("link", name="Anmeldung stornieren").click()
    page.get_by_role("button", name="Ja, stornieren").click()
    expect(page.get_by_text("Ihre Anmeldung ist storniert.")).to_be_visible()
    brigitte.refresh_from_db()
    assert brigitte.status == Registration.Status.CONFIRMED
    moved_up = [m for m in mail.outbox if m.to == ["brigitte@example.org"]][-1]
    assert "nachgerückt" in moved_up.body and "ticket.png" in [a[0] for a in moved_up.attachments]

    # Her link shows her ticket.
    page.goto(link_in_last_mail("brigitte@example.org", r"/anmeldung/[^/\s]+/"))
    expect(page.locator("#registration-status")).to_have_text("Bestätigt")


def write_y4m(path: Path, text: str, *, frames: int = 6) -> None:
    """A short Y4M video (4:2:0) that shows the QR code of `text` on white."""
    qr = segno.make(text, error="m", micro=False)
    png = path.with_suffix(".png")
    qr.save(png, scale=10, border=4)
    width, height = 640, 480
    canvas = Image.new("RGB", (width, height), "white")
    code = Image.open(png).convert("RGB")
    side = min(400, code.width)
    code = code.resize((side, side), Image.NEAREST)
    canvas.paste(code, ((width - side) // 2, (height - side) // 2))
    y, cb, cr = canvas.convert("YCbCr").split()
    cb = cb.resize((width // 2, height // 2))
    cr = cr.resize((width // 2, height // 2))
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n" + y.tobytes() + cb.tobytes() + cr.tobytes())


def test_an_editor_enters_an_event_in_steps_goes_back_and_previews_it(contexts, dessau, org, editor):
    make_venue(dessau, "Stadtbibliothek", wheelchair=True)
    page = contexts.page(user=editor)
    page.goto(f"{CAL}verwalten/")
    page.get_by_role("main").get_by_role("link", name="Neue Veranstaltung").first.click()
    expect(page.locator("#step-indicator")).to_have_text("Schritt 1 von 5: Was")
    page.locator("main form button[value=weiter]").click()  # nothing filled in
    expect(page.locator(".error-summary")).to_be_visible()
    fill_what(page)
    step_on(page, 2)
    fill_when(page)
    page.get_by_role("button", name="Zurück").click()  # back, without checking this step
    expect(page.locator("#id_title_de")).to_have_value("Vorlesetag")
    step_on(page, 2)
    expect(page.locator("#id_start")).not_to_have_value("")  # what was typed on step 2 is still there
    step_on(page, 3)
    page.select_option("#id_venue", label="Stadtbibliothek")
    step_on(page, 4)
    page.check("#id_registration_required")
    page.fill("#id_capacity", "25")
    step_on(page, 5)
    preview = page.locator("#preview")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Vorlesetag")
    expect(preview).to_contain_text("Stadtbibliothek")
    expect(preview).to_contain_text("25 von 25 Plätzen frei.")
    expect(preview).to_contain_text("Rollstuhlgerecht")
    assert not Event.objects.exists()
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.get_by_text("Danke! Die Veranstaltung geht nach der Freigabe")).to_be_visible()
    event = Event.objects.get()
    assert (event.title, event.status, event.capacity, event.venue.name) == (
        "Vorlesetag",
        "pending",
        25,
        "Stadtbibliothek",
    )


def test_organiser_checks_someone_in_by_scanning_the_qr_code(browser, live_server, gala, editor, tmp_path):
    person = gala.registrations.get(name="Marianne Keller")
    video = tmp_path / "ticket.y4m"
    write_y4m(video, ticket_code(person.pk))
    camera = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            *LAUNCH_ARGS,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
    )
    try:
        contexts = Contexts(camera, live_server.url)
        context = contexts.new(user=editor, permissions=["camera"])
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{CAL}{gala.pk}/einlass/")
        page.get_by_role("button", name="Kamera verwenden").click()
        expect(page.get_by_text("Eingecheckt: Marianne Keller")).to_be_visible(timeout=15_000)
        person.refresh_from_db()
        assert person.checked_in_at is not None
        expect(page.locator("#checked-count")).to_have_text("1 Person eingecheckt.")
        assert errors == []
        contexts.close()
    finally:
        camera.close()


def test_the_organisation_picker_filters_as_one_types_and_keeps_the_chosen(contexts, dessau, org, coordinator):
    for name in ("Tanzschule Roßlau", "Tafel Dessau", *(f"Sportverein {n}" for n in range(10))):
        make_org(dessau, name)
    page = contexts.page(user=coordinator)
    page.goto(f"{CAL}neu/")
    options = page.locator("#id_organisations label")
    expect(options).to_have_count(13)
    page.get_by_label("Tafel Dessau").check()
    page.fill("#id_organisations_filter", "tanzsch")  # folded: ß, umlauts and case do not matter
    expect(page.locator("#id_organisations label:visible")).to_have_count(2)  # the match and the chosen one
    expect(page.get_by_label("Tanzschule Roßlau")).to_be_visible()
    expect(page.locator("[data-picker-count]").first).to_contain_text("2 von 13")
    page.press("#id_organisations_filter", "Enter")  # filters, does not send the form
    expect(page).to_have_url(re.compile(r"/neu/$"))
    assert page.locator(".error-summary").count() == 0
    page.fill("#id_organisations_filter", "")
    expect(page.locator("#id_organisations label:visible")).to_have_count(13)
    # Without JavaScript the filter stays hidden and the list is all there.
    plain = contexts.page(user=coordinator, java_script_enabled=False)
    plain.goto(f"{CAL}neu/")
    expect(plain.locator("#id_organisations_filter")).to_be_hidden()
    expect(plain.locator("#id_organisations label:visible")).to_have_count(13)


def test_check_in_works_by_typing_the_code_and_by_name(contexts, gala, editor):
    page = contexts.page(user=editor)
    page.goto(f"{CAL}{gala.pk}/einlass/")
    page.fill("#id_code", "1-0000000000")
    page.get_by_role("button", name="Einchecken").click()
    expect(page.locator(".error-text")).to_contain_text("ungültig")
    expect(page.locator("#id_code")).to_have_value("1-0000000000")
    page.fill("#checkin-name", "marianne")
    page.locator("#main").get_by_role("button", name="Suchen").click()
    page.get_by_role("button", name=re.compile(r"Einchecken\W+Marianne Keller")).click()
    expect(page.get_by_text("Eingecheckt: Marianne Keller")).to_be_visible()


# --- axe on every page, in German and Arabic ---------------------------------------------


@pytest.fixture
def scenario(gala, editor, coordinator, outsider, org):
    guest = services.register(event=gala, name="Erika Muster", email="erika@example.org")
    confirmed = gala.registrations.get(name="Marianne Keller")
    pending = make_event(gala.municipality, "Vorlesetag", organisation=org, status="pending", format="reading")
    # A change by the editor that waits for the coordinator (queue on verwalten/, note on the edit page).
    data = {k: getattr(gala, k) for k in services.SCALAR_FIELDS} | {"is_free": False, "price": "5 €"}
    services.update_event(event=gala, author=editor, data=data, organisations=[org])
    past = make_event(gala.municipality, "Sommerfest", organisation=org, days=-3, format="celebration", head_count=128)
    services.register(event=gala, name="Koordination", email=coordinator.email, user=coordinator)  # waiting list
    return SimpleNamespace(
        past=past,
        gala=gala,
        editor=editor,
        coordinator=coordinator,
        outsider=outsider,
        guest_token=registration_token(guest.pk),
        ticket_token=registration_token(confirmed.pk),
        pending=pending,
    )


def submit_main_form(page: Page) -> None:
    page.locator("main form[method=post] button[type=submit]").first.click()
    page.wait_for_load_state()


def submit_empty(page: Page) -> None:
    submit_main_form(page)
    expect(page.locator(".error-summary").first).to_be_visible()


def submit_bad_code(page: Page) -> None:
    page.fill("#id_code", "falsch")
    page.locator("form.checkin-form button[type=submit]").click()  # by its form: the label is translated
    expect(page.locator(".error-summary").first).to_be_visible()


def choose_first_organisation(page: Page) -> None:
    """Tick (or select) the first organisation, whatever the widget of the field."""
    field = page.locator("[name=organisations]").first
    if field.evaluate("el => el.tagName") == "SELECT":
        field.select_option(index=0)
    else:
        field.check()


def fill_what(page: Page, title: str = "Vorlesetag") -> None:
    page.fill("#id_title_de", title)
    page.fill("#id_description_de", "Vorlesen in vielen Sprachen")
    page.select_option("#id_format", "reading")
    choose_first_organisation(page)


def step_on(page: Page, number: int) -> None:
    page.locator("main form button[value=weiter]").click()
    expect(page.locator("#step-indicator")).to_contain_text(f"{number} ")


def fill_when(page: Page) -> None:
    start = timezone.localtime() + dt.timedelta(days=10)
    page.fill("#id_start", start.strftime("%Y-%m-%dT18:00"))
    page.fill("#id_end", start.strftime("%Y-%m-%dT20:00"))


def bad_dates(page: Page) -> None:
    """Step 2 with an end before the start: the error is shown on that step."""
    fill_what(page, "Zu spät")
    step_on(page, 2)
    page.fill("#id_start", "2020-01-01T18:00")
    page.fill("#id_end", "2020-01-01T17:00")
    submit_main_form(page)
    expect(page.locator(".error-summary").first).to_be_visible()


def walk_to(number: int) -> Callable[[Page], None]:
    """Through the steps of a new event up to step `number` (5: the preview)."""

    def walk(page: Page) -> None:
        fill_what(page)
        step_on(page, 2)
        if number == 2:
            return
        fill_when(page)
        step_on(page, 3)
        if number == 3:
            return
        step_on(page, 4)
        if number == 4:
            return
        page.check("#id_registration_required")
        page.fill("#id_capacity", "25")
        step_on(page, 5)

    return walk


def filter_languages(page: Page) -> None:
    page.fill("#id_languages_filter", "zz-nichts")
    expect(page.locator("#id_languages label:visible")).to_have_count(1)  # German, checked, stays


@dataclass(frozen=True)
class Visit:
    name: str
    path: Callable[[SimpleNamespace], str]
    user: str = ""
    then: Callable[[Page], None] | None = None


VISITS = [
    Visit("calendar", lambda s: CAL),
    Visit("calendar-filtered", lambda s: f"{CAL}?barrierefreiheit=wheelchair&format=dance&kostenlos=on"),
    Visit("month", lambda s: f"{CAL}monat/{s.gala.start.year}/{s.gala.start.month}/"),
    Visit("network", lambda s: f"{CAL}netzwerk/"),
    Visit("look-back", lambda s: f"{CAL}?zeitraum=rueckblick"),
    Visit("detail", lambda s: f"{CAL}{s.gala.pk}/"),
    Visit("detail-past", lambda s: f"{CAL}{s.past.pk}/"),
    Visit("detail-registered", lambda s: f"{CAL}{s.gala.pk}/", user="coordinator"),
    Visit("register", lambda s: f"{CAL}{s.gala.pk}/anmelden/"),
    Visit("register-errors", lambda s: f"{CAL}{s.gala.pk}/anmelden/", then=submit_empty),
    Visit("register-signed-in", lambda s: f"{CAL}{s.gala.pk}/anmelden/", user="outsider"),
    Visit("confirm", lambda s: f"{CAL}anmeldung/{s.guest_token}/bestaetigen/"),
    Visit("registration-pending", lambda s: f"{CAL}anmeldung/{s.guest_token}/"),
    Visit("registration-ticket", lambda s: f"{CAL}anmeldung/{s.ticket_token}/"),
    Visit("cancel", lambda s: f"{CAL}anmeldung/{s.guest_token}/stornieren/"),
    Visit("manage-coordinator", lambda s: f"{CAL}verwalten/", user="coordinator"),
    Visit("manage-editor", lambda s: f"{CAL}verwalten/", user="editor"),
    Visit("impact", lambda s: f"{CAL}verwalten/wirkung/", user="coordinator"),
    Visit("create", lambda s: f"{CAL}neu/", user="editor"),
    Visit("create-errors", lambda s: f"{CAL}neu/", user="editor", then=submit_empty),
    Visit("create-when", lambda s: f"{CAL}neu/", user="editor", then=walk_to(2)),
    Visit("create-when-errors", lambda s: f"{CAL}neu/", user="editor", then=bad_dates),
    Visit("create-where", lambda s: f"{CAL}neu/", user="editor", then=walk_to(3)),
    Visit("create-registration", lambda s: f"{CAL}neu/", user="editor", then=walk_to(4)),
    Visit("create-preview", lambda s: f"{CAL}neu/", user="editor", then=walk_to(5)),
    Visit("create-languages-filtered", lambda s: f"{CAL}neu/", user="coordinator", then=filter_languages),
    Visit("edit", lambda s: f"{CAL}{s.gala.pk}/bearbeiten/", user="editor"),
    Visit("registrations", lambda s: f"{CAL}{s.gala.pk}/anmeldungen/", user="editor"),
    Visit("checkin", lambda s: f"{CAL}{s.gala.pk}/einlass/", user="editor"),
    Visit("checkin-errors", lambda s: f"{CAL}{s.gala.pk}/einlass/", user="editor", then=submit_bad_code),
    Visit("checkin-search", lambda s: f"{CAL}{s.gala.pk}/einlass/?name=Marianne", user="editor"),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    url = visit.path(scenario)
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    if visit.then:
        visit.then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"events-{visit.name}-{lang}")
