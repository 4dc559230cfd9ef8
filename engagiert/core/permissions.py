"""The one permission helper. Views ask `has_role` (municipality-wide roles) or
`may_manage` (an organisation's things); views of a municipality are wrapped in
`municipality_view`, which resolves the tenant from the URL and enforces roles; objects are
looked up with `get_object_or_404_in` / `get_managed_or_404`.

Rules: an anonymous visitor of a protected page is sent to the login; a signed-in user
without the role gets 404, so nobody learns that another municipality's data exists."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from engagiert.core.models import Municipality, Role

Kind = Role.Kind

# Organisations given to `may_manage`: one id, several ids, or a queryset of ids (a subquery).
Organisations = int | Iterable[int] | QuerySet
# Answers "is `user` an active editor of one of `organisations`?" (registered by the directory).
EditorCheck = Callable[[Any, Organisations], bool]
_editor_checks: list[EditorCheck] = []


def has_role(user, municipality: Municipality | int, *kinds: str) -> bool:
    """True when `user` holds one of `kinds` in `municipality` (or its id). Platform admins hold every role."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    pk = getattr(municipality, "pk", municipality)
    scoped = getattr(user, "_roles_in", None)
    if scoped is not None and pk in scoped:
        return any(kind in scoped[pk] for kind in kinds)
    cache = getattr(user, "_role_cache", None)
    if cache is None:
        cache = set(Role.objects.filter(user=user).values_list("municipality_id", "kind"))
        user._role_cache = cache
    return any((pk, kind) in cache for kind in kinds)


def register_editor_check(check: EditorCheck) -> None:
    """Let a capability (the directory, at app ready) answer `may_manage`'s editor question:
    core knows organisations only by id and imports no capability app."""
    if check not in _editor_checks:
        _editor_checks.append(check)


def may_manage(user, *, municipality: Municipality | int, organisations: Organisations) -> bool:
    """May `user` manage these organisations' things: platform admin, coordinator of `municipality`, or active editor.

    `organisations` is an id, ids, or a queryset of ids (one subquery, e.g. an event's
    organisers); active editorship is answered by the checks registered with
    `register_editor_check`, so core needs no import of the directory."""
    if not user.is_authenticated:
        return False
    if has_role(user, municipality, Role.Kind.COORDINATOR):
        return True
    ids = [organisations] if isinstance(organisations, int) else organisations
    return any(check(user, ids) for check in _editor_checks)


def get_object_or_404_in(
    municipality: Municipality, queryset: type[Model] | QuerySet, *, via: str = "municipality", **lookup
) -> Any:
    """The object matching `lookup` in `municipality` (through the field path `via`); 404 in any other tenant."""
    return get_object_or_404(queryset, **{via: municipality}, **lookup)


def get_managed_or_404(
    user,
    queryset: type[Model] | QuerySet,
    *,
    municipality: Municipality,
    organisations: Callable[[Any], Organisations],
    via: str = "municipality",
    **lookup,
) -> Any:
    """`get_object_or_404_in`, and 404 too unless `user` `may_manage` the object's `organisations(obj)`."""
    obj = get_object_or_404_in(municipality, queryset, via=via, **lookup)
    if not may_manage(user, municipality=municipality, organisations=organisations(obj)):
        raise Http404
    return obj


def remember_roles(user, municipality: Municipality, kinds: Iterable[str]) -> None:
    """Record the kinds of role `user` holds in `municipality`, read by a view together with
    other data in one query: `has_role` then needs no query of its own for that municipality."""
    scoped = getattr(user, "_roles_in", None)
    if scoped is None:
        scoped = user._roles_in = {}
    scoped[municipality.pk] = frozenset(kinds)


def municipality_view(
    *,
    roles: tuple[str, ...] = (),
    login: bool = False,
    load: Callable[[HttpRequest, str], Municipality | None] | None = None,
) -> Callable:
    """Decorate a view taking `municipality` (a slug) from the URL.

    Sets `request.municipality`. With `roles`, only holders of one of them get through;
    with `login`, any signed-in user does. `load(request, slug)` replaces the look-up for
    signed-in users (e.g. the municipality and the user's roles in one query, recorded with
    `remember_roles`); it answers None for an unknown slug."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, municipality: str, *args, **kwargs) -> HttpResponse:
            if load is not None and request.user.is_authenticated:
                found = load(request, municipality)
                if found is None:
                    raise Http404
                request.municipality = found
            else:
                request.municipality = get_object_or_404(Municipality, slug=municipality)
            if (roles or login) and not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if roles and not has_role(request.user, request.municipality, *roles):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
