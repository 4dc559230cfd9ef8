"""The period a dashboard or report shows (a year, a quarter or chosen days) and the period
before it for comparison, read from the query string by PeriodForm."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

MAX_YEARS = 10
EARLIEST_YEAR = 2000
YEAR, QUARTER, CUSTOM = "jahr", "quartal", "frei"


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    kind: str = CUSTOM

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def key(self) -> str:
        """A stable name (the Wirkungsbericht's texts are kept per period)."""
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return f"{self.start.year}-q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    @property
    def label(self) -> str:
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return _("%(quarter)s. Quartal %(year)s") % {
                "quarter": (self.start.month - 1) // 3 + 1,
                "year": self.start.year,
            }
        return f"{date_format(self.start, 'SHORT_DATE_FORMAT')} – {date_format(self.end, 'SHORT_DATE_FORMAT')}"

    def previous(self) -> Period:
        if self.kind == YEAR:
            return year(self.start.year - 1)
        if self.kind == QUARTER:
            first = self.start - datetime.timedelta(days=1)
            return quarter(first.year, (first.month - 1) // 3 + 1)
        end = self.start - datetime.timedelta(days=1)
        return Period(end - datetime.timedelta(days=self.days - 1), end, CUSTOM)

    def query(self) -> str:
        """The query string that selects this period again."""
        if self.kind == YEAR:
            return f"zeitraum={YEAR}&jahr={self.start.year}"
        if self.kind == QUARTER:
            return f"zeitraum={QUARTER}&jahr={self.start.year}&quartal={(self.start.month - 1) // 3 + 1}"
        return f"zeitraum={CUSTOM}&von={self.start.isoformat()}&bis={self.end.isoformat()}"


def year(value: int) -> Period:
    return Period(datetime.date(value, 1, 1), datetime.date(value, 12, 31), YEAR)


def quarter(value: int, number: int) -> Period:
    start = datetime.date(value, 3 * (number - 1) + 1, 1)
    following = datetime.date(value + 1, 1, 1) if number == 4 else datetime.date(value, 3 * number + 1, 1)
    return Period(start, following - datetime.timedelta(days=1), QUARTER)


def current_year() -> Period:
    return year(timezone.localdate().year)


class PeriodForm(forms.Form):
    """GET form of the period selector; an invalid choice keeps its message and the page shows
    the current year."""

    zeitraum = forms.ChoiceField(
        label=_("Art des Zeitraums"),
        choices=[(YEAR, _("Jahr")), (QUARTER, _("Quartal")), (CUSTOM, _("Eigener Zeitraum"))],
        initial=YEAR,
        required=False,
    )
    jahr = forms.IntegerField(label=_("Jahr"), required=False)
    quartal = forms.TypedChoiceField(
        label=_("Quartal"),
        choices=[("1", _("1. Quartal")), ("2", _("2. Quartal")), ("3", _("3. Quartal")), ("4", _("4. Quartal"))],
        coerce=int,
        required=False,
    )
    von = forms.DateField(label=_("Von"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    bis = forms.DateField(label=_("Bis"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_jahr(self):
        value = self.cleaned_data.get("jahr")
        latest = timezone.localdate().year + 1
        if value is not None and not EARLIEST_YEAR <= value <= latest:
            raise forms.ValidationError(
                _("Bitte wählen Sie ein Jahr zwischen %(first)s und %(last)s.")
                % {"first": EARLIEST_YEAR, "last": latest}
            )
        return value

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        kind = data.get("zeitraum") or YEAR
        this_year = timezone.localdate().year
        if kind == YEAR:
            data["period"] = year(data.get("jahr") or this_year)
        elif kind == QUARTER:
            if not data.get("quartal"):
                raise forms.ValidationError({"quartal": _("Bitte wählen Sie ein Quartal.")})
            data["period"] = quarter(data.get("jahr") or this_year, data["quartal"])
        else:
            start, end = data.get("von"), data.get("bis")
            if not start or not end:
                raise forms.ValidationError(
                    _("Bitte geben Sie für einen eigenen Zeitraum den ersten und den letzten Tag an.")
                )
            if end < start:
                raise forms.ValidationError(
                    {"bis": _("Der letzte Tag liegt vor dem ersten. Bitte tauschen Sie die Daten.")}
                )
            if start.year < EARLIEST_YEAR:
                raise forms.ValidationError(
                    {"von": _("Zahlen gibt es erst ab dem Jahr %(year)s.") % {"year": EARLIEST_YEAR}}
                )
            try:
                limit = start.replace(year=start.year + MAX_YEARS)
            except ValueError:  # 29 February
                limit = start.replace(year=start.year + MAX_YEARS, day=28)
            if end >= limit:
                raise forms.ValidationError(
                    {"bis": _("Ein Zeitraum darf höchstens %(years)s Jahre umfassen.") % {"years": MAX_YEARS}}
                )
            data["period"] = Period(start, end, CUSTOM)
        return data

    def period(self) -> Period:
        """The chosen period; the current year when nothing (valid) was chosen."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["period"]
        return current_year()


def period_from(request) -> tuple[PeriodForm, Period]:
    form = PeriodForm(
        request.GET if request.GET else None, initial={"zeitraum": YEAR, "jahr": timezone.localdate().year}
    )
    return form, form.period()
