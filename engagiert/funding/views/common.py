"""Access to the PfD's pages: the municipality from the URL, its PfD (404 without one), and
what the person is in it (selectors.parts_of)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.http import Http404

from engagiert.core.permissions import municipality_view
from engagiert.directory.selectors import is_active_editor
from engagiert.funding import selectors
from engagiert.funding.models import Application


def pfd_view(*, login: bool = False, part: str = ""):
    """A view of the PfD of the URL's municipality; with `part` ("coordination", "lead",
    "committee") only for people holding it (others: 404)."""

    def decorator(view):
        @municipality_view(login=login or bool(part))
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            partnership = selectors.partnership_of(request.municipality)
            if partnership is None:
                raise Http404
            request.partnership = partnership
            request.parts = selectors.parts_of(request.user, partnership)
            if part and not getattr(request.parts, part):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def may_apply_for(user, application: Application) -> bool:
    """The applicant, an active editor of the applying or carrying organisation, or an admin."""
    if user.is_superuser or application.applicant_id == user.pk:
        return True
    organisations = [pk for pk in (application.organisation_id, application.carrier_id) if pk]
    return bool(organisations) and is_active_editor(user, organisations)


def applicant_application(request, pk: int) -> Application:
    application = selectors.application_detail(request.municipality, pk)
    if not may_apply_for(request.user, application):
        raise Http404
    return application


def refused(request, error) -> None:
    messages.error(request, str(error))
