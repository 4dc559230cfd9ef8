"""Every URL pattern of the project, and what each role gets when it asks for it.

A pattern without an entry in MATRIX fails `test_every_url_pattern_is_in_the_matrix`.
Django admin's own patterns are covered as a group (ADMIN_EXPECTED) on every changelist.
Legend: 200 ok, 302 to login (or onwards), 404 hidden, 405 wrong method."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from engagiert.core.models import Role
from engagiert.directory.models import OrganisationChange, OrganisationEditor
from engagiert.testing import make_org, make_user

ROLES = ("anonymous", "outsider", "editor", "coordinator", "other_coordinator", "admin")


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def signed_in(status: int, anonymous: int = 302) -> dict[str, int]:
    return {**everyone(status), "anonymous": anonymous}


COORDINATOR_ONLY = {**everyone(404), "anonymous": 302, "coordinator": 200, "admin": 200}
COORDINATOR_POST_ONLY = {**COORDINATOR_ONLY, "coordinator": 405, "admin": 405}
EDITOR_ONLY = {**COORDINATOR_ONLY, "editor": 200}

# URL name -> expected status per role (GET request).
MATRIX: dict[str, dict[str, int]] = {
    "core:home": everyone(200),
    "core:healthz": everyone(200),
    "core:font_size": everyone(405),
    "core:account": signed_in(200),
    "core:municipality": everyone(200),
    "core:accessibility": everyone(200),
    "core:imprint": everyone(200),
    "core:privacy": everyone(200),
    "set_language": everyone(302),  # GET just redirects back; switching needs POST
    "directory:search": everyone(200),
    "directory:detail": everyone(200),
    "directory:register": signed_in(200),
    "directory:request_editorship": signed_in(200),
    "directory:edit": EDITOR_ONLY,
    "directory:history": EDITOR_ONLY,
    "directory:queue": COORDINATOR_ONLY,
    "directory:reach": COORDINATOR_ONLY,
    "directory:export_csv": COORDINATOR_ONLY,
    "directory:export_xlsx": COORDINATOR_ONLY,
    "directory:decide_registration": COORDINATOR_POST_ONLY,
    "directory:decide_editor": COORDINATOR_POST_ONLY,
    "directory:decide_change": COORDINATOR_POST_ONLY,
    "api:api-root": everyone(404),
    "api:openapi-json": everyone(200),
    "api:openapi-view": everyone(200),
    "api:municipalities": everyone(200),
    "api:organisations": everyone(200),
    "api:organisation": everyone(200),
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
    missing = [(route, name) for route, name in url_patterns() if not route.startswith("admin/") and name not in MATRIX]
    assert missing == [], f"URL patterns without an entry in the permission matrix: {missing}"
    stale = set(MATRIX) - {name for _route, name in url_patterns()}
    assert stale == set(), f"Matrix entries for URL names that no longer exist: {stale}"


@pytest.fixture
def world(dessau, wittenberg, org, editor, coordinator, other_coordinator, platform_admin):
    outsider = make_user("aussen@example.org")
    pending = make_org(dessau, "Wartet", status="pending")
    editor_request = OrganisationEditor.objects.create(organisation=org, user=outsider)
    change = OrganisationChange.objects.create(organisation=org, author=editor, changes={"phone": ["", "1"]})
    users = {
        "anonymous": None,
        "outsider": outsider,
        "editor": editor,
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "admin": platform_admin,
    }
    kwargs = {
        "municipality": dessau.slug,
        "slug": org.slug,
        "key": "not-a-real-key",
        "uidb36": "1",
    }
    pks = {
        "directory:decide_registration": pending.pk,
        "directory:decide_editor": editor_request.pk,
        "directory:decide_change": change.pk,
    }
    return users, kwargs, pks


ARGUMENT_SETS = ((), ("municipality",), ("municipality", "slug"), ("municipality", "pk"), ("key",), ("uidb36", "key"))


def _url(name: str, kwargs: dict, pks: dict) -> str:
    """The URL of `name`, with whichever of the world's arguments its pattern takes."""
    values = {**kwargs, "pk": pks.get(name, 0)}
    for keys in ARGUMENT_SETS:
        try:
            return reverse(name, kwargs={k: values[k] for k in keys})
        except NoReverseMatch:
            continue
    raise AssertionError(f"cannot build a URL for {name}")


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_matrix_says(client, world, role):
    users, kwargs, pks = world
    if users[role]:
        client.force_login(users[role])
    wrong = {}
    for name, expected in MATRIX.items():
        response = client.get(_url(name, kwargs, pks))
        if response.status_code != expected[role]:
            wrong[name] = (expected[role], response.status_code)
    assert wrong == {}, f"{role}: expected vs. actual status: {wrong}"


@pytest.mark.parametrize("role", ROLES)
def test_admin_pages(client, world, role):
    users, _kwargs, _pks = world
    if users[role]:
        client.force_login(users[role])
    admin_urls = [f"/{route}" for route, _name in url_patterns() if route.startswith("admin/") and "<" not in route]
    # autocomplete is a JSON endpoint that needs query parameters; logout would end the session.
    admin_urls = [u for u in admin_urls if "(?P" not in u and "^" not in u and not u.endswith(("logout/", "complete/"))]
    assert len(admin_urls) > 10
    statuses = {u: client.get(u).status_code for u in admin_urls if not u.endswith("login/")}
    assert {u: s for u, s in statuses.items() if s != ADMIN_EXPECTED[role]} == {}


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
