from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.forms import LanguagesField, Picker, translated_fields, valid_filters
from engagiert.core.languages import localized
from engagiert.core.models import Municipality
from engagiert.directory.models import ContactPerson, Organisation, Topic
from engagiert.volunteering.models import Opportunity, language_list, slot_choices
from engagiert.volunteering.selectors import OpportunityFilters


def _mask(values) -> int:
    return sum(1 << int(v) for v in values)


def _slots_from(mask: int) -> list[str]:
    return [str(bit) for bit in range(21) if mask & (1 << bit)]


def _skill_names(text: str) -> list[str]:
    return sorted({name.strip()[:100] for name in (text or "").split(",") if name.strip()})


class SlotField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(choices=slot_choices, required=False, **kwargs)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Was möchten Sie tun?"), required=False, max_length=200)
    topic = forms.ModelChoiceField(
        label=_("Themenfeld"), queryset=Topic.objects.all(), required=False, to_field_name="slug", empty_label=_("alle")
    )
    district = forms.ModelChoiceField(
        label=_("Stadtteil"), queryset=None, required=False, to_field_name="slug", empty_label=_("alle")
    )
    kind = forms.ChoiceField(label=_("Art"), choices=[("", _("alle"))] + list(Opportunity.Kind.choices), required=False)
    remote = forms.BooleanField(label=_("Auch von zu Hause aus"), required=False)

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = municipality.districts.all()

    def filters(self) -> OpportunityFilters:
        """The valid filters: an invalid value is shown as an error, the others still apply."""
        data = valid_filters(self)
        return OpportunityFilters(
            query=data.get("q", ""),
            topic=data["topic"].slug if data.get("topic") else "",
            district=data["district"].slug if data.get("district") else "",
            kind=data.get("kind", ""),
            remote=bool(data.get("remote")),
        )


class ProfileForm(forms.Form):
    topics = forms.ModelMultipleChoiceField(
        label=_("Themen, die mich interessieren"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    skills = forms.CharField(
        label=_("Was ich kann"),
        required=False,
        max_length=500,
        help_text=_("Durch Komma getrennt, z. B. Vorlesen, Kochen"),
    )
    availability = SlotField(label=_("Wann ich Zeit habe"))
    district = forms.ModelChoiceField(label=_("Mein Stadtteil"), queryset=None, required=False)
    travel_km = forms.IntegerField(label=_("So weit würde ich fahren (km)"), min_value=0, max_value=500, initial=5)
    languages = LanguagesField(
        required=False, max_length=100, help_text=_("Wählen Sie alle Sprachen, die Sie sprechen.")
    )
    birth_year = forms.IntegerField(
        label=_("Geburtsjahr"), required=False, help_text=_("Für Angebote mit Mindestalter.")
    )
    allow_contact = forms.BooleanField(label=_("Organisationen dürfen mich ansprechen"), required=False)

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = municipality.districts.all()

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        this_year = timezone.localdate().year
        if year is not None and not (this_year - 110 <= year <= this_year):
            raise ValidationError(
                _("Bitte geben Sie ein Geburtsjahr zwischen %(a)s und %(b)s an.")
                % {"a": this_year - 110, "b": this_year}
            )
        return year

    def profile_data(self) -> tuple[dict[str, Any], list, list[str]]:
        d = self.cleaned_data
        data = {
            "availability": _mask(d["availability"]),
            "district": d.get("district"),
            "travel_km": d["travel_km"],
            "languages": ", ".join(language_list(d.get("languages", ""))),
            "birth_year": d.get("birth_year"),
            "allow_contact": d.get("allow_contact", False),
        }
        return data, list(d.get("topics", [])), _skill_names(d.get("skills", ""))

    @staticmethod
    def initial_from(profile) -> dict[str, Any]:
        if profile is None:
            return {}
        return {
            "topics": list(profile.topics.all()),
            "skills": ", ".join(s.name for s in profile.skills.all()),
            "availability": _slots_from(profile.availability),
            "district": profile.district,
            "travel_km": profile.travel_km,
            "languages": profile.languages,
            "birth_year": profile.birth_year,
            "allow_contact": profile.allow_contact,
        }


class OpportunityForm(forms.ModelForm):
    skills_text = forms.CharField(
        label=_("Gesuchte Fähigkeiten"), required=False, max_length=500, help_text=_("Durch Komma getrennt")
    )
    title_de, title_en, title_ar, title_uk = translated_fields(_("Titel"), max_length=160)
    description_de, description_en, description_ar, description_uk = translated_fields(
        _("Beschreibung"), max_length=5000, textarea=True, required=False
    )
    availability_slots = SlotField(label=_("Wann"))
    languages = LanguagesField(required=False, max_length=100)

    class Meta:
        model = Opportunity
        fields = [
            *localized("title", "description"),
            "tasks_de",
            "topics",
            "kind",
            "hours_per_week",
            "hours_total",
            "schedule",
            "district",
            "address",
            "remote",
            "languages",
            "minimum_age",
            "requirements",
            "accessibility",
            "contact",
            "people_wanted",
            "ends_on",
        ]
        labels = {"tasks_de": _("Aufgaben")}
        widgets = {"topics": forms.CheckboxSelectMultiple, "ends_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = organisation.municipality.districts.all()
        self.fields["contact"].queryset = ContactPerson.objects.filter(organisation=organisation)
        self.fields["minimum_age"].validators.append(_max_age)
        self.fields["minimum_age"].widget.attrs["max"] = 99
        self.fields["people_wanted"].widget.attrs["min"] = 1
        if self.instance.pk:
            self.initial["skills_text"] = ", ".join(s.name for s in self.instance.skills.all())
            self.initial["availability_slots"] = _slots_from(self.instance.availability)

    def clean_people_wanted(self):
        value = self.cleaned_data.get("people_wanted")
        if value is not None and value < 1:
            raise ValidationError(_("Bitte suchen Sie mindestens eine Person."))
        return value

    def clean(self):
        data = super().clean()
        for name in ("hours_per_week", "hours_total"):
            value = data.get(name)
            if value is not None and value <= 0:
                self.add_error(name, _("Bitte geben Sie eine Stundenzahl über 0 an."))
        if data.get("hours_per_week") is None and data.get("hours_total") is None and not self.errors:
            raise ValidationError(_("Bitte geben Sie Stunden pro Woche oder Stunden insgesamt an."))
        return data

    def opportunity_data(self) -> tuple[dict[str, Any], list, list[str]]:
        d = self.cleaned_data
        data = {name: d.get(name) for name in self.Meta.fields if name != "topics"}
        for name in (*localized("title", "description"), "tasks_de", "schedule", "address"):
            data[name] = data.get(name) or ""
        data["languages"] = ", ".join(language_list(d.get("languages", "")))
        data["availability"] = _mask(d.get("availability_slots", []))
        return data, list(d.get("topics", [])), _skill_names(d.get("skills_text", ""))


def _max_age(value):
    if value is not None and value > 99:
        raise ValidationError(_("Bitte geben Sie ein Mindestalter bis 99 an."))


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Nachricht an die Organisation"), widget=forms.Textarea, required=False, max_length=2000
    )


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Nachricht"), widget=forms.Textarea, max_length=3000)


class HoursField(forms.DecimalField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Stunden"),
            max_digits=4,
            decimal_places=2,
            error_messages={
                "invalid": _("Bitte eine Zahl eingeben, z. B. 2,5."),
                "max_digits": _("Ein Tag hat höchstens 24 Stunden."),
                "max_whole_digits": _("Ein Tag hat höchstens 24 Stunden."),
                "max_decimal_places": _("Bitte höchstens zwei Nachkommastellen."),
            },
            localize=True,
            widget=forms.TextInput(attrs={"inputmode": "decimal"}),
            **kwargs,
        )

    def validate(self, value):
        super().validate(value)
        if value is not None and value <= 0:
            raise ValidationError(_("Bitte geben Sie eine positive Stundenzahl an."))
        if value is not None and value > Decimal("24"):
            raise ValidationError(_("Ein Tag hat höchstens 24 Stunden."))


class DateInput(forms.DateInput):
    input_type = "date"

    def format_value(self, value):
        return value.isoformat() if isinstance(value, datetime.date) else value


class HoursForm(forms.Form):
    opportunity = forms.ModelChoiceField(label=_("Angebot"), queryset=Opportunity.objects.none())
    date = forms.DateField(
        label=_("Datum"), widget=DateInput, error_messages={"invalid": _("Bitte geben Sie ein Datum an.")}
    )
    hours = HoursField()
    note = forms.CharField(label=_("Notiz"), required=False, max_length=300)

    def __init__(self, *args, opportunities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opportunity"].queryset = opportunities


class GroupHoursForm(forms.Form):
    volunteers = forms.ModelMultipleChoiceField(
        label=_("Wer war dabei?"), queryset=None, widget=Picker(filter_label=_("Person suchen"))
    )
    date = forms.DateField(
        label=_("Datum"), widget=DateInput, error_messages={"invalid": _("Bitte geben Sie ein Datum an.")}
    )
    hours = HoursField()
    note = forms.CharField(label=_("Notiz"), required=False, max_length=300)

    def __init__(self, *args, volunteers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["volunteers"].queryset = volunteers
        self.fields["volunteers"].label_from_instance = lambda u: u.display_name or u.email


class CorrectionForm(forms.Form):
    date = forms.DateField(
        label=_("Datum"), widget=DateInput, error_messages={"invalid": _("Bitte geben Sie ein Datum an.")}
    )
    hours = HoursField()
    reason = forms.CharField(label=_("Begründung"), max_length=300)


class ShiftForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Beginn"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    ends_at = forms.DateTimeField(
        label=_("Ende"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    slots = forms.IntegerField(label=_("Plätze"), min_value=1, max_value=500, initial=2)

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("Das Ende muss nach dem Beginn liegen."))
        return data
