"""Forms of the newsletter: sign-up (newsletters and topics of a town), a subscriber's topics,
and composing an issue (free text sanitised by the model's RichTextField, items from the
sources as checkboxes)."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from engagiert.newsletter.models import SUBJECT_MAX, TEXT_MAX, Newsletter, Subscriber

# Line breaks and other control characters: never in a name or a subject (mail headers).
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def no_control_characters(value: str) -> None:
    if _CONTROL.search(value or ""):
        raise ValidationError(_("Bitte ohne Zeilenumbrüche oder Steuerzeichen."))


class SignupForm(forms.Form):
    """E-mail, an optional name, and per newsletter its topics (or the newsletter itself when it
    has none): field `nl_<id>` with values `<topic id>` or "all"."""

    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.de."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=120,
        required=False,
        help_text=_("Freiwillig. Damit wir Sie in der E-Mail ansprechen können."),
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def __init__(self, *args, newsletters: list[Newsletter], **kwargs):
        super().__init__(*args, **kwargs)
        self.newsletters = newsletters
        for newsletter in newsletters:
            topics = list(newsletter.topics.all())
            choices = [(str(t.pk), t.name) for t in topics] or [("all", _("Alle Ausgaben"))]
            label = newsletter.name
            if newsletter.network_id:
                label = format_lazy("{} ({})", newsletter.name, newsletter.network.name)
            field = forms.MultipleChoiceField(
                label=label,
                choices=choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                help_text=newsletter.description,
            )
            field.newsletter = newsletter
            self.fields[f"nl_{newsletter.pk}"] = field

    def newsletter_fields(self):
        return [self[f"nl_{n.pk}"] for n in self.newsletters]

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.selection():
            raise ValidationError(_("Bitte wählen Sie mindestens einen Newsletter oder ein Thema."))
        return cleaned

    def selection(self) -> dict[int, list[int]]:
        """Newsletter id -> chosen topic ids (empty for a newsletter without topics)."""
        chosen = {}
        for newsletter in self.newsletters:
            values = self.cleaned_data.get(f"nl_{newsletter.pk}") or []
            if values:
                chosen[newsletter.pk] = [int(v) for v in values if v != "all"]
        return chosen


class TopicsForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("Themen"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )

    def __init__(self, *args, subscriber: Subscriber, **kwargs):
        kwargs.setdefault("initial", {"topics": [str(t.pk) for t in subscriber.topics.all()]})
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = [(str(t.pk), t.name) for t in subscriber.newsletter.topics.all()]

    def topic_ids(self) -> list[int]:
        return [int(v) for v in self.cleaned_data["topics"]]


class IssueForm(forms.Form):
    subject = forms.CharField(
        label=_("Betreff"),
        max_length=SUBJECT_MAX,
        validators=[no_control_characters],
        error_messages={"required": _("Bitte geben Sie einen Betreff an.")},
    )
    intro = forms.CharField(
        label=_("Einleitung"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Absätze mit einer Leerzeile trennen. Erlaubt sind einfache Auszeichnungen wie <strong> und Links."
        ),
    )
    items = forms.MultipleChoiceField(
        label=_("Beiträge"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
        help_text=_("Wählen Sie aus, was in dieser Ausgabe stehen soll."),
    )
    closing = forms.CharField(
        label=_("Schluss"),
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    topics = forms.MultipleChoiceField(
        label=_("Nur für diese Themen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
        help_text=_("Leer lassen: an alle Abonnent*innen des Newsletters."),
    )

    def __init__(self, *args, newsletter: Newsletter, offered, kept=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(f"{i.source}:{i.key}", i.title) for i in kept]
        seen = {value for value, _label in choices}
        for source, items in offered:
            for item in items:
                value = f"{source.key}:{item.key}"
                if value not in seen:
                    seen.add(value)
                    choices.append((value, f"{source.label}: {item.title}"))
        self.fields["items"].choices = choices
        topics = list(newsletter.topics.all())
        self.topic_objects = {str(t.pk): t for t in topics}
        if topics:
            self.fields["topics"].choices = [(str(t.pk), t.name) for t in topics]
        else:
            del self.fields["topics"]

    def chosen_topics(self):
        return [self.topic_objects[v] for v in self.cleaned_data.get("topics", []) if v in self.topic_objects]


def paragraphs(text: str) -> str:
    """Plain text typed into a textarea as HTML paragraphs; text that already holds HTML
    paragraphs is left as it is (the model sanitises either on save)."""
    from django.utils.html import linebreaks

    text = (text or "").strip()
    if not text or re.search(r"<(p|ul|ol|h3|h4|blockquote)[\s>]", text, re.I):
        return text
    return linebreaks(text, autoescape=False)
