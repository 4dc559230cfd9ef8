"""Forms of the Partnerschaft für Demokratie. Amounts are typed the German way ("1.250,50")."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.core.images import reencode_image
from engagiert.directory.models import Organisation
from engagiert.funding.models import (
    FIELDS_OF_ACTION,
    Assessment,
    Committee,
    ConflictDeclaration,
    CostLine,
    FinancingLine,
    Report,
    Vote,
)

UPLOAD_MAX_BYTES = 10 * 1024 * 1024
MAX_AMOUNT = Decimal("999999.99")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]
DATE_ERROR = {"invalid": _("Bitte geben Sie ein Datum ein, z. B. 31.12.2026.")}


def date_field(label, **kwargs) -> forms.DateField:
    return forms.DateField(
        label=label, widget=DateInput(), input_formats=DATE_FORMATS, error_messages=DATE_ERROR, **kwargs
    )


def parse_amount(value):
    """An amount as people type it: "1.250,50", "1250,5", "1 250 €" (German) or with the
    active language's separators ("1,250.50"): thousands separators dropped, the decimal
    separator made a point. Anything else is left to DecimalField's message."""
    from django.utils import formats

    if not isinstance(value, str):
        return value
    text = value.replace("€", "").replace("EUR", "").replace("\xa0", "").replace(" ", "").strip()
    decimal = formats.get_format("DECIMAL_SEPARATOR")
    thousand = formats.get_format("THOUSAND_SEPARATOR")
    if decimal == "," or (decimal not in text and "," in text and "." not in text):
        text = text.replace(".", "").replace(",", ".") if "," in text else _drop_grouping(text)
    else:
        text = text.replace(thousand, "") if thousand and thousand != decimal else text
        text = text.replace(decimal, ".")
    return text


def _drop_grouping(text: str) -> str:
    """ "4.500" in German is four thousand five hundred: dots grouping three digits are thousands."""
    import re

    return text.replace(".", "") if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text) else text


class MoneyField(forms.DecimalField):
    def to_python(self, value):
        return super().to_python(parse_amount(value))

    def prepare_value(self, value):
        """A stored amount shown with the language's decimal separator, without grouping."""
        from django.utils import formats

        if isinstance(value, Decimal):
            return formats.number_format(value, decimal_pos=2, use_l10n=True, force_grouping=False)
        return value

    def __init__(self, *, label, positive: bool = False, **kwargs):
        super().__init__(
            label=label,
            max_digits=8,
            decimal_places=2,
            min_value=Decimal("0.01") if positive else Decimal("0"),
            max_value=MAX_AMOUNT,
            widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            error_messages={
                "invalid": _("Bitte geben Sie einen Betrag ein, z. B. 1.250,50."),
                "min_value": _("Der Betrag darf nicht negativ sein.")
                if not positive
                else _("Bitte geben Sie einen Betrag über null ein."),
                "max_value": _("Der Betrag ist unrealistisch hoch (höchstens 999.999,99 EUR)."),
                "max_digits": _("Der Betrag ist unrealistisch hoch (höchstens 999.999,99 EUR)."),
                "max_whole_digits": _("Der Betrag ist unrealistisch hoch (höchstens 999.999,99 EUR)."),
                "max_decimal_places": _("Bitte höchstens zwei Nachkommastellen (Cent)."),
            },
            **kwargs,
        )


def check_upload(upload, *, images_only: bool = False):
    """A PDF or an image (JPEG, PNG) of at most 10 MB: judged by its content, not its name. Images
    are re-encoded (core.images), which drops their metadata."""
    if upload is None:
        return upload
    if upload.size > UPLOAD_MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß (höchstens 10 MB)."))
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-" and not images_only:
        name = upload.name.rsplit(".", 1)[0][:60] + ".pdf"
        upload.name = name
        return upload
    try:
        return reencode_image(upload)
    except ValidationError:
        if images_only:
            raise ValidationError(_("Bitte laden Sie ein Foto als JPEG oder PNG hoch.")) from None
        raise ValidationError(_("Bitte laden Sie ein PDF oder ein Bild (JPEG, PNG) hoch.")) from None


class ApplicationForm(forms.Form):
    """The full application (Aktions- und Initiativfonds). A draft may be saved incomplete;
    the submission checks the rest (services.submission_problems)."""

    organisation = forms.ModelChoiceField(
        label=_("Antragstellende Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("– Wir sind eine Gruppe ohne eigene Rechtsform –"),
        help_text=_("Organisationen aus dem Durchblick, die Sie bearbeiten."),
    )
    group_name = forms.CharField(
        label=_("Name Ihrer Gruppe"),
        max_length=200,
        required=False,
        help_text=_("Nur für Gruppen ohne eigene Rechtsform: Sie brauchen dann einen Träger."),
    )
    carrier = forms.ModelChoiceField(
        label=_("Träger (Organisation, die das Geld für Ihre Gruppe verwaltet)"),
        queryset=Organisation.objects.none(),
        required=False,
    )
    contact_name = forms.CharField(label=_("Ansprechperson"), max_length=120)
    contact_email = forms.EmailField(label=_("E-Mail der Ansprechperson"))
    title = forms.CharField(label=_("Titel des Projekts"), max_length=200)
    summary = forms.CharField(label=_("Kurzbeschreibung"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000)
    goals = forms.CharField(label=_("Ziele"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000, required=False)
    fields_of_action = forms.MultipleChoiceField(
        label=_("Handlungsfelder des Programms"),
        choices=FIELDS_OF_ACTION,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    target_group = forms.CharField(label=_("Zielgruppe"), max_length=300, required=False)
    expected_participants = forms.IntegerField(
        label=_("Erwartete Teilnehmende"),
        min_value=0,
        max_value=100000,
        initial=0,
        error_messages={"max_value": _("Bitte prüfen Sie die Zahl: höchstens 100.000.")},
    )
    partners = forms.CharField(label=_("Partner"), max_length=500, required=False)
    place = forms.CharField(label=_("Ort"), max_length=200, required=False)
    starts_on = date_field(_("Projektbeginn"))
    ends_on = date_field(_("Projektende"))
    early_start_requested = forms.BooleanField(
        label=_("Wir beantragen einen vorzeitigen Maßnahmebeginn (das Projekt beginnt vor der Entscheidung)."),
        required=False,
    )
    young_applicants = forms.BooleanField(
        label=_("Alle Antragstellenden sind jung genug für diesen Fonds."), required=False
    )

    def __init__(self, *args, fund, editable_organisations, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fund = fund
        self.fields["organisation"].queryset = editable_organisations
        self.fields["carrier"].queryset = Organisation.objects.filter(
            municipality=municipality, status=Organisation.Status.PUBLISHED
        ).order_by("name")
        if fund.max_applicant_age:
            self.fields["young_applicants"].label = _("Alle in unserer Gruppe sind höchstens %(age)s Jahre alt.") % {
                "age": fund.max_applicant_age
            }
        else:
            del self.fields["young_applicants"]
        if fund.plain_language:
            # The Jugendfonds: shorter, in plain language.
            for name in ("goals", "fields_of_action", "partners", "target_group"):
                del self.fields[name]
            self.fields["title"].label = _("Wie heißt Ihr Projekt?")
            self.fields["summary"].label = _("Was wollen Sie machen? Erzählen Sie in ein paar Sätzen.")
            self.fields["expected_participants"].label = _("Wie viele machen ungefähr mit?")
            self.fields["place"].label = _("Wo findet es statt?")
            self.fields["starts_on"].label = _("Wann geht es los?")
            self.fields["ends_on"].label = _("Wann ist es vorbei?")
            self.fields["contact_name"].label = _("Ihr Name")
            self.fields["contact_email"].label = _("Ihre E-Mail-Adresse")

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("Das Projektende liegt vor dem Beginn."))
        if starts and starts < timezone.localdate() and not data.get("early_start_requested"):
            self.add_error(
                "starts_on",
                _(
                    "Der Projektbeginn liegt in der Vergangenheit. Ein Projekt darf erst nach der Entscheidung "
                    "beginnen, außer ein vorzeitiger Beginn wird genehmigt."
                ),
            )
        if starts and ends and (ends - starts).days > 366:
            self.add_error("ends_on", _("Ein Projekt darf höchstens ein Jahr dauern."))
        if not data.get("organisation"):
            if not data.get("group_name", "").strip():
                self.add_error("group_name", _("Bitte wählen Sie Ihre Organisation oder nennen Sie Ihre Gruppe."))
            if not data.get("carrier"):
                self.add_error("carrier", _("Eine Gruppe ohne eigene Rechtsform braucht einen Träger."))
        return data


class CostLineForm(forms.Form):
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    category = forms.ChoiceField(label=_("Kostenart"), choices=[("", "–"), *CostLine.Category.choices], required=False)
    description = forms.CharField(label=_("Beschreibung"), max_length=200, required=False)
    quantity = forms.DecimalField(
        label=_("Menge"),
        max_digits=7,
        decimal_places=2,
        min_value=Decimal("0.01"),
        max_value=Decimal("99999"),
        localize=True,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Bitte geben Sie eine Zahl ein, z. B. 4 oder 2,5."),
            "min_value": _("Die Menge muss größer als null sein."),
            "max_value": _("Die Menge ist unrealistisch hoch."),
            "max_digits": _("Die Menge ist unrealistisch hoch."),
            "max_whole_digits": _("Die Menge ist unrealistisch hoch."),
        },
    )
    unit_price = MoneyField(label=_("Einzelpreis (EUR)"), required=False)
    price_note = forms.CharField(label=_("Preisvergleich (unter der Angebotsgrenze)"), max_length=500, required=False)

    def clean(self):
        data = super().clean()
        filled = [data.get(n) not in (None, "") for n in ("category", "description", "quantity", "unit_price")]
        if any(filled) and not all(filled):
            raise ValidationError(_("Bitte füllen Sie Kostenart, Beschreibung, Menge und Einzelpreis aus."))
        data["empty"] = not any(filled)
        return data


class FinancingLineForm(forms.Form):
    kind = forms.ChoiceField(label=_("Art"), choices=[("", "–"), *FinancingLine.Kind.choices], required=False)
    description = forms.CharField(label=_("Beschreibung"), max_length=200, required=False)
    amount = MoneyField(label=_("Betrag (EUR)"), required=False)

    def clean(self):
        data = super().clean()
        if bool(data.get("kind")) != (data.get("amount") is not None):
            raise ValidationError(_("Bitte wählen Sie die Art und nennen Sie den Betrag."))
        data["empty"] = not data.get("kind")
        return data


CostLineFormSet = forms.formset_factory(CostLineForm, extra=3, max_num=40, validate_max=True)
FinancingFormSet = forms.formset_factory(FinancingLineForm, extra=2, max_num=20, validate_max=True)


class QuoteForm(forms.Form):
    supplier = forms.CharField(label=_("Anbieter"), max_length=200)
    amount = MoneyField(label=_("Betrag des Angebots (EUR)"))
    file = forms.FileField(label=_("Angebot (PDF oder Bild, höchstens 10 MB)"))

    def clean_file(self):
        return check_upload(self.cleaned_data.get("file"))


class ChangeRequestForm(forms.Form):
    text = forms.CharField(
        label=_("Was fehlt oder ist zu ändern?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Ihre Antwort"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class AgendaForm(forms.Form):
    meeting = forms.ModelChoiceField(label=_("Sitzung"), queryset=None, empty_label=None)

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings


class MeetingForm(forms.Form):
    committee = forms.ModelChoiceField(label=_("Gremium"), queryset=Committee.objects.none(), empty_label=None)
    starts_at = forms.DateTimeField(
        label=_("Beginn"),
        input_formats=["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"invalid": _("Bitte geben Sie Datum und Uhrzeit ein, z. B. 31.12.2026 18:00.")},
    )
    place = forms.CharField(label=_("Ort"), max_length=200, required=False)
    circulation = forms.BooleanField(label=_("Umlaufverfahren (Mitglieder stimmen online ab)"), required=False)

    def __init__(self, *args, committees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees


class ConflictForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Wie sind Sie mit dem Antrag verbunden?"),
        choices=[c for c in ConflictDeclaration.Reason.choices if c[0] != "directory"],
        widget=forms.RadioSelect,
    )


class AssessmentForm(forms.Form):
    comment = forms.CharField(
        label=_("Anmerkung"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False
    )

    def __init__(self, *args, criteria: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for index, criterion in enumerate(criteria):
            self.fields[f"c{index}"] = forms.TypedChoiceField(
                label=criterion, choices=Assessment.Score.choices, coerce=int, widget=forms.RadioSelect
            )
        self.order_fields([f"c{i}" for i in range(len(criteria))] + ["comment"])

    def scores(self) -> dict[str, int]:
        return {criterion: self.cleaned_data[f"c{i}"] for i, criterion in enumerate(self.criteria)}


class VoteForm(forms.Form):
    choice = forms.ChoiceField(label=_("Ihre Stimme"), choices=Vote.Choice.choices, widget=forms.RadioSelect)


ABSENT = "absent"


class RecordVotesForm(forms.Form):
    """One choice per voting member without conflict who has not voted yet."""

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = members
        for member in members:
            self.fields[f"m{member.pk}"] = forms.ChoiceField(
                label=member.name,
                choices=[*Vote.Choice.choices, (ABSENT, _("nicht anwesend"))],
                initial=ABSENT,
                widget=forms.Select,
            )

    def votes(self) -> dict[int, str]:
        return {m.pk: self.cleaned_data[f"m{m.pk}"] for m in self.members if self.cleaned_data[f"m{m.pk}"] != ABSENT}


class ConcludeForm(forms.Form):
    amount = MoneyField(label=_("Empfohlener Betrag (EUR)"))
    conditions = forms.CharField(
        label=_("Auflagen (freiwillig)"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )


class GrantForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[("grant", _("Bewilligen")), ("refuse", _("Ablehnen"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie „Bewilligen“ oder „Ablehnen“.")},
    )
    amount = MoneyField(label=_("Bewilligter Betrag (EUR)"), required=False)
    conditions = forms.CharField(
        label=_("Auflagen"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )
    reason = forms.CharField(
        label=_("Begründung (Pflicht bei Ablehnung und bei einem Betrag über der Empfehlung)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )


class PaymentForm(forms.Form):
    amount = MoneyField(label=_("Abzurufender Betrag (EUR)"), positive=True)


class PaidForm(forms.Form):
    paid_on = date_field(_("Ausgezahlt am"))


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = (
            "narrative",
            "outcome",
            "press",
            "participants_under_14",
            "participants_14_17",
            "participants_18_27",
            "participants_over_27",
        )
        widgets = {
            "narrative": forms.Textarea(attrs={"rows": 6}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "press": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, cost_lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.cost_lines = cost_lines
        for name in self.Meta.fields[3:]:
            self.fields[name].max_value = 100000
            self.fields[name].widget.attrs["max"] = 100000
        for line in cost_lines:
            field = MoneyField(label=_("IST: %(line)s") % {"line": line.description}, required=False)
            field.initial = line.actual
            self.fields[f"actual_{line.pk}"] = field

    def clean(self):
        data = super().clean()
        for name in self.Meta.fields[3:]:
            if (data.get(name) or 0) > 100000:
                self.add_error(name, _("Bitte prüfen Sie die Zahl: höchstens 100.000."))
        return data

    def actuals(self) -> dict[int, Decimal | None]:
        return {line.pk: self.cleaned_data.get(f"actual_{line.pk}") for line in self.cost_lines}


class ReceiptForm(forms.Form):
    date = date_field(_("Datum"))
    payee = forms.CharField(label=_("Empfänger*in"), max_length=200)
    purpose = forms.CharField(label=_("Zweck"), max_length=300)
    cost_line = forms.ModelChoiceField(label=_("Kostenposition"), queryset=CostLine.objects.none(), required=False)
    amount = MoneyField(label=_("Betrag (EUR)"), positive=True)
    file = forms.FileField(label=_("Beleg (PDF oder Bild, höchstens 10 MB)"))

    def __init__(self, *args, cost_lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cost_line"].queryset = cost_lines

    def clean_file(self):
        return check_upload(self.cleaned_data.get("file"))

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise ValidationError(_("Das Datum des Belegs liegt in der Zukunft."))
        if day < timezone.localdate() - datetime.timedelta(days=3 * 366):
            raise ValidationError(_("Das Datum liegt zu weit zurück."))
        return day


class PhotoForm(forms.Form):
    image = forms.FileField(label=_("Foto (JPEG oder PNG)"))
    alt_text = forms.CharField(label=_("Was ist auf dem Foto zu sehen?"), max_length=200)
    consent = forms.BooleanField(label=_("Die abgebildeten Personen haben der Veröffentlichung zugestimmt."))

    def clean_image(self):
        return check_upload(self.cleaned_data.get("image"), images_only=True)


class CorrectionForm(forms.Form):
    note = forms.CharField(
        label=_("Was ist zu korrigieren?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class RepaidForm(forms.Form):
    repaid_on = date_field(_("Rückzahlung eingegangen am"))


class YearFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Jahr"), coerce=int, required=False)
    fund = forms.TypedChoiceField(label=_("Fonds"), coerce=int, required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, years, funds, statuses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, str(y)) for y in years]
        self.fields["fund"].choices = [("", _("Alle Fonds")), *[(f.pk, f.name) for f in funds]]
        self.fields["status"].choices = [("", _("Alle")), *statuses]
