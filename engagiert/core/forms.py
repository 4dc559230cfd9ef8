from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.core.languages import language_codes
from engagiert.core.models import AccessibilityFeedback, Municipality, User


class AccessibilityFeedbackForm(forms.ModelForm):
    class Meta:
        model = AccessibilityFeedback
        fields = ["name", "email", "page_url", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"email": _("Freiwillig. Nur, wenn Sie eine Antwort wünschen.")}


def valid_filters(form: forms.Form) -> dict:
    """What a filter form (search box and facets) got right: each field with an error is left
    out (and shown by the form), the others still apply; {} for an unbound form. A form-wide
    error (say a reversed date range) is for the form's own `filters()` to handle."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return dict(form.cleaned_data)


class FontSizeForm(forms.Form):
    change = forms.ChoiceField(choices=[("up", "A+"), ("down", "A-"), ("reset", "A")])
    next = forms.CharField(required=False, max_length=500)


# The names of the content languages in labels such as "Titel (Englisch)": in the reader's
# language, unlike the language switcher, which names each language in itself.
_CONTENT_LANGUAGE_NAMES = {
    "de": pgettext_lazy("content language", "Deutsch"),
    "en": pgettext_lazy("content language", "Englisch"),
    "ar": pgettext_lazy("content language", "Arabisch"),
    "uk": pgettext_lazy("content language", "Ukrainisch"),
}
# The languages of translated content (django-modeltranslation fields <name>_de, _en, ...):
# the platform's languages (core.languages), each with its name.
CONTENT_LANGUAGES = tuple((code, _CONTENT_LANGUAGE_NAMES[code]) for code in language_codes())


def translated_fields(
    label: str, *, max_length: int, textarea: bool = False, required: bool = True
) -> tuple[forms.CharField, ...]:
    """One form field per content language, in CONTENT_LANGUAGES order, for a text stored by
    django-modeltranslation: German is the fallback and required (unless `required=False`),
    the others are optional; each input says its language, Arabic is written right to left.

        title_de, title_en, title_ar, title_uk = translated_fields(_("Titel"), max_length=200)
    """
    fields = []
    for code, language in CONTENT_LANGUAGES:
        attrs = {"lang": code, **({"dir": "rtl"} if code == "ar" else {})}
        widget = forms.Textarea(attrs=attrs) if textarea else forms.TextInput(attrs=attrs)
        fields.append(
            forms.CharField(
                label=format_lazy("{} ({})", label, language),
                max_length=max_length,
                required=required and code == "de",
                widget=widget,
            )
        )
    return tuple(fields)


class PreferredLanguageForm(forms.ModelForm):
    """The language of the user's e-mails, by its name (account page)."""

    class Meta:
        model = User
        fields = ["preferred_language"]
        help_texts = {"preferred_language": _("In dieser Sprache schreiben wir Ihnen E-Mails.")}


class AppearanceForm(ReencodedImagesAdminForm):
    """A coordinator sets the town's logo, accent colour and header image (images re-encoded
    as in the admin; the colour's contrast is checked by the model)."""

    class Meta:
        model = Municipality
        fields = ["logo", "accent_colour", "header_image", "header_image_alt"]
        widgets = {
            "accent_colour": forms.TextInput(attrs={"size": 8, "maxlength": 7, "spellcheck": "false"}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
            "header_image": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
        }
