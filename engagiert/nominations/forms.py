from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from engagiert.directory.models import Organisation, Topic
from engagiert.nominations import services
from engagiert.nominations.models import TEXT_MAX, Nomination, Portrait

HONEYPOT = "homepage"  # a field people do not see and bots fill in


class NominationForm(forms.Form):
    """The public nomination form (third party); SelfNominationForm leaves out the nominee's contact."""

    municipality = forms.ChoiceField(label=_("In welcher Kommune engagiert sich die Person?"))
    kind = forms.ChoiceField(
        label=_("Wen schlagen Sie vor?"),
        choices=Nomination.Kind.choices,
        widget=forms.RadioSelect,
        initial=Nomination.Kind.PERSON,
    )
    nominee_name = forms.CharField(label=_("Name der Person oder Initiative"), max_length=200)
    channel = forms.ChoiceField(
        label=_("Wie erreichen wir die Person?"),
        choices=Nomination.Channel.choices,
        widget=forms.RadioSelect,
        help_text=_("Ohne E-Mail-Adresse fragt die Koordinierungsstelle die Person selbst."),
        error_messages={"required": _("Bitte sagen Sie uns, wie wir die Person erreichen.")},
    )
    nominee_email = forms.EmailField(label=_("E-Mail-Adresse der Person"), required=False)
    nominee_phone = forms.CharField(label=_("Telefonnummer der Person"), max_length=40, required=False)
    nominee_address = forms.CharField(label=_("Postanschrift der Person"), max_length=300, required=False)
    organisation = forms.ModelChoiceField(
        label=_("Organisation (freiwillig)"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Wenn sich die Person in einer Organisation aus dem Verzeichnis engagiert."),
    )
    topic = forms.ModelChoiceField(label=_("Themenfeld (freiwillig)"), queryset=Topic.objects.all(), required=False)
    activity = forms.CharField(
        label=_("Was macht die Person oder Initiative?"), max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )
    reason = forms.CharField(
        label=_("Warum ist sie ein Glücksbringer?"), max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )
    relation = forms.CharField(label=_("Woher kennen Sie die Person?"), max_length=300, required=False)
    nominator_name = forms.CharField(
        label=_("Ihr Name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    nominator_email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_("Sie bekommen einen Link, mit dem Sie Ihren Vorschlag bestätigen."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    reveal = forms.BooleanField(label=_("Die Person darf erfahren, dass ich sie vorgeschlagen habe."), required=False)

    is_self = False

    def __init__(self, *args, campaign, municipality, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        towns = list(campaign.participants.all())
        self.towns = {str(t.pk): t for t in towns}
        self.fields["municipality"].choices = [(str(t.pk), t.name) for t in towns]
        self.fields["municipality"].initial = str(municipality.pk)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            municipality__in=towns, status=Organisation.Status.PUBLISHED
        ).order_by("name")
        if not campaign.initiatives and "kind" in self.fields:
            del self.fields["kind"]

    def clean(self):
        data = super().clean()
        if self.data.get(HONEYPOT):
            raise forms.ValidationError(_("Ihr Vorschlag konnte nicht gesendet werden."), code="honeypot")
        channel = data.get("channel")
        required = {
            Nomination.Channel.EMAIL: ("nominee_email", _("Bitte geben Sie die E-Mail-Adresse der Person an.")),
            Nomination.Channel.PHONE: ("nominee_phone", _("Bitte geben Sie die Telefonnummer der Person an.")),
            Nomination.Channel.POST: ("nominee_address", _("Bitte geben Sie die Postanschrift der Person an.")),
            Nomination.Channel.ORGANISATION: ("organisation", _("Bitte wählen Sie die Organisation.")),
        }
        if channel in required:
            name, message = required[channel]
            if not data.get(name) and name not in self.errors:
                self.add_error(name, message)
        return data

    def town(self):
        return self.towns[self.cleaned_data["municipality"]]


class SelfNominationForm(NominationForm):
    """ "Ich möchte mich selbst vorstellen": no consent request, the nominator is the nominee."""

    is_self = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("channel", "nominee_email", "nominee_phone", "nominee_address", "relation", "reveal"):
            del self.fields[name]
        self.fields["municipality"].label = _("In welcher Kommune engagieren Sie sich?")
        self.fields["nominee_name"].label = _("Ihr Name oder der Name Ihrer Initiative")
        self.fields["activity"].label = _("Was machen Sie?")
        self.fields["reason"].label = _("Warum möchten Sie sich vorstellen?")
        self.fields["reason"].required = False
        self.fields["nominator_name"].label = _("Ihr Name (für die Koordinierungsstelle)")
        self.order_fields(["municipality", "kind", "nominee_name", "nominator_name", "nominator_email"])


class AnswerForm(forms.Form):
    choice = forms.ChoiceField(
        label=_("Ihre Antwort"),
        widget=forms.RadioSelect,
        choices=[
            (services.AGREE_WRITE, _("Ja, ich möchte vorgestellt werden und schreibe mein Porträt selbst.")),
            (
                services.AGREE_COORDINATOR,
                _("Ja, ich möchte vorgestellt werden; die Koordinierungsstelle soll es mit mir schreiben."),
            ),
            (services.DECLINE, _("Nein, ich möchte nicht vorgestellt werden. Alle Angaben zu mir werden gelöscht.")),
        ],
        error_messages={"required": _("Bitte wählen Sie eine der drei Möglichkeiten.")},
    )


class PortraitForm(forms.Form):
    display_name = forms.CharField(
        label=_("Name, wie er erscheinen soll"),
        max_length=120,
        help_text=_("Zum Beispiel „Anna Schulze“, „Anna S.“ oder der Name der Initiative."),
    )
    name_form = forms.ChoiceField(
        label=_("Form des Namens"),
        choices=Portrait.NameForm.choices,
        widget=forms.RadioSelect,
        initial=Portrait.NameForm.INITIAL,
    )
    website = forms.URLField(label=_("Link zu Ihrem Engagement (freiwillig)"), required=False, assume_scheme="https")
    photo = forms.FileField(
        label=_("Foto (freiwillig)"),
        required=False,
        help_text=_(
            "JPEG, PNG oder WebP, höchstens 10 MB. Wir schneiden es quadratisch zu und entfernen Ort und Kameradaten."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    photo_consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass dieses Foto mit meinem Porträt veröffentlicht wird, auch auf Plakaten und in "
            "sozialen Medien. Ich kann das jederzeit widerrufen."
        ),
        required=False,
    )
    photo_alt = forms.CharField(
        label=_("Was ist auf dem Foto zu sehen?"),
        max_length=200,
        required=False,
        help_text=_("Ein Satz für Menschen, die das Bild nicht sehen (Pflicht mit Foto)."),
    )
    photo_credit = forms.CharField(label=_("Foto von"), max_length=120, required=False)
    remove_photo = forms.BooleanField(label=_("Foto löschen"), required=False)

    def __init__(
        self, *args, questions: list[str], portrait: Portrait | None = None, coordinator: bool = False, **kwargs
    ) -> None:
        if portrait is not None and "initial" not in kwargs:
            answers = [a.get("answer", "") for a in portrait.answers]
            kwargs["initial"] = {
                "display_name": portrait.display_name,
                "name_form": portrait.name_form,
                "website": portrait.website,
                "photo_alt": portrait.photo_alt,
                "photo_credit": portrait.photo_credit,
                **{f"answer_{i}": (answers[i] if i < len(answers) else "") for i in range(len(questions))},
            }
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.portrait = portrait
        for i, question in enumerate(questions):
            self.fields[f"answer_{i}"] = forms.CharField(
                # <bdi>: the campaign's questions are German content; in Arabic the "?" stays at the end.
                label=format_html("<bdi>{}</bdi>", question),
                max_length=TEXT_MAX,
                required=False,
                widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
            )
        if portrait is None or not portrait.photo:
            del self.fields["remove_photo"]
        if coordinator:
            self.fields["agreed"] = forms.BooleanField(
                label=_("Die Person hat diesem Text und gegebenenfalls dem Foto zugestimmt."),
                error_messages={"required": _("Bitte bestätigen Sie, dass die Person zugestimmt hat.")},
            )
        order = ["display_name", "name_form", *[f"answer_{i}" for i in range(len(questions))]]
        self.order_fields(order)

    def clean(self):
        data = super().clean()
        if not any((data.get(f"answer_{i}") or "").strip() for i in range(len(self.questions))):
            self.add_error("answer_0", _("Bitte beantworten Sie mindestens eine Frage."))
        if data.get("photo"):
            if not data.get("photo_consent"):
                self.add_error("photo_consent", _("Bitte willigen Sie ein, damit wir das Foto zeigen dürfen."))
            if not (data.get("photo_alt") or "").strip():
                self.add_error("photo_alt", _("Bitte beschreiben Sie in einem Satz, was auf dem Foto zu sehen ist."))
        elif self.portrait is not None and self.portrait.photo and not data.get("remove_photo"):
            if not (data.get("photo_alt") or "").strip():
                self.add_error("photo_alt", _("Bitte beschreiben Sie in einem Satz, was auf dem Foto zu sehen ist."))
        return data

    def portrait_data(self) -> services.PortraitData:
        data = self.cleaned_data
        return services.PortraitData(
            display_name=data["display_name"],
            name_form=data["name_form"],
            answers=[data.get(f"answer_{i}", "") for i in range(len(self.questions))],
            website=data.get("website", ""),
            photo_alt=data.get("photo_alt", ""),
            photo_credit=data.get("photo_credit", ""),
            photo_consent=bool(data.get("photo_consent")) or bool(self.portrait and self.portrait.photo),
            remove_photo=bool(data.get("remove_photo")),
        )


class ConsentForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Wie hat die Person eingewilligt?"),
        widget=forms.RadioSelect,
        choices=[
            (Nomination.ConsentChannel.PAPER, _("Unterschriebenes Formular (bitte hochladen)")),
            (Nomination.ConsentChannel.PHONE, Nomination.ConsentChannel.PHONE.label),
            (Nomination.ConsentChannel.IN_PERSON, Nomination.ConsentChannel.IN_PERSON.label),
            (Nomination.ConsentChannel.EMAIL, Nomination.ConsentChannel.EMAIL.label),
        ],
    )
    given_on = forms.DateField(
        label=_("Datum der Einwilligung"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    scan = forms.FileField(label=_("Unterschriebenes Formular (PDF oder Foto)"), required=False)
    note = forms.CharField(label=_("Notiz (freiwillig)"), max_length=300, required=False)
    writer = forms.ChoiceField(
        label=_("Wer schreibt das Porträt?"),
        widget=forms.RadioSelect,
        choices=Nomination.Writer.choices,
        initial=Nomination.Writer.COORDINATOR,
    )

    def clean(self):
        data = super().clean()
        if data.get("channel") == Nomination.ConsentChannel.PAPER and not data.get("scan"):
            self.add_error("scan", _("Bitte laden Sie das unterschriebene Formular hoch."))
        if data.get("given_on") and data["given_on"] > timezone.localdate():
            self.add_error("given_on", _("Das Datum der Einwilligung liegt in der Zukunft."))
        return data


class PublishForm(forms.Form):
    on = forms.DateField(
        label=_("Veröffentlichen am"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Begründung für die vorschlagende Person"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Bitte begründen Sie die Ablehnung.")},
    )


class MergeForm(forms.Form):
    duplicate = forms.ChoiceField(label=_("Doppelter Vorschlag, der in diesen übergeht"))

    def __init__(self, *args, candidates, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].choices = [
            (str(n.pk), f"{n.nominee_name or '—'} (Nr. {n.pk}, {n.get_status_display()})") for n in candidates
        ]


class BlockForm(forms.Form):
    email = forms.EmailField(label=_("E-Mail-Adresse, von der keine Vorschläge mehr angenommen werden"))
    note = forms.CharField(label=_("Notiz (freiwillig)"), max_length=200, required=False)


class GalleryForm(forms.Form):
    town = forms.ChoiceField(label=_("Kommune"), required=False)
    topic = forms.ChoiceField(label=_("Themenfeld"), required=False)

    def __init__(self, *args, towns, topics, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["town"].choices = [("", _("Alle Kommunen")), *[(t.slug, t.name) for t in towns]]
        self.fields["topic"].choices = [("", _("Alle Themenfelder")), *[(t.slug, t.name) for t in topics]]
