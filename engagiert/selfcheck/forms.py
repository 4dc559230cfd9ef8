from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.directory.models import Organisation
from engagiert.selfcheck.models import DONT_KNOW_LABEL, Catalogue, Field, Measure, Round, Scale

DONT_KNOW = "0"
SCALE_CHOICES = [(str(v), label) for v, label in Scale.choices] + [(DONT_KNOW, DONT_KNOW_LABEL)]


class RoundForm(forms.Form):
    title = forms.CharField(label=_("Titel der Runde"), max_length=200, help_text=_("Zum Beispiel „Selbstcheck 2026“."))
    catalogue = forms.ModelChoiceField(
        label=_("Fragenkatalog"), queryset=Catalogue.objects.filter(published=True), empty_label=None
    )
    red_below = forms.IntegerField(label=_("Rot unter (Punkte)"), min_value=0, max_value=100, initial=40)
    green_from = forms.IntegerField(label=_("Grün ab (Punkte)"), min_value=0, max_value=100, initial=70)

    def clean(self):
        data = super().clean()
        if "red_below" in data and "green_from" in data and data["red_below"] > data["green_from"]:
            raise forms.ValidationError(_("Die Schwelle für Rot darf nicht über der Schwelle für Grün liegen."))
        return data


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-Mail-Adresse"), max_length=254)
    department = forms.CharField(label=_("Fachbereich / Amt"), max_length=120)
    role = forms.CharField(
        label=_("Funktion"), max_length=120, required=False, help_text=_("Zum Beispiel Amtsleitung.")
    )
    language = forms.ChoiceField(label=_("Sprache der Einladung"), choices=settings.LANGUAGES, initial="de")


class AnswerForm(forms.Form):
    """One radio group per question of a field. Unanswered questions are skipped."""

    def __init__(self, *args, questions, initial_values: dict[int, int | None], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for q in questions:
            initial = None
            if q.pk in initial_values:
                value = initial_values[q.pk]
                initial = DONT_KNOW if value is None else str(value)
            self.fields[f"q{q.pk}"] = forms.ChoiceField(
                label=q.text,
                help_text=q.explanation,
                choices=SCALE_CHOICES,
                required=False,
                initial=initial,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": _("Bitte wählen Sie eine Antwort auf der Skala oder „weiß nicht“."),
                },
            )

    def answers(self) -> dict[int, int | None]:
        """{question id: value} of the answered questions; "weiß nicht" is None."""
        result = {}
        for q in self.questions:
            raw = self.cleaned_data.get(f"q{q.pk}")
            if raw:
                result[q.pk] = None if raw == DONT_KNOW else int(raw)
        return result

    def rows(self):
        return [(q, self[f"q{q.pk}"]) for q in self.questions]


class WorkshopNoteForm(forms.Form):
    date = forms.DateField(label=_("Datum"), widget=forms.DateInput(attrs={"type": "date"}))
    title = forms.CharField(label=_("Titel"), max_length=200)
    participants = forms.CharField(
        label=_("Teilnehmende"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    body = forms.CharField(label=_("Notizen"), max_length=20000, widget=forms.Textarea)


class MeasureForm(forms.ModelForm):
    event_url = forms.URLField(label=_("Link zur Veranstaltung"), required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = Measure
        fields = [
            "date",
            "title",
            "goal",
            "field",
            "round",
            "responsible_organisation",
            "responsible_office",
            "partners",
            "due_date",
            "status",
            "progress",
            "event_title",
            "event_url",
            "public",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "due_date": forms.DateInput(attrs={"type": "date"}),
            "goal": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = Round.objects.filter(municipality=municipality)
        self.fields["responsible_organisation"].queryset = Organisation.objects.filter(
            municipality=municipality, status=Organisation.Status.PUBLISHED
        ).order_by("name")
        catalogue_ids = Round.objects.filter(municipality=municipality).values("catalogue_id")
        self.fields["field"].queryset = (
            Field.objects.filter(Q(catalogue__published=True) | Q(catalogue_id__in=catalogue_ids))
            .select_related("catalogue")
            .order_by("-catalogue__version", "order")
        )
        self.fields["progress"].min_value = 0
        self.fields["progress"].max_value = 100
        self.fields["progress"].widget.attrs.update({"min": 0, "max": 100})
        self.fields["progress"].validators.append(MaxValueValidator(100))
        self.fields["date"].help_text = _("Wann der Schritt stattfand oder stattfinden soll.")
        self.fields["event_title"].help_text = _("Zum Beispiel die Dialogveranstaltung, zu der die Maßnahme gehört.")
