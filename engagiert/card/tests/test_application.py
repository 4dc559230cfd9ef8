"""The application flow through the pages: draft, activities, submit, confirmation links,
decision, card, withdrawal; bad input keeps what was typed and never answers 500."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from pypdf import PdfReader

from engagiert.card import services
from engagiert.card.models import Activity, ActivityConfirmation, ApplicationEvent, Card, CardApplication
from engagiert.card.tests import factories
from engagiert.card.views.applicant import printable_card
from engagiert.core import tokens
from engagiert.core.pdf import render_document
from engagiert.testing import make_user

BASE = "/dessau-rosslau/ehrenamtskarte"
PERSON_POST = {
    "first_name": "Anna",
    "last_name": "Müller",
    "birth_date": "1980-05-17",
    "street": "Zerbster Straße 4",
    "postcode": "06844",
    "city": "Dessau-Roßlau",
    "residence_state": "Sachsen-Anhalt",
    "consent": "on",
}
ACTIVITY_POST = {
    "organisation_name": "Dessauer Tafel e. V.",
    "contact_email": "tafel@example.org",
    "since": "2019-03-01",
    "hours": "5",
    "period": "week",
}


@pytest.fixture
def anna(dessau):
    return make_user("anna@example.org")


@pytest.fixture
def anna_client(client, anna):
    client.force_login(anna)
    return client


def _texts(box):
    if hasattr(box, "text"):
        yield box
    for child in getattr(box, "children", []):
        yield from _texts(child)


def links_in(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_a_draft_keeps_what_was_typed(anna_client, anna):
    response = anna_client.post(
        f"{BASE}/antrag/", {"first_name": "Anna", "last_name": "", "postcode": "68", "action": "save"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Anna"' in html and 'value="68"' in html
    assert "fünfstellige Postleitzahl" in html
    assert not CardApplication.objects.exists()

    response = anna_client.post(f"{BASE}/antrag/", {"first_name": "Anna", "last_name": "Müller", "action": "save"})
    assert response.status_code == 302
    application = CardApplication.objects.get()
    assert application.status == "draft" and application.birth_date is None
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert 'value="Müller"' in page and "Entwurf" in page or "Antrag einreichen" in page


def test_the_state_of_residence_is_chosen_from_the_list(anna_client, anna):
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert '<select name="residence_state"' in page and "Thüringen" in page
    response = anna_client.post(
        f"{BASE}/antrag/", {**PERSON_POST, "residence_state": "Sachsen Anhalt", "action": "save"}
    )
    assert response.status_code == 200 and response.context["form"].errors["residence_state"]
    assert 'value="Zerbster Straße 4"' in response.content.decode()  # the rest is kept
    assert not CardApplication.objects.exists()


def test_submitting_without_consent_or_data_is_refused_and_keeps_input(anna_client, anna, dessau):
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "consent": "", "action": "save"})
    anna_client.post(f"{BASE}/antrag/taetigkeit/", ACTIVITY_POST)
    response = anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "consent": "", "action": "submit"})
    assert response.status_code == 200
    assert "willigen Sie" in response.content.decode()
    assert 'value="Zerbster Straße 4"' in response.content.decode()
    assert CardApplication.objects.get().status == "draft"


def test_an_applicant_under_sixteen_is_told_before_submitting(anna_client, dessau):
    young = timezone.localdate().replace(year=timezone.localdate().year - 15)
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "birth_date": young.isoformat(), "action": "save"})
    anna_client.post(f"{BASE}/antrag/taetigkeit/", ACTIVITY_POST)
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert "Die Karte gibt es ab 16 Jahren" in page  # shown on the page before submitting
    response = anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "birth_date": young.isoformat(), "action": "submit"})
    assert response.status_code == 200
    assert "Sie sind 15 Jahre alt" in response.content.decode()
    assert CardApplication.objects.get().status == "draft"
    assert mail.outbox == []


def test_not_enough_hours_is_told_before_submitting(anna_client):
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "save"})
    anna_client.post(f"{BASE}/antrag/taetigkeit/", {**ACTIVITY_POST, "hours": "2"})
    response = anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "submit"})
    assert response.status_code == 200
    assert "Nötig sind 4 Stunden pro Woche oder 200 Stunden pro Jahr" in response.content.decode()


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"since": "gestern"}, "Bitte geben Sie ein Datum ein"),
        ({"since": "2999-01-01"}, "in der Zukunft"),
        ({"hours": "-3"}, "halbe Stunde"),
        ({"hours": "120"}, "100 Stunden pro Woche"),
        ({"organisation_name": ""}, "wählen Sie eine Organisation"),
        ({"contact_email": "keine-mail"}, "gültige E-Mail-Adresse"),
        ({"paid_allowance": "on"}, "Höhe der Aufwandsentschädigung"),
    ],
)
def test_bad_activities_are_refused_with_a_clear_message(anna_client, bad, message):
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "save"})
    response = anna_client.post(f"{BASE}/antrag/taetigkeit/", {**ACTIVITY_POST, **bad})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Activity.objects.exists()


def test_whole_flow_with_confirmation_link_decision_card_and_pdf(anna_client, anna, client, dessau, coordinator):
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "save"})
    anna_client.post(f"{BASE}/antrag/taetigkeit/", ACTIVITY_POST)
    response = anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "submit"})
    assert response.status_code == 302
    application = CardApplication.objects.get()
    assert application.status == "submitted"
    to_org = next(m for m in mail.outbox if m.to == ["tafel@example.org"])
    assert "Anna Müller" in to_org.body
    assert any(m.to == ["anna@example.org"] and "eingegangen" in m.subject for m in mail.outbox)
    (link,) = [u for u in links_in(to_org) if "/bestaetigung/" in u]
    path = link.split("127.0.0.1:8000")[-1] if "127.0.0.1" in link else "/" + link.split("/", 3)[3]

    anonymous = client.__class__()
    page = anonymous.get(path)
    assert page.status_code == 200 and "Dessauer Tafel" in page.content.decode()
    assert anonymous.post(path, {"answer": "confirm"}).status_code == 200
    application.refresh_from_db()
    assert application.status == "in_review"
    assert Activity.objects.get().evidence == "confirmed"

    used = anonymous.post(path, {"answer": "reject"})
    assert used.status_code == 410 and "bereits verwendet" in used.content.decode()
    assert Activity.objects.get().evidence == "confirmed"

    coord = client.__class__()
    coord.force_login(coordinator)
    review = coord.get(f"{BASE}/koordination/antrag/{application.pk}/").content.decode()
    assert "Von der Organisation bestätigt" in review and "erfüllt" in review
    bad = coord.post(f"{BASE}/koordination/antrag/{application.pk}/", {"decision": "reject", "reason": ""})
    assert bad.status_code == 200 and "begründen" in bad.content.decode()
    mail.outbox.clear()
    assert coord.post(f"{BASE}/koordination/antrag/{application.pk}/", {"decision": "approve"}).status_code == 302
    card = Card.objects.get()
    assert card.holder == anna and card.valid_until == card.valid_from.replace(year=card.valid_from.year + 2)
    assert [m.to for m in mail.outbox] == [["anna@example.org"]] and card.display_number in mail.outbox[0].body

    pdf = anna_client.get(f"{BASE}/meine-karte/ehrenamtskarte.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    tagged = PdfReader(io.BytesIO(pdf.content))  # tagged PDF/UA-1 through core.pdf
    assert "/StructTreeRoot" in tagged.trailer["/Root"] and card.display_number in tagged.metadata.title
    document = render_document(**printable_card(card))
    assert len(document.pages) == 2  # front and back
    mm = 96 / 25.4  # CSS pixels per millimetre
    assert {(round(p.width / mm, 1), round(p.height / mm, 1)) for p in document.pages} == {(85.6, 54.0)}
    front_text = " ".join(box.text for box in _texts(document.pages[0]._page_box))
    assert "Anna Müller" in front_text and card.display_number in front_text
    mine = anna_client.get(f"{BASE}/meine-karte/").content.decode()
    assert "<svg" in mine and services.qr_text(card) in mine

    coord.post(f"{BASE}/koordination/karte/{card.pk}/uebergabe/")
    card.refresh_from_db()
    assert card.handed_over_at and card.id_checked_by == coordinator
    assert coord.post(f"{BASE}/koordination/karte/{card.pk}/sperren/", {"reason": ""}).status_code == 302
    card.refresh_from_db()
    assert card.status == "active"  # no reason, no revocation
    coord.post(f"{BASE}/koordination/karte/{card.pk}/sperren/", {"reason": "Karte verloren"})
    card.refresh_from_db()
    assert card.status == "revoked" and card.revoked_reason == "Karte verloren"
    assert anna_client.get(f"{BASE}/meine-karte/ehrenamtskarte.pdf").status_code == 404
    kinds = list(application.events.values_list("kind", flat=True))
    assert kinds == ["created", "submitted", "confirmation", "in_review", "approved", "handover", "revoked"]


def test_confirmation_links_expired_or_forged_are_refused_clearly(client, dessau, anna):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    token = tokens.reissue(ActivityConfirmation.objects.get())
    forged = client.get(f"{BASE}/bestaetigung/{token[:-2]}xx/")
    assert forged.status_code == 404 and "ungültig" in forged.content.decode()
    assert client.post(f"{BASE}/bestaetigung/nichts/", {"answer": "confirm"}).status_code == 404
    ActivityConfirmation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    expired = client.post(f"{BASE}/bestaetigung/{token}/", {"answer": "confirm"})
    assert expired.status_code == 410 and "abgelaufen" in expired.content.decode()
    assert Activity.objects.get().evidence == "pending"


def test_a_link_for_another_municipality_is_refused(client, dessau, wittenberg, anna):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    token = tokens.reissue(ActivityConfirmation.objects.get())
    response = client.post(f"/{wittenberg.slug}/ehrenamtskarte/bestaetigung/{token}/", {"answer": "confirm"})
    assert response.status_code == 404 and "ungültig" in response.content.decode()
    assert Activity.objects.get().evidence == "pending"


def test_rejection_by_the_organisation_and_by_the_coordinator(client, dessau, anna, coordinator):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    services.answer_confirmation(
        token=tokens.reissue(ActivityConfirmation.objects.get()), confirm=False, note="Nicht bekannt"
    )
    application.refresh_from_db()
    assert application.status == "in_review"
    with pytest.raises(services.CardError, match="Voraussetzungen"):
        services.approve(application=application, by=coordinator)
    services.reject(application=application, by=coordinator, reason="Tätigkeit nicht bestätigt")
    application.refresh_from_db()
    assert application.status == "rejected" and mail.outbox[-1].to == ["anna@example.org"]
    assert "Tätigkeit nicht bestätigt" in mail.outbox[-1].body


def test_withdraw(anna_client, anna, dessau):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    assert anna_client.post(f"{BASE}/antrag/zurueckziehen/").status_code == 302
    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert anna_client.post(f"{BASE}/antrag/zurueckziehen/").status_code == 404
    # a confirmation after withdrawal is refused
    response = anna_client.get(f"{BASE}/bestaetigung/{tokens.reissue(ActivityConfirmation.objects.get())}/")
    assert "bereits entschieden" in response.content.decode()


def test_a_submitted_application_cannot_be_edited(anna_client, anna, dessau):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "first_name": "Berta", "action": "save"})
    application.refresh_from_db()
    assert application.first_name == "Anna"
    assert anna_client.post(f"{BASE}/antrag/taetigkeit/", ACTIVITY_POST).status_code == 200
    assert application.activities.count() == 1


def test_one_open_application_per_person_is_a_database_rule(anna, dessau):
    from django.db import IntegrityError, transaction

    factories.draft(anna, dessau)
    with pytest.raises(IntegrityError), transaction.atomic():
        CardApplication.objects.create(municipality=dessau, applicant=anna, first_name="A", last_name="B")


def test_renewal_reminder_once_and_prefilled_renewal(dessau, anna, coordinator, anna_client):
    from django.core.management import call_command

    card = factories.issued_card(anna, dessau, coordinator)
    Card.objects.filter(pk=card.pk).update(valid_until=timezone.localdate() + timedelta(weeks=7))
    mail.outbox.clear()
    call_command("send_card_renewal_reminders")
    assert mail.outbox == []
    Card.objects.filter(pk=card.pk).update(valid_until=timezone.localdate() + timedelta(weeks=5))
    call_command("send_card_renewal_reminders")
    call_command("send_card_renewal_reminders")
    assert len(mail.outbox) == 1 and "läuft bald ab" in mail.outbox[0].subject

    assert anna_client.post(f"{BASE}/meine-karte/verlaengern/").status_code == 302
    renewal = CardApplication.objects.get(status="draft")
    assert renewal.renewal_of == card and renewal.birth_date == date(1980, 5, 17)
    assert renewal.street == "Zerbster Straße 4" and not renewal.consent
    assert [a.organisation_name for a in renewal.activities.all()] == ["Dessauer Tafel e. V."]
    assert renewal.activities.get().evidence == "pending"


def test_purge_after_the_retention_period(dessau, anna, coordinator):
    from django.core.management import call_command

    card = factories.issued_card(anna, dessau, coordinator)
    factories.rules(dessau, retention_months=6)
    call_command("purge_card_applications")
    assert Activity.objects.get().contact_email  # too early
    CardApplication.objects.update(decided_at=timezone.now() - timedelta(days=200))
    ApplicationEvent.objects.update(created_at=timezone.now() - timedelta(days=200))
    call_command("purge_card_applications")
    application = CardApplication.objects.get()
    # The free text goes; what the renewal reuses stays while the card is valid.
    assert application.free_text_purged_at and not application.purged_at
    assert set(application.events.values_list("text", flat=True)) == {"–"}
    assert not ActivityConfirmation.objects.exists() and Activity.objects.get().contact_email == ""
    assert application.street == "Zerbster Straße 4" and application.birth_date == date(1980, 5, 17)
    # The card expired more than the retention period ago: the rest goes too.
    Card.objects.filter(pk=card.pk).update(
        valid_from=timezone.localdate() - timedelta(days=1000), valid_until=timezone.localdate() - timedelta(days=200)
    )
    call_command("purge_card_applications")
    application.refresh_from_db()
    assert application.purged_at and application.street == "" and application.birth_date is None
    assert not Activity.objects.exists()
    card.refresh_from_db()
    assert card.holder_name == "Anna Müller" and card.birth_year == 1980  # the register keeps what a card needs
    assert services.qr_text(card)


def test_card_numbers_count_up_per_municipality(dessau, wittenberg, coordinator, other_coordinator):
    first = factories.issued_card(make_user("a@example.org"), dessau, coordinator)
    second = factories.issued_card(make_user("b@example.org"), dessau, coordinator)
    other = factories.issued_card(make_user("c@example.org"), wittenberg, other_coordinator)
    assert (first.number, second.number, other.number) == (1, 2, 1)


def test_coordinator_records_the_evidence_when_the_organisation_does_not_answer(
    client, dessau, wittenberg, anna, coordinator, other_coordinator
):
    application = factories.draft(anna, dessau, activities=2, hours="3")
    services.submit(application=application)
    first, second = application.activities.order_by("pk")
    review = f"/dessau-rosslau/ehrenamtskarte/koordination/antrag/{application.pk}/"
    with pytest.raises(services.CardError, match="Voraussetzungen"):  # nobody has answered yet
        services.approve(application=application, by=coordinator)
    client.force_login(coordinator)
    page = client.get(review).content.decode()
    assert page.count("selbst vermerken") == 2 and f'name="evidence-{first.pk}-note"' in page
    url = f"/dessau-rosslau/ehrenamtskarte/koordination/taetigkeit/{first.pk}/nachweis/"
    # A note is required: how was it established?
    client.post(url, {f"evidence-{first.pk}-decision": "confirm", f"evidence-{first.pk}-note": "  "})
    first.refresh_from_db()
    assert first.evidence == Activity.Evidence.PENDING
    # Another municipality's coordinator cannot touch it.
    client.force_login(other_coordinator)
    foreign = f"/{wittenberg.slug}/ehrenamtskarte/koordination/taetigkeit/{first.pk}/nachweis/"
    assert (
        client.post(foreign, {f"evidence-{first.pk}-decision": "confirm", f"evidence-{first.pk}-note": "x"}).status_code
        == 404
    )
    client.force_login(coordinator)
    note = "Telefonisch beim Vorstand bestätigt, 3 h pro Woche seit 2018"
    response = client.post(url, {f"evidence-{first.pk}-decision": "confirm", f"evidence-{first.pk}-note": note})
    assert response.status_code == 302 and response["Location"] == review
    first.refresh_from_db()
    assert first.evidence == Activity.Evidence.RECORDED and first.evidence_note == note
    application.refresh_from_db()
    assert application.status == "submitted"  # the second organisation has not answered
    event = application.events.get(kind="evidence_recorded")
    assert event.actor == coordinator and note in event.text
    assert "Nachweis Ihrer Tätigkeit" in mail.outbox[-1].subject and note in mail.outbox[-1].body
    # Twice is refused; the organisation's own link no longer changes it.
    with pytest.raises(services.CardError, match="bereits ein Nachweis"):
        services.record_evidence(activity=first, by=coordinator, confirm=False, note="doch nicht")
    token = tokens.reissue(first.confirmations.get())
    with pytest.raises(services.ConfirmationError, match="bereits ein Nachweis"):
        services.answer_confirmation(token=token, confirm=False)
    assert (
        "bereits ein Nachweis" in client.get(f"/dessau-rosslau/ehrenamtskarte/bestaetigung/{token}/").content.decode()
    )
    # 3 h/week alone are not enough; with the second activity settled the rules are met.
    services.record_evidence(activity=second, by=coordinator, confirm=True, note="Bescheinigung liegt vor")
    application.refresh_from_db()
    assert application.status == "in_review"
    card = services.approve(application=application, by=coordinator)
    assert card.holder == anna
    page = client.get(review).content.decode()
    assert "selbst vermerken" not in page and "Von der Koordination bestätigt" in page


def test_coordinator_may_record_that_an_activity_is_not_confirmed(dessau, anna, coordinator):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    activity = application.activities.get()
    services.record_evidence(activity=activity, by=coordinator, confirm=False, note="Verein kennt die Person nicht")
    activity.refresh_from_db()
    application.refresh_from_db()
    assert activity.evidence == Activity.Evidence.REJECTED and application.status == "in_review"
    with pytest.raises(services.CardError, match="Voraussetzungen"):
        services.approve(application=application, by=coordinator)
    services.withdraw(application=application, by=anna)
    with pytest.raises(services.CardError, match="nicht \\(mehr\\)"):
        services.record_evidence(activity=activity, by=coordinator, confirm=True, note="x")


def test_a_missing_confirmation_address_is_filled_in_on_the_draft(anna_client, anna, dessau, mailoutbox):
    """As after a renewal: a free-text organisation's address was deleted with the old application."""
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "save"})
    activity = services.add_activity(  # the renewal copies activities without their addresses
        application=CardApplication.objects.get(),
        data={
            "organisation_name": "Dessauer Tafel e. V.",
            "since": date(2019, 3, 1),
            "hours": Decimal(5),
            "period": "week",
            "paid_allowance": False,
        },
    )
    assert activity.contact_email == ""
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert f'name="a{activity.pk}-contact_email"' in page and "fehlt noch die Adresse" in page
    url = f"{BASE}/antrag/taetigkeit/{activity.pk}/adresse/"
    own = anna_client.post(url, {f"a{activity.pk}-contact_email": anna.email})
    assert own.status_code == 200 and "Das ist Ihre eigene E-Mail-Adresse" in own.content.decode()
    assert f'value="{anna.email}"' in own.content.decode()  # what was typed stays
    assert anna_client.post(url, {f"a{activity.pk}-contact_email": "kaputt"}).status_code == 200
    assert anna_client.post(url, {f"a{activity.pk}-contact_email": "tafel@example.org"}).status_code == 302
    activity.refresh_from_db()
    assert activity.contact_email == "tafel@example.org"
    anna_client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "submit"})
    assert CardApplication.objects.get().status == "submitted"
    assert any(m.to == ["tafel@example.org"] for m in mailoutbox)
    other = make_user("eve@example.org")
    anna_client.force_login(other)
    assert anna_client.post(url, {f"a{activity.pk}-contact_email": "x@example.org"}).status_code == 404
