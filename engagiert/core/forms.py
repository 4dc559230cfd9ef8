from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.core.languages import CODE, language_codes, split_codes, spoken_language_choices
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


def active_filter_count(form: forms.Form, *, besides: tuple[str, ...] = ()) -> int:
    """How many of a filter form's visible fields are set to a valid value: the n of "Filter (n)".
    Fields named in `besides` (a search box shown outside the filters) do not count."""
    return sum(
        1
        for name, value in valid_filters(form).items()
        if name not in besides and not form.fields[name].widget.is_hidden and value not in (None, "", False, [], ())
    )


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


NAME_SHOWN_HELP = _(
    "Zum Beispiel, wenn Sie bei einem Angebot mitmachen möchten oder sich zu einer Veranstaltung anmelden."
)


def _name_fields() -> dict[str, forms.Field]:
    """The name fields of sign-up and the account page: a first name (or the one name a person
    has), an optional last name, and how organisations see it (User.display_name)."""
    return {
        "first_name": forms.CharField(
            label=_("Vorname"),
            max_length=150,
            help_text=_("Oder der Name, mit dem Sie angesprochen werden möchten."),
            error_messages={"required": _("Bitte geben Sie Ihren Vornamen an.")},
            widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        ),
        "last_name": forms.CharField(
            label=_("Nachname"),
            max_length=150,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        ),
        "name_shown": forms.ChoiceField(
            label=_("So sehen Organisationen Ihren Namen"),
            choices=User.NameShown.choices,
            initial=User.NameShown.FIRST,
            help_text=NAME_SHOWN_HELP,
            widget=forms.RadioSelect,
        ),
    }


class SignupForm(forms.Form):
    """What allauth's sign-up form (settings.ACCOUNT_SIGNUP_FORM_CLASS) asks besides e-mail and
    password: the person's name and how organisations see it. The account adapter
    (core.accounts) stores them with the new user."""

    field_order = ["first_name", "last_name", "name_shown", "email", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_name_fields())

    def signup(self, request, user) -> None:
        """Nothing left to do: AccountAdapter.save_user has stored the name."""


class AccountForm(forms.ModelForm):
    """The person's name, how organisations see it, and the language of their e-mails
    (account page)."""

    class Meta:
        model = User
        fields = ["first_name", "last_name", "name_shown", "preferred_language"]
        help_texts = {"preferred_language": _("In dieser Sprache schreiben wir Ihnen E-Mails.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_name_fields())
        self.fields["preferred_language"] = self.fields.pop("preferred_language")  # last


class Picker(forms.CheckboxSelectMultiple):
    """A long list to choose several from (organisations, languages): checkboxes in a box of
    their own height, and a filter box above them that core/picker.js shows and uses (the
    HTML holds it hidden, so without JavaScript the page shows the plain list of checkboxes).
    The chosen options come first. `_form.html` puts it in a fieldset with the label as legend.

        organisations = forms.ModelMultipleChoiceField(..., widget=Picker(filter_label=_("Organisation suchen")))
    """

    template_name = "core/widgets/picker.html"

    class Media:
        js = [forms.Script("core/picker.js", defer=True)]

    def __init__(self, attrs=None, choices=(), *, filter_label: str | None = None):
        super().__init__(attrs, choices)
        self.filter_label = filter_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["filter_label"] = self.filter_label or _("Liste filtern")
        return context

    def optgroups(self, name, value, attrs=None):
        """The chosen options first (in sight at the top of the box), then the others."""
        groups = super().optgroups(name, value, attrs)
        return sorted(groups, key=lambda group: not any(option["selected"] for option in group[1]))


class LanguagesPicker(Picker):
    """The Picker of LanguagesField: the chosen languages first, in their stored order (in
    sight, and saved unchanged when unchanged), then the others; it also offers the codes of
    its value that the list lacks (stored before the list existed), checked, so that saving
    keeps them."""

    def optgroups(self, name, value, attrs=None):
        chosen = [code for code in value if CODE.match(code)]
        choices = dict(spoken_language_choices(keep=chosen))
        self.choices = [(code, choices[code]) for code in chosen] + [
            (code, label) for code, label in choices.items() if code not in chosen
        ]
        return super().optgroups(name, value, attrs)


class LanguagesField(forms.MultipleChoiceField):
    """Languages chosen by their names (core.languages.SPOKEN_LANGUAGES) and stored as codes in
    one text column: its initial value is the stored text ("de, ar"), its cleaned value that
    text again ("de,ar"). A stored code the list lacks is shown, checked, and kept. At most
    `max_length` characters (the column's length).

        languages = LanguagesField(required=False, max_length=100)
    """

    widget = LanguagesPicker
    default_error_messages = {
        "required": _("Bitte wählen Sie mindestens eine Sprache."),
        "invalid_choice": _("„%(value)s“ ist kein Sprachkürzel."),
    }

    def __init__(self, *, max_length: int | None = None, **kwargs):
        kwargs.setdefault("label", _("Sprachen"))
        kwargs.setdefault("help_text", _("Wählen Sie alle Sprachen, die gesprochen werden."))
        self.max_length = max_length
        super().__init__(choices=spoken_language_choices, **kwargs)
        self.widget.filter_label = _("Sprache suchen")

    def prepare_value(self, value):
        return split_codes(value)

    def to_python(self, value):
        """The checked codes; a value "de, ar" (the stored text, sent by a script) counts as two."""
        items = super().to_python(value)
        return split_codes([code for item in items for code in item.split(",")])

    def valid_value(self, value):
        return bool(CODE.match(str(value)))

    def has_changed(self, initial, data):
        return set(split_codes(initial)) != set(split_codes(data))

    def clean(self, value) -> str:
        joined = ",".join(super().clean(value))
        if self.max_length is not None and len(joined) > self.max_length:
            raise ValidationError(_("Bitte wählen Sie weniger Sprachen."), code="max_length")
        return joined


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


SEARCH_QUERY_MAX_LENGTH = 200


class SiteSearchForm(forms.Form):
    """The header's search box: one field. A query over the limit is cut at the last whole
    word within it (and the searcher told), never refused."""

    q = forms.CharField(label=_("Suchbegriffe"), required=False, strip=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.shortened = False

    def clean_q(self) -> str:
        query = " ".join(self.cleaned_data["q"].split())
        if len(query) > SEARCH_QUERY_MAX_LENGTH:
            self.shortened = True
            head = query[:SEARCH_QUERY_MAX_LENGTH]
            if query[SEARCH_QUERY_MAX_LENGTH] != " " and " " in head:
                head = head.rsplit(" ", 1)[0]  # no half word
            query = head.strip()
        return query

    def query(self) -> str:
        return self.cleaned_data.get("q", "") if self.is_valid() else ""


class SearchSynonymsForm(forms.Form):
    """The coordinator's list of search synonyms, one line per word (core.synonyms)."""

    entries = forms.CharField(
        label=_("Suchwörter und ihre Synonyme"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "true"}),
        help_text=_(
            "Eine Zeile je Suchwort: erst das Wort, dann ein Doppelpunkt, dann die Wörter, die es zusätzlich "
            "finden soll, durch Kommas getrennt. Beispiel: „Flüchtlinge: Geflüchtete, Integration“. "
            "Groß- und Kleinschreibung, Umlaute und Endungen spielen keine Rolle."
        ),
    )

    def clean_entries(self):
        from engagiert.core.synonyms import SynonymError, parse

        try:
            return parse(self.cleaned_data["entries"])
        except SynonymError as error:
            raise ValidationError(str(error)) from error
