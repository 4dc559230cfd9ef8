"""Glücksbringer: campaigns of a regional network (or one town) that make quiet engagement
visible. Anyone nominates a person or an initiative (Nomination, with one or more
Nominators); nothing is published without the nominee's consent (Art. 14 DSGVO), a photo
needs its own consent (KUG § 22). A consenting nominee's Portrait is moderated by the
coordinators of the nominee's town and published in the campaign's gallery.

A nomination that ends without publication (declined, expired, rejected, withdrawn) keeps no
personal data: services.erase() deletes names, addresses, texts, nominators, the portrait and
its photos at once and leaves an anonymous row (town, status, self or not, dates) for the
campaign figures."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.core.tokens import DIGEST_LENGTH
from engagiert.directory.models import Organisation, Topic

# The questions a portrait answers unless the campaign sets its own.
DEFAULT_QUESTIONS = [
    "Was machen Sie?",
    "Seit wann engagieren Sie sich?",
    "Warum engagieren Sie sich?",
    "Ich bin ein Glücksbringer, weil …",
]
TEXT_MAX = 2000  # every free text of a nomination or portrait answer
CONFIRM_HOURS = 48  # a nominator's confirmation link
REMINDER_DAYS = (7, 21)  # reminders of an unanswered invitation
EXPIRY_DAYS = 30  # an unanswered invitation is deleted
RETENTION_MONTHS = 6  # unpublished nominations after the campaign's end


def default_questions() -> list[str]:
    return list(DEFAULT_QUESTIONS)


class Campaign(models.Model):
    """A Glücksbringer campaign of a regional network or of one town."""

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kürzel"), unique=True)
    text = models.TextField(_("Aufruf"), max_length=5000)
    network = models.ForeignKey(
        RegionalNetwork,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="campaigns",
        verbose_name=_("Regionalnetzwerk"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="own_campaigns",
        verbose_name=_("Kommune"),
        help_text=_("Nur, wenn die Kampagne nicht einem Regionalnetzwerk gehört."),
    )
    participants = models.ManyToManyField(
        Municipality, related_name="campaigns", verbose_name=_("Teilnehmende Kommunen")
    )
    starts_on = models.DateField(_("Beginn"))
    ends_on = models.DateField(_("Ende"))
    self_nominations = models.BooleanField(_("Selbstvorschläge erlaubt"), default=True)
    initiatives = models.BooleanField(_("Initiativen können vorgeschlagen werden"), default=True)
    questions = models.JSONField(_("Fragen des Porträts"), default=default_questions)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("Glücksbringer-Kampagne")
        verbose_name_plural = _("Glücksbringer-Kampagnen")
        constraints = [
            models.CheckConstraint(
                condition=Q(network__isnull=False, municipality__isnull=True)
                | Q(network__isnull=True, municipality__isnull=False),
                name="campaign_network_or_town",
            ),
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="campaign_period_valid"),
        ]

    def __str__(self) -> str:
        return self.title

    def is_open(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on

    @property
    def owner_name(self) -> str:
        return self.network.name if self.network_id else self.municipality.name


class Nomination(models.Model):
    """A person or initiative proposed for a campaign, in the nominee's town."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Eine Person")
        INITIATIVE = "initiative", _("Eine Initiative oder Gruppe")

    class Channel(models.TextChoices):
        EMAIL = "email", _("Per E-Mail")
        PHONE = "phone", _("Per Telefon, über die Koordinierungsstelle")
        POST = "post", _("Per Post, über die Koordinierungsstelle")
        ORGANISATION = "organisation", _("Über die Organisation")

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Nicht bestätigt")
        INVITED = "invited", _("Eingeladen, Antwort offen")
        CONTACT = "contact", _("Koordinierungsstelle fragt nach Einwilligung")
        CONSENTED = "consented", _("Eingewilligt, Porträt in Arbeit")
        REVIEW = "review", _("Porträt wartet auf Prüfung")
        PUBLISHED = "published", _("Veröffentlicht")
        DECLINED = "declined", _("Abgelehnt durch die Person")
        EXPIRED = "expired", _("Keine Antwort, gelöscht")
        REJECTED = "rejected", _("Nicht veröffentlicht (Koordination)")
        WITHDRAWN = "withdrawn", _("Einwilligung widerrufen, gelöscht")

    class ConsentChannel(models.TextChoices):
        LINK = "link", _("Über den Link in der E-Mail")
        SELF = "self", _("Selbstvorschlag")
        PAPER = "paper", _("Unterschriebenes Formular")
        PHONE = "phone", _("Telefonisch")
        IN_PERSON = "in_person", _("Persönlich")
        EMAIL = "email", _("Per E-Mail an die Koordinierungsstelle")

    class Writer(models.TextChoices):
        NOMINEE = "nominee", _("Die Person schreibt ihr Porträt selbst")
        COORDINATOR = "coordinator", _("Die Koordinierungsstelle schreibt es mit ihr")

    ACTIVE = (Status.INVITED, Status.CONTACT, Status.CONSENTED, Status.REVIEW, Status.PUBLISHED)
    ENDED = (Status.DECLINED, Status.EXPIRED, Status.REJECTED, Status.WITHDRAWN)
    CONSENTING = (Status.CONSENTED, Status.REVIEW, Status.PUBLISHED)

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="nominations")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="nominations")
    kind = models.CharField(_("Wen schlagen Sie vor?"), max_length=12, choices=Kind.choices, default=Kind.PERSON)
    nominee_name = models.CharField(_("Name"), max_length=200, blank=True)
    nominee_email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    channel = models.CharField(_("Wie erreichen wir die Person?"), max_length=12, choices=Channel.choices)
    nominee_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    nominee_address = models.CharField(_("Postanschrift"), max_length=300, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Organisation")
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Themenfeld")
    )
    activity = models.TextField(_("Was macht die Person oder Initiative?"), max_length=TEXT_MAX, blank=True)
    is_self = models.BooleanField(_("Selbstvorschlag"), default=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNCONFIRMED)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    invited_at = models.DateTimeField(null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    consent_at = models.DateTimeField(null=True, blank=True)
    consent_channel = models.CharField(max_length=12, choices=ConsentChannel.choices, blank=True)
    consent_note = models.CharField(_("Notiz zur Einwilligung"), max_length=300, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    consent_scan = models.FileField(upload_to="nominations/consent/", blank=True)
    writer = models.CharField(max_length=12, choices=Writer.choices, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Glücksbringer-Vorschlag")
        verbose_name_plural = _("Glücksbringer-Vorschläge")
        constraints = [
            # The same person once per campaign: a second nomination joins the first (services).
            models.UniqueConstraint(
                fields=["campaign", "nominee_email"],
                condition=~Q(nominee_email="")
                & Q(status__in=["invited", "contact", "consented", "review", "published"]),
                name="nomination_one_per_nominee_email",
            ),
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "unconfirmed",
                        "invited",
                        "contact",
                        "consented",
                        "review",
                        "published",
                        "declined",
                        "expired",
                        "rejected",
                        "withdrawn",
                    ]
                ),
                name="nomination_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(channel="email") | ~Q(nominee_email="") | Q(erased_at__isnull=False),
                name="nomination_email_channel_has_address",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status"], name="nomination_town_status")]

    def __str__(self) -> str:
        return f"{_('Glücksbringer-Vorschlag')} {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("nominations:detail", kwargs={"municipality": self.municipality.slug, "pk": self.pk})

    @property
    def label(self) -> str:
        """How the audit trail names it: without the person's name."""
        return f"Glücksbringer-Vorschlag {self.pk}"

    @property
    def is_ended(self) -> bool:
        return self.status in self.ENDED

    @property
    def has_consent(self) -> bool:
        return self.status in self.CONSENTING


class Nominator(models.Model):
    """Who proposed a nominee, why, and whether the nominee may learn their name."""

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="nominators")
    name = models.CharField(_("Ihr Name"), max_length=120)
    email = models.EmailField(_("Ihre E-Mail-Adresse"))
    relation = models.CharField(_("Woher kennen Sie die Person?"), max_length=300, blank=True)
    reason = models.TextField(_("Warum ist sie ein Glücksbringer?"), max_length=TEXT_MAX, blank=True)
    reveal = models.BooleanField(_("Die Person darf erfahren, dass ich sie vorgeschlagen habe"), default=False)
    language = models.CharField(max_length=8, default="de")
    token_hash = models.CharField(max_length=DIGEST_LENGTH, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Vorschlagende*r")
        verbose_name_plural = _("Vorschlagende")

    def __str__(self) -> str:
        return f"{_('Vorschlagende*r')} {self.pk}"


class Portrait(models.Model):
    """What is published about a consenting nominee: the answers to the campaign's questions
    and, with its own consent, a photo (re-encoded, without metadata, cropped square)."""

    class NameForm(models.TextChoices):
        FULL = "full", _("Vor- und Nachname")
        INITIAL = "initial", _("Vorname und Anfangsbuchstabe des Nachnamens")
        INITIATIVE = "initiative", _("Name der Initiative")

    nomination = models.OneToOneField(Nomination, on_delete=models.CASCADE, related_name="portrait")
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="portraits")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="portraits")
    slug = models.SlugField(max_length=80, unique=True)
    display_name = models.CharField(_("Name, wie er erscheinen soll"), max_length=120)
    name_form = models.CharField(_("Form des Namens"), max_length=12, choices=NameForm.choices)
    answers = models.JSONField(default=list)  # [{"question": ..., "answer": ...}] in the campaign's order
    topic = models.ForeignKey(
        Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Themenfeld")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Organisation")
    )
    website = models.URLField(_("Link zu Ihrem Engagement"), blank=True)
    photo = models.ImageField(
        upload_to="nominations/photos/", blank=True, width_field="photo_width", height_field="photo_height"
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True)
    photo_height = models.PositiveIntegerField(null=True, blank=True)
    thumbnail = models.ImageField(upload_to="nominations/photos/", blank=True)
    photo_alt = models.CharField(_("Was ist auf dem Foto zu sehen?"), max_length=200, blank=True)
    photo_credit = models.CharField(_("Foto von"), max_length=120, blank=True)
    photo_consent_at = models.DateTimeField(null=True, blank=True)
    published_on = models.DateField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("Porträt")
        verbose_name_plural = _("Porträts")
        constraints = [
            models.CheckConstraint(
                condition=Q(photo="") | (~Q(photo_alt="") & Q(photo_consent_at__isnull=False)),
                name="portrait_photo_needs_alt_and_consent",
            ),
        ]
        indexes = [
            models.Index(fields=["campaign", "published_on"], name="portrait_campaign_published"),
            models.Index(fields=["municipality", "published_on"], name="portrait_town_published"),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("nominations:portrait", kwargs={"municipality": self.municipality.slug, "slug": self.slug})

    def is_published(self, today: datetime.date | None = None) -> bool:
        return self.published_on is not None and self.published_on <= (today or timezone.localdate())


class ImageHandout(models.Model):
    """A poster or social-media image generated for a published portrait: listed so the
    coordinators can act (take it down) when the nominee withdraws."""

    class Kind(models.TextChoices):
        A4 = "a4", _("Plakat A4")
        A3 = "a3", _("Plakat A3")
        SQUARE = "square", _("Bild für soziale Medien")

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="handouts")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Ausgegebenes Bild")
        verbose_name_plural = _("Ausgegebene Bilder")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d}"


class BlockedAddress(models.Model):
    """An e-mail address whose nominations a town's coordination no longer accepts (its
    SHA-256 digest only, lower-cased)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    email_digest = models.CharField(max_length=DIGEST_LENGTH)
    note = models.CharField(_("Notiz"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Gesperrte Adresse")
        verbose_name_plural = _("Gesperrte Adressen")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "email_digest"], name="blocked_address_once_per_town")
        ]

    def __str__(self) -> str:
        return f"{_('Gesperrte Adresse')} {self.pk}"
