"""Sign-up with double opt-in: nothing is sent before the link is confirmed, a repeated or
malformed sign-up floods nobody, unconfirmed sign-ups are deleted after 7 days."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from engagiert.core.models import AuditRecord
from engagiert.newsletter import services
from engagiert.newsletter.models import Subscriber
from engagiert.newsletter.services import MAIL_WINDOW
from engagiert.newsletter.tests.factories import make_network, make_newsletter, make_subscriber

pytestmark = pytest.mark.django_db
URL = "/dessau-rosslau/newsletter/"


@pytest.fixture
def letters(dessau, wittenberg):
    town = make_newsletter(dessau, "Newsletter Dessau-Roßlau", topics=("Engagement & Ehrenamt", "Integration"))
    network = make_newsletter(network=make_network(dessau), name="Netzwerk-Newsletter")
    other = make_newsletter(wittenberg, "Wittenberg aktuell")
    return town, network, other


def choose(newsletter, *topics) -> dict:
    values = [str(t.pk) for t in newsletter.topics.filter(name__in=topics)] or ["all"]
    return {f"nl_{newsletter.pk}": values}


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/newsletter/bestaetigen/\S+/", message.body).group(0)


def test_the_page_lists_the_towns_and_its_networks_newsletters_only(client, letters):
    page = client.get(URL).content.decode()
    assert "Newsletter Dessau-Roßlau" in page and "Netzwerk-Newsletter" in page and "Integration" in page
    assert "Wittenberg aktuell" not in page
    assert "Netzwerk-Newsletter" not in client.get("/lutherstadt-wittenberg/newsletter/").content.decode()


def test_double_opt_in_nothing_before_the_link_is_confirmed(client, letters, coordinator):
    town, network, _other = letters
    data = {"email": " Lea@Example.org ", "name": "Lea", **choose(town, "Integration"), **choose(network)}
    response = client.post(URL, data, follow=True)
    assert "Fast geschafft" in response.content.decode()
    assert [m.to for m in mail.outbox] == [["lea@example.org"]]
    subs = Subscriber.objects.filter(email="lea@example.org")
    assert subs.count() == 2 and all(s.status == "pending" for s in subs)
    # An issue sent now does not reach the pending address.
    issue = services.save_issue(newsletter=town, by=coordinator, subject="Ausgabe 1")
    services.start_sending(issue=issue, by=coordinator)
    services.run(issue.pk)
    assert len(mail.outbox) == 1
    # The link in the mail shows a button; only the POST confirms (mail scanners follow GETs).
    link = confirm_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]
    assert "Ja, ich möchte" in client.get("/" + link).content.decode()
    assert not Subscriber.objects.filter(status="confirmed").exists()
    response = client.post("/" + link)
    assert response.status_code == 200 and "bestätigt" in response.content.decode()
    assert set(subs.values_list("status", flat=True)) == {"confirmed"}
    assert list(Subscriber.objects.get(newsletter=town).topics.values_list("name", flat=True)) == ["Integration"]
    assert AuditRecord.objects.filter(action="newsletter.confirm").count() == 2


def test_a_repeated_sign_up_sends_no_second_mail_within_the_window(client, letters):
    town, _network, _other = letters
    data = {"email": "lea@example.org", **choose(town, "Integration")}
    for _ in range(3):
        assert client.post(URL, data).status_code == 302
    assert len(mail.outbox) == 1
    Subscriber.objects.update(mailed_at=timezone.now() - MAIL_WINDOW - dt.timedelta(minutes=1))
    client.post(URL, data)
    assert len(mail.outbox) == 2


def test_a_confirmed_address_signing_up_again_gets_its_link_not_a_change(client, letters):
    town, _network, _other = letters
    make_subscriber(town, "lea@example.org", topics=("Integration",))
    response = client.post(URL, {"email": "lea@example.org", **choose(town, "Engagement & Ehrenamt")}, follow=True)
    assert "Fast geschafft" in response.content.decode()  # the same answer: nobody learns who subscribes
    assert "bereits" in mail.outbox[0].subject and "/newsletter/abo/" in mail.outbox[0].body
    assert list(Subscriber.objects.get().topics.values_list("name", flat=True)) == ["Integration"]


def test_limits_per_address_and_per_client(client, letters):
    town, _network, _other = letters
    for _ in range(5):
        client.post(URL, {"email": "lea@example.org", **choose(town, "Integration")})
    response = client.post(URL, {"email": "lea@example.org", **choose(town, "Integration")})
    assert response.status_code == 200 and "mehrere Anmeldungen" in response.content.decode()
    for i in range(20):
        client.post(URL, {"email": f"p{i}@example.org", **choose(town, "Integration")})
    response = client.post(URL, {"email": "neu@example.org", **choose(town, "Integration")})
    assert "Zu viele Anmeldungen von diesem Anschluss" in response.content.decode()
    assert len(mail.outbox) <= 1 + 14  # one per address; nothing after the limits


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "kein-at-zeichen"}, "gültige E-Mail-Adresse"),
        ({"email": "lea@example.org\r\nBcc: alle@example.org"}, "gültige E-Mail-Adresse"),
        ({"email": "lea@example.org", "name": "Lea\r\nBcc: alle@example.org"}, "ohne Zeilenumbrüche"),
        ({"email": "lea@example.org", "name": "x" * 10_000}, "höchstens 120 Zeichen"),
        ({"email": ("x" * 10_000) + "@example.org"}, "E-Mail-Adresse"),
        ({"email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse an"),
    ],
)
def test_bad_input_gets_a_clear_message_and_no_mail(client, letters, data, message):
    town, _network, _other = letters
    response = client.post(URL, {**data, **choose(town, "Integration")})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert mail.outbox == [] and not Subscriber.objects.exists()


def test_nothing_chosen_or_a_foreign_newsletter_is_refused(client, letters):
    town, _network, other = letters
    response = client.post(URL, {"email": "lea@example.org"})
    assert "mindestens einen Newsletter" in response.content.decode()
    response = client.post(URL, {"email": "lea@example.org", f"nl_{other.pk}": ["all"]})
    assert "mindestens einen Newsletter" in response.content.decode()  # not offered here: ignored
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_unconfirmed_sign_ups_are_deleted_after_seven_days(client, letters):
    town, _network, _other = letters
    old = make_subscriber(town, "alt@example.org", confirmed=False)
    Subscriber.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=7, minutes=1))
    fresh = make_subscriber(town, "neu@example.org", confirmed=False)
    kept = make_subscriber(town, "treu@example.org")
    Subscriber.objects.filter(pk=kept.pk).update(created_at=timezone.now() - dt.timedelta(days=300))
    call_command("purge_newsletter_signups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(Subscriber.objects.values_list("email", flat=True)) == {"neu@example.org", "treu@example.org"}
    assert fresh.pk


def test_an_expired_or_foreign_confirmation_link_does_not_confirm(client, letters):
    town, _network, _other = letters
    client.post(URL, {"email": "lea@example.org", **choose(town, "Integration")})
    path = "/" + confirm_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]
    assert client.post(path.replace("dessau-rosslau", "lutherstadt-wittenberg")).status_code == 404
    assert client.post(path[:-3] + "xy/").status_code == 404
    Subscriber.objects.update(created_at=timezone.now() - dt.timedelta(days=8))
    assert client.post(path).status_code == 410
    assert Subscriber.objects.get().status == "pending"
