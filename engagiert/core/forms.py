from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from engagiert.core.languages import language_codes
from engagiert.core.models import AccessibilityFeedback, User


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


# --- A place on the map ------------------------------------------------------------------------


def pin_fields() -> tuple[forms.FloatField, forms.FloatField]:
    """The hidden latitude and longitude of a place, set by the pin on the map (core/map.js,
    template `_pin_map.html`); nobody types coordinates. Use with `PinnedLocationMixin`:

        latitude, longitude = pin_fields()
    """
    return (
        forms.FloatField(
            required=False, min_value=-90, max_value=90, widget=forms.HiddenInput(attrs={"data-pin": "lat"})
        ),
        forms.FloatField(
            required=False, min_value=-180, max_value=180, widget=forms.HiddenInput(attrs={"data-pin": "lon"})
        ),
    )


class PinnedLocationMixin:
    """For a form with `postcode`, `latitude` and `longitude` (from `pin_fields()`): the pin
    set on the map wins; without one (no JavaScript, nobody set it, or the postcode changed
    while the pin stayed where it was) the middle of the postcode's area is taken from the
    shipped table (core.geocoding). An unknown postcode is no error: the place is saved without
    coordinates and `location_note` says so, for the view to show (`messages.warning`)."""

    location_note: str = ""

    def clean(self):
        from engagiert.core.geocoding import centroid

        data = super().clean()
        lat, lon = data.get("latitude"), data.get("longitude")
        changed = set(self.changed_data)
        pin_moved = bool({"latitude", "longitude"} & changed)
        if lat is not None and lon is not None and (pin_moved or "postcode" not in changed):
            return data  # a pin set (or kept) by the person
        data["latitude"] = data["longitude"] = None  # half a pin or a stale one counts as none
        postcode = data.get("postcode")
        if not postcode:
            return data
        point = centroid(postcode)
        if point is None:
            self.location_note = _(
                "Die Postleitzahl %(postcode)s kennen wir nicht. Ihre Angaben sind gespeichert, der Ort "
                "erscheint aber nicht auf der Karte. Bitte prüfen Sie die Postleitzahl oder setzen Sie "
                "den Punkt auf der Karte."
            ) % {"postcode": postcode}
        else:
            data["latitude"], data["longitude"] = point
        return data
