"""Tenancy and accounts: municipalities, regional networks, districts, users and roles."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from engagiert.core.colours import HEX_COLOUR_SQL, normalise_hex, validate_accent_colour
from engagiert.core.fields import PhoneField, PostcodeField
from engagiert.core.languages import language_choices, language_codes
from engagiert.core.search import TERM_MAX_LENGTH


class TimestampedModel(models.Model):
    """Abstract base of rows that keep when they were created and last saved."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class User(AbstractUser):
    """A person with an account. Logs in with e-mail (django-allauth)."""

    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    # The language of the person's e-mails (core.mail); set from the page language at sign-up.
    preferred_language = models.CharField(
        _("Sprache Ihrer E-Mails"), max_length=8, choices=language_choices, default="de"
    )

    class NameShown(models.TextChoices):
        FIRST = "first", _("Nur mein Vorname")
        FULL = "full", _("Mein Vor- und Nachname")

    # How organisations and coordinators see the person (display_name): asked at sign-up,
    # editable on "Mein Konto"; the first name only unless the person chooses more.
    name_shown = models.CharField(
        _("So sehen Organisationen Ihren Namen"), max_length=8, choices=NameShown.choices, default=NameShown.FIRST
    )

    class Meta(AbstractUser.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(name_shown__in=["first", "full"]), name="user_name_shown_valid"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        """The name organisations and coordinators see, as the person chose (name_shown):
        "Lea" or "Lea Schmidt"; "" for an account without that name (made before sign-up asked
        for one): templates then say "Eine Person" or, where it was shared, the address."""
        first, last = self.first_name.strip(), self.last_name.strip()
        if self.name_shown == self.NameShown.FULL:
            return f"{first} {last}".strip()
        return first


# First path segments of the site that a municipality's slug must not take.
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "accounts",
        "api",
        "i18n",
        "healthz",
        "media",
        "static",
        "schriftgroesse",
        "mein-konto",
        "redaktion",  # the portal's editors (Wagtail admin)
        "dokumente",  # the portal's documents
        "seitenschutz",  # the portal's pages with a password or for signed-in people
        "portal",  # the portal's root page
        "wirkung",  # the impact dashboard of the whole installation
    }
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
    phone = PhoneField(_("Telefon"), blank=True)
    street = models.CharField(_("Straße"), max_length=120, blank=True)
    postcode = PostcodeField(_("PLZ"), blank=True)
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
    # The data-protection officer (Art. 37-39 DSGVO), named in the privacy statement.
    dpo_name = models.CharField(_("Datenschutzbeauftragte*r"), max_length=120, blank=True)
    dpo_email = models.EmailField(_("E-Mail der/des Datenschutzbeauftragten"), blank=True)
    dpo_address = models.CharField(
        _("Anschrift der/des Datenschutzbeauftragten"),
        max_length=300,
        blank=True,
        help_text=_("Leer lassen, wenn sie der Anschrift der Kommune entspricht."),
    )
    # Town identity in the page header (base.html); empty: the platform's neutral KERN look.
    logo = models.ImageField(
        _("Logo oder Wappen"),
        upload_to="municipalities/",
        blank=True,
        help_text=_("Erscheint im Kopf jeder Seite; am besten ein PNG mit transparentem Hintergrund."),
    )
    accent_colour = models.CharField(
        _("Akzentfarbe"),
        max_length=7,
        blank=True,
        validators=[validate_accent_colour],
        help_text=_(
            "Farbe für Schaltflächen, Links und die Linie unter dem Kopf, als Hex-Wert (z. B. #1a5e8c). "
            "Sie braucht einen Kontrast von mindestens 4,5 : 1 zu Weiß. Leer: das neutrale Blau der Plattform."
        ),
    )
    header_image = models.ImageField(
        _("Titelbild"),
        upload_to="municipalities/",
        blank=True,
        help_text=_("Breites Foto für die Startseite der Kommune."),
    )
    header_image_alt = models.CharField(
        _("Beschreibung des Titelbilds"),
        max_length=200,
        blank=True,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen (Alternativtext)."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(accent_colour="") | models.Q(accent_colour__regex=HEX_COLOUR_SQL),
                name="municipality_accent_colour_hex",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean_fields(self, exclude=None):
        self.accent_colour = normalise_hex(self.accent_colour or "")
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        if self.header_image and not self.header_image_alt.strip():
            raise ValidationError(
                {"header_image_alt": _("Bitte beschreiben Sie das Titelbild in einem Satz (Alternativtext).")}
            )
        # A regional network's site lives at /<slug>/ too (the portal).
        if self.slug and RegionalNetwork.objects.filter(slug=self.slug).exists():
            raise ValidationError(
                {"slug": _("Ein Regionalnetzwerk hat schon dieses Kürzel; bitte wählen Sie ein anderes.")}
            )

    def language_codes(self) -> list[str]:
        """The languages its pages offer, in the platform's order; German always."""
        chosen = {code.strip() for code in self.languages.split(",")} | {settings.LANGUAGE_CODE}
        return [code for code in language_codes() if code in chosen]


class RegionalNetwork(models.Model):
    """Several municipalities that run shared campaigns (e.g. Regionalnetzwerk Anhalt)."""

    name = models.CharField(_("Name"), max_length=120)
    # Its site lives at /<slug>/ beside the towns' (the portal): no town may have the same slug.
    slug = models.SlugField(_("Kürzel"), unique=True, validators=[validate_not_reserved])
    municipalities = models.ManyToManyField(Municipality, related_name="networks", verbose_name=_("Kommunen"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("Regionalnetzwerk")
        verbose_name_plural = _("Regionalnetzwerke")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.slug and Municipality.objects.filter(slug=self.slug).exists():
            raise ValidationError({"slug": _("Eine Kommune hat schon dieses Kürzel; bitte wählen Sie ein anderes.")})


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


class SearchTermBase(models.Model):
    """Abstract row of a search index: one stemmed `term` of an owner with its `weight`
    (see core.search and core.indexing). A subclass declares the owner foreign key and names
    it in `owner_field`; `municipality` is copied from the owner for a narrow index."""

    owner_field: ClassVar[str]

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=TERM_MAX_LENGTH)
    weight = models.PositiveSmallIntegerField()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.term

    @staticmethod
    def unique_term(*, owner: str, name: str) -> models.UniqueConstraint:
        """The constraint of a subclass's Meta: each term once per owner."""
        return models.UniqueConstraint(fields=[owner, "term"], name=name)

    @staticmethod
    def term_indexes(
        *, owner: str, in_town: str, everywhere: str | None = None, weight: bool = True
    ) -> list[models.Index]:
        """The indexes of a subclass's Meta: terms by prefix within a municipality (`in_town`)
        and, if named, over the whole installation (`everywhere`). varchar_pattern_ops lets
        PostgreSQL serve LIKE 'prefix%'; with the owner (and the weight) in the index a
        search reads the index alone (index-only scan; SQLite uses covering indexes too)."""
        fields, opclasses = ["term", owner], ["varchar_pattern_ops", "int8_ops"]
        if weight:
            fields, opclasses = [*fields, "weight"], [*opclasses, "int2_ops"]
        indexes = [models.Index(fields=["municipality", *fields], opclasses=["int8_ops", *opclasses], name=in_town)]
        if everywhere:
            indexes.append(models.Index(fields=fields, opclasses=opclasses, name=everywhere))
        return indexes


class Role(models.Model):
    """A municipality-wide role of a user. Organisation editors are kept per organisation
    in the directory (OrganisationEditor); platform admins are superusers."""

    class Kind(models.TextChoices):
        COORDINATOR = "coordinator", _("Koordination")
        # Writes pages and news of the town's portal; the coordination approves before they go live.
        EDITOR = "editor", _("Redaktion")
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
                condition=models.Q(kind__in=["coordinator", "editor", "committee", "partner", "volunteer"]),
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


class AuditRecord(models.Model):
    """Who decided or did what to which object, and when: one row per call of core.audit.record."""

    class Decision(models.TextChoices):
        APPROVE = "approve", _("Freigegeben")
        REJECT = "reject", _("Abgelehnt")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="audit_records"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("Aktion"), max_length=80)
    target_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.SET_NULL, null=True, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(_("Objekt"), max_length=200, blank=True)
    decision = models.CharField(_("Entscheidung"), max_length=10, choices=Decision.choices, blank=True)
    reason = models.TextField(_("Begründung"), blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Protokolleintrag")
        verbose_name_plural = _("Protokoll")
        indexes = [models.Index(fields=["target_type", "target_id"], name="auditrecord_target")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_repr}"


class SearchSynonym(models.Model):
    """A word of a town's search and the words it finds as well (core.synonyms): searching
    for `word` ("Flüchtlinge") also finds what matches one of `synonyms` ("Geflüchtete,
    Integration"). One-directional: "Integration" does not find "Flüchtlinge" unless a row
    says so. `key` is the folded, stemmed `word` (core.search.tokens), kept unique per town,
    so "Flüchtlinge" and "Fluechtlinge" are one entry."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="search_synonyms")
    word = models.CharField(_("Suchwort"), max_length=60)
    key = models.CharField(max_length=TERM_MAX_LENGTH, editable=False)
    synonyms = models.CharField(
        _("Findet auch"), max_length=400, help_text=_("Einzelne Wörter, durch Kommas getrennt.")
    )

    class Meta:
        ordering = ["municipality", "key"]
        verbose_name = _("Suchwort mit Synonymen")
        verbose_name_plural = _("Synonyme der Suche")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "key"], name="searchsynonym_key_per_municipality"),
            models.CheckConstraint(condition=~models.Q(key=""), name="searchsynonym_key_not_empty"),
            models.CheckConstraint(condition=~models.Q(synonyms=""), name="searchsynonym_synonyms_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.word} → {self.synonyms}"

    def save(self, *args, **kwargs) -> None:
        from engagiert.core.synonyms import stem_of

        self.key = stem_of(self.word)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        """The admin's check: one word and single-word synonyms, as on the coordinator's page."""
        from engagiert.core.synonyms import SynonymError, parse

        try:
            [entry] = parse(f"{self.word}: {self.synonyms}")
        except SynonymError as error:
            raise ValidationError(str(error).split(": ", 1)[-1]) from error
        self.word, self.synonyms = entry.word, ", ".join(entry.synonyms)
        others = SearchSynonym.objects.filter(municipality_id=self.municipality_id, key=entry.key).exclude(pk=self.pk)
        if self.municipality_id and others.exists():
            raise ValidationError({"word": _("Dieses Suchwort hat die Kommune schon (auch in anderer Schreibweise).")})


class DataExport(models.Model):
    """A person's export of all their data (Art. 15/20 DSGVO, core.privacy_centre): requested on
    the privacy centre, built as a ZIP by the task worker (core.tasks.build_data_export) in
    DATA_EXPORT_ROOT (not under MEDIA_ROOT: never served without the link), e-mailed as a link
    that only the person, signed in, can use until `expires_at` (7 days). The file and the row
    are deleted after that by the retention rule "core.data_exports" (apply_retention).
    Only the digest of the link's token is stored (core.tokens); one export at a time per person
    (constraint)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wartet")
        RUNNING = "running", _("Wird erstellt")
        READY = "ready", _("Bereit")
        FAILED = "failed", _("Fehlgeschlagen")

    RUNNING_STATES = (Status.PENDING, Status.RUNNING)

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports")
    municipality = models.ForeignKey(Municipality, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    path = models.CharField(max_length=200, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Datenexport")
        verbose_name_plural = _("Datenexporte")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status__in=["pending", "running"]), name="data_export_one_running"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "running", "ready", "failed"]),
                name="data_export_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M} {self.status}"


class MailDelivery(models.Model):
    """An e-mail of core.mail that was handed to the mail server: the marker that makes
    core.tasks.deliver_mail safe to run again (a retried task, a worker killed mid-batch).
    Written in the transaction that sends, so a send that fails leaves no marker."""

    key = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("versendete E-Mail")
        verbose_name_plural = _("versendete E-Mails")

    def __str__(self) -> str:
        return self.key


class ScheduledRun(models.Model):
    """A periodic command run once per installation and period by `manage.py scheduler`: the
    unique row is claimed before the command runs, so a second scheduler skips it."""

    job = models.CharField(max_length=80)
    period = models.CharField(max_length=20)  # e.g. 2026-12-06 (daily), 2026-12-06T14 (hourly)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "period"], name="core_scheduledrun_once")]
        verbose_name = _("geplanter Lauf")
        verbose_name_plural = _("geplante Läufe")

    def __str__(self) -> str:
        return f"{self.job} {self.period}"
