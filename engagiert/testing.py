"""Shared fixtures: two municipalities, and people with each role in the first one."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from engagiert.core.models import District, Municipality, Role, User
from engagiert.core.roles import grant_role
from engagiert.core.synonyms import add_default_synonyms
from engagiert.directory.indexing import reindex_organisations
from engagiert.directory.models import (
    Competency,
    ContactPerson,
    DiversityDimension,
    Organisation,
    OrganisationEditor,
    Programme,
    ProgrammeMembership,
    Topic,
)

PASSWORD = "a-long-test-password-42"  # noqa: S105 - test accounts only


def make_user(email: str, *, superuser: bool = False) -> User:
    user = User.objects.create_user(
        username=email, email=email, password=PASSWORD, is_superuser=superuser, is_staff=superuser
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def make_org(
    municipality: Municipality,
    name: str,
    *,
    kind: str = Organisation.Kind.ASSOCIATION,
    description: str = "",
    topics: tuple[str, ...] = (),
    district: District | None = None,
    competencies: tuple[str, ...] = (),
    programmes: tuple[str, ...] = (),
    dimensions: tuple[str, ...] = (),
    status: str = Organisation.Status.PUBLISHED,
    trusted: bool = False,
    contact_email: str = "",
    contact_public: bool = False,
    **fields,
) -> Organisation:
    from django.utils.text import slugify

    org = Organisation.objects.create(
        municipality=municipality,
        name=name,
        slug=slugify(name),
        kind=kind,
        description_de=description,
        district=district,
        status=status,
        trusted=trusted,
        **fields,
    )
    org.topics.set([Topic.objects.get_or_create(slug=slugify(t), defaults={"name": t})[0] for t in topics])
    org.diversity_dimensions.set(
        [DiversityDimension.objects.get_or_create(slug=slugify(d), defaults={"name": d})[0] for d in dimensions]
    )
    for p in programmes:
        programme = Programme.objects.get_or_create(slug=slugify(p), defaults={"name": p})[0]
        ProgrammeMembership.objects.create(organisation=org, programme=programme)
    if competencies or contact_email:
        contact = ContactPerson.objects.create(
            organisation=org, name=f"Kontakt {name}", email=contact_email, contact_public=contact_public
        )
        contact.competencies.set([Competency.objects.get_or_create(name=c)[0] for c in competencies])
    reindex_organisations([org.pk])
    return org


@pytest.fixture
def dessau(db) -> Municipality:
    muni = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    District.objects.create(municipality=muni, name="Roßlau", slug="rosslau")
    District.objects.create(municipality=muni, name="Innenstadt", slug="innenstadt")
    add_default_synonyms(muni)  # as a new town gets them (core.registry.municipality_created)
    return muni


@pytest.fixture
def wittenberg(db) -> Municipality:
    muni = Municipality.objects.create(
        name="Lutherstadt Wittenberg", slug="lutherstadt-wittenberg", ags="15091375", state="ST"
    )
    add_default_synonyms(muni)
    return muni


@pytest.fixture
def org(dessau) -> Organisation:
    return make_org(
        dessau,
        "One Community Projekt",
        kind=Organisation.Kind.INITIATIVE,
        description="<p>Konzerte, ein Musikvideo und eine inklusive Tanzgala.</p>",
        topics=("Integration", "Kultur"),
        competencies=("Tanzpädagogik",),
        contact_email="lea@one-community.example",
    )


@pytest.fixture
def other_org(wittenberg) -> Organisation:
    return make_org(wittenberg, "Lutherstädter Tanzverein", description="Tanz für alle", status="published")


@pytest.fixture
def coordinator(dessau) -> User:
    user = make_user("koordination@dessau.example")
    grant_role(user=user, municipality=dessau, kind=Role.Kind.COORDINATOR)
    return user


@pytest.fixture
def other_coordinator(wittenberg) -> User:
    user = make_user("koordination@wittenberg.example")
    grant_role(user=user, municipality=wittenberg, kind=Role.Kind.COORDINATOR)
    return user


@pytest.fixture
def editor(org) -> User:
    user = make_user("redaktion@one-community.example")
    OrganisationEditor.objects.create(organisation=org, user=user, status=OrganisationEditor.Status.ACTIVE)
    return user


@pytest.fixture
def outsider(db) -> User:
    return make_user("neugierig@example.org")


@pytest.fixture
def platform_admin(db) -> User:
    return make_user("admin@engagiert.example", superuser=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits live in the cache: every test starts with none used up. The portal's routing
    guesses and sites (kept per process) are forgotten too: a test's query counts do not depend
    on the tests before it, and no test finds the site of another's rolled-back rows."""
    from django.core.cache import cache

    from engagiert.portal.models import forget_child_types
    from engagiert.portal.views import forget_sites

    cache.clear()
    forget_child_types()
    forget_sites()


@pytest.fixture(autouse=True)
def _german_by_default():
    """Every test starts in German: a request in another language (LocaleMiddleware) leaves
    that language active in the thread, which would leak into the next test."""
    from django.utils import translation

    translation.activate("de")
    yield
    translation.activate("de")


def disable_row_locks(monkeypatch) -> None:
    """select_for_update() locks nothing for the rest of the test: a race test run this way
    must see the race, which proves that it would catch a missing lock."""
    from django.db.models import QuerySet

    monkeypatch.setattr(QuerySet, "select_for_update", lambda self, *args, **kwargs: self._chain())


@pytest.fixture(autouse=True)
def _commit_callbacks_as_in_production(request, monkeypatch):
    """A test runs inside a transaction that never commits, so transaction.on_commit callbacks
    (the e-mails of core.mail, file deletions) would never run. Here they run as in
    production: when the outermost atomic block opened by the code under test commits, or at
    once outside any such block. A block that rolls back drops its callbacks (Django does)."""
    if "_django_db_helper" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("_django_db_helper")
    from django.db import connections, transaction
    from django.db.backends.base.base import BaseDatabaseWrapper

    baseline = {alias: len(connections[alias].atomic_blocks) for alias in connections}

    def run_committed(connection) -> None:
        if not connection.in_atomic_block or len(connection.atomic_blocks) != baseline.get(connection.alias):
            return  # no test transaction (Django runs them itself), or still inside the code's block
        while connection.run_on_commit:
            _savepoints, callback, _robust = connection.run_on_commit.pop(0)
            callback()

    real_exit, real_on_commit = transaction.Atomic.__exit__, BaseDatabaseWrapper.on_commit

    def atomic_exit(self, exc_type, exc_value, traceback):
        result = real_exit(self, exc_type, exc_value, traceback)
        if exc_type is None:
            run_committed(transaction.get_connection(self.using))
        return result

    def on_commit(self, func, robust=False):
        real_on_commit(self, func, robust)
        run_committed(self)

    monkeypatch.setattr(transaction.Atomic, "__exit__", atomic_exit)
    monkeypatch.setattr(BaseDatabaseWrapper, "on_commit", on_commit)
    yield


# Tables a transactional test's flush leaves alone: migrate fills them once per test database,
# and nothing in the code under test writes them. Django's own flush empties them and fills them
# again through post_migrate after every transactional test (the browser tests, the race tests):
# about a second each with Wagtail's hundreds of permissions, minutes over the suite.
KEPT_BY_FLUSH = frozenset({"django_content_type", "auth_permission"})


def _flush_keeping_content_types(self) -> None:
    """TransactionTestCase._fixture_teardown: empty every table but KEPT_BY_FLUSH, no post_migrate.

    On PostgreSQL with DELETE rather than Django's TRUNCATE: truncating 180 tables takes most of
    a second, deleting the few rows a test made a few milliseconds. Django makes every foreign
    key DEFERRABLE INITIALLY DEFERRED, so the order of the tables does not matter."""
    from django.core.management.color import no_style
    from django.db import connections, transaction

    for db_name in self._databases_names(include_mirrors=False):
        connection = connections[db_name]
        tables = [
            table
            for table in connection.introspection.django_table_names(only_existing=True, include_views=False)
            if table not in KEPT_BY_FLUSH
        ]
        if connection.vendor == "postgresql":
            with transaction.atomic(using=db_name), connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
                for table in tables:
                    cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608 - our own table names
        else:
            statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=False)
            connection.ops.execute_sql_flush(statements)


def pytest_configure(config) -> None:
    from django.test import TransactionTestCase

    TransactionTestCase._fixture_teardown = _flush_keeping_content_types


# --- Permission matrix building blocks (tests/test_permission_matrix.py) -----------------
# Each app lists its URL names in `engagiert/<app>/tests/matrix.py` as MATRIX (URL name ->
# expected GET status per role) and `url_kwargs(world)`, which creates the objects its URLs
# need and returns, per URL name, the kwargs to reverse it with (names left out are tried
# with the municipality alone). Legend: 200 ok, 302 to login (or onwards), 404 hidden,
# 405 wrong method.

MATRIX_ROLES = ("anonymous", "outsider", "editor", "coordinator", "other_coordinator", "partner", "volunteer", "admin")


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(MATRIX_ROLES, status)


def signed_in(status: int, anonymous: int = 302) -> dict[str, int]:
    return {**everyone(status), "anonymous": anonymous}


COORDINATOR_ONLY = {**everyone(404), "anonymous": 302, "coordinator": 200, "admin": 200}
COORDINATOR_POST_ONLY = {**COORDINATOR_ONLY, "coordinator": 405, "admin": 405}
EDITOR_ONLY = {**COORDINATOR_ONLY, "editor": 200}


@dataclass
class MatrixWorld:
    """What every app's `url_kwargs` gets: Dessau-Roßlau (the tenant under test), Wittenberg
    (the other tenant), One Community Projekt with its editor, and a user per role
    (None for the anonymous visitor)."""

    dessau: Municipality
    wittenberg: Municipality
    org: Organisation
    users: dict[str, User | None]


# --- The admin as a browser uses it -------------------------------------------------------


class _AdminForm(HTMLParser):
    """The values a browser would send with the admin's change form as it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "file", "button"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.setdefault(name, []).append(a.get("value", "on"))
            else:
                self.data.setdefault(name, []).append(a.get("value") or "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select].append(a.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.data[self._textarea][0] = self.data[self._textarea][0].removeprefix("\n")
            self._textarea = None


def admin_form(client, url: str) -> dict[str, str | list[str]]:
    """The data a browser would post with the admin form at `url` as it is shown."""
    parser = _AdminForm()
    parser.feed(client.get(url).content.decode())
    data = {key: values if len(values) != 1 else values[0] for key, values in parser.data.items()}
    data.pop("csrfmiddlewaretoken", None)
    return data


def admin_change(client, obj, **changes) -> None:
    """Submit the admin's change form of `obj` with `changes` (as a browser would)."""
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    data = admin_form(client, url)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
