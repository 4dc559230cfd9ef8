"""What the capability apps contribute to core's pages: core imports no capability app, each
app registers its contributions in its AppConfig.ready() (account page sections today)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString


@dataclass(frozen=True)
class Section:
    """A part of a page contributed by an app: `template` rendered with `context(request)`;
    a context of None leaves the section out for that request."""

    key: str
    template: str
    context: Callable[[HttpRequest], Mapping[str, Any] | None]
    order: int = 100


class Registry:
    """Contributions of one kind, by key (registering a key again replaces its entry)."""

    def __init__(self) -> None:
        self._entries: dict[str, Section] = {}

    def register(self, section: Section) -> None:
        """Add or replace the contribution `section.key`."""
        self._entries[section.key] = section

    def unregister(self, key: str) -> None:
        """Remove the contribution `key` (for tests); unknown keys are ignored."""
        self._entries.pop(key, None)

    def all(self) -> list[Section]:
        """The contributions in their order, then by key."""
        return sorted(self._entries.values(), key=lambda s: (s.order, s.key))


account_sections = Registry()


def register_account_section(
    *, key: str, template: str, context: Callable[[HttpRequest], Mapping[str, Any] | None], order: int = 100
) -> None:
    """Add a section to the signed-in user's account page ("Mein Konto")."""
    account_sections.register(Section(key=key, template=template, context=context, order=order))


def render_sections(sections: list[Section], request: HttpRequest) -> list[SafeString]:
    """Each section rendered for `request`, in order; sections whose context is None are left out."""
    rendered = []
    for section in sections:
        context = section.context(request)
        if context is not None:
            rendered.append(render_to_string(section.template, dict(context), request=request))
    return rendered


# --- the privacy statement ------------------------------------------------------------------


@dataclass(frozen=True)
class PersonalData:
    """One kind of personal data the platform holds, as the privacy statement describes it.
    `key` starts with the registering app's label ("events.registrations"); `models` names
    the models ("app_label.modelname") whose rows hold it: tests/test_privacy_registry.py
    checks that every model with personal data is named by an entry. The texts are lazily
    translated strings (plain German, addressed with "Sie")."""

    key: str
    title: str
    data: str
    purpose: str
    legal_basis: str
    retention: str
    recipients: str = ""
    models: tuple[str, ...] = ()
    order: int = 100

    @property
    def app_label(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def anchor(self) -> str:
        """The id of the entry on the privacy page ("daten-events-registrations")."""
        return "daten-" + "".join(c if c.isalnum() else "-" for c in self.key)


personal_data = Registry()  # the privacy statement (/<municipality>/datenschutz/)


def register_personal_data(
    *,
    key: str,
    title: str,
    data: str,
    purpose: str,
    legal_basis: str,
    retention: str,
    recipients: str = "",
    models: tuple[str, ...] = (),
    order: int = 100,
) -> None:
    """Describe a kind of personal data for the privacy statement: what is stored, why, on
    which legal basis, for how long (the real behaviour of the code, not a wish) and who
    receives it. Every app that stores personal data registers its kinds in AppConfig.ready()."""
    personal_data.register(
        PersonalData(
            key=key,
            title=title,
            data=data,
            purpose=purpose,
            legal_basis=legal_basis,
            retention=retention,
            recipients=recipients,
            models=tuple(models),
            order=order,
        )
    )
