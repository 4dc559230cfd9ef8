from __future__ import annotations

from datetime import date
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from engagiert.card.models import STATES, AcceptancePartner, Activity, CardRules
from engagiert.card.selectors import organisation_address
from engagiert.card.services.applications import OWN_ADDRESS_ERROR
from engagiert.core.fields import PostcodeFormField
from engagiert.core.forms import PinnedLocationMixin, pin_fields
from engagiert.core.models import Municipality
from engagiert.directory.models import Organisation


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


DATE_ERROR = {"invalid": _("Bitte geben Sie ein Datum ein, z. B. 31.12.1990.")}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


class ApplicationForm(forms.Form):
    """Personal data. Only the name is needed to save a draft; the rest is checked on submit."""

    first_name = forms.CharField(label=_("Vorname"), max_length=80)
    last_name = forms.CharField(label=_("Nachname"), max_length=80)
    birth_date = forms.DateField(
        label=_("Geburtsdatum"),
        required=False,
        widget=DateInput(attrs={"autocomplete": "bday"}),
        input_formats=DATE_FORMATS,
        error_messages=DATE_ERROR,
    )
    street = forms.CharField(label=_("Straße und Hausnummer"), max_length=120, required=False)
    postcode = PostcodeFormField(required=False)
    city = forms.CharField(label=_("Ort"), max_length=80, required=False)
    residence_state = forms.ChoiceField(
        label=_("Bundesland des Wohnsitzes"),
        choices=[("", _("– bitte wählen –")), *STATES],
        required=False,
        initial="Sachsen-Anhalt",
    )
    consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass meine Angaben zur Prüfung des Antrags verarbeitet und die genannten "
            "Organisationen um Bestätigung gebeten werden."
        ),
        required=False,
    )

    def clean_birth_date(self):
        value = self.cleaned_data.get("birth_date")
        if value and (value > timezone.localdate() or value < date(1900, 1, 1)):
            raise ValidationError(_("Bitte prüfen Sie das Geburtsdatum."))
        return value


class ContactEmailForm(forms.Form):
    """The confirmation address of one activity of a draft (one form per activity: prefix)."""

    contact_email = forms.EmailField(label=_("E-Mail-Adresse der Organisation für die Bestätigung"))


class ActivityForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation aus dem Durchblick"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("– nicht im Verzeichnis –"),
    )
    organisation_name = forms.CharField(label=_("oder Name der Organisation"), max_length=200, required=False)
    description = forms.CharField(label=_("Was tun Sie dort?"), max_length=300, required=False)
    contact_email = forms.EmailField(
        label=_("E-Mail-Adresse der Organisation für die Bestätigung"),
        required=False,
        help_text=_(
            "Dorthin schicken wir einen Link, mit dem die Organisation Ihre Angaben bestätigt. Nur nötig für "
            "eine Organisation, die nicht im Durchblick steht oder dort keine Adresse hat: Eine Organisation "
            "aus dem Durchblick fragen wir an ihrer dort hinterlegten Adresse."
        ),
    )
    since = forms.DateField(
        label=_("Engagiert seit"), widget=DateInput(), input_formats=DATE_FORMATS, error_messages=DATE_ERROR
    )
    hours = forms.DecimalField(
        label=_("Stunden"),
        min_value=Decimal("0.5"),
        max_value=Decimal("3000"),
        max_digits=6,
        decimal_places=1,
        error_messages={"min_value": _("Bitte geben Sie mindestens eine halbe Stunde an.")},
    )
    period = forms.ChoiceField(label=_("Zeitraum"), choices=Activity.Period.choices, widget=forms.RadioSelect)
    paid_allowance = forms.BooleanField(label=_("Ich erhalte dafür eine Aufwandsentschädigung."), required=False)
    allowance_per_year = forms.DecimalField(
        label=_("Aufwandsentschädigung pro Jahr in EUR"),
        required=False,
        min_value=0,
        max_digits=8,
        decimal_places=2,
    )

    def __init__(
        self,
        *args,
        municipality: Municipality,
        own_addresses: frozenset[str] = frozenset(),
        covered: dict[int, str] | None = None,
        **kwargs,
    ):
        """`own_addresses`: the applicant's e-mail addresses (lower case), refused as the contact.
        `covered`: the organisations (id: name) at which the applicant has confirmed Mach mit!
        hours (engagiert.card.evidence.covered_organisations); there no address is needed."""
        super().__init__(*args, **kwargs)
        self.own_addresses = own_addresses
        self.covered = covered or {}
        self.fields["organisation"].queryset = Organisation.objects.filter(
            municipality=municipality, status=Organisation.Status.PUBLISHED
        ).order_by("sort_name")
        if self.covered:
            field = self.fields["contact_email"]
            field.help_text = format_lazy(
                "{} {}",
                field.help_text,
                _(
                    "Bei %(names)s haben Sie bestätigte Stunden aus „Mach mit!“: Sie ersetzen dort die "
                    "Bestätigung, eine Adresse ist nicht nötig."
                )
                % {"names": ", ".join(sorted(self.covered.values()))},
            )

    def clean(self):
        data = super().clean()
        if not data.get("organisation") and not data.get("organisation_name", "").strip():
            raise ValidationError(_("Bitte wählen Sie eine Organisation oder geben Sie ihren Namen ein."))
        self._clean_contact(data)
        since = data.get("since")
        if since and since > timezone.localdate():
            self.add_error("since", _("Das Datum liegt in der Zukunft."))
        hours, period = data.get("hours"), data.get("period")
        if hours and period == "week" and hours > 100:
            self.add_error("hours", _("Mehr als 100 Stunden pro Woche sind nicht möglich."))
        if data.get("paid_allowance") and data.get("allowance_per_year") is None:
            self.add_error("allowance_per_year", _("Bitte geben Sie die Höhe der Aufwandsentschädigung an."))
        return data

    def _clean_contact(self, data) -> None:
        """A directory organisation with an address is asked there (what was typed is dropped);
        otherwise the typed address is needed, and it must not be the applicant's own."""
        organisation, email = data.get("organisation"), data.get("contact_email") or ""
        if organisation is not None and organisation_address(organisation) is not None:
            data["contact_email"] = ""
        elif "contact_email" in self.errors:
            return
        elif not email and organisation is not None and organisation.pk in self.covered:
            return  # the confirmed Mach mit! hours are the evidence
        elif not email:
            self.add_error(
                "contact_email",
                _(
                    "Diese Organisation hat im Durchblick keine E-Mail-Adresse. Bitte geben Sie eine Adresse an, "
                    "unter der sie Ihre Tätigkeit bestätigen kann."
                )
                if organisation is not None
                else _("Bitte geben Sie eine E-Mail-Adresse der Organisation an."),
            )
        elif email.strip().lower() in self.own_addresses:
            self.add_error("contact_email", OWN_ADDRESS_ERROR)


class EvidenceForm(forms.Form):
    """The coordinator settles an activity whose organisation has not answered."""

    decision = forms.ChoiceField(
        label=_("Nachweis"),
        choices=[("confirm", _("Tätigkeit bestätigt")), ("reject", _("Tätigkeit nicht bestätigt"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Wie wurde sie nachgewiesen?"),
        help_text=_(
            "Zum Beispiel: telefonisch bei der Vereinsvorsitzenden bestätigt, schriftliche Bescheinigung liegt vor."
        ),
        max_length=500,
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Grund der Sperrung"), max_length=300)


class ConfirmationForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Ihre Antwort"),
        choices=[("confirm", _("Ja, die Angaben stimmen.")), ("reject", _("Nein, das kann ich nicht bestätigen."))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Anmerkung (freiwillig)"), max_length=500, required=False)


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Inhalt des QR-Codes oder Kartennummer"),
        max_length=400,
        widget=forms.TextInput(attrs={"data-qr-target": "", "autocomplete": "off", "spellcheck": "false"}),
    )


class PartnerForm(PinnedLocationMixin, forms.Form):
    name = forms.CharField(label=_("Name des Betriebs oder der Einrichtung"), max_length=160)
    category = forms.ChoiceField(label=_("Kategorie"), choices=AcceptancePartner.Category.choices)
    street = forms.CharField(label=_("Straße und Hausnummer"), max_length=120)
    postcode = PostcodeFormField()
    city = forms.CharField(label=_("Ort"), max_length=80)
    website = forms.URLField(label=_("Webseite"), required=False, max_length=200, assume_scheme="https")
    latitude, longitude = pin_fields()  # the pin on the map, else the postcode's centre
    benefit = forms.CharField(
        label=_("Vergünstigung für Karteninhaber*innen"),
        max_length=200,
        help_text=_("z. B. „10 % Rabatt“ oder „freier Eintritt“"),
    )
    benefit_valid_until = forms.DateField(
        label=_("Vergünstigung gültig bis (freiwillig)"),
        required=False,
        widget=DateInput(),
        input_formats=DATE_FORMATS,
        error_messages=DATE_ERROR,
    )


class PartnerFilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Kategorie"),
        choices=[("", _("Alle Kategorien"))] + list(AcceptancePartner.Category.choices),
        required=False,
    )


class RulesForm(forms.ModelForm):
    """The municipality's card rules, as its coordinators set them."""

    class Meta:
        model = CardRules
        fields = [
            "card_name",
            "min_age",
            "min_hours_per_week",
            "min_hours_per_year",
            "min_years_engaged",
            "residence_state",
            "allowance_limit",
            "validity_years",
            "reminder_weeks",
            "confirmation_days",
            "retention_months",
        ]
