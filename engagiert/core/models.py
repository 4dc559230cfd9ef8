"""Tenancy and accounts: municipalities, regional networks, districts, users and roles."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from engagiert.core.languages import language_choices, language_codes


class User(AbstractUser):
    """A person with an account. Logs in with e-mail (django-allauth)."""

    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    # The language of the person's e-mails (core.mail); set from the page language at sign-up.
    preferred_language = models.CharField(
        _("Sprache Ihrer E-Mails"), max_length=8, choices=language_choices, default="de"
    )

    def __str__(self) -> str:
        return self.get_full_name() or self.email


# First path segments of the site that a municipality's slug must not take.
RESERVED_SLUGS = frozenset(
    {"admin", "accounts", "api", "i18n", "healthz", "media", "static", "schriftgroesse", "mein-konto"}
)


def validate_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(_("Dieses Kürzel ist für die Plattform reserviert."))


def default_languages() -> str:
    return ",".join(language_codes())


def validate_languages(value: str) -> None:
    unknown = [code for code in value.split(",") if code.strip() not in language_codes()]
    if unknown:
        raise ValidationError(
            _("Unbekannte Sprache: %(codes)s. Möglich sind: %(known)s.")
            % {"codes": ", ".join(unknown), "known": default_languages()}
        )


class Municipality(models.Model):
    """A Kommune: the tenant. Every piece of content belongs to exactly one."""

    name = models.CharField(_("Name"), max_length=120)
    slug = models.SlugField(_("Kürzel in der Adresse"), unique=True, validators=[validate_not_reserved])
    ags = models.CharField(_("Amtlicher Gemeindeschlüssel"), max_length=8, unique=True)
    state = models.CharField(_("Bundesland"), max_length=60)
    office = models.CharField(_("Koordinierende Stelle"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    street = models.CharField(_("Straße"), max_length=120, blank=True)
    postcode = models.CharField(_("PLZ"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=80, blank=True)
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True)
    languages = models.CharField(
        _("Sprachen"),
        max_length=60,
        default=default_languages,
        validators=[validate_languages],
        help_text=_("Kürzel der Sprachen, die der Sprachwechsler anbietet, durch Kommas getrennt (z. B. de,en,ar,uk)."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")

    def __str__(self) -> str:
        return self.name

    def language_codes(self) -> list[str]:
        """The languages its pages offer, in the platform's order; German always."""
        chosen = {code.strip() for code in self.languages.split(",")} | {settings.LANGUAGE_CODE}
        return [code for code in language_codes() if code in chosen]


class RegionalNetwork(models.Model):
    """Several municipalities that run shared campaigns (e.g. Regionalnetzwerk Anhalt)."""

    name = models.CharField(_("Name"), max_length=120)
    slug = models.SlugField(_("Kürzel"), unique=True)
    municipalities = models.ManyToManyField(Municipality, related_name="networks", verbose_name=_("Kommunen"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("Regionalnetzwerk")
        verbose_name_plural = _("Regionalnetzwerke")

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """A Stadtteil, Ortsteil or Quartier of a municipality; quarters have a parent."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="districts")
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children")
    name = models.CharField(_("Name"), max_length=120)
    slug = models.SlugField(_("Kürzel"))
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Stadtteil")
        verbose_name_plural = _("Stadtteile")
        constraints = [models.UniqueConstraint(fields=["municipality", "slug"], name="district_slug_per_municipality")]

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    """A municipality-wide role of a user. Organisation editors are kept per organisation
    in the directory (OrganisationEditor); platform admins are superusers."""

    class Kind(models.TextChoices):
        COORDINATOR = "coordinator", _("Koordination")
        COMMITTEE_MEMBER = "committee", _("Mitglied im Begleitausschuss")
        ACCEPTANCE_PARTNER = "partner", _("Akzeptanzpartner")
        VOLUNTEER = "volunteer", _("Freiwillige*r")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="roles")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(_("Rolle"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Rolle")
        verbose_name_plural = _("Rollen")
        constraints = [
            models.UniqueConstraint(fields=["user", "municipality", "kind"], name="role_unique_per_municipality"),
            models.CheckConstraint(
                condition=models.Q(kind__in=["coordinator", "committee", "partner", "volunteer"]),
                name="role_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_kind_display()} ({self.municipality})"


class AccessibilityFeedback(models.Model):
    """Feedback on barriers, sent from the accessibility statement page (BGG LSA)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="accessibility_feedback")
    name = models.CharField(_("Name"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail-Adresse für eine Antwort"), blank=True)
    page_url = models.CharField(_("Betroffene Seite"), max_length=500, blank=True)
    message = models.TextField(_("Ihre Nachricht"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Rückmeldung zur Barrierefreiheit")
        verbose_name_plural = _("Rückmeldungen zur Barrierefreiheit")

    def __str__(self) -> str:
        return f"{self.municipality}: {self.message[:40]}"


class ModeratedChange(models.Model):
    """A proposed or applied change to a published object: the moderation queue and the
    history in one place. `changes` maps a field name to [old value, new value] as JSON (ids
    for relations). Subclasses add the foreign key to what is changed (directory
    organisations, events)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet auf Freigabe")
        APPLIED = "applied", _("Übernommen")
        REJECTED = "rejected", _("Abgelehnt")

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    changes = models.JSONField(default=dict)
    note = models.CharField(_("Begründung"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
