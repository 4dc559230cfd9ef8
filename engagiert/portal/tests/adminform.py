"""The page editor's form posted back as a browser would: every field with the value the page
rendered. The StreamFields' inputs are made by JavaScript; an empty StreamField is sent as
empty (its count 0), so use it for pages whose body is empty."""

from __future__ import annotations

from html.parser import HTMLParser

from django.conf import settings


class _EditForm(HTMLParser):
    """The fields of the page editor's form with the values the browser would send."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._text = ""
        self._options: list[tuple[str, bool]] = []
        self._multiple = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "data-edit-form" in a:  # a bare attribute: its value is None
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((name, a.get("value") or ("on" if a.get("type") == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""
        elif tag == "select" and name:
            self._select, self._options, self._multiple = name, [], "multiple" in a
        elif tag == "option" and self._select:
            self._options.append((a.get("value", ""), "selected" in a))

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, self._text.lstrip("\n")))
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected]
            if not chosen and self._options and not self._multiple:
                chosen = [self._options[0][0]]  # a single select sends its first option
            if chosen:
                self.fields.extend((self._select, value) for value in chosen)
            self._select = None


def edit_form(html: str) -> dict[str, list[str]]:
    parser = _EditForm()
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    for code, _name in settings.LANGUAGES:
        data.setdefault(f"body_{code}-count", ["0"])
    return data
