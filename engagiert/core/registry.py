"""What the capability apps contribute to core's pages: core imports no capability app, each
app registers its contributions in its AppConfig.ready():

- sections of a person's "Mein Bereich" in a town (`register_area_section`): a template and a
  context built from the request and the municipality;
- work queues of a town's coordination (`register_work_queue`): a label, a link and the
  items waiting, counted together in one query on "Mein Bereich";
- the towns where a person has something (`register_town_lookup`), listed on "Mein Konto";
- the privacy statement and the privacy centre (see "the privacy statement" and "the privacy
  centre" below): what an app stores about people (`register_personal_data`), how it shows,
  exports and deletes one person's data (`register_privacy_handler`), the consents a person
  can withdraw (`register_consent_provider`) and its retention rules (`register_retention_rule`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import F, Func, IntegerField, QuerySet, Subquery
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString

from engagiert.core.models import Municipality, Role


@dataclass(frozen=True)
class Section:
    """A part of a page contributed by an app: `template` rendered with `context(request)`
    (`context(request, municipality)` on "Mein Bereich"); a context of None leaves the
    section out for that request. `title` names it in the page's table of contents."""

    key: str
    template: str
    context: Callable[..., Mapping[str, Any] | None]
    order: int = 100
    title: str = ""

    @property
    def anchor(self) -> str:
        """The id of the section on its page (letters, digits and hyphens)."""
        return "bereich-" + "".join(c if c.isalnum() else "-" for c in self.key)


@dataclass(frozen=True)
class WorkQueue:
    """Items that wait for a town's coordination: `items(municipality)` is a queryset of them
    (a plain filter: it is counted inside one query with every other queue), shown as
    `label` with a link to `url_name` (reversed with the municipality's slug)."""

    key: str
    label: str
    url_name: str
    items: Callable[[Municipality], QuerySet]
    order: int = 100
    anchor: str = ""  # a fragment of the linked page, e.g. "aenderungen"

    def url(self, municipality: Municipality) -> str:
        url = reverse(self.url_name, kwargs={"municipality": municipality.slug})
        return f"{url}#{self.anchor}" if self.anchor else url


class Registry:
    """Contributions of one kind, by key (registering a key again replaces its entry)."""

    def __init__(self) -> None:
        self._entries: dict[str, Any] = {}

    def register(self, section: Any) -> None:
        """Add or replace the contribution `section.key`."""
        self._entries[section.key] = section

    def unregister(self, key: str) -> None:
        """Remove the contribution `key` (for tests); unknown keys are ignored."""
        self._entries.pop(key, None)

    def all(self) -> list[Any]:
        """The contributions in their order, then by key."""
        return sorted(self._entries.values(), key=lambda s: (s.order, s.key))


account_sections = Registry()  # "Mein Konto" (account settings, no town)
area_sections = Registry()  # "Mein Bereich" of a town
work_queues = Registry()  # the coordination's queues on "Mein Bereich"
# Answers "in which municipalities does `user` have something?" as a queryset of municipality
# ids (one subquery each); registered by the apps.
TownLookup = Callable[[Any], QuerySet]
_town_lookups: dict[str, TownLookup] = {}


def register_account_section(
    *, key: str, template: str, context: Callable[[HttpRequest], Mapping[str, Any] | None], order: int = 100
) -> None:
    """Add a section to the signed-in user's account page ("Mein Konto")."""
    account_sections.register(Section(key=key, template=template, context=context, order=order))


def register_area_section(
    *,
    key: str,
    title: str,
    template: str,
    context: Callable[[HttpRequest, Municipality], Mapping[str, Any] | None],
    order: int = 100,
) -> None:
    """Add a section to a person's "Mein Bereich" in a town: `context(request, municipality)`
    reads (through the app's selectors, a fixed number of queries) what the person has in
    that municipality only, or answers None to leave the section out."""
    area_sections.register(Section(key=key, template=template, context=context, order=order, title=title))


def register_work_queue(
    *,
    key: str,
    label: str,
    url_name: str,
    items: Callable[[Municipality], QuerySet],
    order: int = 100,
    anchor: str = "",
) -> None:
    """Add a work queue of the coordination: shown with its count to the town's coordinators."""
    work_queues.register(WorkQueue(key=key, label=label, url_name=url_name, items=items, order=order, anchor=anchor))


def register_town_lookup(key: str, lookup: TownLookup) -> None:
    """Let an app tell in which municipalities a person has something (ids as a queryset)."""
    _town_lookups[key] = lookup


def render_sections(sections: list[Section], request: HttpRequest, *args: Any) -> list[SafeString]:
    """Each section rendered for `request` (and `args`, e.g. the municipality), in order;
    sections whose context is None are left out."""
    return [html for _section, html in render_sections_with_titles(sections, request, *args)]


def render_sections_with_titles(
    sections: list[Section], request: HttpRequest, *args: Any
) -> list[tuple[Section, SafeString]]:
    """As render_sections, with each rendered section's Section (title and anchor)."""
    rendered = []
    for section in sections:
        context = section.context(request, *args)
        if context is not None:
            rendered.append((section, render_to_string(section.template, dict(context), request=request)))
    return rendered


@dataclass(frozen=True)
class QueueCount:
    queue: WorkQueue
    count: int
    url: str

    @property
    def label(self) -> str:
        return self.queue.label


def count_subquery(items: QuerySet) -> Subquery:
    """COUNT(*) of `items` as a scalar subquery (no GROUP BY: COUNT is written as a plain function)."""
    counted = items.order_by().annotate(_n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
    return Subquery(counted.values("_n")[:1], output_field=IntegerField())


def queue_counts(municipality: Municipality, queues: list[WorkQueue] | None = None) -> list[QueueCount]:
    """Every work queue of `municipality` with the number of items waiting: one query."""
    queues = work_queues.all() if queues is None else queues
    if not queues:
        return []
    names = {f"q{i}": queue for i, queue in enumerate(queues)}
    row = (
        Municipality.objects.filter(pk=municipality.pk)
        .annotate(**{name: count_subquery(queue.items(municipality)) for name, queue in names.items()})
        .values(*names)
        .get()
    )
    return [QueueCount(queue=queue, count=row[name] or 0, url=queue.url(municipality)) for name, queue in names.items()]


def towns_of(user) -> QuerySet[Municipality]:
    """The municipalities where `user` holds a role or has something an app knows of: one query."""
    from django.db.models import Q

    condition = Q(pk__in=Role.objects.filter(user=user).values("municipality_id"))
    for lookup in _town_lookups.values():
        condition |= Q(pk__in=lookup(user))
    return Municipality.objects.filter(condition).order_by("name")


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
    subjects: str = ""  # categories of data subjects, for the record of processing activities (Art. 30)

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
    subjects: str = "",
) -> None:
    """Describe a kind of personal data for the privacy statement: what is stored, why, on
    which legal basis, for how long (the real behaviour of the code, not a wish) and who
    receives it. Every app that stores personal data registers its kinds in AppConfig.ready().
    Each entry is also one processing activity of the record of processing activities
    (Art. 30 DSGVO, core.privacy_centre): `subjects` names whose data it is (e.g. "Freiwillige,
    Ansprechpersonen von Organisationen"); empty: "Nutzerinnen und Nutzer der Plattform".

    An app with personal data also registers (see below) one `register_privacy_handler` (show,
    export, delete a person's data: a test fails without it), a `register_consent_provider`
    for each consent it asks for, and a `register_retention_rule` for each deletion after a
    period. The pattern, e.g. in `engagiert/<app>/privacy.py`, called from AppConfig.ready()::

        register_personal_data(key="funding.receipts", title=_("…"), data=_("…"), purpose=_("…"),
                               legal_basis=_("Art. 6 Abs. 1 lit. c DSGVO …"), retention=_("…"),
                               models=("funding.receipt",), order=70)
        register_privacy_handler(key="funding", title=_("Förderung"), collect=collect,
                                 export=export, delete=delete, kept=_("Belege: 10 Jahre (§ 147 AO)."))
        register_consent_provider(key="funding.photos", list=consents, withdraw=withdraw)
        register_retention_rule(key="funding.receipts", personal_data="funding.receipts",
                                data=_("…"), legal_basis=_("…"), period=_("10 Jahre"),
                                action=_("werden gelöscht"), apply=purge_receipts)
    """
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
            subjects=subjects,
        )
    )


# --- the privacy centre ---------------------------------------------------------------------
#
# Core imports no app: each app tells core how to show, export and delete one person's data,
# which consents the person gave and when its data is deleted. core.privacy_centre runs them.


@dataclass(frozen=True)
class Holding:
    """One kind of data an app holds about a person, as the privacy centre lists it:
    `label` ("3 Anmeldungen zu Veranstaltungen"), `details` (a few short lines, e.g. titles),
    `personal_data` the key of the register_personal_data entry that says why it is kept and
    until when, or `until` to say it for this person ("bis 31.12.2027, solange die Karte gilt")."""

    label: str
    personal_data: str = ""
    details: tuple[str, ...] = ()
    until: str = ""


@dataclass(frozen=True)
class ExportFile:
    """A file the person uploaded (or that was made for them), put into the export ZIP under
    `name` ("events/plakat.jpg"): `file` is a FieldFile (or any object with open() and name)."""

    name: str
    file: Any


@dataclass(frozen=True)
class PrivacyHandler:
    """How one app shows, exports and deletes one person's data (`key`: the app label).

    - `collect(user) -> list[Holding]`: the summary on the privacy centre page; a fixed small
      number of queries (counts and a few titles), nothing for a person without data.
    - `export(user) -> dict`: everything the app stores about the person as JSON values
      (Art. 15/20 DSGVO); run by the task worker, so it may read much (stream it in chunks).
    - `files(user) -> list[ExportFile]`: the files that go into the ZIP beside the JSON.
    - `delete(user) -> dict[str, int]`: delete or anonymise the person's data in this app
      (core runs it in a transaction of its own, before the account itself is deleted) and
      answer counts by kind ({"registrations_anonymised": 3}).
    - `kept`: what stays after the deletion and why, told to the person beforehand ("" when
      nothing stays)."""

    key: str
    title: str
    collect: Callable[[Any], list[Holding]]
    export: Callable[[Any], dict[str, Any]]
    delete: Callable[[Any], Mapping[str, int]]
    kept: str = ""
    files: Callable[[Any], list[ExportFile]] | None = None
    order: int = 100


privacy_handlers = Registry()


def register_privacy_handler(
    *,
    key: str,
    title: str,
    collect: Callable[[Any], list[Holding]],
    export: Callable[[Any], dict[str, Any]],
    delete: Callable[[Any], Mapping[str, int]],
    kept: str = "",
    files: Callable[[Any], list[ExportFile]] | None = None,
    order: int = 100,
) -> None:
    """Tell the privacy centre how this app shows (`collect`), exports (`export`, `files`) and
    deletes (`delete`) one person's data, and what it keeps after a deletion (`kept`); see
    PrivacyHandler. `key` is the app label; one handler per app (tests/test_privacy_centre.py
    fails for an app that registers personal data but no handler)."""
    privacy_handlers.register(
        PrivacyHandler(
            key=key, title=title, collect=collect, export=export, delete=delete, kept=kept, files=files, order=order
        )
    )


@dataclass(frozen=True)
class Consent:
    """A consent a person gave: `id` is unique within its provider (e.g. the row's pk as text),
    `title` says what the person agreed to, `given_at` when (a datetime, or None if unknown),
    `detail` to what it belongs ("Lesecafé am 12.03."), `effect` what withdrawing does."""

    id: str
    title: str
    given_at: Any = None
    detail: str = ""
    effect: str = ""


@dataclass(frozen=True)
class ConsentProvider:
    """The consents of one kind: `list(user) -> list[Consent]` (few queries) and
    `withdraw(user, consent_id) -> bool` (False when the consent is not the person's or gone;
    it writes through the app's services, with an audit record)."""

    key: str
    list: Callable[[Any], list[Consent]]
    withdraw: Callable[[Any, str], bool]
    order: int = 100


consent_providers = Registry()


def register_consent_provider(
    *,
    key: str,
    list: Callable[[Any], list[Consent]],  # noqa: A002 - the name the apps use
    withdraw: Callable[[Any, str], bool],
    order: int = 100,
) -> None:
    """List a kind of consent on the privacy centre with a button to withdraw it (newsletter,
    photo consent, support needs, being contacted by organisations, ...)."""
    consent_providers.register(ConsentProvider(key=key, list=list, withdraw=withdraw, order=order))


@dataclass(frozen=True)
class RetentionRule:
    """A deletion after a period: which `data`, on which `legal_basis` it is kept, for which
    `period`, what happens then (`action`), and `apply(now) -> int | dict[str, int]` that does
    it and answers how many rows it deleted or anonymised. `personal_data` names the
    register_personal_data entry it belongs to (for the record of processing activities)."""

    key: str
    data: str
    legal_basis: str
    period: str
    action: str
    apply: Callable[[Any], int | Mapping[str, int]]
    personal_data: str = ""
    order: int = 100


retention_rules = Registry()


def register_retention_rule(
    *,
    key: str,
    data: str,
    legal_basis: str,
    period: str,
    action: str,
    apply: Callable[[Any], int | Mapping[str, int]],
    personal_data: str = "",
    order: int = 100,
) -> None:
    """Add a retention rule: `manage.py apply_retention` (daily) runs every rule's `apply(now)`
    in a transaction of its own and reports the counts; the privacy statement's table and the
    record of processing activities list the rules."""
    retention_rules.register(
        RetentionRule(
            key=key,
            data=data,
            legal_basis=legal_basis,
            period=period,
            action=action,
            apply=apply,
            personal_data=personal_data,
            order=order,
        )
    )


# --- the portal's hooks (core knows no portal: it calls what is registered) ---------------------

TownHome = Callable[[HttpRequest, str], Any]
_town_home: list[TownHome] = []
MunicipalitySetup = Callable[..., Any]
_municipality_setups: dict[str, MunicipalitySetup] = {}
RoleListener = Callable[..., Any]
_role_listeners: dict[str, RoleListener] = {}
EasyRead = Callable[[Municipality], "EasyReadLinks | None"]
_easy_read: list[EasyRead] = []


@dataclass(frozen=True)
class EasyReadLinks:
    """Where a town's pages in Leichte Sprache are: the overview (linked from every page's
    header) and the accessibility statement in Leichte Sprache (linked from the standard one)."""

    index: str
    accessibility: str


def register_town_home(view: TownHome) -> None:
    """Let an app (the portal) answer the start page /<slug>/ of a town (or of a regional
    network): `view(request, slug)` returns a response (and sets request.municipality for a
    town's page), or None to leave the page to core."""
    _town_home[:] = [view]


def town_home_view() -> TownHome | None:
    return _town_home[0] if _town_home else None


def register_municipality_setup(key: str, setup: MunicipalitySetup) -> None:
    """`setup(municipality=...)` runs when a municipality is created (core.towns.create… paths:
    the Django admin, the demo): e.g. the portal makes the town's site."""
    _municipality_setups[key] = setup


def municipality_created(municipality: Municipality) -> None:
    """Run every registered setup for a new (or newly imported) municipality."""
    for key in sorted(_municipality_setups):
        _municipality_setups[key](municipality=municipality)


def register_role_listener(key: str, listener: RoleListener) -> None:
    """`listener(user=, municipality=)` runs after a role of `user` in `municipality` was granted
    or withdrawn (core.roles): e.g. the portal syncs its editor groups."""
    _role_listeners[key] = listener


def roles_changed(*, user, municipality: Municipality) -> None:
    for key in sorted(_role_listeners):
        _role_listeners[key](user=user, municipality=municipality)


def register_easy_read(links: EasyRead) -> None:
    """Let an app (the portal) say where a town's pages in Leichte Sprache are:
    `links(municipality)` returns EasyReadLinks without a database query (it runs for every
    page's header), or None when the town has none."""
    _easy_read[:] = [links]


def easy_read_links(municipality: Municipality | None) -> EasyReadLinks | None:
    if municipality is None or not _easy_read:
        return None
    return _easy_read[0](municipality)
