from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.forms import LanguagesField, Picker, translated_fields, valid_filters
from engagiert.core.images import reencode_image
from engagiert.core.languages import localized, spoken_language_choices
from engagiert.core.models import Municipality
from engagiert.directory.models import Topic
from engagiert.events.models import ACCESSIBILITY_FEATURES, Event, Format
from engagiert.events.selectors import EventFilters

PAST = "rueckblick"  # ?zeitraum=rueckblick: the calendar's look back at past events


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Suchbegriffe"), required=False, max_length=200)
    von = forms.DateField(label=_("Von"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    bis = forms.DateField(label=_("Bis"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    format = forms.ChoiceField(label=_("Format"), required=False)
    thema = forms.ChoiceField(label=_("Themenfeld"), required=False)
    stadtteil = forms.ChoiceField(label=_("Stadtteil"), required=False)
    barrierefreiheit = forms.ChoiceField(label=_("Barrierefreiheit"), required=False)
    sprache = forms.ChoiceField(label=_("Sprache"), required=False)
    kostenlos = forms.BooleanField(label=_("Nur kostenlose"), required=False)
    # Chosen by the tabs above the list (upcoming / look back); kept when filters are applied.
    zeitraum = forms.ChoiceField(label=_("Zeitraum"), required=False, choices=[(PAST, PAST)], widget=forms.HiddenInput)

    def __init__(self, *args, municipality: Municipality | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("Alle"))]
        self.fields["format"].choices = every + list(Format.choices)
        self.fields["thema"].choices = every + [(t.slug, t.name) for t in Topic.objects.all()]
        districts = municipality.districts.all() if municipality else []
        self.fields["stadtteil"].choices = every + [(d.slug, d.name) for d in districts]
        self.fields["sprache"].choices = every + spoken_language_choices(html=False)
        self.fields["barrierefreiheit"].choices = [("", _("Egal"))] + [
            (k, v) for k, v in ACCESSIBILITY_FEATURES.items()
        ]

    def clean(self):
        data = super().clean()
        if data.get("von") and data.get("bis") and data["bis"] < data["von"]:
            raise ValidationError(_("Das Ende des Zeitraums liegt vor seinem Beginn."))
        return data

    def filters(self) -> EventFilters:
        """The valid filters: an invalid value (say a hand-typed ?format=xyz) is shown as an
        error and left out, the other filters still apply; a reversed date range drops both dates."""
        data = valid_filters(self)
        if self.non_field_errors():
            data.pop("von", None)
            data.pop("bis", None)
        return EventFilters(
            query=data.get("q", ""),
            date_from=data.get("von"),
            date_to=data.get("bis"),
            format=data.get("format", ""),
            topic=data.get("thema", ""),
            district=data.get("stadtteil", ""),
            feature=data.get("barrierefreiheit", ""),
            language=data.get("sprache", ""),
            free=bool(data.get("kostenlos")),
            past=data.get("zeitraum") == PAST,
        )


class GuestRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Ihr Name"), max_length=120)
    email = forms.EmailField(label=_("Ihre E-Mail-Adresse"), help_text=_("Dorthin schicken wir den Bestätigungslink."))
    companions = forms.IntegerField(label=_("Begleitpersonen"), min_value=0, max_value=20, initial=0)
    needs = forms.CharField(
        label=_("Brauchen Sie Unterstützung vor Ort?"),
        help_text=_("z. B. Rollstuhlplatz, Gebärdensprache – freiwillig"),
        max_length=300,
        required=False,
    )
    # Support needs can be health data (Art. 9 DSGVO): stored only with explicit consent.
    needs_consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass die Veranstaltenden meine Angaben zur Unterstützung für diese Veranstaltung "
            "nutzen. Sie werden eine Woche nach der Veranstaltung gelöscht. Ich kann die Einwilligung jederzeit "
            "widerrufen."
        ),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if (data.get("needs") or "").strip() and not data.get("needs_consent"):
            self.add_error(
                "needs_consent",
                _(
                    "Bitte willigen Sie ein, dass wir Ihre Angaben zur Unterstützung nutzen dürfen, "
                    "oder lassen Sie das Feld leer."
                ),
            )
        return data

    def __init__(self, *args, event: Event, signed_in: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if signed_in:
            del self.fields["name"], self.fields["email"]
        if not event.companions_allowed:
            del self.fields["companions"]
        else:
            self.fields["companions"].max_value = event.companions_allowed
            self.fields["companions"].widget.attrs["max"] = event.companions_allowed
            self.fields["companions"].help_text = _("Höchstens %(n)d") % {"n": event.companions_allowed}


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self):
        super().__init__(format="%Y-%m-%dT%H:%M")


class EventForm(forms.Form):
    title_de, title_en, title_ar, title_uk = translated_fields(_("Titel"), max_length=200)
    description_de, description_en, description_ar, description_uk = translated_fields(
        _("Beschreibung"), max_length=5000, textarea=True
    )
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)
    organisations = forms.ModelMultipleChoiceField(
        label=_("Veranstaltende Organisationen"), queryset=None, widget=Picker(filter_label=_("Organisation suchen"))
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Themenfelder"), queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple, required=False
    )
    district = forms.ModelChoiceField(label=_("Stadtteil"), queryset=None, required=False)
    venue = forms.ModelChoiceField(label=_("Ort"), queryset=None, required=False)
    start = forms.DateTimeField(label=_("Beginn"), widget=DateTimeInput())
    end = forms.DateTimeField(label=_("Ende"), widget=DateTimeInput())
    online_url = forms.URLField(label=_("Online-Link"), required=False, assume_scheme="https")
    image = forms.ImageField(label=_("Bild"), required=False, help_text=_("PNG, JPEG, GIF oder WebP, höchstens 2 MB."))
    image_alt = forms.CharField(
        label=Event._meta.get_field("image_alt").verbose_name,
        help_text=Event._meta.get_field("image_alt").help_text,
        max_length=250,
        required=False,
    )
    is_free = forms.BooleanField(label=_("Eintritt frei"), required=False, initial=True)
    price = forms.CharField(label=_("Preis"), max_length=80, required=False)
    languages = LanguagesField(initial="de", max_length=Event._meta.get_field("languages").max_length)
    target_group = forms.CharField(label=_("Zielgruppe"), max_length=200, required=False)
    registration_required = forms.BooleanField(label=_("Anmeldung erforderlich"), required=False)
    capacity = forms.IntegerField(label=_("Plätze"), min_value=0, required=False, help_text=_("Leer: unbegrenzt"))
    registration_opens = forms.DateTimeField(label=_("Anmeldung ab"), required=False, widget=DateTimeInput())
    registration_closes = forms.DateTimeField(label=_("Anmeldung bis"), required=False, widget=DateTimeInput())
    waiting_list = forms.BooleanField(label=_("Warteliste, wenn ausgebucht"), required=False, initial=True)
    companions_allowed = forms.IntegerField(
        label=_("Begleitpersonen je Anmeldung"), min_value=0, max_value=20, initial=0
    )
    repeat_weeks = forms.IntegerField(
        label=_("Wiederholen alle … Wochen"), min_value=1, max_value=52, required=False, help_text=_("Leer: einmalig")
    )
    repeat_until = forms.DateField(
        label=_("Wiederholen bis"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, municipality: Municipality, organisations, new: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = organisations
        self.fields["district"].queryset = municipality.districts.all()
        self.fields["venue"].queryset = municipality.venues.all()
        if not new:
            del self.fields["repeat_weeks"], self.fields["repeat_until"]
        self.new = new

    def clean_image(self):
        """A new upload re-encoded (no metadata); False to remove; else the current image."""
        image = self.cleaned_data.get("image")
        return reencode_image(image) if isinstance(image, UploadedFile) else image

    def clean(self):
        data = super().clean()
        if data.get("image") and not data.get("image_alt"):
            self.add_error("image_alt", _("Bitte beschreiben Sie in wenigen Worten, was auf dem Bild zu sehen ist."))
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("Das Ende muss nach dem Beginn liegen."))
        if self.new and start and start < timezone.now():
            self.add_error("start", _("Der Beginn liegt in der Vergangenheit."))
        opens, closes = data.get("registration_opens"), data.get("registration_closes")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes", _("Das Ende der Anmeldefrist muss nach ihrem Beginn liegen."))
        if data.get("repeat_weeks") and not data.get("repeat_until"):
            self.add_error("repeat_until", _("Bitte geben Sie an, bis wann wiederholt wird."))
        if data.get("registration_required") is False and data.get("capacity"):
            self.add_error("registration_required", _("Plätze gibt es nur mit Anmeldung."))
        return data

    def event_data(self) -> dict[str, Any]:
        from engagiert.events.services import SCALAR_FIELDS

        data = {name: self.cleaned_data.get(name) for name in SCALAR_FIELDS if name != "image"}
        for name in localized("title", "description"):
            data[name] = data[name] or ""
        for name in ("online_url", "price", "target_group", "image_alt"):
            data[name] = data[name] or ""
        data["languages"] = ",".join(c.strip() for c in data["languages"].split(","))
        return data

    @staticmethod
    def initial_from(event: Event) -> dict[str, Any]:
        from engagiert.events.services import SCALAR_FIELDS

        initial = {name: getattr(event, name) for name in SCALAR_FIELDS}
        for name in ("start", "end", "registration_opens", "registration_closes"):
            if initial[name]:
                initial[name] = timezone.localtime(initial[name])
        initial["organisations"] = list(event.organisations.all())
        initial["topics"] = list(event.topics.all())
        return initial


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Ticket-Code"),
        max_length=40,
        help_text=_("Steht unter dem QR-Code, z. B. 12-3f9a0c1b2d"),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "data-qr-target": "", "autocapitalize": "none", "dir": "ltr"}
        ),
    )


class HeadCountForm(forms.Form):
    head_count = forms.IntegerField(label=_("Gezählte Gäste"), min_value=0, max_value=1_000_000)
