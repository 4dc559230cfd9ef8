"""A new event in steps: what, when, where, registration, then a preview of its page before it
goes online (or to the coordinators). Plain HTML, no JavaScript: one form page per step; the
draft lives in the session, one per municipality, as the fields' raw values, so going back
(or leaving and coming back) loses nothing typed. Each step validates its own fields with
EventForm (the fields are split here, in the view layer, by name: the form's fields and widgets
stay in events/forms.py); the preview validates them all again and publishing creates the
events through services.create_event as the single-page form did.

Editing an existing event stays one page (organiser.edit): an edit usually changes one detail,
and its moderation (EventChange) works on the whole form."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import Http404, HttpResponseNotAllowed, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from engagiert.core.fields import sanitize_html
from engagiert.core.images import store_image
from engagiert.core.languages import localized
from engagiert.core.permissions import municipality_view
from engagiert.events import services
from engagiert.events.forms import EventForm
from engagiert.events.models import Event, EventSeries
from engagiert.events.services import EventError


@dataclass(frozen=True)
class Step:
    slug: str
    title: Promise
    # The EventForm fields asked on this step; the first step takes every field no other step names.
    fields: tuple[str, ...] = ()


STEPS = (
    Step("was", gettext_lazy("Was")),
    Step("wann", gettext_lazy("Wann"), ("start", "end", "repeat_weeks", "repeat_until")),
    Step("wo", gettext_lazy("Wo"), ("venue", "district", "online_url")),
    Step(
        "anmeldung",
        gettext_lazy("Anmeldung und Eintritt"),
        (
            "registration_required",
            "capacity",
            "registration_opens",
            "registration_closes",
            "waiting_list",
            "companions_allowed",
            "is_free",
            "price",
        ),
    ),
)
PREVIEW = Step("vorschau", gettext_lazy("Vorschau"))
BY_SLUG = {step.slug: step for step in (*STEPS, PREVIEW)}
# Raw values kept besides the fields': the "remove image" box of the image input.
EXTRA_KEYS = ("image-clear",)


def _field_names(step: Step, form: EventForm) -> list[str]:
    if step.fields:
        return [name for name in step.fields if name in form.fields]
    named = {name for other in STEPS for name in other.fields}
    return [name for name in form.fields if name not in named]


# --- The draft in the session ------------------------------------------------------------------


def _key(request) -> str:
    return f"events.draft.{request.municipality.pk}"


def _draft(request) -> dict:
    draft = request.session.get(_key(request))
    if not isinstance(draft, dict):
        draft = {}
    return {
        "data": dict(draft.get("data") or {}),
        "visited": list(draft.get("visited") or []),
        "image": draft.get("image") or "",
    }


def _keep(request, draft: dict) -> None:
    request.session[_key(request)] = draft


def _as_querydict(data: dict[str, list[str]]) -> QueryDict:
    query = QueryDict(mutable=True)
    for name, values in data.items():
        query.setlist(name, [str(v) for v in values] if isinstance(values, list) else [str(values)])
    return query


def _form(request, organisations, draft: dict, *, data=None, files=None, step: Step | None = None) -> EventForm:
    """EventForm over `data`; with `step` only that step's fields are left in it."""
    initial = {}
    if draft["image"]:
        initial["image"] = FieldFile(None, Event._meta.get_field("image"), draft["image"])
    form = EventForm(
        data=data, files=files, municipality=request.municipality, organisations=organisations, initial=initial
    )
    if step is not None:
        names = _field_names(step, form)
        for name in set(form.fields) - set(names):
            del form.fields[name]
        form.order_fields(names)  # in the step's order
    return form


def _is_valid(form: EventForm) -> bool:
    """form.is_valid(), plus what only the steps' split makes necessary to say at once: a
    series that ends before its first date (the single-page form left it to the service)."""
    if not form.is_valid():
        return False
    start, until = form.cleaned_data.get("start"), form.cleaned_data.get("repeat_until")
    if form.cleaned_data.get("repeat_weeks") and start and until and until < timezone.localdate(start):
        form.add_error("repeat_until", _("Die Wiederholung muss nach dem ersten Termin enden."))
        return False
    return True


def _step_url(request, step: Step) -> str:
    if step is STEPS[0]:
        return reverse("events:create", kwargs={"municipality": request.municipality.slug})
    return reverse("events:create_step", kwargs={"municipality": request.municipality.slug, "step": step.slug})


def _indicator(request, current: Step, draft: dict) -> list[dict]:
    everything = (*STEPS, PREVIEW)
    return [
        {
            "number": n,
            "title": step.title,
            "current": step is current,
            "url": _step_url(request, step) if step.slug in draft["visited"] and step is not current else "",
        }
        for n, step in enumerate(everything, start=1)
    ]


def _context(request, step: Step, draft: dict, **extra) -> dict:
    everything = (*STEPS, PREVIEW)
    return {
        "step": step,
        "number": everything.index(step) + 1,
        "total": len(everything),
        "steps": _indicator(request, step, draft),
        "has_draft": bool(draft["visited"]),
        **extra,
    }


# --- Views -----------------------------------------------------------------------------------


def _organisations(request):
    organisations = services.editable_organisations(request.user, request.municipality)
    if not organisations.exists():
        raise Http404
    return organisations


@municipality_view(login=True)
def create(request, step: str = "was"):
    """One step of a new event: shows its fields (from the draft when visited), keeps what was
    sent, and goes on ("Weiter", after checking this step) or back ("Zurück", unchecked)."""
    organisations = _organisations(request)
    current = BY_SLUG.get(step)
    if current is None:
        raise Http404
    if current is PREVIEW:
        return _preview(request, organisations)
    draft = _draft(request)
    if request.method == "POST":
        form = _form(request, organisations, draft, data=request.POST, files=request.FILES, step=current)
        names = [*form.fields, *EXTRA_KEYS]
        draft["data"].update({name: request.POST.getlist(name) for name in names})
        if current.slug not in draft["visited"]:
            draft["visited"].append(current.slug)
        valid = _is_valid(form)
        if valid and "image" in form.fields:
            image = form.cleaned_data.get("image")
            if isinstance(image, UploadedFile):
                draft["image"] = store_image(image, folder="events")
            elif image is False:
                draft["image"] = ""
            draft["data"].pop("image-clear", None)
        _keep(request, draft)
        index = STEPS.index(current)
        if request.POST.get("richtung") == "zurueck":
            return redirect(_step_url(request, STEPS[max(index - 1, 0)]))
        if valid:
            following = STEPS[index + 1] if index + 1 < len(STEPS) else PREVIEW
            return redirect(_step_url(request, following))
    elif current.slug in draft["visited"]:
        form = _form(request, organisations, draft, data=_as_querydict(draft["data"]), step=current)
    else:
        form = _form(request, organisations, draft, step=current)
    return render(request, "events/step.html", _context(request, current, draft, form=form))


@municipality_view(login=True)
def discard(request):
    """Throw the draft away and start again."""
    _organisations(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    request.session.pop(_key(request), None)
    messages.success(request, _("Der Entwurf ist verworfen."))
    return redirect("events:create", municipality=request.municipality.slug)


def _preview_event(request, form: EventForm, draft: dict) -> Event:
    """The event as it will be, not saved: for the page as visitors will see it."""
    data = form.event_data() | {"image": draft["image"]}
    for name in localized("description"):
        data[name] = sanitize_html(data[name])
    event = Event(pk=0, municipality=request.municipality, status=Event.Status.PUBLISHED, **data)
    if form.cleaned_data.get("repeat_weeks"):
        event.series = EventSeries(
            municipality=request.municipality,
            interval_weeks=form.cleaned_data["repeat_weeks"],
            until=form.cleaned_data["repeat_until"],
        )
    # The organisers and topics as they will be (the template reads event.organisations.all).
    event._prefetched_objects_cache = {
        "organisations": form.cleaned_data["organisations"],
        "topics": form.cleaned_data["topics"],
    }
    return event


def _preview(request, organisations):
    draft = _draft(request)
    form = _form(request, organisations, draft, data=_as_querydict(draft["data"]))
    if not _is_valid(form):
        # Back to the first step with something missing or wrong; it shows what.
        if request.method == "POST" and not draft["visited"]:
            messages.info(request, _("Der Entwurf ist nicht mehr da. Bitte beginnen Sie von vorn."))
        wrong = set(form.errors)
        for step in STEPS:
            if set(_field_names(step, form)) & wrong or step.slug not in draft["visited"]:
                return redirect(_step_url(request, step))
        return redirect(_step_url(request, STEPS[0]))
    if request.method == "POST" and request.POST.get("richtung") == "zurueck":
        return redirect(_step_url(request, STEPS[-1]))
    organisers = list(form.cleaned_data["organisations"])
    error = ""
    if request.method == "POST":
        data = form.event_data() | {"image": draft["image"]}
        try:
            events = services.create_event(
                municipality=request.municipality,
                author=request.user,
                data=data,
                organisations=organisers,
                topics=list(form.cleaned_data["topics"]),
                repeat_weeks=form.cleaned_data.get("repeat_weeks"),
                repeat_until=form.cleaned_data.get("repeat_until"),
            )
        except EventError as problem:
            error = str(problem)
        else:
            request.session.pop(_key(request), None)
            if events[0].status == Event.Status.PUBLISHED:
                messages.success(request, _("Die Veranstaltung ist online."))
            else:
                messages.success(
                    request, _("Danke! Die Veranstaltung geht nach der Freigabe durch die Koordination online.")
                )
            return redirect("events:manage", municipality=request.municipality.slug)
    if PREVIEW.slug not in draft["visited"]:
        draft["visited"].append(PREVIEW.slug)
        _keep(request, draft)
    event = _preview_event(request, form, draft)
    starts = [event.start]
    if event.series is not None:
        starts = services.series_starts(series=event.series, first_start=event.start)
    context = _context(
        request,
        PREVIEW,
        draft,
        event=event,
        error=error,
        dates=len(starts),
        last_date=starts[-1],
        publishes=services.publishes_at_once(
            author=request.user, organisations=organisers, municipality=request.municipality
        ),
        seats={"taken": 0, "free": event.capacity, "waiting": 0},
        mine=None,
        attendance=None,
        json_ld="{}",
        can_manage=False,
        now=timezone.now(),
    )
    return render(request, "events/preview.html", context)
