from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.core.fields import PhoneFormField, PostcodeFormField
from engagiert.core.forms import LanguagesField, PinnedLocationMixin, pin_fields, translated_fields, valid_filters
from engagiert.core.images import reencode_image
from engagiert.core.models import District, Municipality
from engagiert.directory.models import DiversityDimension, Organisation, Programme, Topic
from engagiert.directory.selectors import DirectoryFilters
from engagiert.directory.services import SCALAR_FIELDS

QUERY_MAX_LENGTH = 200
UNKNOWN_FILTER = _("Diesen Filter gibt es nicht. Er wurde nicht angewendet.")


class FacetField(forms.ModelChoiceField):
    """A facet option given by its slug. A malformed slug is as unknown as a missing one
    (and never reaches the database)."""

    default_error_messages = {"invalid_choice": UNKNOWN_FILTER}

    def __init__(self, *, label, queryset):
        super().__init__(queryset=queryset, label=label, required=False, to_field_name="slug")

    def to_python(self, value):
        if value not in self.empty_values and not slug_re.match(str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class SearchForm(forms.Form):
    """The directory search: a query (shortened when too long) and one option per facet.
    Each invalid field is explained and left out; the valid ones still apply."""

    q = forms.CharField(label=_("Wer kann helfen bei …?"), required=False)
    topic = FacetField(label=_("Themenfeld"), queryset=Topic.objects.all())
    district = FacetField(label=_("Stadtteil"), queryset=District.objects.none())
    dimension = FacetField(label=_("Vielfaltsdimension"), queryset=DiversityDimension.objects.all())
    programme = FacetField(label=_("Programm"), queryset=Programme.objects.none())
    kind = forms.ChoiceField(
        label=_("Art"),
        choices=[("", "")] + list(Organisation.Kind.choices),
        required=False,
        error_messages={"invalid_choice": UNKNOWN_FILTER},
    )

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = municipality.districts.all()
        self.fields["programme"].queryset = Programme.objects.filter(
            Q(municipality=None) | Q(municipality=municipality)
        )
        self.query_shortened = False

    def clean_q(self) -> str:
        """A query over the limit is cut at the last whole word within it (and the searcher told)."""
        query = self.cleaned_data["q"]
        if len(query) > QUERY_MAX_LENGTH:
            self.query_shortened = True
            head = query[:QUERY_MAX_LENGTH]
            if not head[-1].isspace() and not query[QUERY_MAX_LENGTH].isspace() and len(head.split()) > 1:
                head = head.rsplit(maxsplit=1)[0]  # no half word
            query = head.strip()
        return query

    def problems(self) -> list[str]:
        """What the searcher should know about their input, each naming its field."""
        labels = {name: field.label for name, field in self.fields.items()} | {"q": _("Suchbegriffe")}
        problems = [f"{labels[name]}: {error}" for name, errors in self.errors.items() for error in errors]
        if self.query_shortened:
            problems.append(
                _("Ihre Suche war länger als %(n)d Zeichen. Gesucht wurde nur nach dem Anfang: „%(query)s“.")
                % {"n": QUERY_MAX_LENGTH, "query": self.cleaned_data["q"]}
            )
        return problems

    def filters(self) -> DirectoryFilters:
        """The valid part of the input: a field with an error is left out of cleaned_data
        (and shown), the others still apply."""
        data = valid_filters(self)
        facets = {name: data.get(name) for name in ("topic", "district", "dimension", "programme")}
        return DirectoryFilters(
            query=data.get("q", ""),
            kind=data.get("kind", ""),
            **{name: option.slug if option else "" for name, option in facets.items()},
        )


class OrganisationForm(PinnedLocationMixin, forms.Form):
    """Profile of an organisation. `profile()` returns it in the shape of services.snapshot."""

    name = forms.CharField(label=_("Name der Organisation"), max_length=200)
    kind = forms.ChoiceField(label=_("Art"), choices=Organisation.Kind.choices)
    description_de, description_en, description_ar, description_uk = translated_fields(
        _("Beschreibung"), max_length=5000, textarea=True
    )
    street = forms.CharField(label=_("Straße und Hausnummer"), max_length=120, required=False)
    postcode = PostcodeFormField(required=False)
    city = forms.CharField(label=_("Ort"), max_length=80, required=False)
    district = forms.ModelChoiceField(label=_("Stadtteil"), queryset=None, required=False, to_field_name="slug")
    latitude, longitude = pin_fields()  # the pin on the map, else the postcode's centre
    website = forms.URLField(label=_("Webseite"), required=False, assume_scheme="https")
    email = forms.EmailField(label=_("E-Mail"), required=False)
    phone = PhoneFormField(required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Themenfelder"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        to_field_name="slug",
    )
    diversity_dimensions = forms.ModelMultipleChoiceField(
        label=_("Vielfaltsdimensionen"),
        queryset=DiversityDimension.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        to_field_name="slug",
    )
    logo = forms.ImageField(label=_("Logo"), required=False, help_text=_("PNG, JPEG, GIF oder WebP, höchstens 2 MB."))

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = municipality.districts.all()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        return reencode_image(logo) if logo else None

    def profile(self, *, current_logo: str = "") -> dict[str, Any]:
        data = {name: self.cleaned_data.get(name) for name in SCALAR_FIELDS}
        for name in SCALAR_FIELDS:
            if data[name] is None and name not in ("latitude", "longitude"):
                data[name] = ""
        district = self.cleaned_data.get("district")
        data["district"] = district.slug if district else None
        data["topics"] = sorted(t.slug for t in self.cleaned_data.get("topics", []))
        data["diversity_dimensions"] = sorted(d.slug for d in self.cleaned_data.get("diversity_dimensions", []))
        data["logo"] = current_logo
        return data

    @staticmethod
    def initial_from(snapshot: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in snapshot.items() if key != "logo"}


class EditorRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Wie sind Sie mit der Organisation verbunden?"), widget=forms.Textarea, max_length=2000
    )


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    role = forms.CharField(label=_("Funktion"), max_length=120, required=False)
    email = forms.EmailField(label=_("E-Mail"), required=False)
    phone = PhoneFormField(required=False)
    contact_public = forms.BooleanField(
        label=_("E-Mail und Telefon öffentlich zeigen"),
        required=False,
        help_text=_("Nur ankreuzen, wenn die Person eingewilligt hat."),
    )
    competencies = forms.CharField(
        label=_("Kompetenzen"),
        max_length=500,
        required=False,
        help_text=_("Durch Komma getrennt, z. B. Fördermittelberatung, Übersetzung Arabisch"),
    )
    languages = LanguagesField(
        required=False, max_length=100, help_text=_("Wählen Sie alle Sprachen, die die Person spricht.")
    )

    def contact(self) -> dict[str, Any]:
        data = self.cleaned_data
        competencies = sorted({c.strip()[:100] for c in data["competencies"].split(",") if c.strip()})
        languages = ", ".join(code.strip() for code in data["languages"].split(",") if code.strip())
        return {
            "name": data["name"],
            "role": data["role"],
            "email": data["email"],
            "phone": data["phone"],
            "contact_public": data["contact_public"],
            "languages": languages,
            "competencies": competencies,
        }

    @staticmethod
    def initial_from(contact: dict[str, Any]) -> dict[str, Any]:
        return {**contact, "competencies": ", ".join(contact["competencies"])}


ContactFormSet = forms.formset_factory(ContactForm, extra=1, can_delete=True, max_num=10, validate_max=True)


def contacts_from(formset) -> list[dict[str, Any]]:
    """Contacts of a valid formset, without deleted ones. Untouched extra forms have no
    cleaned_data; existing contacts always do, changed or not."""
    return [form.contact() for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]
