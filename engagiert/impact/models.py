"""Impact ("Wirkung"): the daily roll-ups of the figures the apps register (core.figures),
figures a coordination enters by hand, its own text for the Wirkungsbericht, and the open-data
settings and files of a town."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import RichTextField
from engagiert.core.models import Municipality, RegionalNetwork


class Rollup(models.Model):
    """One figure's value for a town: on a day (grain "day") or summed over a month (grain
    "month", day = the first of the month; SUM figures only). Written by the roll-up only."""

    class Grain(models.TextChoices):
        DAY = "day", _("Tag")
        MONTH = "month", _("Monat")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    figure = models.CharField(max_length=80)
    breakdown = models.CharField(max_length=40, blank=True)
    item = models.CharField(max_length=120, blank=True)
    grain = models.CharField(max_length=5, choices=Grain.choices, default=Grain.DAY)
    day = models.DateField()
    value = models.DecimalField(max_digits=16, decimal_places=2)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "figure", "breakdown", "item", "grain", "day"], name="impact_rollup_unique"
            ),
            models.CheckConstraint(condition=Q(grain__in=["day", "month"]), name="impact_rollup_grain"),
        ]
        indexes = [
            models.Index(fields=["municipality", "grain", "day"], name="impact_rollup_town_day"),
            models.Index(fields=["grain", "day"], name="impact_rollup_day"),
            # The totals of a page of towns (the internal views' tables per town): no breakdown rows.
            models.Index(
                fields=["municipality", "grain", "day"], condition=Q(breakdown=""), name="impact_rollup_town_totals"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.figure} {self.breakdown}:{self.item} {self.day} = {self.value}"


class AreaRollup(models.Model):
    """A figure's value for a regional network (`network`) or the whole installation (no network),
    made from the towns' Rollup rows by the same roll-up run, so that the dashboards of several
    towns read as few rows as a town's. SUM and STOCK figures: the towns' sum; LATEST figures: the
    mean of the towns' latest values, on every day one of them changes."""

    network = models.ForeignKey(RegionalNetwork, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    figure = models.CharField(max_length=80)
    breakdown = models.CharField(max_length=40, blank=True)
    item = models.CharField(max_length=120, blank=True)
    grain = models.CharField(max_length=5, choices=Rollup.Grain.choices, default=Rollup.Grain.DAY)
    day = models.DateField()
    value = models.DecimalField(max_digits=16, decimal_places=2)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "figure", "breakdown", "item", "grain", "day"],
                condition=Q(network__isnull=False),
                name="impact_area_rollup_unique",
            ),
            models.UniqueConstraint(
                fields=["figure", "breakdown", "item", "grain", "day"],
                condition=Q(network__isnull=True),
                name="impact_installation_rollup_unique",
            ),
            models.CheckConstraint(condition=Q(grain__in=["day", "month"]), name="impact_area_rollup_grain"),
        ]
        # A network's or the installation's (network IS NULL) rows of a period: the dashboards' read.
        indexes = [models.Index(fields=["network", "grain", "day"], name="impact_area_rollup_day")]

    def __str__(self) -> str:
        return f"{self.network_id or '*'} {self.figure} {self.breakdown}:{self.item} {self.day} = {self.value}"


class DirtyDay(models.Model):
    """A town's day whose figures changed after they were rolled up (a late correction): the
    next roll-up recomputes the town from the earliest such day on and deletes the marks."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    marked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["municipality", "day"], name="impact_dirty_day_once")]

    def __str__(self) -> str:
        return f"{self.municipality_id} {self.day}"


class RollupRun(models.Model):
    """When the roll-up last ran, for the dashboard's "Stand" line."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    first_day = models.DateField()
    last_day = models.DateField()
    rows = models.PositiveIntegerField(default=0)
    # Which towns the networks had (a fingerprint): when it changes, the next run remakes the
    # networks' and the installation's rows of every day.
    networks = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.first_day}..{self.last_day}: {self.rows}"


class ManualFigure(models.Model):
    """Activity outside the platform that a coordination enters by hand (a festival with 300
    guests), with where the number comes from; marked as entered by hand wherever it appears."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="manual_figures")
    section = models.CharField(_("Bereich"), max_length=40)
    title = models.CharField(_("Was war es?"), max_length=200, help_text=_("z. B. Stadtfest auf dem Marktplatz"))
    label = models.CharField(_("Was wurde gezählt?"), max_length=120, help_text=_("z. B. Gäste, Mitwirkende, Stunden"))
    value = models.PositiveIntegerField(_("Anzahl"))
    date = models.DateField(_("Datum"))
    source = models.CharField(
        _("Quelle der Zahl"), max_length=300, help_text=_("z. B. Zählung am Einlass durch den Veranstalter")
    )
    public = models.BooleanField(_("Auf der öffentlichen Seite zeigen"), default=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("Von Hand eingetragene Zahl")
        verbose_name_plural = _("Von Hand eingetragene Zahlen")
        indexes = [models.Index(fields=["municipality", "date"], name="impact_manual_town_date")]

    def __str__(self) -> str:
        return f"{self.title}: {self.value} {self.label}"


class ReportText(models.Model):
    """The coordination's own words for one section of a Wirkungsbericht of one period
    (sanitised HTML: paragraphs, lists, emphasis, links)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=40)  # Period.key, e.g. "2026", "2026-q1", "2026-01-01_2026-03-31"
    section = models.CharField(max_length=40)  # "intro" or a figure section's key
    text = RichTextField(blank=True)  # sanitised with nh3 on every save
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "period", "section"], name="impact_report_text_once")
        ]

    def __str__(self) -> str:
        return f"{self.period} {self.section}"


class Licence(models.TextChoices):
    """Open-data licences of the DCAT-AP.de licence vocabulary (value = its URI)."""

    DL_BY = "http://dcat-ap.de/def/licenses/dl-by-de/2.0", _("Datenlizenz Deutschland – Namensnennung 2.0")
    DL_ZERO = "http://dcat-ap.de/def/licenses/dl-zero-de/2.0", _("Datenlizenz Deutschland – Zero 2.0")
    CC_BY = "http://dcat-ap.de/def/licenses/cc-by/4.0", _("Creative Commons Namensnennung 4.0")
    CC_ZERO = "http://dcat-ap.de/def/licenses/cc-zero", _("Creative Commons Zero")


class OpenDataSettings(models.Model):
    """A town's open-data licence and the attribution its users must give."""

    municipality = models.OneToOneField(Municipality, on_delete=models.CASCADE, related_name="open_data")
    licence = models.CharField(_("Lizenz"), max_length=80, choices=Licence.choices, default=Licence.DL_BY)
    attribution = models.CharField(
        _("Namensnennung"),
        max_length=200,
        blank=True,
        help_text=_("So sollen Nutzende die Quelle nennen; leer: „Stadt <Name> (Engagiert)“."),
    )
    publish = models.BooleanField(_("Offene Daten veröffentlichen"), default=True)

    class Meta:
        verbose_name = _("Einstellungen für offene Daten")
        verbose_name_plural = _("Einstellungen für offene Daten")
        constraints = [
            models.CheckConstraint(condition=Q(licence__in=[c.value for c in Licence]), name="impact_licence_known")
        ]

    def __str__(self) -> str:
        return f"{self.municipality_id}: {self.licence}"


class DatasetFile(models.Model):
    """A dataset of a town as generated by the daily open-data run (CSV and JSON bodies)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    dataset = models.CharField(max_length=80)
    csv = models.FileField(upload_to="opendata/")
    json = models.FileField(upload_to="opendata/")
    rows = models.PositiveIntegerField(default=0)
    generated_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["municipality", "dataset"], name="impact_dataset_file_once")]

    def __str__(self) -> str:
        return f"{self.municipality_id} {self.dataset}"
