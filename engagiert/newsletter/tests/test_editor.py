"""The editors' pages: compose from item sources and free text, preview, test, send with
progress; only the town's coordinators (network newsletters: those of member towns)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagiert.core.models import AuditRecord, Role
from engagiert.newsletter import services
from engagiert.newsletter.models import Issue
from engagiert.newsletter.tests.factories import make_network, make_newsletter, make_subscriber
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/newsletter/verwalten"


@pytest.fixture
def letter(dessau):
    newsletter = make_newsletter(dessau, topics=("Engagement & Ehrenamt", "Integration", "Veranstaltungen"))
    make_subscriber(newsletter, "lea@example.org", topics=("Integration",))
    make_subscriber(newsletter, "omar@example.org", topics=("Veranstaltungen",), language="ar")
    make_subscriber(newsletter, "neu@example.org", confirmed=False, topics=("Integration",))
    return newsletter


def compose(client, newsletter, **data):
    form = {
        "subject": "Neues aus dem Integrationsbüro",
        "intro": "Liebe Engagierte,\n\nhier ist unser Rückblick.",
        "closing": "Herzliche Grüße",
        "items": ["fake:1", "fake:2"],
        **data,
    }
    return client.post(f"{BASE}/{newsletter.pk}/neu/", form)


def test_the_coordinator_composes_previews_tests_and_sends(client, coordinator, letter, fake_source):
    client.force_login(coordinator)
    page = client.get(f"{BASE}/").content.decode()
    assert "2 bestätigte Abonnent*innen" in page and "1 Anmeldung wartet auf Bestätigung" in page
    form = client.get(f"{BASE}/{letter.pk}/neu/").content.decode()
    assert "Bundesweiter Vorlesetag am 15. November" in form and "Drei neue Termine im Mitmachlokal" in form
    response = compose(client, letter, preview="1")
    issue = Issue.objects.get()
    assert response.url == f"{BASE}/ausgabe/{issue.pk}/vorschau/"
    titles = [i.title for i in issue.items.all()]
    assert titles == ["Bundesweiter Vorlesetag am 15. November", "Drei neue Termine im Mitmachlokal"]
    assert issue.intro == "<p>Liebe Engagierte,</p>\n\n<p>hier ist unser Rückblick.</p>"
    preview = client.get(response.url).content.decode()
    assert "hier ist unser Rückblick" in preview and 'alt="Kinder lesen in der Stadtbibliothek"' in preview
    assert 'src="/static/vendor/leaflet/images/layers-2x.png"' in preview  # a path of this site in the preview
    page = client.get(f"{BASE}/ausgabe/{issue.pk}/").content.decode()
    assert "Geht beim Versenden an 2 Abonnent*innen" in page
    client.post(f"{BASE}/ausgabe/{issue.pk}/test/")
    assert [m.to for m in mail.outbox] == [[coordinator.email]] and mail.outbox[0].subject.startswith("[Test]")
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers
    confirm = client.get(f"{BASE}/ausgabe/{issue.pk}/senden/").content.decode()
    assert "geht jetzt an 2 bestätigte Abonnent*innen" in confirm
    assert Issue.objects.get().status == "draft"  # the GET only asks
    client.post(f"{BASE}/ausgabe/{issue.pk}/senden/")
    assert sorted(m.to[0] for m in mail.outbox[1:]) == ["lea@example.org", "omar@example.org"]
    page = client.get(f"{BASE}/ausgabe/{issue.pk}/").content.decode()
    assert "2 von 2 erledigt" in page and "Versand abgeschlossen" in page
    assert set(AuditRecord.objects.filter(actor=coordinator).values_list("action", flat=True)) >= {
        "newsletter.save_issue",
        "newsletter.send_test",
        "newsletter.send",
    }
    arabic = next(m for m in mail.outbox if m.to == ["omar@example.org"])
    assert arabic.extra_headers["Content-Language"] == "ar"
    # Sent: no more changes.
    assert client.get(f"{BASE}/ausgabe/{issue.pk}/bearbeiten/").status_code == 302
    client.post(f"{BASE}/ausgabe/{issue.pk}/senden/")
    assert len(mail.outbox) == 3


def test_a_kept_item_survives_when_its_source_no_longer_offers_it(
    client, coordinator, letter, fake_source, monkeypatch
):
    from engagiert.newsletter.tests import factories

    client.force_login(coordinator)
    compose(client, letter, items=["fake:1"])
    issue = Issue.objects.get()
    monkeypatch.setattr(factories, "FAKE_ITEMS", factories.FAKE_ITEMS[1:])  # no longer among the recent ones
    form = client.get(f"{BASE}/ausgabe/{issue.pk}/bearbeiten/").content.decode()
    assert "Bundesweiter Vorlesetag" in form
    client.post(f"{BASE}/ausgabe/{issue.pk}/bearbeiten/", {"subject": "Neu", "items": ["fake:2", "fake:1"]})
    assert list(issue.items.values_list("key", flat=True)) == ["2", "1"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"subject": "Hallo\r\nBcc: alle@example.org"}, "ohne Zeilenumbrüche"),
        ({"subject": "x" * 10_000}, "höchstens 150 Zeichen"),
        ({"intro": "x" * 10_001}, "höchstens 10000 Zeichen"),
        ({"subject": ""}, "Bitte geben Sie einen Betreff an"),
        ({"items": ["fake:999"]}, "keine gültige Auswahl"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(client, coordinator, letter, fake_source, data, message):
    client.force_login(coordinator)
    response = compose(client, letter, **data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Issue.objects.exists()


def test_script_in_the_free_text_is_removed(client, coordinator, letter, fake_source):
    client.force_login(coordinator)
    script = '<p onclick="x()">Hallo <script>alert(1)</script><a href="javascript:alert(1)">Link</a></p>'
    compose(client, letter, intro=script)
    issue = Issue.objects.get()
    assert "script" not in issue.intro and "onclick" not in issue.intro and "javascript" not in issue.intro
    assert "Hallo" in issue.intro


def test_another_towns_newsletter_and_issue_answer_404(client, coordinator, other_coordinator, letter, wittenberg):
    foreign = make_newsletter(wittenberg, "Wittenberg aktuell")
    draft = services.save_issue(newsletter=foreign, by=other_coordinator, subject="Fremd")
    client.force_login(coordinator)
    for url in (
        f"{BASE}/{foreign.pk}/neu/",
        f"{BASE}/ausgabe/{draft.pk}/",
        f"{BASE}/ausgabe/{draft.pk}/bearbeiten/",
        f"{BASE}/ausgabe/{draft.pk}/vorschau/",
        f"{BASE}/ausgabe/{draft.pk}/senden/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"{BASE}/ausgabe/{draft.pk}/senden/").status_code == 404
    assert client.post(f"{BASE}/ausgabe/{draft.pk}/test/").status_code == 404
    assert client.get(f"/lutherstadt-wittenberg/newsletter/verwalten/ausgabe/{draft.pk}/").status_code == 404
    draft.refresh_from_db()
    assert draft.status == "draft" and mail.outbox == []


def test_owner_member_and_outsider(client, dessau, wittenberg, coordinator, other_coordinator, outsider, letter):
    """A network newsletter: coordinators of member towns manage it from their town; a town
    outside the network does not see it; people without the role get 404."""
    bitterfeld = type(dessau).objects.create(
        name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="ST"
    )
    network_letter = make_newsletter(network=make_network(dessau, bitterfeld), name="Netzwerk-Newsletter")
    member = make_user("koordination@bitterfeld-wolfen.example")
    Role.objects.create(user=member, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    client.force_login(member)
    assert "Netzwerk-Newsletter" in client.get("/bitterfeld-wolfen/newsletter/verwalten/").content.decode()
    assert client.get(f"/bitterfeld-wolfen/newsletter/verwalten/{network_letter.pk}/neu/").status_code == 200
    assert client.get(f"/bitterfeld-wolfen/newsletter/verwalten/{letter.pk}/neu/").status_code == 404  # Dessau's own
    client.force_login(other_coordinator)  # Wittenberg: not in the network
    assert client.get(f"/lutherstadt-wittenberg/newsletter/verwalten/{network_letter.pk}/neu/").status_code == 404
    assert "Netzwerk-Newsletter" not in client.get("/lutherstadt-wittenberg/newsletter/verwalten/").content.decode()
    client.force_login(outsider)
    assert client.get(f"{BASE}/").status_code == 404
    client.logout()
    assert client.get(f"{BASE}/").status_code == 302


def test_the_overview_takes_a_fixed_number_of_queries(client, coordinator, dessau, letter):
    client.force_login(coordinator)
    client.get(f"{BASE}/")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{BASE}/").status_code == 200
        return len(queries)

    before = count()
    for i in range(5):
        other = make_newsletter(dessau, f"Newsletter {i}", topics=("A", "B"))
        make_subscriber(other, f"p{i}@example.org")
        services.save_issue(newsletter=other, by=coordinator, subject=f"Ausgabe {i}")
    assert count() == before
