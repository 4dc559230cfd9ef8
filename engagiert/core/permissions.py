"""The one permission helper. Views ask `has_role`; views of a municipality are wrapped
in `municipality_view`, which resolves the tenant from the URL and enforces roles.

Rules: an anonymous visitor of a protected page is sent to the login; a signed-in user
without the role gets 404, so nobody learns that another municipality's data exists."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from engagiert.core.models import Municipality, Role

Kind = Role.Kind


def has_role(user, municipality: Municipality, *kinds: str) -> bool:
    """True when `user` holds one of `kinds` in `municipality`. Platform admins hold every role."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    scoped = getattr(user, "_roles_in", None)
    if scoped is not None and municipality.pk in scoped:
        return any(kind in scoped[municipality.pk] for kind in kinds)
    cache = getattr(user, "_role_cache", None)
    if cache is None:
        cache = set(Role.objects.filter(user=user).values_list("municipality_id", "kind"))
        user._role_cache = cache
    return any((municipality.pk, kind) in cache for kind in kinds)


def remember_roles(user, municipality: Municipality, kinds: Iterable[str]) -> None:
    """Record the kinds of role `user` holds in `municipality`, read by a view together with
    other data in one query: `has_role` then needs no query of its own for that municipality."""
    scoped = getattr(user, "_roles_in", None)
    if scoped is None:
        scoped = user._roles_in = {}
    scoped[municipality.pk] = frozenset(kinds)


def municipality_view(*, roles: tuple[str, ...] = (), login: bool = False) -> Callable:
    """Decorate a view taking `municipality` (a slug) from the URL.

    Sets `request.municipality`. With `roles`, only holders of one of them get through;
    with `login`, any signed-in user does."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, municipality: str, *args, **kwargs) -> HttpResponse:
            request.municipality = get_object_or_404(Municipality, slug=municipality)
            if (roles or login) and not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if roles and not has_role(request.user, request.municipality, *roles):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
