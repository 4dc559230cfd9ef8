"""The admin forms of the portal's images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): every upload path of Wagtail's admin goes through them; and the
public form of the contact page."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from engagiert.portal.images import check_pdf, reencode_upload
from engagiert.portal.models import ALT_TEXT_MISSING


class PortalImageForm(BaseImageForm):
    """An uploaded image is re-encoded (metadata such as EXIF and GPS dropped) and needs an
    alternative text unless it is marked decorative."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.seek(0)
            return reencode_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        decorative = cleaned.get("marked_decorative", getattr(self.instance, "marked_decorative", False))
        description = cleaned.get("description", getattr(self.instance, "description", ""))
        if not decorative and not (description or "").strip():
            message = ALT_TEXT_MISSING
            if "description" in self.fields:
                self.add_error("description", message)
            else:
                raise ValidationError(message)
        return cleaned


class PortalDocumentForm(BaseDocumentForm):
    """Documents are PDFs: an upload that does not look like one is refused."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_pdf(upload)
        return upload


# --- the contact page's form ---------------------------------------------------------------------

HONEYPOT = "homepage"  # a field people do not see and bots fill in
MESSAGE_MAX = 5000


class ContactForm(forms.Form):
    """A message to one of the site's offices (ContactPage): sent by e-mail, not stored."""

    recipient = forms.ChoiceField(
        label=_("An wen geht Ihre Nachricht?"),
        error_messages={"required": _("Bitte wählen Sie, an wen Ihre Nachricht gehen soll.")},
    )
    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Bitte geben Sie Ihren Namen an.")},
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_("Dorthin geht die Antwort und eine Kopie Ihrer Nachricht."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de."),
        },
    )
    subject = forms.CharField(
        label=_("Betreff"), max_length=150, error_messages={"required": _("Bitte geben Sie einen Betreff an.")}
    )
    message = forms.CharField(
        label=_("Ihre Nachricht"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Bitte schreiben Sie Ihre Nachricht.")},
    )
    consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass meine Angaben per E-Mail an die gewählte Stelle gehen, damit sie mir "
            "antworten kann."
        ),
        error_messages={"required": _("Ohne Ihr Einverständnis können wir die Nachricht nicht weitergeben.")},
    )

    def __init__(self, *args, contacts, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.contacts = {str(c.pk): c for c in contacts}
        choices = [(key, str(c)) for key, c in self.contacts.items()]
        if len(choices) > 1:
            choices = [("", _("Bitte wählen"))] + choices
        self.fields["recipient"].choices = choices

    def clean_subject(self) -> str:
        return " ".join(self.cleaned_data["subject"].split())  # one line: it becomes the mail's subject

    def clean(self):
        cleaned = super().clean()
        if self.data.get(HONEYPOT):
            raise forms.ValidationError(_("Ihre Nachricht konnte nicht gesendet werden."), code="honeypot")
        return cleaned

    def chosen_contact(self):
        return self.contacts[self.cleaned_data["recipient"]]
