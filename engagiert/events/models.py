"""Begegnungen: venues, events (single or from a weekly series), registrations, attendance."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import PostcodeField, RichTextField
from engagiert.core.models import District, ModeratedChange, Municipality, SearchTermBase, TimestampedModel
from engagiert.directory.models import Organisation, Topic

# Accessibility features of a venue or event: field name -> label (and filter slug).
ACCESSIBILITY_FEATURES = {
    "wheelchair": _("Rollstuhlgerecht"),
    "accessible_toilet": _("Barrierefreies WC"),
    "induction_loop": _("Induktionsschleife"),
    "sign_language": _("Gebärdensprachdolmetschung"),
    "easy_language": _("Leichte Sprache"),
    "childcare": _("Kinderbetreuung"),
}


class Venue(models.Model):
    """A place where events happen, with what it offers for accessibility."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="venues")
    name = models.CharField(_("Name"), max_length=200)
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    postcode = PostcodeField(_("PLZ"), blank=True)
    city = models.CharField(_("Ort"), max_length=80, blank=True)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Stadtteil")
    )
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True)
    wheelchair = models.BooleanField(ACCESSIBILITY_FEATURES["wheelchair"], default=False)
    accessible_toilet = models.BooleanField(ACCESSIBILITY_FEATURES["accessible_toilet"], default=False)
    induction_loop = models.BooleanField(ACCESSIBILITY_FEATURES["induction_loop"], default=False)
    sign_language = models.BooleanField(ACCESSIBILITY_FEATURES["sign_language"], default=False)
    easy_language = models.BooleanField(ACCESSIBILITY_FEATURES["easy_language"], default=False)
    childcare = models.BooleanField(ACCESSIBILITY_FEATURES["childcare"], default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Veranstaltungsort")
        verbose_name_plural = _("Veranstaltungsorte")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="venue_name_per_municipality"),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="venue_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="venue_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def address(self) -> str:
        return ", ".join(p for p in (self.street, f"{self.postcode} {self.city}".strip()) if p)

    @property
    def features(self) -> list[tuple[str, str]]:
        return [(name, label) for name, label in ACCESSIBILITY_FEATURES.items() if getattr(self, name)]


class Format(models.TextChoices):
    CONCERT = "concert", _("Konzert")
    DANCE = "dance", _("Tanz")
    FILM = "film", _("Film")
    DIALOGUE = "dialogue", _("Dialogveranstaltung")
    WORKSHOP = "workshop", _("Workshop / Schulung")
    CAFE = "cafe", _("Begegnungscafé")
    SPORT = "sport", _("Sport")
    READING = "reading", _("Lesung")
    MEETING = "meeting", _("Treffen / Mitmachlokal")
    CELEBRATION = "celebration", _("Fest / Auftakt")


FORMAT_LABELS = dict(Format.choices)


class EventSeries(models.Model):
    """A rule "every N weeks on a weekday at a time"; its dates are Events that can each be
    changed or cancelled on their own."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="event_series")
    title = models.CharField(_("Titel"), max_length=200)
    interval_weeks = models.PositiveSmallIntegerField(_("Alle … Wochen"), default=1)
    weekday = models.PositiveSmallIntegerField(_("Wochentag"), help_text=_("0 = Montag … 6 = Sonntag"))
    first_date = models.DateField(_("Erster Termin"))
    until = models.DateField(_("Letzter möglicher Termin"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Terminreihe")
        verbose_name_plural = _("Terminreihen")
        constraints = [
            models.CheckConstraint(condition=Q(interval_weeks__gte=1, interval_weeks__lte=52), name="series_interval"),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="series_weekday"),
            models.CheckConstraint(condition=Q(until__gte=models.F("first_date")), name="series_until_after_first"),
        ]

    def __str__(self) -> str:
        return self.title


class Event(TimestampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        PENDING = "pending", _("Wartet auf Freigabe")
        PUBLISHED = "published", _("Veröffentlicht")
        CANCELLED = "cancelled", _("Abgesagt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="events")
    series = models.ForeignKey(
        EventSeries, on_delete=models.SET_NULL, null=True, blank=True, related_name="events", verbose_name=_("Reihe")
    )
    title = models.CharField(_("Titel"), max_length=200)
    description = RichTextField(_("Beschreibung"), blank=True)
    format = models.CharField(_("Format"), max_length=20, choices=Format.choices)
    organisations = models.ManyToManyField(
        Organisation, related_name="events", blank=True, verbose_name=_("Veranstaltende Organisationen")
    )
    topics = models.ManyToManyField(Topic, related_name="events", blank=True, verbose_name=_("Themenfelder"))
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Stadtteil")
    )
    venue = models.ForeignKey(
        Venue, on_delete=models.SET_NULL, null=True, blank=True, related_name="events", verbose_name=_("Ort")
    )
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(_("Ende"))
    online_url = models.URLField(_("Online-Link"), blank=True)
    # Re-encoded on upload (engagiert.core.images): PNG without metadata.
    image = models.ImageField(
        _("Bild"), upload_to="events/", blank=True, width_field="image_width", height_field="image_height"
    )
    # Stored with the image, so pages give width and height without opening the file.
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("Bildbeschreibung"),
        max_length=250,
        blank=True,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können."),
    )
    is_free = models.BooleanField(_("Eintritt frei"), default=True)
    price = models.CharField(_("Preis"), max_length=80, blank=True)
    languages = models.CharField(
        _("Sprachen"), max_length=60, default="de", help_text=_("Sprachkürzel, durch Komma getrennt, z. B. de, ar")
    )
    target_group = models.CharField(_("Zielgruppe"), max_length=200, blank=True)
    registration_required = models.BooleanField(_("Anmeldung erforderlich"), default=False)
    capacity = models.PositiveIntegerField(_("Plätze"), null=True, blank=True)
    registration_opens = models.DateTimeField(_("Anmeldung ab"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("Anmeldung bis"), null=True, blank=True)
    waiting_list = models.BooleanField(_("Warteliste"), default=True)
    companions_allowed = models.PositiveSmallIntegerField(_("Begleitpersonen je Anmeldung"), default=0)
    head_count = models.PositiveIntegerField(_("Gezählte Gäste"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="event_end_after_start"),
            models.CheckConstraint(condition=Q(capacity__isnull=True) | Q(capacity__gte=0), name="event_capacity"),
            models.CheckConstraint(
                condition=Q(registration_opens__isnull=True)
                | Q(registration_closes__isnull=True)
                | Q(registration_closes__gt=models.F("registration_opens")),
                name="event_registration_window",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending", "published", "cancelled"]), name="event_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["municipality", "status", "start"]),
            # The public calendar: walked in start order, stops after a page of matches. The
            # trailing "end" is checked inside the index, so past events (the calendar shows
            # those that have not ended) are skipped without reading their rows.
            models.Index(
                fields=["municipality", "start", "id", "end"],
                condition=Q(status__in=["published", "cancelled"]),
                name="event_public_calendar_end",
            ),
            # The same over the whole installation (the API without a municipality).
            models.Index(
                fields=["start", "id", "end"],
                condition=Q(status__in=["published", "cancelled"]),
                name="event_public_start",
            ),
            # The same, for a calendar filtered by format (the most common filter).
            models.Index(
                fields=["municipality", "format", "start", "id", "end"],
                condition=Q(status__in=["published", "cancelled"]),
                name="event_public_format",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"municipality": self.municipality.slug, "pk": self.pk})

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    @property
    def format_label(self) -> str:
        """As get_format_display(), without building the choices on every call (lists)."""
        return FORMAT_LABELS.get(self.format, self.format)

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self) -> bool:
        """The event has ended: it has taken place (or was cancelled) and takes no registration."""
        return self.end < timezone.now()

    @property
    def is_full(self) -> bool:
        """Every seat is taken; needs `seats_taken` (set by events.selectors.with_seats_taken or seat_counts)."""
        return (
            self.registration_required
            and self.capacity is not None
            and getattr(self, "seats_taken", 0) >= self.capacity
        )


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet auf Bestätigung")
        CONFIRMED = "confirmed", _("Bestätigt")
        WAITING = "waiting", _("Warteliste")
        CANCELLED = "cancelled", _("Storniert")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="event_registrations"
    )
    name = models.CharField(_("Name"), max_length=120)
    email = models.EmailField(_("E-Mail-Adresse"))
    companions = models.PositiveSmallIntegerField(_("Begleitpersonen"), default=0)
    needs = models.CharField(_("Unterstützungsbedarf"), max_length=300, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices)
    language = models.CharField(max_length=8, default="de")
    # Unconfirmed guest registrations hold their seat until then (double opt-in).
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"], condition=~Q(status="cancelled"), name="registration_active_per_email"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "confirmed", "waiting", "cancelled"]),
                name="registration_status_valid",
            ),
            models.CheckConstraint(condition=Q(companions__lte=20), name="registration_companions"),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.event}"

    @property
    def seats(self) -> int:
        return 1 + self.companions


class EventSearchTerm(SearchTermBase):
    """Search terms of an event (events/indexing.py)."""

    owner_field = "event"
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="search_terms")

    class Meta:
        constraints = [SearchTermBase.unique_term(owner="event", name="event_search_term_unique")]
        # The event search matches terms without ranking: the weight need not be in the index.
        indexes = SearchTermBase.term_indexes(
            owner="event", in_town="event_search_muni_term_event", everywhere="event_search_term_event", weight=False
        )


class EventChange(ModeratedChange):
    """A change to a published event by an editor of an organisation that is not trusted:
    it waits for a coordinator, as new events do, while the event stays as it was
    (see ModeratedChange)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="changes")

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Änderung an einer Veranstaltung")
        verbose_name_plural = _("Änderungen an Veranstaltungen")
        constraints = [
            # A newer proposal replaces the one still waiting.
            models.UniqueConstraint(fields=["event"], condition=Q(status="pending"), name="event_change_one_pending"),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "applied", "rejected"]), name="event_change_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} ({self.get_status_display()})"
