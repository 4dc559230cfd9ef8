from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core import figures as registry
from engagiert.impact.models import ManualFigure, OpenDataSettings

MAX_MANUAL_VALUE = 10_000_000
TEXT_MAX_LENGTH = 10_000


def section_choices() -> list[tuple[str, str]]:
    return [(s.key, s.title) for s in registry.figure_sections.all()]


class ManualFigureForm(forms.ModelForm):
    class Meta:
        model = ManualFigure
        fields = ["section", "title", "label", "value", "date", "source", "public"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"] = forms.ChoiceField(label=_("Bereich"), choices=section_choices())
        self.fields["value"].max_value = MAX_MANUAL_VALUE
        self.fields["value"].widget.attrs["max"] = MAX_MANUAL_VALUE

    def clean_value(self):
        value = self.cleaned_data["value"]
        if value is not None and value > MAX_MANUAL_VALUE:
            raise forms.ValidationError(_("Bitte prüfen Sie die Zahl: Sie ist größer als zehn Millionen."))
        return value

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value and value > timezone.localdate():
            raise forms.ValidationError(
                _("Tragen Sie nur ein, was schon stattgefunden hat: Das Datum liegt in der Zukunft.")
            )
        return value


class ReportTextForm(forms.Form):
    """The coordination's own text for each section of the Wirkungsbericht (one field per section)."""

    def __init__(self, *args, sections: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["intro"] = forms.CharField(
            label=_("Einleitung"),
            required=False,
            max_length=TEXT_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 5}),
            help_text=_("Absätze, Listen, Hervorhebungen und Links sind erlaubt; anderes HTML wird entfernt."),
        )
        for key, title in sections:
            self.fields[f"section_{key}"] = forms.CharField(
                label=title, required=False, max_length=TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4})
            )

    def texts(self) -> dict[str, str]:
        result = {"intro": self.cleaned_data.get("intro", "")}
        for name, value in self.cleaned_data.items():
            if name.startswith("section_"):
                result[name.removeprefix("section_")] = value
        return result


class OpenDataSettingsForm(forms.ModelForm):
    class Meta:
        model = OpenDataSettings
        fields = ["publish", "licence", "attribution"]
