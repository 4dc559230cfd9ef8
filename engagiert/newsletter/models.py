"""Newsletters of a town or a regional network, their topics and subscribers (double
opt-in), issues composed of free text and items, and one delivery row per recipient and issue.

Sending (services/sending.py) is a state machine on Delivery: queued -> claimed (a batch of a
worker, committed) -> sending (committed right before the SMTP call) -> sent | failed, or
skipped when the subscriber left before their turn. A row is sent at most once: a worker that
dies leaves its claimed rows to be queued again and its one "sending" row as failed ("unklar"),
never sent twice."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import RichTextField
from engagiert.core.models import Municipality, RegionalNetwork

SUBJECT_MAX = 150
TEXT_MAX = 10_000


def new_nonce() -> str:
    """The per-row secret part of a subscriber's signed links (a new row never reuses an old link)."""
    return secrets.token_hex(6)


class Newsletter(models.Model):
    """A newsletter of one municipality or of one regional network (exactly one of the two)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="newsletters"
    )
    network = models.ForeignKey(
        RegionalNetwork, on_delete=models.CASCADE, null=True, blank=True, related_name="newsletters"
    )
    name = models.CharField(_("Name"), max_length=120)
    description = models.CharField(_("Worum es geht"), max_length=500, blank=True)
    active = models.BooleanField(_("Anmeldung möglich"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("Newsletter")
        verbose_name_plural = _("Newsletter")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, network__isnull=True)
                | Q(municipality__isnull=True, network__isnull=False),
                name="newsletter_town_or_network",
            ),
            models.UniqueConstraint(fields=["municipality", "name"], name="newsletter_name_per_town"),
            models.UniqueConstraint(fields=["network", "name"], name="newsletter_name_per_network"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def owner_name(self) -> str:
        return (self.municipality or self.network).name


class Topic(models.Model):
    """A topic of a newsletter ("Engagement & Ehrenamt"): subscribers choose topics, an issue
    may be meant for some topics only."""

    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("Thema"), max_length=80)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name", "pk"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        constraints = [models.UniqueConstraint(fields=["newsletter", "name"], name="newsletter_topic_unique")]

    def __str__(self) -> str:
        return self.name


class Subscriber(models.Model):
    """One address subscribed to one newsletter. Pending until the address confirms the link
    (nothing is sent before); pending rows are deleted 7 days after sign-up. Unsubscribing
    deletes the row."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet auf Bestätigung")
        CONFIRMED = "confirmed", _("Bestätigt")

    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="subscribers")
    # The town whose sign-up page was used: its pages serve the subscription's links.
    town = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("E-Mail-Adresse"))
    name = models.CharField(_("Name"), max_length=120, blank=True)
    language = models.CharField(max_length=8, default="de")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    topics = models.ManyToManyField(Topic, blank=True, related_name="subscribers")
    nonce = models.CharField(max_length=16, default=new_nonce, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # When the last confirmation (or "already subscribed") mail went out: a repeated sign-up
    # within the window sends none.
    mailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["email", "pk"]
        verbose_name = _("Abonnent*in")
        verbose_name_plural = _("Abonnent*innen")
        constraints = [
            models.UniqueConstraint(fields=["newsletter", "email"], name="newsletter_subscriber_unique"),
            models.CheckConstraint(condition=Q(status__in=["pending", "confirmed"]), name="subscriber_status_valid"),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(confirmed_at__isnull=False), name="subscriber_confirmed_has_date"
            ),
        ]
        indexes = [
            models.Index(fields=["newsletter", "status", "confirmed_at"], name="subscriber_recipients"),
            models.Index(fields=["status", "created_at"], name="subscriber_pending_age"),
            models.Index(fields=["email"], name="subscriber_email"),
        ]

    def __str__(self) -> str:
        return self.email


class Issue(models.Model):
    """One edition of a newsletter: a subject, an introduction, items, a closing text."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SENDING = "sending", _("Wird versendet")
        SENT = "sent", _("Versendet")

    newsletter = models.ForeignKey(Newsletter, on_delete=models.CASCADE, related_name="issues")
    subject = models.CharField(_("Betreff"), max_length=SUBJECT_MAX)
    intro = RichTextField(_("Einleitung"), blank=True)
    closing = RichTextField(_("Schluss"), blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="issues", verbose_name=_("Themen"))
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Set when an editor starts sending: recipients are the subscribers confirmed by then.
    send_started_at = models.DateTimeField(null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # True once every recipient has its Delivery row (created in batches by the worker).
    recipients_ready = models.BooleanField(default=False)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Ausgabe")
        verbose_name_plural = _("Ausgaben")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["draft", "sending", "sent"]), name="issue_status_valid"),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(send_started_at__isnull=False), name="issue_sending_has_start"
            ),
        ]

    def __str__(self) -> str:
        return self.subject


class IssueItem(models.Model):
    """An item of an issue, copied from a source (news, events) when the editor picked it: the
    issue keeps what it said even if the source changes later."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(default=0)
    source = models.CharField(max_length=60)
    key = models.CharField(max_length=120)
    title = models.CharField(_("Titel"), max_length=200)
    teaser = models.CharField(_("Kurztext"), max_length=1000, blank=True)
    url = models.CharField(_("Link"), max_length=500)
    image_url = models.CharField(max_length=500, blank=True)
    image_alt = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["issue", "source", "key"], name="issue_item_unique")]

    def __str__(self) -> str:
        return self.title


class Delivery(models.Model):
    """One recipient of one issue, created before the first mail goes out (unique per issue and
    subscriber); see the module's docstring for the states. The address is read from the
    subscriber when it is sent: a subscriber who leaves takes it along (the row is kept
    without it)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Wartet")
        CLAIMED = "claimed", _("In Arbeit")
        SENDING = "sending", _("Wird gesendet")
        SENT = "sent", _("Gesendet")
        FAILED = "failed", _("Fehlgeschlagen")
        SKIPPED = "skipped", _("Entfallen")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    claim = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Zustellung")
        verbose_name_plural = _("Zustellungen")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="delivery_once_per_subscriber"),
            models.CheckConstraint(
                condition=Q(status__in=["queued", "claimed", "sending", "sent", "failed", "skipped"]),
                name="delivery_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False), name="delivery_sent_has_date"
            ),
        ]
        indexes = [models.Index(fields=["issue", "status"], name="delivery_issue_status")]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.pk}: {self.status}"
