"""Newsletter in Chromium: the "Done when" journey (subscribe, confirm from the outbox, the
editor composes and sends, the visitor receives the issue and leaves with one click), and axe
on every newsletter page in German and Arabic at desktop and phone width."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from engagiert.newsletter import services
from engagiert.newsletter.models import Subscriber
from engagiert.newsletter.tests.factories import fake_news_source, make_network, make_newsletter, make_subscriber
from engagiert.newsletter.tokens import confirm_token, subscription_token

pytestmark = pytest.mark.browser

BASE = "/dessau-rosslau/newsletter"


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.fixture
def fake_source():
    with fake_news_source() as items:
        yield items


@pytest.fixture
def letter(dessau):
    newsletter = make_newsletter(
        dessau,
        "Engagiert in Dessau-Roßlau",
        topics=("Engagement & Ehrenamt", "Integration", "Veranstaltungen"),
        description="Neuigkeiten aus dem Integrationsbüro.",
    )
    make_newsletter(network=make_network(dessau), name="Netzwerkbrief Regionalnetzwerk Anhalt")
    return newsletter


def test_journey_subscribe_confirm_compose_send_receive_unsubscribe(
    contexts, check_a11y, letter, coordinator, fake_source
):
    # 1. A visitor subscribes to one topic.
    page = contexts.page()
    page.goto(f"{BASE}/")
    page.fill("#id_email", "lea@example.org")
    page.get_by_label("Integration").check()
    page.get_by_role("button", name="Newsletter bestellen").click()
    expect(page.locator(".messages")).to_contain_text("Fast geschafft")
    assert Subscriber.objects.get().status == "pending"
    # 2. Confirms from the mail (the console outbox).
    link = re.search(r"https?://\S+/bestaetigen/\S+/", mail.outbox[-1].body).group(0)
    page.goto(path_of(link))
    page.get_by_role("button", name="Ja, ich möchte den Newsletter bekommen").click()
    expect(page.locator("h1")).to_contain_text("bestätigt")
    check_a11y(page, name="newsletter-journey-confirmed")
    # 3. The coordinator composes from the news items and free text, previews, tests, sends.
    editor = contexts.page(user=coordinator)
    editor.goto(f"{BASE}/verwalten/")
    editor.get_by_role("link", name=re.compile("Neue Ausgabe.*Engagiert")).click()
    editor.fill("#id_subject", "Neues aus dem Integrationsbüro")
    editor.fill("#id_intro", "Liebe Engagierte,\n\nhier ist unser Rückblick.")
    editor.get_by_label("Aktuelles: Bundesweiter Vorlesetag am 15. November").check()
    editor.get_by_role("button", name="Speichern und Vorschau").click()
    expect(editor.locator(".newsletter-preview")).to_contain_text("hier ist unser Rückblick")
    check_a11y(editor, name="newsletter-journey-preview")
    editor.get_by_role("link", name="Zurück zur Ausgabe").click()
    editor.get_by_role("button", name="Test an mich senden").click()
    expect(editor.locator(".messages")).to_contain_text("Testausgabe")
    assert mail.outbox[-1].to == [coordinator.email]
    editor.get_by_role("link", name="Versenden …").click()
    expect(editor.locator("main")).to_contain_text("1 bestätigte Abonnent*in")
    editor.get_by_role("button", name="Ja, jetzt versenden").click()
    expect(editor.locator("main")).to_contain_text("1 von 1 erledigt")
    check_a11y(editor, name="newsletter-journey-progress")
    # 4. The visitor receives the issue, with the one-click headers.
    issue_mail = mail.outbox[-1]
    assert issue_mail.to == ["lea@example.org"] and issue_mail.subject == "Neues aus dem Integrationsbüro"
    assert issue_mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = issue_mail.extra_headers["List-Unsubscribe"].strip("<>")
    assert one_click in issue_mail.body
    # 5. The mail client unsubscribes with one click: a POST without cookies or CSRF token.
    response = contexts.new().request.post(
        path_of(one_click),
        data="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status == 200
    assert not Subscriber.objects.exists()
    gone = "Failed to load resource: the server responded with a status of 410 (Gone)"
    contexts.expect_console_error(f"{contexts.base_url}{path_of(one_click)}: {gone}")
    page.goto(path_of(one_click))
    expect(page.locator("main")).to_contain_text("bereits abgemeldet")


def test_the_unsubscribe_button_of_the_visible_link(contexts, letter):
    subscriber = make_subscriber(letter, "omar@example.org", topics=("Veranstaltungen",))
    page = contexts.page(lang="ar")
    page.goto(f"{BASE}/abmelden/{subscription_token(subscriber)}/")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert not Subscriber.objects.exists()


@pytest.fixture
def scenario(letter, coordinator, fake_source):
    confirmed = make_subscriber(letter, "lea@example.org", topics=("Integration",))
    pending = make_subscriber(letter, "neu@example.org", confirmed=False, topics=("Integration",))
    draft = services.save_issue(
        newsletter=letter,
        by=coordinator,
        subject="Advent im Quartier Am Leipziger Tor",
        intro="<p>Liebe Engagierte,</p><p>hier sind die nächsten Termine.</p>",
        items=["fake:1", "fake:2"],
    )
    sent = services.save_issue(newsletter=letter, by=coordinator, subject="Rückblick auf den Herbst", items=["fake:2"])
    services.start_sending(issue=sent, by=coordinator)
    services.run(sent.pk)
    return SimpleNamespace(
        coordinator=coordinator,
        link=subscription_token(confirmed),
        confirm=confirm_token([pending]),
        draft=draft,
        sent=sent,
        letter=letter,
    )


def submit_bad_signup(page: Page) -> None:
    page.fill("#id_email", "kein-at-zeichen")
    page.fill("#id_name", "x")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()


def submit_bad_issue(page: Page) -> None:
    page.fill("#id_subject", "")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".error-summary")).to_be_visible()


def confirm_now(page: Page) -> None:
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text(re.compile("."))


@dataclass(frozen=True)
class Visit:
    name: str
    path: Callable[[SimpleNamespace], str] | str
    user: str = ""
    then: Callable[[Page], None] | None = None

    def url(self, s) -> str:
        return self.path(s) if callable(self.path) else self.path


VISITS = [
    Visit("newsletter-signup", f"{BASE}/"),
    Visit("newsletter-signup-errors", f"{BASE}/", then=submit_bad_signup),
    Visit("newsletter-confirm", lambda s: f"{BASE}/bestaetigen/{s.confirm}/"),
    Visit("newsletter-confirmed", lambda s: f"{BASE}/bestaetigen/{s.confirm}/", then=confirm_now),
    Visit("newsletter-manage", lambda s: f"{BASE}/abo/{s.link}/"),
    Visit("newsletter-delete", lambda s: f"{BASE}/abo/{s.link}/loeschen/"),
    Visit("newsletter-unsubscribe", lambda s: f"{BASE}/abmelden/{s.link}/"),
    Visit("newsletter-editor", f"{BASE}/verwalten/", user="coordinator"),
    Visit("newsletter-compose", lambda s: f"{BASE}/verwalten/{s.letter.pk}/neu/", user="coordinator"),
    Visit(
        "newsletter-compose-errors",
        lambda s: f"{BASE}/verwalten/ausgabe/{s.draft.pk}/bearbeiten/",
        user="coordinator",
        then=submit_bad_issue,
    ),
    Visit("newsletter-draft", lambda s: f"{BASE}/verwalten/ausgabe/{s.draft.pk}/", user="coordinator"),
    Visit("newsletter-preview", lambda s: f"{BASE}/verwalten/ausgabe/{s.draft.pk}/vorschau/", user="coordinator"),
    Visit("newsletter-send", lambda s: f"{BASE}/verwalten/ausgabe/{s.draft.pk}/senden/", user="coordinator"),
    Visit("newsletter-sent", lambda s: f"{BASE}/verwalten/ausgabe/{s.sent.pk}/", user="coordinator"),
]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("visit", VISITS, ids=[v.name for v in VISITS])
def test_newsletter_page_has_no_axe_violations(contexts, check_a11y, scenario, visit: Visit, lang: str):
    page = contexts.page(lang=lang, user=getattr(scenario, visit.user) if visit.user else None)
    response = page.goto(visit.url(scenario))
    assert response is not None and response.status == 200, f"{visit.name}: {response and response.status}"
    if visit.then:
        visit.then(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    check_a11y(page, name=f"{visit.name}-{lang}")
