"""Acceptance partners (registration, approval, public list and API), the verification page
with its counter, reports, tenancy."""

from __future__ import annotations

import io
import threading
from datetime import date

import pytest
from django.db import connection
from openpyxl import load_workbook

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, Card, VerificationCount
from engagiert.card.tests import factories
from engagiert.core.geocoding import centroid
from engagiert.core.models import Role
from engagiert.testing import disable_row_locks, make_user

BASE = "/dessau-rosslau/ehrenamtskarte"


@pytest.fixture
def partner_user(dessau):
    return make_user("museum@example.org")


@pytest.fixture
def museum(dessau, partner_user):
    return factories.partner(dessau, partner_user)


@pytest.fixture
def card(dessau, coordinator):
    return factories.issued_card(make_user("anna@example.org"), dessau, coordinator)


def test_registration_approval_gives_the_partner_role(client, dessau, coordinator, outsider):
    client.force_login(outsider)
    bad = client.post(f"{BASE}/partner/eintragen/", {"name": "Café Zeitlos", "postcode": "1", "latitude": "51.8"})
    assert bad.status_code == 200
    html = bad.content.decode()
    assert 'value="Café Zeitlos"' in html and "fünfstellige" in html
    assert "Breitengrad" not in html and 'type="hidden" name="latitude"' in html  # set by the pin, not typed
    data = {
        "name": "Café Zeitlos",
        "category": "gastronomie",
        "street": "Zerbster Straße 10",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "benefit": "Ein Kaffee gratis zum Kuchen",
    }
    assert client.post(f"{BASE}/partner/eintragen/", data).status_code == 302
    duplicate = client.post(f"{BASE}/partner/eintragen/", {**data, "name": "café zeitlos"})
    assert duplicate.status_code == 200 and "bereits eingetragen" in duplicate.content.decode()
    partner = AcceptancePartner.objects.get()
    assert partner.status == "pending"
    assert (partner.latitude, partner.longitude) == centroid("06844")  # no pin: the postcode's centre
    assert "Café Zeitlos" not in client.get(f"{BASE}/partner/").content.decode()
    assert client.get(f"{BASE}/pruefen/").status_code == 404

    coord = client.__class__()
    coord.force_login(coordinator)
    assert "Café Zeitlos" in coord.get(f"{BASE}/koordination/").content.decode()
    coord.post(f"{BASE}/koordination/partner/{partner.pk}/", {"decision": "approve"})
    partner.refresh_from_db()
    assert partner.status == "approved"
    assert Role.objects.filter(user=outsider, municipality=dessau, kind="partner").exists()
    assert "Ein Kaffee gratis" in client.get(f"{BASE}/partner/").content.decode()
    assert client.get(f"{BASE}/pruefen/").status_code == 200


def test_public_list_filters_by_category_without_javascript(client, dessau):
    factories.partner(dessau, name="Anhaltisches Theater", category="kultur", latitude=51.83, longitude=12.24)
    factories.partner(dessau, name="Stadtschwimmhalle", category="sport")
    factories.partner(dessau, name="Wartet noch", category="sport", status="pending")
    html = client.get(f"{BASE}/partner/?category=sport").content.decode()
    assert "Stadtschwimmhalle" in html and "Anhaltisches Theater" not in html and "Wartet noch" not in html
    everything = client.get(f"{BASE}/partner/?category=unsinn")
    assert everything.status_code == 200 and "Anhaltisches Theater" in everything.content.decode()
    assert '"lat": 51.83' in client.get(f"{BASE}/partner/").content.decode()  # map data for map.js


def test_partner_list_has_a_fixed_number_of_queries(client, dessau, django_assert_max_num_queries):
    factories.partner(dessau, name="Eins")
    with django_assert_max_num_queries(8) as one:
        client.get(f"{BASE}/partner/")
    for i in range(15):
        factories.partner(dessau, name=f"Laden {i}", category="einzelhandel")
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(f"{BASE}/partner/")


def test_partner_api(client, dessau, wittenberg):
    factories.partner(dessau, name="Anhaltisches Theater", category="kultur")
    factories.partner(wittenberg, name="Lutherhaus", category="museum")
    data = client.get("/api/v1/card/dessau-rosslau/partners").json()
    assert [p["name"] for p in data["items"]] == ["Anhaltisches Theater"]
    assert data["items"][0]["benefits"][0]["text"] == "Freier Eintritt"
    assert client.get("/api/v1/card/dessau-rosslau/partners?category=sport").json()["count"] == 0
    assert client.get("/api/v1/card/dessau-rosslau/partners?category=quatsch").status_code == 422
    assert client.get("/api/v1/card/nirgendwo/partners").status_code == 404
    assert "/api/v1/card/{municipality}/partners" in client.get("/api/v1/openapi.json").json()["paths"]


def test_partner_verifies_and_every_verification_is_counted(client, dessau, museum, partner_user, card):
    client.force_login(partner_user)
    text = services.qr_text(card)
    response = client.post(f"{BASE}/pruefen/", {"code": text})
    page = response.content.decode()
    assert response.context["verdict"].status == "valid" and "<h2>Gültig</h2>" in page
    assert "Anna M." in page and "Müller" not in page
    tampered = text[:30] + ("A" if text[30] != "A" else "B") + text[31:]
    rejected = client.post(f"{BASE}/pruefen/", {"code": tampered}).content.decode()
    assert "Dieser Code ist nicht gültig" in rejected and "gefälscht" not in rejected  # the holder is not accused
    assert "<h2>Gültig</h2>" in client.post(f"{BASE}/pruefen/", {"code": card.display_number}).content.decode()
    empty = client.post(f"{BASE}/pruefen/", {"code": ""})
    assert empty.status_code == 200
    counter = VerificationCount.objects.get()
    assert counter.partner == museum and counter.count == 3 and counter.month.day == 1
    stats = client.get(f"{BASE}/partner/statistik/").content.decode()
    assert ">3<" in stats


LOOKUP_REFUSED = "Sie haben in der letzten Stunde zu viele Kartennummern abgefragt."


def test_number_lookups_are_limited_per_partner_and_counted(
    client, dessau, museum, partner_user, card, coordinator, settings
):
    """Regression: a partner could look up card numbers without any limit (40 in 0.3 s, each
    answering the short name and validity)."""
    settings.CARD_NUMBER_LOOKUP_LIMIT = 3
    client.force_login(partner_user)
    for _ in range(3):
        response = client.post(f"{BASE}/pruefen/", {"code": card.display_number})
        assert response.status_code == 200 and response.context["verdict"].status == "valid"
    refused = client.post(f"{BASE}/pruefen/", {"code": card.display_number})
    page = refused.content.decode()
    assert refused.status_code == 429 and LOOKUP_REFUSED in page
    assert refused.context["verdict"] is None and "Anna M." not in page
    assert client.post(f"{BASE}/pruefen/", {"code": "424242"}).status_code == 429  # any number
    # The QR code is not limited: it cannot be guessed.
    response = client.post(f"{BASE}/pruefen/", {"code": services.qr_text(card)})
    assert response.status_code == 200 and response.context["verdict"].status == "valid"
    counter = VerificationCount.objects.get(partner=museum)
    assert (counter.count, counter.number_lookups, counter.refused_lookups) == (4, 5, 2)
    stats = client.get(f"{BASE}/partner/statistik/").content.decode()
    assert "Abgewiesen" in stats and ">5<" in stats and ">2<" in stats
    # Each partner has its own allowance; coordinators are not limited.
    other_user = make_user("theater@example.org")
    factories.partner(dessau, other_user, name="Anhaltisches Theater")
    client.force_login(other_user)
    assert client.post(f"{BASE}/pruefen/", {"code": card.display_number}).status_code == 200
    client.force_login(coordinator)
    for _ in range(4):
        assert client.post(f"{BASE}/pruefen/", {"code": card.display_number}).status_code == 200


def test_number_lookup_limit_defaults_to_thirty_an_hour(client, dessau, museum, partner_user, card):
    client.force_login(partner_user)
    statuses = [client.post(f"{BASE}/pruefen/", {"code": card.display_number}).status_code for _ in range(31)]
    assert statuses == [200] * 30 + [429]


# The verification page at the counter: session, user, the municipality with the user's roles
# and partner (one query), the card with its key (one query), the counter's UPDATE. On
# PostgreSQL the counter commits in its own transaction without waiting for the disk:
# BEGIN, SET LOCAL synchronous_commit, COMMIT around the UPDATE.
VERIFY_QUERIES = 5


@pytest.mark.django_db(transaction=True)  # as in production: no test transaction around the request
def test_verification_has_a_fixed_number_of_queries(
    client, dessau, museum, partner_user, card, coordinator, django_assert_num_queries
):
    client.force_login(partner_user)
    text = services.qr_text(card)
    client.post(f"{BASE}/pruefen/", {"code": text})  # the month's first check creates the counter row
    counter_transaction = 3 if connection.vendor == "postgresql" else 0
    forged = text[:30] + ("A" if text[30] != "A" else "B") + text[31:]
    for code in (text, forged, card.display_number, "999999"):
        with django_assert_num_queries(VERIFY_QUERIES + counter_transaction) as captured:
            page = client.post(f"{BASE}/pruefen/", {"code": code})
        assert page.status_code == 200
        statements = [q["sql"] for q in captured.captured_queries]
        assert [sql.split()[0] for sql in statements if "card_verificationcount" in sql] == ["UPDATE"]
        sql = " ".join(statements)
        if connection.vendor == "postgresql":
            assert "synchronous_commit" in sql
    assert VerificationCount.objects.get(partner=museum).count == 5
    client.force_login(coordinator)  # a coordinator without a partner is not counted
    with django_assert_num_queries(VERIFY_QUERIES - 1):
        assert client.post(f"{BASE}/pruefen/", {"code": text}).status_code == 200
    assert VerificationCount.objects.get(partner=museum).count == 5


def test_verification_page_is_for_this_municipalitys_verifiers_only(
    client, dessau, wittenberg, museum, partner_user, card, coordinator
):
    lutherhaus_user = make_user("lutherhaus@example.org")
    lutherhaus = factories.partner(wittenberg, lutherhaus_user, name="Lutherhaus")  # with the partner role
    text = services.qr_text(card)
    assert client.post(f"{BASE}/pruefen/", {"code": text}).status_code == 302  # to the login
    client.force_login(lutherhaus_user)
    assert client.post(f"{BASE}/pruefen/", {"code": text}).status_code == 404
    assert client.get(f"{BASE}/pruefen/").status_code == 404
    assert client.post("/nirgendwo/ehrenamtskarte/pruefen/", {"code": text}).status_code == 404
    # A Wittenberg partner who also coordinates in Dessau verifies there, counted for nobody:
    # the Lutherhaus is no Dessau partner.
    Role.objects.create(user=lutherhaus_user, municipality=dessau, kind=Role.Kind.COORDINATOR)
    page = client.post(f"{BASE}/pruefen/", {"code": text})
    assert page.status_code == 200 and "<h2>Gültig</h2>" in page.content.decode()
    assert page.context["coordinates"] is True
    # A partner whose approval was withdrawn keeps the role but counts no more.
    museum.status = AcceptancePartner.Status.REJECTED
    museum.save()
    client.force_login(partner_user)
    assert client.post(f"{BASE}/pruefen/", {"code": text}).status_code == 200
    assert not VerificationCount.objects.filter(partner__in=[museum, lutherhaus]).exists()


def test_revoked_card_shows_revoked(client, dessau, museum, partner_user, card, coordinator):
    services.revoke(card=card, by=coordinator, reason="Nicht mehr engagiert")
    client.force_login(partner_user)
    page = client.post(f"{BASE}/pruefen/", {"code": services.qr_text(card)}).content.decode()
    assert "Gesperrt" in page and "Nicht mehr engagiert" not in page


def test_trust_list_for_offline_verification(client, dessau, museum, partner_user, card, coordinator):
    other = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    services.revoke(card=other, by=coordinator, reason="verloren")
    client.force_login(partner_user)
    data = client.get(f"{BASE}/pruefen/vertrauensliste.json").json()
    assert data["ags"] == 15001000 and data["revoked"] == [other.number]
    assert len(data["keys"]) == 1 and len(data["keys"][0]["public_key"]) == 43
    public = client.get("/api/v1/card/dessau-rosslau/keys").json()
    assert public["keys"] == data["keys"]


def _in_parallel(n: int, work) -> list[Exception]:
    barrier = threading.Barrier(n)
    errors: list[Exception] = []

    def run(i):
        try:
            barrier.wait()
            work(i)
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


needs_parallel_writers = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers; run with DATABASE_URL=postgres://..."
)


@needs_parallel_writers
@pytest.mark.django_db(transaction=True)
def test_counter_survives_parallel_first_verifications(dessau, museum):
    errors = _in_parallel(6, lambda i: services.count_verification(partner=museum, today=date(2026, 11, 26)))
    assert errors == []
    assert VerificationCount.objects.get(partner=museum).count == 6


@needs_parallel_writers
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lock", [True, False])
def test_parallel_approvals_get_distinct_card_numbers_only_with_the_lock(dessau, coordinator, monkeypatch, lock):
    services.active_key(dessau)
    applications = []
    for i in range(6):
        application = factories.draft(make_user(f"p{i}@example.org"), dessau)
        services.submit(application=application)
        factories.confirm_all(application)
        applications.append(application)
    if not lock:
        disable_row_locks(monkeypatch)
    errors = _in_parallel(6, lambda i: services.approve(application=applications[i], by=coordinator))
    if lock:
        assert errors == []
        assert sorted(Card.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]
    else:  # the race the lock prevents: two approvals take the same number
        assert errors and all("card_number_per_municipality" in str(e) or "unique" in str(e).lower() for e in errors)


def test_reports_and_csv(client, dessau, coordinator, card, museum):
    services.count_verification(partner=museum)
    factories.draft(make_user("b@example.org"), dessau)
    client.force_login(coordinator)
    html = client.get(f"{BASE}/koordination/berichte/").content.decode()
    assert "41–60" in html or "41" in html
    assert "Sonstige (frei eingetragen)" in html and "Entwurf" in html and museum.name in html
    csv = client.get(f"{BASE}/koordination/berichte.csv").content.decode("utf-8-sig")
    assert "Anträge nach Status;Bewilligt;1" in csv and "Anträge nach Status;Entwurf;1" in csv
    assert f"{museum.name}" in csv
    assert "Müller" not in csv
    museum.name = "=HYPERLINK(evil)"
    museum.save()
    csv = client.get(f"{BASE}/koordination/berichte.csv").content.decode("utf-8-sig")
    assert ";'=HYPERLINK(evil) " in csv  # a partner's name is never run as a formula
    sheet = load_workbook(io.BytesIO(client.get(f"{BASE}/koordination/berichte.xlsx").content)).active
    rows = [";".join(str(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    assert rows == csv.strip().splitlines()  # the same rows as the CSV


def test_another_municipalitys_objects_answer_404(client, dessau, wittenberg, coordinator, other_coordinator):
    foreign_card = factories.issued_card(make_user("w@example.org"), wittenberg, other_coordinator)
    foreign_app = factories.draft(make_user("w2@example.org"), wittenberg)
    services.submit(application=foreign_app)
    foreign_partner = factories.partner(wittenberg, name="Lutherhaus", status="pending")
    client.force_login(coordinator)
    assert client.get(f"{BASE}/koordination/antrag/{foreign_app.pk}/").status_code == 404
    assert (
        client.post(f"{BASE}/koordination/antrag/{foreign_app.pk}/", {"decision": "reject", "reason": "x"}).status_code
        == 404
    )
    assert client.post(f"{BASE}/koordination/karte/{foreign_card.pk}/sperren/", {"reason": "x"}).status_code == 404
    assert client.post(f"{BASE}/koordination/karte/{foreign_card.pk}/uebergabe/").status_code == 404
    assert client.post(f"{BASE}/koordination/partner/{foreign_partner.pk}/", {"decision": "approve"}).status_code == 404
    assert client.get(f"/{wittenberg.slug}/ehrenamtskarte/koordination/").status_code == 404
    # A Wittenberg card checked on Dessau's verification page is no Dessau card.
    page = client.post(f"{BASE}/pruefen/", {"code": services.qr_text(foreign_card)}).content.decode()
    assert "Dieser Code ist nicht gültig" in page
    foreign_card.refresh_from_db()
    foreign_partner.refresh_from_db()
    assert foreign_card.status == Card.Status.ACTIVE and foreign_partner.status == "pending"
    foreign_app.refresh_from_db()
    assert foreign_app.status == "submitted"


def test_activity_of_another_person_cannot_be_removed(client, dessau):
    application = factories.draft(make_user("a@example.org"), dessau)
    client.force_login(make_user("b@example.org"))
    activity = application.activities.get()
    assert client.post(f"{BASE}/antrag/taetigkeit/{activity.pk}/entfernen/").status_code == 404
    assert application.activities.count() == 1


def test_coordinator_finds_a_card_by_number(client, dessau, coordinator, card):
    other = factories.issued_card(make_user("ben@example.org"), dessau, coordinator, first_name="Ben")
    client.force_login(coordinator)
    html = client.get(f"{BASE}/koordination/?nummer={other.display_number}").content.decode()
    assert "Ben Müller" in html and "Anna Müller" not in html
    assert client.get(f"{BASE}/koordination/?nummer=abc").status_code == 200
    assert "Keine Karte mit dieser Nummer" in client.get(f"{BASE}/koordination/?nummer=99999999999").content.decode()


def test_coordinator_queue_has_a_fixed_number_of_queries(client, dessau, coordinator, django_assert_max_num_queries):
    factories.issued_card(make_user("a0@example.org"), dessau, coordinator)
    services.submit(application=factories.draft(make_user("d0@example.org"), dessau))
    factories.partner(dessau, name="Wartet 0", status="pending")
    client.force_login(coordinator)
    with django_assert_max_num_queries(30) as one:
        client.get(f"{BASE}/koordination/")
    for i in range(1, 8):
        factories.issued_card(make_user(f"a{i}@example.org"), dessau, coordinator)
        services.submit(application=factories.draft(make_user(f"d{i}@example.org"), dessau))
        factories.partner(dessau, name=f"Wartet {i}", status="pending")
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(f"{BASE}/koordination/")


def test_a_partner_with_an_unknown_postcode_is_kept_and_told(client, dessau, outsider):
    client.force_login(outsider)
    data = {
        "name": "Café Zeitlos",
        "category": "gastronomie",
        "street": "Zerbster Straße 10",
        "postcode": "99999",
        "city": "Dessau-Roßlau",
        "benefit": "Ein Kaffee gratis zum Kuchen",
    }
    response = client.post(f"{BASE}/partner/eintragen/", data, follow=True)
    assert "Die Postleitzahl 99999 kennen wir nicht" in response.content.decode()
    partner = AcceptancePartner.objects.get()
    assert partner.postcode == "99999" and partner.latitude is None
