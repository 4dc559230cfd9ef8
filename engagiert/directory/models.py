"""Durchblick: the network directory of organisations, their people and competencies."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import PhoneField, PostcodeField, RichTextField
from engagiert.core.models import District, ModeratedChange, Municipality, SearchTermBase, TimestampedModel
from engagiert.core.search import sort_key


class Topic(models.Model):
    """Themenfeld, shared by all municipalities. Name is translated (modeltranslation)."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("Name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Themenfeld")
        verbose_name_plural = _("Themenfelder")

    def __str__(self) -> str:
        return self.name


class DiversityDimension(models.Model):
    """Vielfaltsdimension of the Charta der Vielfalt."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("Name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Vielfaltsdimension")
        verbose_name_plural = _("Vielfaltsdimensionen")

    def __str__(self) -> str:
        return self.name


class Programme(models.Model):
    """Programme or network (Engagierte Stadt, Partnerschaft für Demokratie, ...).
    Nationwide when `municipality` is empty, otherwise local to it."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("Name"), max_length=160)
    description = RichTextField(_("Beschreibung"), blank=True)
    website = models.URLField(_("Webseite"), blank=True)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Programm")
        verbose_name_plural = _("Programme")

    def __str__(self) -> str:
        return self.name


class Competency(models.Model):
    """Kernkompetenz of a contact person, e.g. "Fördermittelberatung"."""

    name = models.CharField(_("Name"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kompetenz")
        verbose_name_plural = _("Kompetenzen")

    def __str__(self) -> str:
        return self.name


class Organisation(TimestampedModel):
    class Kind(models.TextChoices):
        ASSOCIATION = "verein", _("Verein")
        INITIATIVE = "initiative", _("Initiative")
        OFFICE = "office", _("Amt / Verwaltung")
        COMPANY = "company", _("Unternehmen")
        SCHOOL = "school", _("Schule / Hochschule")
        CHURCH = "church", _("Kirche / Religionsgemeinschaft")
        FOUNDATION = "foundation", _("Stiftung")
        FACILITY = "facility", _("Einrichtung")

    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet auf Freigabe")
        PUBLISHED = "published", _("Veröffentlicht")
        REJECTED = "rejected", _("Abgelehnt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="organisations")
    name = models.CharField(_("Name"), max_length=200)
    sort_name = models.CharField(max_length=200, editable=False, default="")
    slug = models.SlugField(_("Kürzel"), max_length=220)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    trusted = models.BooleanField(
        _("Vertrauenswürdig"), default=False, help_text=_("Änderungen gehen ohne Freigabe online.")
    )
    description = RichTextField(_("Beschreibung"), blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    postcode = PostcodeField(_("PLZ"), blank=True)
    city = models.CharField(_("Ort"), max_length=80, blank=True)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("Stadtteil")
    )
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True)
    website = models.URLField(_("Webseite"), blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = PhoneField(_("Telefon"), blank=True)
    logo = models.ImageField(
        _("Logo"), upload_to="logos/", blank=True, width_field="logo_width", height_field="logo_height"
    )
    # Stored with the logo, so pages give width and height without opening the file.
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    topics = models.ManyToManyField(Topic, blank=True, related_name="organisations", verbose_name=_("Themenfelder"))
    diversity_dimensions = models.ManyToManyField(
        DiversityDimension, blank=True, related_name="organisations", verbose_name=_("Vielfaltsdimensionen")
    )
    programmes = models.ManyToManyField(
        Programme, through="ProgrammeMembership", blank=True, related_name="organisations", verbose_name=_("Programme")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        indexes = [
            models.Index(fields=["municipality", "status", "sort_name"]),
            # Search joins its matches to the published organisations and orders ties by name:
            # read from this index alone, per municipality or for all.
            models.Index(
                fields=["municipality", "id", "sort_name"],
                condition=models.Q(status="published"),
                name="organisation_published_cover",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "slug"], name="organisation_slug_per_municipality"),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
                name="organisation_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True) | models.Q(longitude__gte=-180, longitude__lte=180),
                name="organisation_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name)
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("directory:detail", kwargs={"municipality": self.municipality.slug, "slug": self.slug})


class ProgrammeMembership(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE)
    role = models.CharField(_("Rolle im Programm"), max_length=120, blank=True)
    since = models.DateField(_("Seit"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "programme"], name="membership_unique")]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.programme}"


class ContactPerson(models.Model):
    """Ansprechpartner*in. E-mail and phone are public only when the person opted in."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("Name"), max_length=120)
    role = models.CharField(_("Funktion"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = PhoneField(_("Telefon"), blank=True)
    contact_public = models.BooleanField(
        _("Kontaktdaten öffentlich zeigen"), default=False, help_text=_("Nur mit Einwilligung der Person.")
    )
    competencies = models.ManyToManyField(Competency, blank=True, related_name="contacts")
    languages = models.CharField(
        _("Sprachen"), max_length=100, blank=True, help_text=_("Sprachkürzel, durch Komma getrennt, z. B. de, en, ar")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ansprechpartner*in")
        verbose_name_plural = _("Ansprechpartner*innen")

    def __str__(self) -> str:
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class CooperationAgreement(models.Model):
    """Kooperationsvereinbarung between city, civil society and businesses."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="agreements")
    title = models.CharField(_("Titel"), max_length=200)
    signed_on = models.DateField(_("Unterzeichnet am"), null=True, blank=True)
    description = RichTextField(_("Beschreibung"), blank=True)
    parties = models.ManyToManyField(Organisation, related_name="agreements", verbose_name=_("Beteiligte"))

    class Meta:
        ordering = ["-signed_on"]
        verbose_name = _("Kooperationsvereinbarung")
        verbose_name_plural = _("Kooperationsvereinbarungen")

    def __str__(self) -> str:
        return self.title


class OrganisationEditor(models.Model):
    """A user who keeps an organisation's profile current. Active once a coordinator approves."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Angefragt")
        ACTIVE = "active", _("Aktiv")
        REJECTED = "rejected", _("Abgelehnt")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="editors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editorships")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    message = models.TextField(_("Nachricht an die Koordination"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="editor_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_status_display()})"


class OrganisationChange(ModeratedChange):
    """One proposed or applied change to an organisation (see ModeratedChange). Besides
    edits of the profile, the history records registrations, coordinators' decisions,
    edits in the admin and changes of the trusted flag, each with its `action`."""

    class Action(models.TextChoices):
        EDIT = "edit", _("Änderung am Eintrag")
        REGISTRATION = "registration", _("Eintragung")
        PUBLISHED = "published", _("Eintrag freigegeben")
        REJECTED = "rejected", _("Eintrag abgelehnt")
        EDITOR_APPROVED = "editor_approved", _("Redaktion freigegeben")
        EDITOR_REJECTED = "editor_rejected", _("Redaktionsanfrage abgelehnt")
        TRUSTED = "trusted", _("Vertrauensstatus geändert")
        ADMIN_EDIT = "admin_edit", _("Änderung durch die Plattform-Administration")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(_("Vorgang"), max_length=20, choices=Action.choices, default=Action.EDIT)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.created_at:%Y-%m-%d}, {self.get_status_display()})"


class OrganisationSearchTerm(SearchTermBase):
    """Search terms of an organisation (directory/indexing.py), rebuilt whenever it, its
    contacts or something it is found by change."""

    owner_field = "organisation"
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="search_terms")

    class Meta:
        constraints = [SearchTermBase.unique_term(owner="organisation", name="search_term_unique")]
        indexes = SearchTermBase.term_indexes(
            owner="organisation", in_town="search_muni_term_cover", everywhere="search_term_cover"
        )
