"""Partnerschaft für Demokratie: a PfD per municipality with its bodies, funds per year,
applications with their Kosten- und Finanzierungsplan, the committee's assessment, conflicts,
votes and recommendation, the lead office's grant, payment requests and the
Verwendungsnachweis. Money is Decimal, guarded by check constraints."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from engagiert.core.models import Municipality, TimestampedModel
from engagiert.directory.models import Organisation

MONEY = {"max_digits": 12, "decimal_places": 2}
ZERO = Decimal("0.00")


class Row(models.Model):
    """Abstract base of the rows that a person never sees by themselves: named by kind and id."""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.pk}"


class Partnership(models.Model):
    """A Partnerschaft für Demokratie of one municipality. The values that differ from place to
    place (domain.md) are its settings."""

    municipality = models.OneToOneField(Municipality, on_delete=models.CASCADE, related_name="partnership")
    name = models.CharField(_("Name"), max_length=200, default="Partnerschaft für Demokratie")
    intro = models.TextField(_("Einleitung"), blank=True)
    lead_office = models.CharField(_("Federführendes Amt"), max_length=200)
    lead_office_email = models.EmailField(_("E-Mail des federführenden Amts"), blank=True)
    coordination_office = models.CharField(_("Koordinierungs- und Fachstelle"), max_length=200)
    coordination_email = models.EmailField(_("E-Mail der Koordinierungs- und Fachstelle"), blank=True)
    quote_threshold = models.DecimalField(_("Drei Angebote ab (EUR)"), default=Decimal("1000.00"), **MONEY)
    volunteer_hour_rate = models.DecimalField(
        _("Wert einer Stunde ehrenamtlicher Arbeit (EUR)"), default=Decimal("15.00"), **MONEY
    )
    submission_days_before_meeting = models.PositiveSmallIntegerField(
        _("Einreichung spätestens … Tage vor der Sitzung"), default=14
    )
    circulation_days = models.PositiveSmallIntegerField(_("Frist im Umlaufverfahren (Tage)"), default=14)
    spending_weeks = models.PositiveSmallIntegerField(_("Mittel verbrauchen binnen … Wochen"), default=6)
    report_weeks = models.PositiveSmallIntegerField(
        _("Verwendungsnachweis binnen … Wochen nach Projektende"), default=6
    )
    keep_rejected_months = models.PositiveSmallIntegerField(
        _("Abgelehnte und zurückgezogene Anträge löschen nach … Monaten"), default=12
    )
    keep_granted_years = models.PositiveSmallIntegerField(
        _("Geförderte Projekte und Belege aufbewahren … Jahre"), default=10
    )

    class Meta:
        verbose_name = _("Partnerschaft für Demokratie")
        verbose_name_plural = _("Partnerschaften für Demokratie")
        constraints = [
            models.CheckConstraint(condition=Q(quote_threshold__gt=0), name="pfd_quote_threshold_positive"),
            models.CheckConstraint(condition=Q(volunteer_hour_rate__gte=0), name="pfd_hour_rate_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.municipality}"


class Office(models.Model):
    """A person working for the lead office or the coordination office of a PfD."""

    class Kind(models.TextChoices):
        LEAD = "lead", _("Federführendes Amt")
        COORDINATION = "coordination", _("Koordinierungs- und Fachstelle")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="office_staff")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pfd_offices")
    kind = models.CharField(_("Stelle"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("Mitarbeiter*in einer Stelle")
        verbose_name_plural = _("Mitarbeiter*innen der Stellen")
        constraints = [
            models.UniqueConstraint(fields=["partnership", "user", "kind"], name="pfd_office_unique"),
            models.CheckConstraint(condition=Q(kind__in=["lead", "coordination"]), name="pfd_office_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_kind_display()}"


class Committee(models.Model):
    """A deciding body: the Begleitausschuss (or "Bündnis für Demokratie") or the Jugendforum."""

    class Kind(models.TextChoices):
        COMMITTEE = "committee", _("Begleitausschuss")
        YOUTH = "youth", _("Jugendforum")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="committees")
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("Name"), max_length=200)
    quorum = models.PositiveSmallIntegerField(_("Beschlussfähig ab … stimmberechtigten Mitgliedern"), default=3)

    class Meta:
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["committee", "youth"]), name="pfd_committee_kind_valid"),
            models.CheckConstraint(condition=Q(quorum__gte=1), name="pfd_committee_quorum_positive"),
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A seat in a committee: voting or advisory, from a sector (the civil-society majority of
    votes is checked)."""

    class Sector(models.TextChoices):
        CIVIL_SOCIETY = "civil", _("Zivilgesellschaft")
        COUNCIL = "council", _("Stadtrat")
        ADMINISTRATION = "administration", _("Verwaltung")
        YOUTH = "youth", _("Jugendforum")

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pfd_memberships", null=True, blank=True
    )
    name = models.CharField(_("Name"), max_length=120)
    represents = models.CharField(_("Vertritt"), max_length=200, blank=True)
    sector = models.CharField(_("Bereich"), max_length=20, choices=Sector.choices)
    voting = models.BooleanField(_("Stimmberechtigt"), default=True)
    active = models.BooleanField(_("Aktiv"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Mitglied")
        verbose_name_plural = _("Mitglieder")
        constraints = [
            models.UniqueConstraint(fields=["committee", "user"], name="pfd_membership_unique_user"),
            models.CheckConstraint(
                condition=Q(sector__in=["civil", "council", "administration", "youth"]), name="pfd_sector_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Fund(models.Model):
    """A fund of one year: budget, per-project limit, who decides, deadlines."""

    class Kind(models.TextChoices):
        ACTION = "action", _("Aktions- und Initiativfonds")
        YOUTH = "youth", _("Jugendfonds")
        MICRO = "micro", _("Kleinstprojekte")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="funds")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="pfd_funds")
    year = models.PositiveSmallIntegerField(_("Jahr"))
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("Name"), max_length=200)
    rules = models.TextField(_("Fördergrundsätze"), blank=True)
    criteria = models.TextField(_("Kriterien für die Bewertung"), blank=True, help_text=_("Eine Zeile je Kriterium."))
    budget = models.DecimalField(_("Budget (EUR)"), **MONEY)
    project_limit = models.DecimalField(_("Höchstbetrag je Projekt (EUR)"), **MONEY)
    # None: the coordination office decides alone (micro-projects).
    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, null=True, blank=True, related_name="funds", verbose_name=_("Entscheidet")
    )
    continuous = models.BooleanField(_("Laufende Entscheidung im Umlaufverfahren"), default=False)
    max_applicant_age = models.PositiveSmallIntegerField(
        _("Antragstellende höchstens … Jahre alt"), null=True, blank=True
    )
    volunteer_work_allowed = models.BooleanField(_("Ehrenamtliche Arbeit als Eigenmittel"), default=True)
    plain_language = models.BooleanField(_("Kurzes Formular in einfacher Sprache"), default=False)

    class Meta:
        ordering = ["-year", "kind"]
        verbose_name = _("Fonds")
        verbose_name_plural = _("Fonds")
        constraints = [
            models.UniqueConstraint(fields=["partnership", "year", "kind"], name="pfd_fund_unique_kind_year"),
            models.CheckConstraint(condition=Q(budget__gte=0), name="pfd_fund_budget_not_negative"),
            models.CheckConstraint(condition=Q(project_limit__gt=0), name="pfd_fund_limit_positive"),
            models.CheckConstraint(condition=Q(project_limit__lte=F("budget")), name="pfd_fund_limit_within_budget"),
            models.CheckConstraint(condition=Q(kind__in=["action", "youth", "micro"]), name="pfd_fund_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("funding:fund", kwargs={"municipality": self.municipality.slug, "pk": self.pk})

    def criteria_list(self) -> list[str]:
        return [line.strip() for line in self.criteria.splitlines() if line.strip()]


class Meeting(models.Model):
    """A meeting of a committee (or a written circulation, Umlaufverfahren, with a deadline)."""

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("Beginn"))
    place = models.CharField(_("Ort"), max_length=200, blank=True)
    circulation = models.BooleanField(_("Umlaufverfahren (schriftlich, online)"), default=False)
    vote_deadline = models.DateTimeField(_("Abstimmung bis"), null=True, blank=True)
    submission_deadline = models.DateField(_("Einreichung bis"))
    minutes = models.TextField(_("Protokoll"), blank=True)
    closed = models.BooleanField(_("Abgeschlossen"), default=False)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        constraints = [
            models.CheckConstraint(
                condition=Q(circulation=False) | Q(vote_deadline__isnull=False), name="pfd_circulation_has_deadline"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.committee} {self.starts_at:%d.%m.%Y}"


class Call(models.Model):
    """A Förderaufruf of a fund with its submission deadline."""

    fund = models.ForeignKey(Fund, on_delete=models.CASCADE, related_name="calls")
    title = models.CharField(_("Titel"), max_length=200)
    text = models.TextField(_("Text"))
    opens_on = models.DateField(_("Anträge ab"))
    deadline = models.DateField(_("Einreichung bis"), null=True, blank=True)
    meeting = models.ForeignKey(Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="calls")

    class Meta:
        ordering = ["opens_on"]
        verbose_name = _("Förderaufruf")
        verbose_name_plural = _("Förderaufrufe")
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline__isnull=True) | Q(deadline__gte=F("opens_on")), name="pfd_call_deadline_after_open"
            )
        ]

    def __str__(self) -> str:
        return self.title


FIELDS_OF_ACTION = [
    ("democracy", _("Demokratie fördern")),
    ("diversity", _("Vielfalt gestalten")),
    ("extremism", _("Extremismus vorbeugen")),
    ("participation", _("Beteiligung junger Menschen")),
    ("discrimination", _("Diskriminierung entgegenwirken")),
]


class Application(TimestampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SUBMITTED = "submitted", _("Eingereicht")
        CHANGES = "changes", _("Änderungen erbeten")
        COMPLETE = "complete", _("Vollständig, auf der Tagesordnung")
        RECOMMENDED = "recommended", _("Zur Förderung empfohlen")
        NOT_RECOMMENDED = "not_recommended", _("Nicht empfohlen")
        GRANTED = "granted", _("Bewilligt")
        REFUSED = "refused", _("Abgelehnt")
        WITHDRAWN = "withdrawn", _("Zurückgezogen")
        CLOSED = "closed", _("Abgeschlossen (Verwendungsnachweis geprüft)")

    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="applications")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="pfd_applications")
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="pfd_applications"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pfd_applications",
        verbose_name=_("Antragstellende Organisation"),
    )
    group_name = models.CharField(_("Name der Gruppe (ohne eigene Rechtsform)"), max_length=200, blank=True)
    carrier = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pfd_carried",
        verbose_name=_("Träger der Gruppe"),
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=120)
    contact_email = models.EmailField(_("E-Mail"))
    title = models.CharField(_("Titel des Projekts"), max_length=200)
    summary = models.TextField(_("Kurzbeschreibung"), max_length=2000)
    goals = models.TextField(_("Ziele"), max_length=4000, blank=True)
    fields_of_action = models.JSONField(_("Handlungsfelder"), default=list, blank=True)
    target_group = models.CharField(_("Zielgruppe"), max_length=300, blank=True)
    expected_participants = models.PositiveIntegerField(_("Erwartete Teilnehmende"), default=0)
    partners = models.CharField(_("Partner"), max_length=500, blank=True)
    place = models.CharField(_("Ort"), max_length=200, blank=True)
    starts_on = models.DateField(_("Projektbeginn"))
    ends_on = models.DateField(_("Projektende"))
    early_start_requested = models.BooleanField(_("Vorzeitiger Maßnahmebeginn beantragt"), default=False)
    early_start_approved = models.BooleanField(_("Vorzeitiger Maßnahmebeginn genehmigt"), default=False)
    young_applicants = models.BooleanField(_("Alle Antragstellenden sind jung genug"), default=False)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="agenda", verbose_name=_("Sitzung")
    )
    # Kept by services.save_plan: the plan's sums, for lists and fund figures without joins.
    total_cost = models.DecimalField(_("Gesamtkosten"), default=ZERO, **MONEY)
    requested_amount = models.DecimalField(_("Beantragt"), default=ZERO, **MONEY)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Antrag")
        verbose_name_plural = _("Anträge")
        indexes = [models.Index(fields=["fund", "status"]), models.Index(fields=["municipality", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="pfd_application_end_after_start"),
            models.CheckConstraint(condition=Q(total_cost__gte=0), name="pfd_application_cost_not_negative"),
            models.CheckConstraint(condition=Q(requested_amount__gte=0), name="pfd_application_request_not_negative"),
            models.CheckConstraint(
                condition=Q(organisation__isnull=False)
                | (~Q(group_name="") & Q(carrier__isnull=False))
                | Q(status="draft"),
                name="pfd_application_has_applicant_or_carrier",
            ),
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "draft",
                        "submitted",
                        "changes",
                        "complete",
                        "recommended",
                        "not_recommended",
                        "granted",
                        "refused",
                        "withdrawn",
                        "closed",
                    ]
                ),
                name="pfd_application_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def applicant_name(self) -> str:
        if self.organisation_id:
            return self.organisation.name
        return self.group_name

    @property
    def carrier_name(self) -> str:
        return self.carrier.name if self.carrier_id else (self.organisation.name if self.organisation_id else "")

    @property
    def fields_of_action_labels(self) -> list[str]:
        labels = dict(FIELDS_OF_ACTION)
        return [str(labels[key]) for key in self.fields_of_action or [] if key in labels]

    @property
    def financing_total(self):
        """The sum of the financing lines (prefetched on detail pages)."""
        return sum((line.amount for line in self.financing_lines.all()), ZERO)

    @property
    def editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.CHANGES)


class CostLine(models.Model):
    class Category(models.TextChoices):
        FEES = "fees", _("Honorare")
        MATERIAL = "material", _("Sachkosten")
        RENT = "rent", _("Miete")
        CATERING = "catering", _("Verpflegung")
        PUBLICITY = "publicity", _("Öffentlichkeitsarbeit")
        TRAVEL = "travel", _("Fahrtkosten")
        OTHER = "other", _("Sonstiges")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="cost_lines")
    position = models.PositiveSmallIntegerField(default=0)
    category = models.CharField(_("Kostenart"), max_length=20, choices=Category.choices)
    description = models.CharField(_("Beschreibung"), max_length=200)
    quantity = models.DecimalField(_("Menge"), max_digits=9, decimal_places=2)
    unit_price = models.DecimalField(_("Einzelpreis (EUR)"), **MONEY)
    total = models.DecimalField(_("Summe (EUR)"), **MONEY)
    price_note = models.CharField(_("Preisvergleich"), max_length=500, blank=True)
    actual = models.DecimalField(_("IST (EUR)"), null=True, blank=True, **MONEY)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="pfd_cost_quantity_positive"),
            models.CheckConstraint(condition=Q(unit_price__gte=0), name="pfd_cost_price_not_negative"),
            models.CheckConstraint(condition=Q(total__gte=0), name="pfd_cost_total_not_negative"),
            models.CheckConstraint(
                condition=Q(actual__isnull=True) | Q(actual__gte=0), name="pfd_cost_actual_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def difference(self):
        return None if self.actual is None else self.actual - self.total


def upload_path(instance, filename: str) -> str:
    import uuid
    from pathlib import Path

    return f"funding/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:6]}"


class Quote(Row):
    """A written quote (Angebot) for a cost line at or above the PfD's threshold."""

    cost_line = models.ForeignKey(CostLine, on_delete=models.CASCADE, related_name="quotes")
    supplier = models.CharField(_("Anbieter"), max_length=200)
    amount = models.DecimalField(_("Betrag (EUR)"), **MONEY)
    file = models.FileField(_("Datei"), upload_to=upload_path)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gte=0), name="pfd_quote_amount_not_negative")]


class FinancingLine(Row):
    class Kind(models.TextChoices):
        OWN = "own", _("Eigenmittel")
        VOLUNTEER = "volunteer", _("Ehrenamtliche Arbeit (bewertet)")
        THIRD_PARTY = "third_party", _("Drittmittel")
        INCOME = "income", _("Einnahmen")
        REQUESTED = "requested", _("Beantragte Förderung")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="financing_lines")
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    description = models.CharField(_("Beschreibung"), max_length=200, blank=True)
    amount = models.DecimalField(_("Betrag (EUR)"), **MONEY)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pfd_financing_not_negative"),
            models.CheckConstraint(
                condition=Q(kind__in=["own", "volunteer", "third_party", "income", "requested"]),
                name="pfd_financing_kind_valid",
            ),
        ]


class ChangeRequest(Row):
    """The coordination office asks for changes; the applicant answers in the application."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="change_requests")
    text = models.TextField(_("Was fehlt oder zu ändern ist"), max_length=2000)
    asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    asked_at = models.DateTimeField(auto_now_add=True)
    answer = models.TextField(_("Ihre Antwort"), max_length=2000, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]


class ConflictDeclaration(Row):
    """A member connected to the applicant: sees no other assessment of it, does not vote."""

    class Reason(models.TextChoices):
        MEMBER = "member", _("Mitglied der Organisation")
        EMPLOYEE = "employee", _("Beschäftigt bei der Organisation")
        RELATIVE = "relative", _("Angehörige*r einer beteiligten Person")
        DIRECTORY = "directory", _("Redaktion oder Ansprechperson im Durchblick")
        OTHER = "other", _("Andere Verbindung")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="conflicts")
    member = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="conflicts")
    reason = models.CharField(_("Verbindung"), max_length=20, choices=Reason.choices)
    detected = models.BooleanField(_("Vom System erkannt"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "member"], name="pfd_conflict_unique")]


class Assessment(Row):
    """A committee member's short structured sheet on an application."""

    class Score(models.IntegerChoices):
        ONE = 1, _("trifft nicht zu")
        TWO = 2, _("trifft eher nicht zu")
        THREE = 3, _("teils, teils")
        FOUR = 4, _("trifft eher zu")
        FIVE = 5, _("trifft voll zu")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="assessments")
    member = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="assessments")
    scores = models.JSONField(default=dict)  # criterion -> 1..5
    comment = models.TextField(_("Anmerkung"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "member"], name="pfd_assessment_unique")]


class Vote(Row):
    class Choice(models.TextChoices):
        YES = "yes", _("Ja")
        NO = "no", _("Nein")
        ABSTAIN = "abstain", _("Enthaltung")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="votes")
    choice = models.CharField(_("Stimme"), max_length=10, choices=Choice.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "member"], name="pfd_vote_once"),
            models.CheckConstraint(condition=Q(choice__in=["yes", "no", "abstain"]), name="pfd_vote_choice_valid"),
        ]


class Recommendation(Row):
    """The committee's result (or the coordination office's, for micro-projects)."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="recommendation")
    recommended = models.BooleanField()
    amount = models.DecimalField(_("Empfohlener Betrag (EUR)"), **MONEY)
    conditions = models.TextField(_("Auflagen"), blank=True, max_length=2000)
    yes = models.PositiveSmallIntegerField(default=0)
    no = models.PositiveSmallIntegerField(default=0)
    abstain = models.PositiveSmallIntegerField(default=0)
    conflicted = models.PositiveSmallIntegerField(default=0)
    minutes = models.TextField(_("Protokollvermerk"), blank=True)
    decided_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pfd_recommendation_not_negative"),
            models.CheckConstraint(condition=Q(recommended=True) | Q(amount=0), name="pfd_rejection_has_no_amount"),
        ]


class Grant(Row):
    """The lead office's decision: a Zuwendung (approved) or a refusal."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="grant")
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="grants")
    approved = models.BooleanField()
    amount = models.DecimalField(_("Bewilligter Betrag (EUR)"), **MONEY)
    conditions = models.TextField(_("Auflagen"), blank=True, max_length=2000)
    reason = models.TextField(_("Begründung"), blank=True, max_length=2000)
    decided_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pfd_grant_not_negative"),
            models.CheckConstraint(condition=Q(approved=True) | Q(amount=0), name="pfd_refusal_has_no_amount"),
            models.CheckConstraint(condition=Q(approved=False) | Q(amount__gt=0), name="pfd_grant_positive"),
        ]


class PaymentRequest(Row):
    """A Mittelabruf by the grantee; the lead office marks it paid."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="payments")
    amount = models.DecimalField(_("Betrag (EUR)"), **MONEY)
    requested_at = models.DateTimeField(auto_now_add=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    paid_on = models.DateField(_("Ausgezahlt am"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="pfd_payment_positive")]


class Report(Row, TimestampedModel):
    """The Verwendungsnachweis: Sachbericht, SOLL/IST (on the cost lines), Belegliste."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SUBMITTED = "submitted", _("Eingereicht")
        CORRECTIONS = "corrections", _("Korrekturen erbeten")
        ACCEPTED = "accepted", _("Geprüft und angenommen")

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="report")
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    narrative = models.TextField(_("Sachbericht: Was ist geschehen?"), max_length=8000, blank=True)
    outcome = models.TextField(_("Was ist daraus geworden? (öffentlich)"), max_length=2000, blank=True)
    press = models.TextField(_("Presse und Veröffentlichungen"), max_length=2000, blank=True)
    participants_under_14 = models.PositiveIntegerField(_("Teilnehmende unter 14 Jahren"), default=0)
    participants_14_17 = models.PositiveIntegerField(_("Teilnehmende 14 bis 17 Jahre"), default=0)
    participants_18_27 = models.PositiveIntegerField(_("Teilnehmende 18 bis 27 Jahre"), default=0)
    participants_over_27 = models.PositiveIntegerField(_("Teilnehmende über 27 Jahre"), default=0)
    correction_note = models.TextField(_("Erbetene Korrekturen"), max_length=2000, blank=True)
    repayment = models.DecimalField(_("Rückzahlung (EUR)"), default=ZERO, **MONEY)
    repaid_on = models.DateField(_("Rückzahlung eingegangen am"), null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(repayment__gte=0), name="pfd_repayment_not_negative"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted", "corrections", "accepted"]),
                name="pfd_report_status_valid",
            ),
        ]

    @property
    def participants(self) -> int:
        return (
            self.participants_under_14 + self.participants_14_17 + self.participants_18_27 + self.participants_over_27
        )


class Receipt(Row):
    """A line of the Belegliste, with its upload."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="receipts")
    cost_line = models.ForeignKey(CostLine, on_delete=models.SET_NULL, null=True, blank=True, related_name="receipts")
    date = models.DateField(_("Datum"))
    payee = models.CharField(_("Empfänger*in"), max_length=200)
    purpose = models.CharField(_("Zweck"), max_length=300)
    amount = models.DecimalField(_("Betrag (EUR)"), **MONEY)
    file = models.FileField(_("Beleg"), upload_to=upload_path)

    class Meta:
        ordering = ["date", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="pfd_receipt_positive")]


class Photo(Row):
    """A photo of the project, shown only with the consent of the people in it."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("Foto"), upload_to="funding/photos/")
    alt_text = models.CharField(_("Was ist zu sehen?"), max_length=200)
    consent = models.BooleanField(_("Die abgebildeten Personen haben der Veröffentlichung zugestimmt"))

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(consent=True), name="pfd_photo_has_consent")]
