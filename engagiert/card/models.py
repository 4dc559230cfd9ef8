"""Ehrenamtskarte: rules per municipality, applications with their activities and evidence,
signed cards, signing keys, acceptance partners with benefits, verification counters."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engagiert.core import tokens
from engagiert.core.fields import PostcodeField
from engagiert.core.models import Municipality, TimestampedModel

MAX_CARD_NUMBER = 999_999_999  # a card number is typed in at the till: nine digits at most

# The German Länder, as the residence rule compares them (names as they are written).
STATES = [
    (name, name)
    for name in (
        "Baden-Württemberg",
        "Bayern",
        "Berlin",
        "Brandenburg",
        "Bremen",
        "Hamburg",
        "Hessen",
        "Mecklenburg-Vorpommern",
        "Niedersachsen",
        "Nordrhein-Westfalen",
        "Rheinland-Pfalz",
        "Saarland",
        "Sachsen",
        "Sachsen-Anhalt",
        "Schleswig-Holstein",
        "Thüringen",
    )
]


class CardRules(models.Model):
    """The rules of one municipality's card (Dessau-Roßlau: 16 years, 4 h/week or 200 h/year,
    3 years of engagement, residence in Sachsen-Anhalt, valid two years)."""

    municipality = models.OneToOneField(Municipality, on_delete=models.CASCADE, related_name="card_rules")
    card_name = models.CharField(_("Name der Karte"), max_length=80, default="Ehrenamtskarte")
    min_age = models.PositiveSmallIntegerField(_("Mindestalter"), default=16)
    min_hours_per_week = models.DecimalField(_("Stunden pro Woche"), max_digits=5, decimal_places=1, default=4)
    min_hours_per_year = models.DecimalField(_("Stunden pro Jahr"), max_digits=6, decimal_places=1, default=200)
    min_years_engaged = models.PositiveSmallIntegerField(_("Jahre des Engagements"), default=3)
    residence_state = models.CharField(
        _("Wohnsitz im Bundesland"), max_length=60, choices=STATES, default="Sachsen-Anhalt"
    )
    allowance_limit = models.DecimalField(
        _("Grenze der Aufwandsentschädigung pro Jahr (EUR)"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("960.00"),
        help_text=_("Ehrenamtspauschale: was darüber hinaus gezahlt wird, gilt als Bezahlung."),
    )
    validity_years = models.PositiveSmallIntegerField(_("Gültigkeit in Jahren"), default=2)
    retention_months = models.PositiveSmallIntegerField(_("Aufbewahrung nach der Entscheidung (Monate)"), default=6)
    reminder_weeks = models.PositiveSmallIntegerField(_("Erinnerung vor Ablauf (Wochen)"), default=6)
    confirmation_days = models.PositiveSmallIntegerField(_("Gültigkeit des Bestätigungslinks (Tage)"), default=30)

    class Meta:
        verbose_name = _("Regeln der Ehrenamtskarte")
        verbose_name_plural = _("Regeln der Ehrenamtskarte")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(validity_years__gte=1),
                name="card_rules_validity_positive",
                violation_error_message=_("Eine Karte gilt mindestens ein Jahr."),
            ),
            models.CheckConstraint(
                condition=models.Q(allowance_limit__gte=0),
                name="card_rules_allowance_positive",
                violation_error_message=_("Die Grenze der Aufwandsentschädigung kann nicht negativ sein."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.card_name} ({self.municipality})"


class CardApplication(TimestampedModel):
    """An application for the card (a renewal names the card it renews in `renewal_of`).

    Retention (services/renewal.py, `retention_months` of the rules) happens in two stages:
    `free_text_purged_at` is set when its free text is deleted (the decision reason, the texts
    of its history, the activities' descriptions, evidence notes and contact addresses, the
    confirmation links with their tokens and recipient addresses); `purged_at` when the
    structured data a renewal reuses is deleted too (birth date, address, residence state and
    the activities), leaving only the name and the dates. For an approved application with an
    active card the structured data is kept until the card has expired plus the retention
    period, so that its renewal can be prefilled."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SUBMITTED = "submitted", _("Eingereicht")
        IN_REVIEW = "in_review", _("In Prüfung")
        APPROVED = "approved", _("Bewilligt")
        REJECTED = "rejected", _("Abgelehnt")
        WITHDRAWN = "withdrawn", _("Zurückgezogen")

    OPEN = (Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW)
    DECIDED = (Status.APPROVED, Status.REJECTED, Status.WITHDRAWN)

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="card_applications")
    applicant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="card_applications")
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    first_name = models.CharField(_("Vorname"), max_length=80)
    last_name = models.CharField(_("Nachname"), max_length=80)
    birth_date = models.DateField(_("Geburtsdatum"), null=True, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    postcode = PostcodeField(_("PLZ"), blank=True)
    city = models.CharField(_("Ort"), max_length=80, blank=True)
    residence_state = models.CharField(_("Bundesland des Wohnsitzes"), max_length=60, choices=STATES, blank=True)
    consent = models.BooleanField(_("Einwilligung in die Datenverarbeitung"), default=False)
    language = models.CharField(max_length=10, default="de")
    renewal_of = models.ForeignKey("Card", on_delete=models.SET_NULL, null=True, blank=True, related_name="renewals")
    decision_reason = models.TextField(_("Begründung"), blank=True, max_length=2000)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    free_text_purged_at = models.DateTimeField(null=True, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Antrag auf die Ehrenamtskarte")
        verbose_name_plural = _("Anträge auf die Ehrenamtskarte")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "submitted", "in_review", "approved", "rejected", "withdrawn"]),
                name="card_application_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(consent=True),
                name="card_application_consent_when_submitted",
            ),
            models.UniqueConstraint(
                fields=["municipality", "applicant"],
                condition=models.Q(status__in=["draft", "submitted", "in_review"]),
                name="card_application_one_open_per_person",
            ),
            models.CheckConstraint(
                condition=models.Q(purged_at__isnull=True) | models.Q(free_text_purged_at__isnull=False),
                name="card_application_purged_after_free_text",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status"])]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} ({self.get_status_display()})"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN


class ApplicationEvent(models.Model):
    """One step in an application's history (submitted, confirmed, approved, ...)."""

    application = models.ForeignKey(CardApplication, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("Schritt"), max_length=40)
    text = models.CharField(_("Beschreibung"), max_length=500)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Verlaufseintrag")
        verbose_name_plural = _("Verlauf")

    def __str__(self) -> str:
        return self.text


class Activity(models.Model):
    """One volunteer activity stated in an application, with its evidence."""

    class Evidence(models.TextChoices):
        PENDING = "pending", _("Bestätigung ausstehend")
        CONFIRMED = "confirmed", _("Von der Organisation bestätigt")
        REJECTED = "rejected", _("Von der Organisation nicht bestätigt")
        FROM_VOLUNTEERING = "from_volunteering", _("Bestätigte Stunden aus „Mach mit!“")
        RECORDED = "recorded", _("Von der Koordination bestätigt")

    class Period(models.TextChoices):
        WEEK = "week", _("pro Woche")
        YEAR = "year", _("pro Jahr")

    # Evidence the coordinator may still settle with a note (services.record_evidence).
    SETTLEABLE = (Evidence.PENDING, Evidence.FROM_VOLUNTEERING)

    application = models.ForeignKey(CardApplication, on_delete=models.CASCADE, related_name="activities")
    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("Organisation aus dem Durchblick"),
    )
    organisation_name = models.CharField(_("Name der Organisation"), max_length=200, blank=True)
    organisation_kind = models.CharField(max_length=20, blank=True)
    description = models.CharField(_("Was tun Sie dort?"), max_length=300, blank=True)
    contact_email = models.EmailField(_("E-Mail-Adresse für die Bestätigung"), blank=True)
    since = models.DateField(_("Seit wann"))
    hours = models.DecimalField(_("Stunden"), max_digits=6, decimal_places=1)
    period = models.CharField(_("Zeitraum"), max_length=4, choices=Period.choices, default=Period.WEEK)
    paid_allowance = models.BooleanField(_("Aufwandsentschädigung erhalten"), default=False)
    allowance_per_year = models.DecimalField(
        _("Aufwandsentschädigung pro Jahr (EUR)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    evidence = models.CharField(_("Nachweis"), max_length=20, choices=Evidence.choices, default=Evidence.PENDING)
    evidence_note = models.CharField(_("Anmerkung zum Nachweis"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["since", "pk"]
        verbose_name = _("Tätigkeit")
        verbose_name_plural = _("Tätigkeiten")
        constraints = [
            models.CheckConstraint(condition=models.Q(hours__gt=0), name="card_activity_hours_positive"),
            models.CheckConstraint(
                condition=models.Q(allowance_per_year__isnull=True) | models.Q(allowance_per_year__gte=0),
                name="card_activity_allowance_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.organisation.name if self.organisation_id else self.organisation_name


class ActivityConfirmation(models.Model):
    """A one-time link for the organisation's contact to confirm or reject an activity, with
    where its address came from: a directory organisation's own address, or the applicant.
    Only the digest of the link's token is stored (core.tokens)."""

    class Source(models.TextChoices):
        ORGANISATION = "organisation", _("E-Mail-Adresse der Organisation im Durchblick")
        CONTACT = "contact", _("Öffentliche Adresse einer Ansprechperson im Durchblick")
        APPLICANT = "applicant", _("Von der antragstellenden Person angegeben")

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="confirmations")
    token_hash = tokens.token_hash_field()
    email = models.EmailField()
    source = models.CharField(
        _("Herkunft der Adresse"), max_length=20, choices=Source.choices, default=Source.APPLICANT
    )
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    confirmed = models.BooleanField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Bestätigungslink")
        verbose_name_plural = _("Bestätigungslinks")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(source__in=["organisation", "contact", "applicant"]),
                name="card_confirmation_source_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity} → {self.email}"


class SigningKey(models.Model):
    """An Ed25519 key of a municipality. The private key is stored encrypted with a key
    derived from SECRET_KEY and never leaves the server. After a rotation the old key signs
    nothing new; its public key stays published until the last card it signed expires."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="card_keys")
    key_id = models.PositiveIntegerField(_("Schlüsselnummer"))
    public_key = models.BinaryField(max_length=32)
    private_key_encrypted = models.BinaryField()
    active = models.BooleanField(_("Aktiv"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["key_id"]
        verbose_name = _("Signaturschlüssel")
        verbose_name_plural = _("Signaturschlüssel")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "key_id"], name="card_key_id_per_municipality"),
            models.UniqueConstraint(
                fields=["municipality"], condition=models.Q(active=True), name="card_one_active_key_per_municipality"
            ),
            models.CheckConstraint(condition=models.Q(key_id__lte=65535), name="card_key_id_fits_two_bytes"),
        ]

    def __str__(self) -> str:
        return f"{self.municipality} #{self.key_id}"


class Card(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Gültig")
        REVOKED = "revoked", _("Gesperrt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="cards")
    application = models.OneToOneField(
        CardApplication, on_delete=models.SET_NULL, null=True, blank=True, related_name="card"
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="cards"
    )
    number = models.PositiveIntegerField(_("Kartennummer"))
    holder_name = models.CharField(_("Name der Karteninhaberin / des Karteninhabers"), max_length=170)
    short_name = models.CharField(_("Kurzname"), max_length=40)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    organisation_kinds = models.JSONField(default=list, blank=True)
    valid_from = models.DateField(_("Gültig ab"))
    valid_until = models.DateField(_("Gültig bis"))
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    revoked_reason = models.CharField(_("Grund der Sperrung"), max_length=300, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    key = models.ForeignKey(SigningKey, on_delete=models.PROTECT, related_name="cards")
    signature = models.BinaryField(max_length=64)
    handed_over_at = models.DateTimeField(_("Übergeben am"), null=True, blank=True)
    id_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    renewal_reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_from", "-number"]
        verbose_name = _("Ehrenamtskarte")
        verbose_name_plural = _("Ehrenamtskarten")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "number"], name="card_number_per_municipality"),
            models.CheckConstraint(condition=models.Q(valid_until__gt=models.F("valid_from")), name="card_valid_range"),
            models.CheckConstraint(
                condition=models.Q(status="active") | ~models.Q(revoked_reason=""), name="card_revoked_has_reason"
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status", "valid_until"])]

    def __str__(self) -> str:
        return f"{self.display_number} {self.holder_name}"

    @property
    def display_number(self) -> str:
        return f"{self.number:06d}"


class AcceptancePartner(models.Model):
    class Category(models.TextChoices):
        MUSEUM = "museum", _("Museum")
        CULTURE = "kultur", _("Kultur")
        SPORT = "sport", _("Sport")
        GASTRONOMY = "gastronomie", _("Gastronomie")
        RETAIL = "einzelhandel", _("Einzelhandel")
        SERVICE = "dienstleistung", _("Dienstleistung")
        EDUCATION = "bildung", _("Bildung")
        OTHER = "sonstiges", _("Sonstiges")

    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet auf Freigabe")
        APPROVED = "approved", _("Freigegeben")
        REJECTED = "rejected", _("Abgelehnt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="acceptance_partners")
    name = models.CharField(_("Name"), max_length=160)
    category = models.CharField(_("Kategorie"), max_length=20, choices=Category.choices)
    street = models.CharField(_("Straße und Hausnummer"), max_length=120)
    postcode = PostcodeField(_("PLZ"))
    city = models.CharField(_("Ort"), max_length=80)
    website = models.URLField(_("Webseite"), blank=True)
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="acceptance_partners", verbose_name=_("Konten")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Akzeptanzpartner")
        verbose_name_plural = _("Akzeptanzpartner")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="card_partner_name_per_municipality"),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
                name="card_partner_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True) | models.Q(longitude__gte=-180, longitude__lte=180),
                name="card_partner_longitude_range",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status", "category"])]

    def __str__(self) -> str:
        return self.name


class Benefit(models.Model):
    """Vergünstigung: what a cardholder gets, e.g. "10 % Rabatt" or "freier Eintritt"."""

    partner = models.ForeignKey(AcceptancePartner, on_delete=models.CASCADE, related_name="benefits")
    text = models.CharField(_("Vergünstigung"), max_length=200)
    valid_until = models.DateField(_("Gültig bis"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Vergünstigung")
        verbose_name_plural = _("Vergünstigungen")

    def __str__(self) -> str:
        return self.text


class VerificationCount(models.Model):
    """How many cards a partner checked in a month, how many of the look-ups were by card
    number and how many of those were refused over the limit (not checked, not in `count`).
    No card, no person, no time of day."""

    partner = models.ForeignKey(AcceptancePartner, on_delete=models.CASCADE, related_name="verification_counts")
    month = models.DateField(_("Monat"))
    count = models.PositiveIntegerField(_("Anzahl"), default=0)
    number_lookups = models.PositiveIntegerField(_("Abfragen per Kartennummer"), default=0)
    refused_lookups = models.PositiveIntegerField(_("Abgewiesene Abfragen per Kartennummer"), default=0)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("Prüfungen pro Monat")
        verbose_name_plural = _("Prüfungen pro Monat")
        constraints = [
            models.UniqueConstraint(fields=["partner", "month"], name="card_verification_count_per_month"),
            models.CheckConstraint(condition=models.Q(month__day=1), name="card_verification_month_first_day"),
        ]

    def __str__(self) -> str:
        return f"{self.partner} {self.month:%Y-%m}: {self.count}"
