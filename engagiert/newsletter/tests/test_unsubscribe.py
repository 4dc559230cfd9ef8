"""Every issue can be left with one click (RFC 8058) and its link; the subscriber manages
topics, downloads and deletes their data from the link in any mail."""

from __future__ import annotations

import json
import re

import pytest
from django.core import mail
from django.test import Client

from engagiert.newsletter import services
from engagiert.newsletter.models import Delivery, Subscriber
from engagiert.newsletter.tests.factories import make_network, make_newsletter, make_subscriber
from engagiert.newsletter.tokens import subscription_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(dessau, coordinator):
    """An issue sent to two subscribers of Dessau-Roßlau's newsletter."""
    newsletter = make_newsletter(dessau, topics=("Integration", "Veranstaltungen"))
    lea = make_subscriber(newsletter, "lea@example.org", topics=("Integration",))
    make_subscriber(newsletter, "omar@example.org", topics=("Veranstaltungen",), language="ar")
    issue = services.save_issue(newsletter=newsletter, by=coordinator, subject="Neues aus dem Integrationsbüro")
    services.start_sending(issue=issue, by=coordinator)
    services.run(issue.pk)
    return newsletter, lea, issue


ONE_CLICK = {"data": "List-Unsubscribe=One-Click", "content_type": "application/x-www-form-urlencoded"}


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_every_issue_mail_has_the_one_click_headers_and_a_visible_link(sent):
    _newsletter, lea, _issue = sent
    message = next(m for m in mail.outbox if m.to == ["lea@example.org"])
    url = re.fullmatch(r"<(https?://[^>]+/newsletter/abmelden/[^>]+/)>", message.extra_headers["List-Unsubscribe"])
    assert url, message.extra_headers
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url.group(1) in message.body and url.group(1) in message.alternatives[0][0]
    raw = message.message().as_string()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert path_of(url.group(1)).startswith("/dessau-rosslau/newsletter/abmelden/")


def test_a_one_click_post_without_cookies_or_csrf_token_unsubscribes(sent):
    _newsletter, lea, _issue = sent
    url = path_of(re.search(r"<([^>]+)>", mail.outbox[0].extra_headers["List-Unsubscribe"]).group(1))
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(url, **ONE_CLICK)
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email=mail.outbox[0].to[0]).exists()
    assert Delivery.objects.filter(subscriber__isnull=True, status="sent").count() == 1  # kept, without the address
    # Again (mail clients retry): still fine, nothing to do.
    assert mail_client.post(url, **ONE_CLICK).status_code == 200


def test_a_forged_token_unsubscribes_nobody_and_says_so(sent):
    _newsletter, lea, _issue = sent
    token = subscription_token(lea)
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    for url in (
        f"/dessau-rosslau/newsletter/abmelden/{forged}/",
        f"/dessau-rosslau/newsletter/abmelden/{lea.pk}.{lea.nonce}/",  # unsigned
        f"/dessau-rosslau/newsletter/abmelden/{'x' * 5000}/",
    ):
        response = Client(enforce_csrf_checks=True).post(url, **ONE_CLICK)
        assert response.status_code == 404 and "Link ist ungültig" in response.content.decode()
    assert Subscriber.objects.count() == 2


def test_the_link_of_another_town_is_refused(sent, wittenberg):
    _newsletter, lea, _issue = sent
    response = Client().post(f"/lutherstadt-wittenberg/newsletter/abmelden/{subscription_token(lea)}/")
    assert response.status_code == 404 and Subscriber.objects.filter(pk=lea.pk).exists()


def test_a_get_on_the_link_asks_first_and_unsubscribes_nobody(client, sent):
    _newsletter, lea, _issue = sent
    response = client.get(f"/dessau-rosslau/newsletter/abmelden/{subscription_token(lea)}/")
    assert response.status_code == 200 and "Ja, abmelden" in response.content.decode()
    assert Subscriber.objects.filter(pk=lea.pk).exists()


def test_the_subscriber_changes_topics_downloads_and_deletes_their_data(client, sent, dessau):
    newsletter, lea, _issue = sent
    network_letter = make_newsletter(network=make_network(dessau), name="Netzwerk-Newsletter")
    make_subscriber(network_letter, "lea@example.org")
    base = f"/dessau-rosslau/newsletter/abo/{subscription_token(lea)}/"
    page = client.get(base).content.decode()
    assert "Netzwerk-Newsletter" in page and "Integration" in page
    veranstaltungen = newsletter.topics.get(name="Veranstaltungen")
    response = client.post(base, {"topics": [str(veranstaltungen.pk)]})
    assert response.status_code == 302
    assert list(lea.topics.values_list("name", flat=True)) == ["Veranstaltungen"]
    response = client.post(base, {"topics": []})
    assert "mindestens ein Thema" in response.content.decode()
    data = json.loads(client.get(base + "daten.json").content)
    assert data["email"] == "lea@example.org" and len(data["subscriptions"]) == 2
    town = next(s for s in data["subscriptions"] if s["newsletter"] == newsletter.name)
    assert town["deliveries"][0]["issue"] == "Neues aus dem Integrationsbüro" and town["topics"] == ["Veranstaltungen"]
    assert "löschen" in client.get(base + "loeschen/").content.decode()
    assert Subscriber.objects.filter(email="lea@example.org").count() == 2
    response = client.post(base + "loeschen/")
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="lea@example.org").exists()
    assert Subscriber.objects.filter(email="omar@example.org").exists()
    assert client.get(base).status_code == 410


def test_mein_bereich_lists_the_subscriptions_of_the_signed_in_address(client, sent, outsider):
    newsletter, _lea, _issue = sent
    make_subscriber(newsletter, outsider.email)
    client.force_login(outsider)
    page = client.get("/dessau-rosslau/mein-bereich/").content.decode()
    assert "Meine Newsletter" in page and "/dessau-rosslau/newsletter/abo/" in page


def test_mein_bereich_lists_no_subscriptions_of_an_unverified_address(client, sent, outsider):
    """Whoever signs up with an address they have not confirmed does not see its subscriptions."""
    from allauth.account.models import EmailAddress

    newsletter, _lea, _issue = sent
    make_subscriber(newsletter, outsider.email)
    assert EmailAddress.objects.filter(user=outsider, verified=True).update(verified=False) == 1
    client.force_login(outsider)
    page = client.get("/dessau-rosslau/mein-bereich/").content.decode()
    assert "Meine Newsletter" not in page and "/dessau-rosslau/newsletter/abo/" not in page
