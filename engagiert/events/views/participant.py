"""Pages of the person who registers: register, confirm, see the ticket, cancel."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from engagiert.core.permissions import municipality_view
from engagiert.core.qr import qr_data_uri
from engagiert.core.ratelimit import limit_reached
from engagiert.core.views_helpers import form_for, link_invalid
from engagiert.events import selectors, services
from engagiert.events.forms import GuestRegistrationForm
from engagiert.events.models import Event, Registration
from engagiert.events.services import EventError
from engagiert.events.tokens import registration_token, ticket_code

STATUS_MESSAGES = {
    Registration.Status.PENDING: gettext_lazy(
        "Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail."
    ),
    Registration.Status.CONFIRMED: gettext_lazy("Ihre Anmeldung ist bestätigt."),
    Registration.Status.WAITING: gettext_lazy("Sie stehen auf der Warteliste."),
}

# After a guest registers: the links arrive by e-mail only, whatever the status.
GUEST_MESSAGES = {
    Registration.Status.PENDING: STATUS_MESSAGES[Registration.Status.PENDING],
    Registration.Status.WAITING: gettext_lazy(
        "Die Veranstaltung ist ausgebucht. Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, "
        "dann stehen Sie auf der Warteliste."
    ),
}

GUEST_LIMIT = 10  # guest registrations per address and hour: unconfirmed ones hold seats


@municipality_view()
def register(request, pk: int):
    try:
        event = selectors.event_detail(municipality=request.municipality, pk=pk)
    except Event.DoesNotExist:
        raise Http404 from None
    signed_in = request.user.is_authenticated
    mine = selectors.my_registration(event=event, user=request.user)
    if mine is not None and mine.confirmed_at:
        return redirect(
            "events:registration", municipality=request.municipality.slug, token=registration_token(mine.pk)
        )
    closed = _closed(event)
    form = form_for(request, GuestRegistrationForm, event=event, signed_in=signed_in)
    if (
        request.method == "POST"
        and form.is_valid()
        and not signed_in
        and limit_reached(request, action="events:guest-registration", limit=GUEST_LIMIT)
    ):
        form.add_error(
            None, _("Zu viele Anmeldungen von diesem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.")
        )
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            registration = services.register(
                event=event,
                name=request.user.display_name or request.user.email if signed_in else data["name"],
                email=request.user.email if signed_in else data["email"],
                companions=data.get("companions") or 0,
                needs=data.get("needs", ""),
                user=request.user if signed_in else None,
                language=get_language() or "de",
            )
        except EventError as error:
            form.add_error(None, str(error))
        else:
            if not signed_in:
                # A guest's link (confirm, ticket) travels by e-mail only: handing it out here
                # would let anyone confirm an address nobody verified (waiting list included).
                messages.success(request, str(GUEST_MESSAGES[registration.status]))
                return redirect(event)
            messages.success(request, str(STATUS_MESSAGES[registration.status]))
            return redirect(
                "events:registration",
                municipality=request.municipality.slug,
                token=registration_token(registration.pk),
            )
    context = {"event": event, "form": form, "seats": selectors.seat_counts(event=event), "closed": closed}
    return render(request, "events/register.html", context)


def _closed(event: Event) -> str:
    """Why the registration form is not shown ("" while it is): the event was cancelled or has
    taken place (services.register refuses both as well)."""
    if event.is_cancelled:
        return _("Diese Veranstaltung ist abgesagt.")
    if event.is_past:
        return _("Diese Veranstaltung hat bereits stattgefunden.")
    return ""


def _registration(request, token: str) -> Registration | None:
    """The registration of a link, or None when the link is forged or of another municipality."""
    try:
        registration = services.registration_from_token(token)
    except EventError:
        return None
    if registration.event.municipality_id != request.municipality.pk:
        return None
    return registration


@municipality_view()
def registration(request, token: str):
    registration = _registration(request, token)
    if registration is None:
        return link_invalid(request, expired=False)
    context = {"registration": registration, "event": registration.event, "token": token}
    if registration.status == Registration.Status.CONFIRMED:
        code = ticket_code(registration.pk)
        context["ticket"] = code
        context["qr"] = qr_data_uri(code, kind="png", scale=6, border=4)
    return render(request, "events/registration.html", context)


@municipality_view()
def confirm(request, token: str):
    """GET shows a button (mail scanners must not confirm), POST confirms. The link of a
    registration that was cancelled or expired before it was confirmed is gone (410)."""
    registration = _registration(request, token)
    if registration is None:
        return link_invalid(request, expired=False)
    error = None
    if request.method == "POST":
        try:
            registration = services.confirm(token=token)
        except EventError as exc:
            error = str(exc)
            registration.refresh_from_db()
        else:
            messages.success(request, str(STATUS_MESSAGES[registration.status]))
            return redirect("events:registration", municipality=request.municipality.slug, token=token)
    if registration.status == Registration.Status.CANCELLED and not registration.confirmed_at:
        return link_invalid(
            request, expired=True, reason=error or _("Diese Anmeldung wurde storniert oder ist abgelaufen.")
        )
    context = {"registration": registration, "event": registration.event, "error": error, "token": token}
    return render(request, "events/confirm.html", context)


@municipality_view()
def cancel(request, token: str):
    registration = _registration(request, token)
    if registration is None:
        return link_invalid(request, expired=False)
    error = None
    if request.method == "POST":
        try:
            services.cancel_registration(registration=registration)
        except EventError as exc:
            error = str(exc)
        else:
            messages.success(request, _("Ihre Anmeldung ist storniert."))
            return redirect(registration.event)
    context = {"registration": registration, "event": registration.event, "error": error, "now": timezone.now()}
    return render(request, "events/cancel.html", context)
