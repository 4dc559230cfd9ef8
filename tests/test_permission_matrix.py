"""Every URL pattern of the project, and what each role gets when it asks for it.

Core and allauth URLs are listed here; each capability lists its own in
`engagiert/<app>/tests/matrix.py` (MATRIX and `url_kwargs`). A pattern without an entry
fails `test_every_url_pattern_is_in_the_matrix`. Django admin's own patterns are covered as
a group (ADMIN_EXPECTED) on every changelist. Legend: 200 ok, 302 to login (or onwards),
404 hidden, 405 wrong method."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from engagiert.core.models import Role
from engagiert.directory.models import OrganisationChange
from engagiert.testing import COORDINATOR_ONLY, MatrixWorld, everyone, make_org, make_user, signed_in
from engagiert.testing import MATRIX_ROLES as ROLES

APPS = (
    "directory",
    "events",
    "volunteering",
    "card",
    "selfcheck",
    "nominations",
    "newsletter",
    "funding",
    "impact",
    "portal",
)
APP_MATRICES = {app: import_module(f"engagiert.{app}.tests.matrix") for app in APPS}

# URL name -> expected status per role (GET request).
MATRIX: dict[str, dict[str, int]] = {
    "core:home": everyone(200),
    "core:healthz": everyone(200),
    "core:robots": everyone(200),
    "core:favicon": everyone(301),
    "core:sitemap": everyone(200),
    "core:sitemap_section": everyone(200),
    "core:readyz": everyone(200),
    "core:metrics": everyone(200),  # the test client comes from 127.0.0.1: internal (else 403)
    "core:font_size": everyone(405),
    "core:account": signed_in(200),
    "core:my_area": signed_in(200),
    "core:municipality": everyone(200),
    "core:accessibility": everyone(200),
    "core:imprint": everyone(200),
    "core:privacy": everyone(200),
    "core:privacy_centre": signed_in(200),
    "core:request_export": everyone(405),  # POST only
    "core:withdraw_consent": everyone(405),  # POST only
    "core:delete_account": signed_in(200),
    "core:download_export": {**signed_in(404), "anonymous": 302},  # an unknown link: the link page, 404
    "core:processing_record": COORDINATOR_ONLY,
    "core:appearance": COORDINATOR_ONLY,
    "core:search": everyone(200),
    "core:search_settings": COORDINATOR_ONLY,
    "api:search": everyone(200),
    "set_language": everyone(302),  # GET just redirects back; switching needs POST
    "api:api-root": everyone(404),
    "api:openapi-json": everyone(200),
    "api:openapi-view": everyone(200),
    # django-allauth
    "account_login": {**everyone(302), "anonymous": 200},
    "account_signup": {**everyone(302), "anonymous": 200},
    "account_logout": {**everyone(200), "anonymous": 302},
    "account_inactive": everyone(200),
    "account_reauthenticate": signed_in(200),
    "account_email": signed_in(200),
    "account_email_verification_sent": everyone(200),
    "account_change_password": signed_in(200),
    "account_set_password": signed_in(302),
    "account_reset_password": everyone(200),
    "account_reset_password_done": everyone(200),
    "account_reset_password_from_key": everyone(200),
    "account_reset_password_from_key_done": everyone(200),
    "account_confirm_email": everyone(200),  # explains that the link is invalid
    "account_confirm_login_code": everyone(302),
    "mfa_index": signed_in(200),
    "mfa_authenticate": everyone(302),
    "mfa_reauthenticate": signed_in(302),
    "mfa_activate_totp": signed_in(302),  # asks to re-authenticate first
    "mfa_deactivate_totp": signed_in(404),
    "mfa_view_recovery_codes": signed_in(404),
    "mfa_generate_recovery_codes": signed_in(302),
    "mfa_download_recovery_codes": signed_in(404),
}
ADMIN_EXPECTED = {**everyone(302), "admin": 200}


def url_patterns(patterns=None, prefix: str = "", namespace: str = ""):
    """(route, name) of every pattern, with namespaces; unnamed ones by their route."""
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            ns = namespace + (f"{p.namespace}:" if p.namespace else "")
            yield from url_patterns(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            route = prefix + str(p.pattern)
            yield route, namespace + p.name if p.name else route


def test_every_url_pattern_is_in_the_matrix():
    # The admins' own URLs are tested as a group: Django's in test_admin_pages, Wagtail's
    # (/redaktion/) across tenants in engagiert/portal/tests/test_admin_tenancy.py.
    admins = ("admin/", "redaktion/")
    missing = [(route, name) for route, name in url_patterns() if not route.startswith(admins) and name not in MATRIX]
    assert missing == [], f"URL patterns without an entry in the permission matrix: {missing}"
    stale = set(MATRIX) - {name for _route, name in url_patterns()}
    assert stale == set(), f"Matrix entries for URL names that no longer exist: {stale}"


for _app, _module in APP_MATRICES.items():
    assert not set(_module.MATRIX) & set(MATRIX), f"{_app} lists URL names twice"
    MATRIX.update(_module.MATRIX)


@pytest.fixture
def world(dessau, wittenberg, org, editor, coordinator, other_coordinator, platform_admin):
    users = {
        "anonymous": None,
        "outsider": make_user("aussen@example.org"),
        "editor": editor,
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "partner": make_user("partner@example.org"),
        "volunteer": make_user("freiwillig@example.org"),
        "admin": platform_admin,
    }
    Role.objects.create(user=users["partner"], municipality=dessau, kind=Role.Kind.ACCEPTANCE_PARTNER)
    Role.objects.create(user=users["volunteer"], municipality=dessau, kind=Role.Kind.VOLUNTEER)
    matrix_world = MatrixWorld(dessau=dessau, wittenberg=wittenberg, org=org, users=users)
    kwargs = {
        "account_reset_password_from_key": {"uidb36": "1", "key": "not-a-real-key"},
        "account_confirm_email": {"key": "not-a-real-key"},
        "core:sitemap_section": {"section": "organisationen"},
        "core:download_export": {"token": "not-a-real-token"},
    }
    for module in APP_MATRICES.values():
        kwargs.update(module.url_kwargs(matrix_world))
    return users, kwargs, dessau


def _url(name: str, kwargs: dict[str, dict], dessau) -> str:
    """The URL of `name`: with the kwargs its app gave, else with the municipality or with none."""
    if name in kwargs:
        return reverse(name, kwargs=kwargs[name])
    for attempt in ({"municipality": dessau.slug}, {}):
        try:
            return reverse(name, kwargs=attempt)
        except NoReverseMatch:
            continue
    raise AssertionError(f"cannot build a URL for {name}: give its kwargs in the app's url_kwargs")


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_matrix_says(client, world, role):
    users, kwargs, dessau = world
    if users[role]:
        client.force_login(users[role])
    wrong = {}
    for name, expected in MATRIX.items():
        response = client.get(_url(name, kwargs, dessau))
        if response.status_code != expected[role]:
            wrong[name] = (expected[role], response.status_code)
    assert wrong == {}, f"{role}: expected vs. actual status: {wrong}"


@pytest.mark.parametrize("role", ROLES)
def test_admin_pages(client, world, role):
    users, _kwargs, _dessau = world
    if users[role]:
        client.force_login(users[role])
    admin_urls = [f"/{route}" for route, _name in url_patterns() if route.startswith("admin/") and "<" not in route]
    # autocomplete is a JSON endpoint that needs query parameters; logout would end the session.
    admin_urls = [u for u in admin_urls if "(?P" not in u and "^" not in u and not u.endswith(("logout/", "complete/"))]
    assert len(admin_urls) > 10
    statuses = {u: client.get(u).status_code for u in admin_urls if not u.endswith("login/")}
    expected = {u: ADMIN_EXPECTED[role] for u in statuses}
    if role == "admin":
        expected["/admin/django_tasks_database/dbtaskresult/add/"] = 403  # tasks are queued by code, never by hand
        expected["/admin/card/card/add/"] = 403  # cards are issued by approving an application
        expected["/admin/core/auditrecord/add/"] = 403  # the audit trail is written by the services only
        # Subscriptions need the person's confirmation; issues are composed and deliveries made by the app.
        for model in ("subscriber", "issue", "delivery"):
            expected[f"/admin/newsletter/{model}/add/"] = 403
    assert {u: s for u, s in statuses.items() if s != expected[u]} == {}


def test_another_municipalitys_objects_answer_404(client, world, wittenberg, coordinator):
    """A coordinator of Dessau-Roßlau, addressing Wittenberg's objects through Dessau's URLs."""
    foreign = make_org(wittenberg, "Fremde Initiative", status="pending")
    change = OrganisationChange.objects.create(organisation=foreign, changes={"phone": ["", "1"]})
    client.force_login(coordinator)
    base = "/dessau-rosslau/durchblick"
    assert client.post(f"{base}/koordination/eintrag/{foreign.pk}/", {"decision": "approve"}).status_code == 404
    assert client.post(f"{base}/koordination/aenderung/{change.pk}/", {"decision": "approve"}).status_code == 404
    assert client.get(f"{base}/{foreign.slug}/bearbeiten/").status_code == 404
    assert client.get(f"/{wittenberg.slug}/durchblick/koordination/").status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "pending"


def test_roles_are_per_municipality(world, coordinator, wittenberg):
    from engagiert.core.permissions import has_role

    assert has_role(coordinator, coordinator.roles.get().municipality, Role.Kind.COORDINATOR)
    assert not has_role(coordinator, wittenberg, Role.Kind.COORDINATOR)
