"""Organiser pages: editors of an organising organisation and coordinators create and edit
events, see registrations and the waiting list, export them, and check people in."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.decisions import decide_from_queue
from engagiert.core.export import Format, export_response
from engagiert.core.images import store_image
from engagiert.core.models import Role
from engagiert.core.pagination import LIST_PAGE_SIZE, paginate
from engagiert.core.parsing import MAX_ID, ascii_int
from engagiert.core.permissions import get_managed_or_404, get_object_or_404_in, has_role, municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.directory.selectors import managed_organisations
from engagiert.events import selectors, services
from engagiert.events.forms import CheckInForm, EventForm, HeadCountForm
from engagiert.events.models import Event, EventChange, Registration
from engagiert.events.services import EventError


def _manageable(request, pk: int) -> Event:
    return get_managed_or_404(
        request.user,
        Event.objects.select_related("municipality", "venue"),
        municipality=request.municipality,
        organisations=services.event_organisations,
        pk=pk,
    )


def _is_coordinator(request) -> bool:
    return has_role(request.user, request.municipality, Role.Kind.COORDINATOR)


@municipality_view(login=True)
def manage(request):
    coordinator = _is_coordinator(request)
    events = Event.objects.filter(municipality=request.municipality).select_related("venue")
    if not coordinator:
        mine = managed_organisations(user=request.user, municipality=request.municipality)
        events = events.filter(organisations__in=mine.values("pk")).distinct()
    recent = timezone.now() - dt.timedelta(days=30)
    events = events.filter(Q(end__gte=recent) | Q(status=Event.Status.PENDING)).order_by("start", "pk")
    page = paginate(request, events, per_page=LIST_PAGE_SIZE)
    page.object_list = selectors.with_seats_taken(list(page.object_list))
    context = {
        "events": page,
        "pending": events.filter(status=Event.Status.PENDING) if coordinator else [],
        "changes": selectors.waiting_changes(municipality=request.municipality) if coordinator else [],
        "coordinator": coordinator,
        "can_create": services.editable_organisations(request.user, request.municipality).exists(),
    }
    return render(request, "events/manage.html", context)


@municipality_view(roles=(Role.Kind.COORDINATOR,))
def impact(request):
    return render(
        request, "events/impact.html", {"totals": selectors.attendance_totals(municipality=request.municipality)}
    )


def _image_name(form: EventForm, event: Event | None) -> str:
    """The stored name of the event's image after the form: a new upload, none, or as it was."""
    image = form.cleaned_data.get("image")
    if isinstance(image, UploadedFile):
        return store_image(image, folder="events")
    if image is False or event is None:  # "remove" ticked, or a new event without one
        return ""
    return event.image.name


def _save(request, form: EventForm, event: Event | None):
    data = form.event_data() | {"image": _image_name(form, event)}
    organisations = list(form.cleaned_data["organisations"])
    topics = list(form.cleaned_data["topics"])
    if event is None:
        return services.create_event(
            municipality=request.municipality,
            author=request.user,
            data=data,
            organisations=organisations,
            topics=topics,
            repeat_weeks=form.cleaned_data.get("repeat_weeks"),
            repeat_until=form.cleaned_data.get("repeat_until"),
        )
    return [
        services.update_event(event=event, author=request.user, data=data, organisations=organisations, topics=topics)
    ]


@municipality_view(login=True)
def edit(request, pk: int):
    event = _manageable(request, pk)
    organisations = services.editable_organisations(request.user, request.municipality) | event.organisations.all()
    form = form_for(
        request,
        EventForm,
        municipality=request.municipality,
        organisations=organisations.distinct(),
        new=False,
        initial=EventForm.initial_from(event),
    )
    if request.method == "POST" and form.is_valid():
        try:
            [saved] = _save(request, form, event)
        except EventError as error:
            form.add_error(None, str(error))
        else:
            if isinstance(saved, EventChange):
                text = _("Danke! Die Änderungen gehen nach der Freigabe durch die Koordination online.")
            else:
                text = _("Die Änderungen sind gespeichert.")
            messages.success(request, text)
            return redirect("events:registrations", municipality=request.municipality.slug, pk=event.pk)
    waiting = event.changes.filter(status=EventChange.Status.PENDING).exists()
    return render(request, "events/edit.html", {"form": form, "event": event, "change_waiting": waiting})


@municipality_view(roles=(Role.Kind.COORDINATOR,))
@require_POST
def decide_change(request, pk: int):
    change = get_object_or_404_in(request.municipality, EventChange, via="event__municipality", pk=pk)
    decide_from_queue(
        request,
        lambda form: services.decide_event_change(
            change=change, approve=form.approve, by=request.user, note=form.cleaned_data["reason"]
        ),
        errors=(EventError,),
        reason_required=False,
        reason_max_length=EventChange._meta.get_field("note").max_length,
    )
    return redirect("events:manage", municipality=request.municipality.slug)


@municipality_view(roles=(Role.Kind.COORDINATOR,))
@require_POST
def approve(request, pk: int):
    event = get_object_or_404(Event, municipality=request.municipality, pk=pk)
    try:
        services.approve_event(event=event, user=request.user)
    except EventError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("„%(title)s“ ist freigegeben.") % {"title": event.title})
    return redirect("events:manage", municipality=request.municipality.slug)


@municipality_view(login=True)
def cancel_event(request, pk: int):
    event = _manageable(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.cancel_event(event=event, user=request.user)
    except EventError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Veranstaltung ist abgesagt; alle Angemeldeten wurden benachrichtigt."))
    return redirect("events:registrations", municipality=request.municipality.slug, pk=event.pk)


@municipality_view(login=True)
def registrations(request, pk: int):
    event = _manageable(request, pk)
    context = {
        "event": event,
        "lists": selectors.registrations_of(event=event),
        "seats": selectors.seat_counts(event=event),
        "head_count_form": HeadCountForm(initial={"head_count": event.head_count}),
    }
    return render(request, "events/registrations.html", context)


@municipality_view(login=True)
def export(request, pk: int, format: Format):
    """The event's registrations (cancelled ones left out) as CSV or XLSX."""
    event = _manageable(request, pk)
    header = [
        _("Name"),
        _("E-Mail"),
        _("Begleitpersonen"),
        _("Status"),
        _("Angemeldet am"),
        _("Eingecheckt"),
        _("Unterstützungsbedarf"),
    ]
    registrations = event.registrations.exclude(status=Registration.Status.CANCELLED).order_by("status", "created_at")
    rows = (
        [
            reg.name,
            reg.email,
            reg.companions,
            reg.get_status_display(),
            timezone.localtime(reg.created_at).strftime("%d.%m.%Y %H:%M"),
            timezone.localtime(reg.checked_in_at).strftime("%H:%M") if reg.checked_in_at else "",
            reg.needs,
        ]
        for reg in registrations
    )
    return export_response(
        [header, *rows], format=format, filename=f"anmeldungen-{event.pk}", sheet_title=_("Anmeldungen")
    )


@municipality_view(login=True)
def cancel_registration(request, pk: int, reg: int):
    event = _manageable(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    registration = get_object_or_404(Registration, event=event, pk=reg)
    try:
        services.cancel_registration(registration=registration, by_organiser=True)
    except EventError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Anmeldung von %(name)s ist storniert.") % {"name": registration.name})
    return redirect("events:registrations", municipality=request.municipality.slug, pk=event.pk)


@municipality_view(login=True)
def head_count(request, pk: int):
    event = _manageable(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = HeadCountForm(request.POST)
    if form.is_valid():
        services.record_head_count(event=event, head_count=form.cleaned_data["head_count"])
        messages.success(request, _("Die Zahl der Gäste ist gespeichert."))
    else:
        messages.error(request, _("Bitte geben Sie eine Zahl ab 0 ein."))
    return redirect("events:registrations", municipality=request.municipality.slug, pk=event.pk)


@municipality_view(login=True)
def checkin(request, pk: int):
    """Check-in on a phone: scan or type the ticket code, or pick a name from the list."""
    event = _manageable(request, pk)
    form = CheckInForm(request.POST if "code" in request.POST else None)
    query = request.GET.get("name", "").strip()[:100]
    if request.method == "POST":
        try:
            if "registration" in request.POST:
                pk = ascii_int(request.POST["registration"], maximum=MAX_ID)
                registration = get_object_or_404(Registration, event=event, pk=pk if pk is not None else 0)
                person = services.check_in(event=event, registration=registration)
            elif form.is_valid():
                person = services.check_in(event=event, code=form.cleaned_data["code"])
            else:
                person = None
        except EventError as error:
            if form.is_bound:
                form.add_error("code", str(error))
            else:
                messages.error(request, str(error))
        else:
            if person:
                messages.success(
                    request,
                    _("Eingecheckt: %(name)s (mit %(n)d Begleitperson(en))")
                    % {"name": person.name, "n": person.companions},
                )
                return redirect("events:checkin", municipality=request.municipality.slug, pk=event.pk)
    found = []
    if query:
        found = paginate(
            request,
            event.registrations.filter(status=Registration.Status.CONFIRMED, name__icontains=query).order_by(
                "name", "pk"
            ),
            per_page=LIST_PAGE_SIZE,
        )
    checked = event.registrations.filter(checked_in_at__isnull=False)
    context = {
        "event": event,
        "form": form,
        "query": query,
        "found": found,
        "checked_count": sum(r.seats for r in checked),
    }
    return render(request, "events/checkin.html", context)
