"""The card's e-mails: their texts go through gettext, and who is told what at each step;
the applicant's history stays visible after the decision."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core import mail
from django.template.base import Lexer, TokenType

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, ActivityConfirmation
from engagiert.card.tests import factories
from engagiert.core import tokens
from engagiert.core.models import Role
from engagiert.testing import make_user

EMAIL_TEMPLATES = sorted((Path(__file__).parents[1] / "templates" / "card" / "email").glob("*.txt"))


def untranslated_text(source: str) -> list[str]:
    """Literal text of a template outside {% translate %} and {% blocktranslate %}."""
    found, inside = [], False
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            inside = (inside or name == "blocktranslate") and name != "endblocktranslate"
        elif token.token_type == TokenType.TEXT and not inside and re.search(r"[^\W\d_]", token.contents):
            found.append(token.contents.strip())
    return found


def test_the_check_finds_hard_coded_text():
    assert untranslated_text("{% load i18n %}Guten Tag,\n{{ name }}") == ["Guten Tag,"]
    translated = '{% translate "Guten Tag," %} {% blocktranslate %}Hallo {{ x }}{% endblocktranslate %}'
    assert untranslated_text(translated) == []


@pytest.mark.parametrize("template", EMAIL_TEMPLATES, ids=lambda p: p.name)
def test_email_texts_go_through_gettext(template):
    assert EMAIL_TEMPLATES
    assert untranslated_text(template.read_text()) == []


# --- who is told what ----------------------------------------------------------------------------

BASE = "/dessau-rosslau/ehrenamtskarte"


@pytest.fixture
def anna(dessau):
    return make_user("anna@example.org")


def mails_to(address: str) -> list:
    return [m for m in mail.outbox if address in m.to]


def test_the_coordinators_get_one_e_mail_about_a_new_application(dessau, anna, coordinator, other_coordinator, client):
    second = make_user("vertretung@dessau.example")
    Role.objects.create(user=second, municipality=dessau, kind=Role.Kind.COORDINATOR)
    former = make_user("ehemalig@dessau.example")
    former.is_active = False
    former.save()
    Role.objects.create(user=former, municipality=dessau, kind=Role.Kind.COORDINATOR)
    application = factories.draft(anna, dessau)
    mail.outbox.clear()
    services.submit(application=application)
    (message,) = [m for m in mail.outbox if coordinator.email in m.to]
    assert sorted(message.to) == ["koordination@dessau.example", "vertretung@dessau.example"]
    assert not mails_to(other_coordinator.email) and not mails_to(former.email)
    assert "Neuer Antrag von Anna Müller" in message.subject
    review = f"{BASE}/koordination/antrag/{application.pk}/"
    (link,) = [u for u in re.findall(r"https?://\S+", message.body) if review in u]
    client.force_login(coordinator)
    assert client.get(review).status_code == 200 and link.endswith(review)
    assert "Ihre Koordinierungsstelle" not in message.body  # not signed by the office to itself


def test_the_applicant_is_told_when_the_review_starts(dessau, anna):
    application = factories.draft(anna, dessau, activities=2)
    services.submit(application=application)
    first, second = ActivityConfirmation.objects.order_by("pk")
    mail.outbox.clear()
    services.answer_confirmation(token=tokens.reissue(first), confirm=True)
    assert not [m for m in mails_to(anna.email) if "geprüft" in m.subject]  # one still missing
    services.answer_confirmation(token=tokens.reissue(second), confirm=True)
    (message,) = [m for m in mails_to(anna.email) if "geprüft" in m.subject]
    assert message.subject == "Ehrenamtskarte: Ihr Antrag wird geprüft"
    assert "Guten Tag Anna," in message.body and "/dessau-rosslau/ehrenamtskarte/antrag/" in message.body
    assert application.events.filter(kind="in_review").count() == 1


def test_the_applicant_is_told_of_the_hand_over(dessau, anna, coordinator):
    card = factories.issued_card(anna, dessau, coordinator)
    mail.outbox.clear()
    services.record_handover(card=card, by=coordinator)
    (message,) = mail.outbox
    assert message.to == [anna.email] and "Karte übergeben" in message.subject
    assert card.display_number in message.body and "/meine-karte/" in message.body
    assert card.application.events.filter(kind="handover", actor=coordinator).exists()


@pytest.mark.parametrize("approve", [True, False])
def test_an_acceptance_partner_is_told_the_decision(dessau, approve):
    owner, colleague = make_user("inhaberin@cafe.example"), make_user("team@cafe.example")
    partner = factories.partner(dessau, name="Café Zeitlos", status=AcceptancePartner.Status.PENDING)
    partner.users.add(owner, colleague)
    mail.outbox.clear()
    services.decide_partner(partner=partner, approve=approve, by=None)
    (message,) = mail.outbox
    assert sorted(message.to) == ["inhaberin@cafe.example", "team@cafe.example"]
    assert message.body.startswith("Guten Tag,\n") and "Café Zeitlos" in message.body
    if approve:
        assert message.subject.endswith("ist freigegeben") and f"{BASE}/pruefen/" in message.body
    else:
        assert message.subject.endswith("ist nicht freigegeben") and "/pruefen/" not in message.body


def test_after_the_decision_the_applicant_still_sees_the_history(client, dessau, anna, coordinator):
    application = factories.draft(anna, dessau)
    services.submit(application=application)
    services.reject(application=application, by=coordinator, reason="Tätigkeit nicht nachgewiesen")
    client.force_login(anna)
    page = client.get(f"{BASE}/antrag/").content.decode()
    assert "Verlauf Ihres letzten Antrags" in page
    for text in ("Antrag angelegt.", "Antrag eingereicht.", "Antrag abgelehnt."):
        assert text in page


def test_a_coordinators_decision_reaches_the_applicant_wholly_in_their_language(dessau, anna, coordinator):
    """The coordinator works in German; the applicant applied in English: every line of the mail,
    not only its greeting, is English (the texts travel as core.mail.Text, translated at sending)."""
    application = factories.draft(anna, dessau)
    application.language = "en"
    application.save(update_fields=["language"])
    services.submit(application=application)
    factories.confirm_all(application)
    mail.outbox.clear()
    card = services.approve(application=application, by=coordinator)
    (message,) = mails_to(anna.email)
    assert "Your card has been granted" in message.subject
    assert f"Your Ehrenamtskarte no. {card.display_number} is valid until" in message.body
    assert "Dear Anna," in message.body and "gültig bis" not in message.body
    assert application.events.filter(kind="approved").get().text.startswith("Antrag bewilligt")  # history stays German
