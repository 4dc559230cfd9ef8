"""Selbstcheck Weltoffene Kommune: a versioned catalogue of questions in seven fields
(Handlungsfelder), rounds of a municipality answered by respondents through personal links,
and the follow-up: workshop notes and measures / milestones."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import RichTextField
from engagiert.core.models import Municipality, User


class Scale(models.IntegerChoices):
    """The five steps of the answer scale. "Weiß nicht / keine Angabe" is stored as NULL."""

    NOT_TRUE = 1, _("trifft nicht zu")
    RATHER_NOT = 2, _("trifft eher nicht zu")
    PARTLY = 3, _("trifft teilweise zu")
    RATHER = 4, _("trifft eher zu")
    FULLY = 5, _("trifft voll zu")


DONT_KNOW_LABEL = _("weiß nicht / keine Angabe")


class Catalogue(models.Model):
    """A version of the question set, e.g. "2026.1". Rounds keep the version they used."""

    version = models.CharField(_("Version"), max_length=20, unique=True)
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    published = models.BooleanField(_("Für neue Runden freigegeben"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        verbose_name = _("Fragenkatalog")
        verbose_name_plural = _("Fragenkataloge")

    def __str__(self) -> str:
        return f"{self.title} ({self.version})"


class Field(models.Model):
    """A Handlungsfeld of a catalogue. The slug matches fields across catalogue versions."""

    catalogue = models.ForeignKey(Catalogue, on_delete=models.CASCADE, related_name="fields")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"))
    slug = models.SlugField(_("Kürzel"))
    name = models.CharField(_("Name"), max_length=120)
    short_name = models.CharField(_("Kurzname"), max_length=40)
    description = models.TextField(_("Beschreibung"), blank=True)

    class Meta:
        ordering = ["catalogue", "order"]
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")
        constraints = [
            models.UniqueConstraint(fields=["catalogue", "order"], name="selfcheck_field_order_unique"),
            models.UniqueConstraint(fields=["catalogue", "slug"], name="selfcheck_field_slug_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"


class Question(models.Model):
    field = models.ForeignKey(Field, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"))
    subtopic = models.CharField(_("Unterthema"), max_length=120)
    text = models.TextField(_("Aussage"), max_length=500)
    explanation = models.TextField(_("Erläuterung"), blank=True, max_length=1000)

    class Meta:
        ordering = ["field__order", "order"]
        verbose_name = _("Frage")
        verbose_name_plural = _("Fragen")
        constraints = [models.UniqueConstraint(fields=["field", "order"], name="selfcheck_question_order_unique")]

    def __str__(self) -> str:
        return self.text[:80]


class FieldSuggestion(models.Model):
    """A configurable suggestion shown in the report for a field whose score is in a band."""

    class Band(models.TextChoices):
        RED = "red", _("Rot: dringender Handlungsbedarf")
        YELLOW = "yellow", _("Gelb: auf dem Weg")
        GREEN = "green", _("Grün: gut aufgestellt")

    field = models.ForeignKey(Field, on_delete=models.CASCADE, related_name="suggestions")
    band = models.CharField(_("Ampel"), max_length=10, choices=Band.choices)
    text = models.TextField(_("Empfehlung"), max_length=2000)

    class Meta:
        ordering = ["field__order", "band"]
        verbose_name = _("Empfehlung je Ampel")
        verbose_name_plural = _("Empfehlungen je Ampel")
        constraints = [
            models.UniqueConstraint(fields=["field", "band"], name="selfcheck_suggestion_unique"),
            models.CheckConstraint(condition=Q(band__in=["red", "yellow", "green"]), name="selfcheck_suggestion_band"),
        ]

    def __str__(self) -> str:
        return f"{self.field}: {self.get_band_display()}"


class Round(models.Model):
    """A Befragungsrunde of one municipality with one catalogue version."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("In Vorbereitung")
        OPEN = "open", _("Läuft")
        CLOSED = "closed", _("Abgeschlossen")
        PUBLISHED = "published", _("Veröffentlicht")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="selfcheck_rounds")
    catalogue = models.ForeignKey(Catalogue, on_delete=models.PROTECT, related_name="rounds")
    title = models.CharField(_("Titel"), max_length=200)
    status = models.CharField(_("Status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    red_below = models.PositiveSmallIntegerField(
        _("Rot unter"), default=40, help_text=_("Felder mit weniger Punkten erscheinen rot.")
    )
    green_from = models.PositiveSmallIntegerField(
        _("Grün ab"), default=70, help_text=_("Felder mit mindestens so vielen Punkten erscheinen grün.")
    )
    opened_at = models.DateTimeField(_("Geöffnet am"), null=True, blank=True)
    closed_at = models.DateTimeField(_("Abgeschlossen am"), null=True, blank=True)
    published_at = models.DateTimeField(_("Veröffentlicht am"), null=True, blank=True)
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Befragungsrunde")
        verbose_name_plural = _("Befragungsrunden")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "open", "closed", "published"]), name="selfcheck_round_status"
            ),
            models.CheckConstraint(
                condition=Q(red_below__lte=models.F("green_from"), green_from__lte=100),
                name="selfcheck_round_thresholds",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.municipality})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.CLOSED, self.Status.PUBLISHED)

    def light(self, score: float | None) -> str:
        """Traffic light of a score: red, yellow, green ("" without a score)."""
        if score is None:
            return ""
        if score < self.red_below:
            return "red"
        return "green" if score >= self.green_from else "yellow"


class Respondent(models.Model):
    """A person of the administration invited to a round. Answers through a personal link:
    only the SHA-256 hash of its token is stored; every e-mail carries a new token."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="respondents")
    department = models.CharField(_("Fachbereich / Amt"), max_length=120)
    role = models.CharField(_("Funktion"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"))
    language = models.CharField(_("Sprache"), max_length=5, default="de")
    token_hash = models.CharField(max_length=64, unique=True)
    invited_at = models.DateTimeField(_("Eingeladen am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("Erinnert am"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("Abgeschickt am"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["department", "email"]
        verbose_name = _("Befragte Person")
        verbose_name_plural = _("Befragte Personen")
        constraints = [models.UniqueConstraint(fields=["round", "email"], name="selfcheck_respondent_once_per_round")]

    def __str__(self) -> str:
        return f"{self.department} ({self.round})"


class Answer(models.Model):
    """One answer: 1..5 on the scale, NULL for "weiß nicht / keine Angabe". A skipped
    question has no row."""

    respondent = models.ForeignKey(Respondent, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    value = models.PositiveSmallIntegerField(_("Antwort"), null=True, blank=True, choices=Scale.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        constraints = [
            models.UniqueConstraint(fields=["respondent", "question"], name="selfcheck_answer_once"),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=1, value__lte=5), name="selfcheck_answer_on_scale"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.respondent_id}/{self.question_id}: {self.value}"


class WorkshopNote(models.Model):
    """Notes of a workshop that discussed a round's results (e.g. with external partners)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="workshop_notes")
    date = models.DateField(_("Datum"))
    title = models.CharField(_("Titel"), max_length=200)
    participants = models.TextField(_("Teilnehmende"), blank=True, max_length=2000)
    body = RichTextField(_("Notizen"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("Workshop-Notiz")
        verbose_name_plural = _("Workshop-Notizen")

    def __str__(self) -> str:
        return self.title


class Measure(models.Model):
    """A Maßnahme or Meilenstein. Published ones form the public timeline ("Was bisher
    geschah": date, step, goal)."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("geplant")
        IN_PROGRESS = "in_progress", _("in Arbeit")
        DONE = "done", _("erledigt")
        DROPPED = "dropped", _("verworfen")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="selfcheck_measures")
    round = models.ForeignKey(
        Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="measures", verbose_name=_("Runde")
    )
    field = models.ForeignKey(
        Field, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("Handlungsfeld")
    )
    date = models.DateField(_("Datum"))
    title = models.CharField(_("Schritt"), max_length=200)
    goal = models.TextField(_("Ziel"), blank=True, max_length=2000)
    responsible_organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Verantwortliche Organisation"),
    )
    responsible_office = models.CharField(_("Verantwortliche Stelle"), max_length=200, blank=True)
    partners = models.CharField(_("Partner*innen"), max_length=500, blank=True)
    due_date = models.DateField(_("Fällig am"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=12, choices=Status.choices, default=Status.PLANNED)
    progress = models.PositiveSmallIntegerField(_("Fortschritt in Prozent"), default=0)
    event_title = models.CharField(_("Veranstaltung"), max_length=200, blank=True)
    event_url = models.URLField(_("Link zur Veranstaltung"), blank=True)
    public = models.BooleanField(_("In der öffentlichen Zeitleiste zeigen"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("Maßnahme / Meilenstein")
        verbose_name_plural = _("Maßnahmen und Meilensteine")
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="selfcheck_measure_progress"),
            models.CheckConstraint(
                condition=Q(status__in=["planned", "in_progress", "done", "dropped"]), name="selfcheck_measure_status"
            ),
        ]

    def __str__(self) -> str:
        return self.title
