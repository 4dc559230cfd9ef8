"""Demo data of the newsletter: Dessau-Roßlau's newsletter with three topics and the network
newsletter of the Regionalnetzwerk Anhalt, confirmed and pending subscribers (made up, with
example.de addresses; pending ones signed up in the last days, so none has expired), one issue
sent three weeks before the load day with its deliveries (sent, one failed, one whose
subscriber has left) and a draft. Idempotent: a second run changes nothing but the dates."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from engagiert.core.models import Municipality, RegionalNetwork, User
from engagiert.demo.clock import at, days
from engagiert.newsletter.models import Delivery, Issue, IssueItem, Newsletter, Subscriber, Topic
from engagiert.newsletter.sources import upcoming_events

TOPICS = ["Engagement & Ehrenamt", "Integration", "Veranstaltungen"]
# (address, name, language, topics, days since confirmation or None for pending)
DESSAU_SUBSCRIBERS = [
    ("freiwillige@dessau-rosslau.example", "Fiona", "de", TOPICS, 200),
    ("hannelore.vogt@example.de", "Hannelore Vogt", "de", ["Engagement & Ehrenamt", "Veranstaltungen"], 400),
    ("k.schulze@example.de", "", "de", ["Integration"], 310),
    ("samira.haddad@example.de", "Samira Haddad", "ar", ["Integration", "Veranstaltungen"], 150),
    ("oleksandr.k@example.de", "Oleksandr", "uk", ["Integration"], 90),
    ("bernd.lange@example.de", "Bernd Lange", "de", ["Veranstaltungen"], 60),
    ("tafel-team@example.de", "", "de", ["Engagement & Ehrenamt"], 45),
    ("mia.richter@example.de", "Mia", "de", TOPICS, 30),
    ("jonas.becker@example.de", "", "en", ["Veranstaltungen"], 28),
    ("g.neumann@example.de", "Gisela Neumann", "de", ["Engagement & Ehrenamt"], 10),
    ("lena.fischer@example.de", "Lena", "de", ["Integration"], None),
    ("ahmad.n@example.de", "", "ar", ["Veranstaltungen"], None),
    ("peter.krause@example.de", "", "de", ["Engagement & Ehrenamt", "Integration"], None),
]
NETWORK_SUBSCRIBERS = [
    ("freiwillige@dessau-rosslau.example", "Fiona", "de", [], 120, "dessau-rosslau"),
    ("hannelore.vogt@example.de", "Hannelore Vogt", "de", [], 300, "dessau-rosslau"),
    ("buergerverein.wolfen@example.de", "", "de", [], 80, "bitterfeld-wolfen"),
    ("kulturhaus.graefenhainichen@example.de", "", "de", [], 40, "graefenhainichen"),
    ("tom.wagner@example.de", "Tom", "de", [], 20, "lutherstadt-wittenberg"),
    ("ines.hoffmann@example.de", "", "de", [], None, "lutherstadt-wittenberg"),
]
SENT_DAYS_AGO = 21
SENT_ITEMS = [
    (
        "vorlesetag",
        "Bundesweiter Vorlesetag: Bücher für die Kitas",
        "Zum Bundesweiten Vorlesetag am 15. November hat das Integrationsbüro Bücher in vielen Sprachen an "
        "Kitas übergeben. Ehrenamtliche Vorlesepat*innen lasen in der Stadtbibliothek.",
        "/dessau-rosslau/begegnungen/",
    ),
    (
        "zwk",
        "Zukunftswerkstatt Kommune: ein spannender Abschlusstag",
        "Zum Abschluss des Pilotprojekts „ZWK – Zukunftswerkstatt Kommune“ stellte Dessau-Roßlau in Berlin vor, "
        "was in drei Jahren gemeinsam mit der Stadtgesellschaft entstanden ist.",
        "/dessau-rosslau/durchblick/",
    ),
    (
        "mitmachlokal",
        "Mitmachlokal: drei neue Termine",
        "Nach dem gelungenen Start öffnet das Mitmachlokal dreimal mehr seine Türen: Hier finden Sie ein "
        "Ehrenamt, das zu Ihnen passt.",
        "/dessau-rosslau/mach-mit/",
    ),
]
SENT_INTRO = (
    "<p>Liebe Engagierte in Dessau-Roßlau,</p>\n\n<p>der Herbst war voller Begegnungen. Hier ist unser "
    "Rückblick – und drei Gelegenheiten, selbst mitzumachen.</p>"
)
SENT_CLOSING = (
    "<p>Herzliche Grüße aus dem Integrationsbüro (Zimmer 489, Zerbster Straße 4)</p>\n\n<p>Ihre Koordinierungsstelle "
    "Engagierte Stadt</p>"
)


def _subscriber(newsletter, town, row, today: dt.date) -> Subscriber:
    email, name, language, topics, confirmed_days = row[:5]
    created = at(days(today, -(confirmed_days or 0) - 1 if confirmed_days is not None else -2), 18, 30)
    confirmed = confirmed_days is not None
    subscriber, _ = Subscriber.objects.update_or_create(
        newsletter=newsletter,
        email=email,
        defaults={
            "town": town,
            "name": name,
            "language": language,
            "status": Subscriber.Status.CONFIRMED if confirmed else Subscriber.Status.PENDING,
            "confirmed_at": at(days(today, -confirmed_days), 19) if confirmed else None,
            "mailed_at": created,
        },
    )
    Subscriber.objects.filter(pk=subscriber.pk).update(created_at=created)
    subscriber.topics.set(Topic.objects.filter(newsletter=newsletter, name__in=topics))
    return subscriber


def _sent_issue(newsletter: Newsletter, coordinator: User | None, today: dt.date) -> Issue:
    sent_at = at(days(today, -SENT_DAYS_AGO), 9)
    issue, _ = Issue.objects.update_or_create(
        newsletter=newsletter,
        subject="Rückblick auf den Herbst: Vorlesetag, Zukunftswerkstatt und das Mitmachlokal",
        defaults={
            "intro": SENT_INTRO,
            "closing": SENT_CLOSING,
            "status": Issue.Status.SENT,
            "created_by": coordinator,
            "sent_by": coordinator,
            "send_started_at": sent_at,
            "recipients_ready": True,
            "finished_at": sent_at + dt.timedelta(minutes=3),
        },
    )
    Issue.objects.filter(pk=issue.pk).update(created_at=sent_at - dt.timedelta(days=2))
    for position, (key, title, teaser, url) in enumerate(SENT_ITEMS):
        IssueItem.objects.update_or_create(
            issue=issue,
            source="demo",
            key=key,
            defaults={"position": position, "title": title, "teaser": teaser, "url": url},
        )
    recipients = newsletter.subscribers.filter(status=Subscriber.Status.CONFIRMED, confirmed_at__lte=sent_at)
    for number, subscriber in enumerate(recipients.order_by("pk")):
        failed = subscriber.email == "tafel-team@example.de"
        Delivery.objects.update_or_create(
            issue=issue,
            subscriber=subscriber,
            defaults={
                "status": Delivery.Status.FAILED if failed else Delivery.Status.SENT,
                "sent_at": None if failed else sent_at + dt.timedelta(seconds=10 * number),
                "error": "550 Postfach nicht erreichbar" if failed else "",
            },
        )
    # Someone who received it and has left since: the row stays, without the address.
    if not Delivery.objects.filter(issue=issue, subscriber__isnull=True).exists():
        Delivery.objects.create(
            issue=issue, subscriber=None, status=Delivery.Status.SENT, sent_at=sent_at + dt.timedelta(minutes=2)
        )
    return issue


def _draft(newsletter: Newsletter, coordinator: User | None, today: dt.date) -> Issue:
    issue, _ = Issue.objects.update_or_create(
        newsletter=newsletter,
        subject="Advent im Quartier Am Leipziger Tor",
        defaults={
            "intro": "<p>Liebe Engagierte,</p>\n\n<p>im Dezember lädt das Quartiersmanagement zu Begegnungen ein. "
            "Hier sind die nächsten Termine.</p>",
            "closing": "<p>Wir freuen uns auf Sie!</p>",
            "status": Issue.Status.DRAFT,
            "created_by": coordinator,
        },
    )
    issue.topics.set(Topic.objects.filter(newsletter=newsletter, name="Veranstaltungen"))
    if not issue.items.exists():
        for position, item in enumerate(upcoming_events(municipality=newsletter.municipality, network=None, limit=2)):
            IssueItem.objects.create(
                issue=issue,
                position=position,
                source="events",
                key=item.key,
                title=item.title[:200],
                teaser=item.teaser[:1000],
                url=item.url,
            )
    return issue


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    dessau = munis["dessau-rosslau"]
    coordinator = User.objects.filter(email="koordination@dessau-rosslau.example").first()
    town_letter, _ = Newsletter.objects.update_or_create(
        municipality=dessau,
        name="Engagiert in Dessau-Roßlau",
        defaults={
            "description": "Neuigkeiten aus dem Integrationsbüro und der Koordinierungsstelle Engagierte Stadt: "
            "Ehrenamt, Integration und Begegnungen in der Stadt.",
        },
    )
    for position, name in enumerate(TOPICS):
        Topic.objects.update_or_create(newsletter=town_letter, name=name, defaults={"position": position})
    for row in DESSAU_SUBSCRIBERS:
        _subscriber(town_letter, dessau, row, today)
    network = RegionalNetwork.objects.get(slug="anhalt")
    network_letter, _ = Newsletter.objects.update_or_create(
        network=network,
        name="Netzwerkbrief",
        defaults={
            "description": "Gemeinsame Aktionen der vier Städte, zum Beispiel die Glücksbringer-Kampagne, und "
            "Termine im ganzen Netzwerk.",
        },
    )
    for row in NETWORK_SUBSCRIBERS:
        _subscriber(network_letter, munis[row[5]], row, today)
    _sent_issue(town_letter, coordinator, today)
    _draft(town_letter, coordinator, today)
    subscribers = Subscriber.objects.filter(Q(newsletter=town_letter) | Q(newsletter=network_letter)).count()
    return {"newsletters": 2, "newsletter_subscribers": subscribers}
