"""Mach mit!: opportunities, shifts, volunteer profiles, interests, messages, hours and
certificates (Ehrenamtsnachweis)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import RichTextField
from engagiert.core.models import District, Municipality, SearchTermBase, TimestampedModel
from engagiert.directory.models import Competency, ContactPerson, Organisation, Topic

WEEKDAYS = [_("montags"), _("dienstags"), _("mittwochs"), _("donnerstags"), _("freitags"), _("samstags"), _("sonntags")]
WEEKDAY_NAMES = [_("Mo"), _("Di"), _("Mi"), _("Do"), _("Fr"), _("Sa"), _("So")]
DAYTIMES = [_("vormittags"), _("nachmittags"), _("abends")]


def slot_bit(weekday: int, daytime: int) -> int:
    """Availability is a bit mask: bit weekday*3+daytime (Monday = 0, morning = 0)."""
    return 1 << (weekday * 3 + daytime)


def slot_choices() -> list[tuple[str, str]]:
    return [
        (str(weekday * 3 + daytime), f"{WEEKDAYS[weekday]} {DAYTIMES[daytime]}")
        for weekday in range(7)
        for daytime in range(3)
    ]


def slot_labels(mask: int) -> list[str]:
    return [
        f"{WEEKDAYS[weekday]} {DAYTIMES[daytime]}"
        for weekday in range(7)
        for daytime in range(3)
        if mask & slot_bit(weekday, daytime)
    ]


def language_list(codes: str) -> list[str]:
    return [code.strip().lower() for code in (codes or "").split(",") if code.strip()]


class Opportunity(TimestampedModel):
    """Engagementangebot of an organisation."""

    class Kind(models.TextChoices):
        ONE_OFF = "one_off", _("Einmalig")
        REGULAR = "regular", _("Regelmäßig")
        PROJECT = "project", _("Projekt")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        PENDING = "pending", _("Wartet auf Freigabe")
        PUBLISHED = "published", _("Veröffentlicht")
        FILLED = "filled", _("Besetzt")
        ARCHIVED = "archived", _("Archiviert")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="opportunities")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="opportunities", verbose_name=_("Organisation")
    )
    title = models.CharField(_("Titel"), max_length=160)
    description = RichTextField(_("Beschreibung"), blank=True)
    tasks = models.TextField(_("Aufgaben"), blank=True, max_length=3000)
    topics = models.ManyToManyField(Topic, blank=True, related_name="opportunities", verbose_name=_("Themenfelder"))
    skills = models.ManyToManyField(
        Competency, blank=True, related_name="opportunities", verbose_name=_("Gesuchte Fähigkeiten")
    )
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.REGULAR)
    hours_per_week = models.DecimalField(_("Stunden pro Woche"), max_digits=4, decimal_places=1, null=True, blank=True)
    hours_total = models.DecimalField(_("Stunden insgesamt"), max_digits=6, decimal_places=1, null=True, blank=True)
    schedule = models.CharField(_("Zeiten"), max_length=200, blank=True, help_text=_("z. B. dienstags 15–17 Uhr"))
    availability = models.PositiveIntegerField(_("Wann"), default=0)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Stadtteil")
    )
    address = models.CharField(_("Adresse"), max_length=200, blank=True)
    remote = models.BooleanField(_("Auch von zu Hause aus möglich"), default=False)
    languages = models.CharField(
        _("Sprachen"), max_length=100, blank=True, help_text=_("Sprachkürzel, durch Komma getrennt, z. B. de, ar")
    )
    minimum_age = models.PositiveSmallIntegerField(_("Mindestalter"), default=0)
    requirements = models.CharField(
        _("Voraussetzungen"), max_length=300, blank=True, help_text=_("z. B. erweitertes Führungszeugnis")
    )
    accessibility = models.CharField(_("Barrierefreiheit"), max_length=300, blank=True)
    contact = models.ForeignKey(
        ContactPerson, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Ansprechpartner*in")
    )
    people_wanted = models.PositiveSmallIntegerField(_("Gesuchte Personen"), default=1)
    # An offer tied to a date closes itself after it (as after its last shift): see
    # volunteering.selectors.closed_condition.
    ends_on = models.DateField(
        _("Letzter Tag"),
        null=True,
        blank=True,
        help_text=_("Nach diesem Tag ist das Angebot abgeschlossen, z. B. der Tag einer Veranstaltung."),
    )
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    confirmed_current_at = models.DateTimeField(_("Zuletzt als aktuell bestätigt"))
    stale_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-confirmed_current_at", "pk"]
        verbose_name = _("Engagementangebot")
        verbose_name_plural = _("Engagementangebote")
        constraints = [
            models.CheckConstraint(condition=models.Q(people_wanted__gte=1), name="opportunity_people_wanted"),
            models.CheckConstraint(condition=models.Q(minimum_age__lte=99), name="opportunity_minimum_age"),
            models.CheckConstraint(
                condition=models.Q(hours_per_week__isnull=True) | models.Q(hours_per_week__gt=0),
                name="opportunity_hours_per_week_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(hours_total__isnull=True) | models.Q(hours_total__gt=0),
                name="opportunity_hours_total_positive",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "status", "confirmed_current_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("volunteering:detail", kwargs={"municipality": self.municipality.slug, "pk": self.pk})

    @property
    def language_codes(self) -> list[str]:
        return language_list(self.languages)

    @property
    def slot_labels(self) -> list[str]:
        return slot_labels(self.availability)


class OpportunitySearchTerm(SearchTermBase):
    """Search terms of an opportunity (volunteering/indexing.py)."""

    owner_field = "opportunity"
    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="search_terms")

    class Meta:
        constraints = [SearchTermBase.unique_term(owner="opportunity", name="opportunity_term_unique")]
        # Mach mit! is searched within municipalities only.
        indexes = SearchTermBase.term_indexes(owner="opportunity", in_town="opp_search_muni_term_cover")


class Shift(models.Model):
    """A time slot of an opportunity that a number of people can sign up for."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="shifts")
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    slots = models.PositiveSmallIntegerField(_("Plätze"), default=1)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("Schicht")
        verbose_name_plural = _("Schichten")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after"),
            models.CheckConstraint(condition=models.Q(slots__gte=1), name="shift_slots_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.opportunity} {self.starts_at:%Y-%m-%d %H:%M}"


class ShiftSignup(models.Model):
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="signups")
    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shift_signups")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["shift", "volunteer"], name="shift_signup_unique")]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.shift}"


class VolunteerProfile(models.Model):
    """What a volunteer offers, used for suggestions. One per person and municipality."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profiles")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="volunteer_profiles")
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="+", verbose_name=_("Themen, die mich interessieren")
    )
    skills = models.ManyToManyField(Competency, blank=True, related_name="+", verbose_name=_("Was ich kann"))
    availability = models.PositiveIntegerField(_("Wann ich Zeit habe"), default=0)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Mein Stadtteil")
    )
    travel_km = models.PositiveSmallIntegerField(_("So weit würde ich fahren (km)"), default=5)
    languages = models.CharField(_("Sprachen"), max_length=100, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("Geburtsjahr"), null=True, blank=True)
    allow_contact = models.BooleanField(_("Organisationen dürfen mich ansprechen"), default=False)
    # The language the person uses the site in (set when they save the profile or express
    # interest); their e-mails are written in it.
    language = models.CharField(max_length=10, default="de", editable=False)
    joined_on = models.DateField(_("Dabei seit"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Profil als Freiwillige*r")
        verbose_name_plural = _("Profile von Freiwilligen")
        constraints = [
            models.UniqueConstraint(fields=["user", "municipality"], name="volunteer_profile_unique"),
            models.CheckConstraint(
                condition=models.Q(birth_year__isnull=True) | models.Q(birth_year__gte=1900, birth_year__lte=2100),
                name="volunteer_birth_year_range",
            ),
            models.CheckConstraint(condition=models.Q(travel_km__lte=500), name="volunteer_travel_km_range"),
        ]
        indexes = [models.Index(fields=["municipality", "allow_contact"])]

    def __str__(self) -> str:
        return f"{self.user} ({self.municipality})"

    @property
    def language_codes(self) -> list[str]:
        return language_list(self.languages)


class Interest(models.Model):
    """A volunteer wants to join an opportunity; the organisation accepts or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Offen")
        ACCEPTED = "accepted", _("Angenommen")
        DECLINED = "declined", _("Abgelehnt")

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="interests")
    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interests")
    message = models.TextField(_("Nachricht"), max_length=2000, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(max_length=10, default="de", editable=False)  # of the person, for e-mails
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Interesse")
        verbose_name_plural = _("Interessen")
        constraints = [models.UniqueConstraint(fields=["opportunity", "volunteer"], name="interest_unique")]

    def __str__(self) -> str:
        return f"{self.volunteer} → {self.opportunity}"


class Invitation(models.Model):
    """An organisation invited a volunteer who allowed contact; the volunteer gets an
    e-mail from the platform, the organisation learns nothing about them until they reply."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="invitations")
    profile = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="invitations")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["opportunity", "profile"], name="invitation_unique")]

    def __str__(self) -> str:
        return f"{self.profile_id} → {self.opportunity}"


class Message(models.Model):
    """A message between a volunteer and an organisation about one interest."""

    interest = models.ForeignKey(Interest, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    from_organisation = models.BooleanField(default=False)
    body = models.TextField(_("Nachricht"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.body[:40]


class HourEntry(models.Model):
    """Engagementstunden of one person on one day. Confirmed entries are never deleted,
    only corrected (HourCorrection). When the person deletes their account, `volunteer`
    becomes NULL and the note is cleared: the hours remain as anonymous totals."""

    class Status(models.TextChoices):
        LOGGED = "logged", _("Erfasst")
        CONFIRMED = "confirmed", _("Bestätigt")
        DECLINED = "declined", _("Abgelehnt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="hour_entries")
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="hour_entries"
    )
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.SET_NULL, null=True, blank=True, related_name="hour_entries"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="hour_entries"
    )
    activity = models.CharField(_("Tätigkeit"), max_length=160)
    organisation_name = models.CharField(_("Organisation"), max_length=200)
    date = models.DateField(_("Datum"))
    hours = models.DecimalField(_("Stunden"), max_digits=4, decimal_places=2)
    note = models.CharField(_("Notiz"), max_length=300, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.LOGGED)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("Engagementstunden")
        verbose_name_plural = _("Engagementstunden")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=Decimal("0"), hours__lte=Decimal("24")), name="hour_entry_hours_range"
            ),
        ]
        indexes = [
            # Covering: a person's totals per year are read from the index alone, wherever
            # the rows lie in the table.
            models.Index(fields=["volunteer", "municipality", "status", "date", "hours"], name="hours_person_cover"),
            models.Index(fields=["organisation", "status", "date"]),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.hours} h {self.activity}"


class HourCorrection(models.Model):
    """History of corrections to an entry (old and new values, who, why)."""

    entry = models.ForeignKey(HourEntry, on_delete=models.CASCADE, related_name="corrections")
    old_date = models.DateField()
    new_date = models.DateField()
    old_hours = models.DecimalField(max_digits=4, decimal_places=2)
    new_hours = models.DecimalField(max_digits=4, decimal_places=2)
    reason = models.CharField(_("Begründung"), max_length=300)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    corrected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["corrected_at", "pk"]

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.old_hours} → {self.new_hours}"


class Certificate(models.Model):
    """An issued Ehrenamtsnachweis: a random code, what it said (snapshot) and its hash."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="certificates")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    code = models.CharField(max_length=32, unique=True)
    content = models.JSONField()
    content_hash = models.CharField(max_length=64)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("Ehrenamtsnachweis")
        verbose_name_plural = _("Ehrenamtsnachweise")

    def __str__(self) -> str:
        return self.code
