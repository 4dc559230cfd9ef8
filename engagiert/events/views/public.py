"""Public pages: calendar (list and month), the regional network, event page, iCal."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from django.core.paginator import Page
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core.pagination import paginate, query_string
from engagiert.core.permissions import may_manage, municipality_view
from engagiert.events import selectors
from engagiert.events.forms import PAST, FilterForm
from engagiert.events.ics import calendar_bytes
from engagiert.events.models import Event
from engagiert.events.services import event_organisations
from engagiert.events.tokens import registration_token

PAGE_SIZE = 20
FEED_LIMIT = 500
# Pages counted beyond the one asked for (with it: 10 pages, 200 events on page 1): a big town's
# calendar need not count all its events, and counting costs about as much as reaching the page.
PAGES_AHEAD = 9


def _periods(request, form: FilterForm) -> dict[str, str]:
    """The query strings of the two tabs above a list, upcoming and look back ("Rückblick"),
    each keeping the other filters."""
    others = query_string(request, form=form, leave_out=("page", "zeitraum"))
    past = f"{others}&zeitraum={PAST}" if others else f"zeitraum={PAST}"
    return {"upcoming_query": others, "past_query": past}


def _page(request, events, form: FilterForm) -> Page:
    """A page of `events` (with what the list shows, fully booked ones marked) for the ?page= of the request."""
    page = paginate(request, selectors.list_prefetch(events), per_page=PAGE_SIZE, form=form, pages_ahead=PAGES_AHEAD)
    page.object_list = selectors.with_seats_taken(list(page.object_list))
    return page


@municipality_view()
def calendar_view(request):
    form = FilterForm(request.GET or None, municipality=request.municipality)
    filters = form.filters()
    events = selectors.search_events(municipalities=[request.municipality], filters=filters)
    page = _page(request, events, form)
    today = timezone.localdate()
    context = {
        "form": form,
        "page": page,
        "past": filters.past,
        "query_string": query_string(request, form=form),
        "today": today,
        "networks": request.municipality.networks.all(),
        **_periods(request, form),
    }
    return render(request, "events/calendar.html", context)


@municipality_view()
def month(request, year: int, month: int):
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    form = FilterForm(request.GET or None, municipality=request.municipality)
    first, last = selectors.month_range(year, month)
    filters = replace(form.filters(), date_from=first, date_to=last, past=False)
    events = selectors.search_events(municipalities=[request.municipality], filters=filters)
    table = selectors.month_table(year=year, month=month, qs=events)
    previous = first - dt.timedelta(days=1)
    following = last + dt.timedelta(days=1)
    context = {
        "form": form,
        "weeks": table.weeks,
        "first": first,
        "previous": previous,
        "following": following,
        "query_string": query_string(request, form=form),
        "today": timezone.localdate(),
        "event_count": table.event_count,
    }
    return render(request, "events/month.html", context)


@municipality_view()
def network(request):
    """Events of every municipality of the regional network(s) this municipality belongs to."""
    networks = list(request.municipality.networks.prefetch_related("municipalities"))
    municipalities = sorted(
        {m for n in networks for m in n.municipalities.all()} | {request.municipality}, key=lambda m: m.name
    )
    form = FilterForm(request.GET or None, municipality=request.municipality)
    filters = form.filters()
    events = selectors.search_events(municipalities=municipalities, filters=filters)
    page = _page(request, events, form)
    context = {
        "form": form,
        "page": page,
        "past": filters.past,
        "networks": networks,
        "municipalities": municipalities,
        "query_string": query_string(request, form=form),
        **_periods(request, form),
    }
    return render(request, "events/network.html", context)


@municipality_view()
def feed(request):
    """iCal feed of the municipality, with the same filters as the calendar."""
    form = FilterForm(request.GET or None, municipality=request.municipality)
    events = selectors.search_events(municipalities=[request.municipality], filters=form.filters())
    events = events.select_related("venue", "municipality")[:FEED_LIMIT]
    name = _("Begegnungen in %(name)s") % {"name": request.municipality.name}
    response = HttpResponse(calendar_bytes(events, name=name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="begegnungen.ics"'
    return response


def _event_or_404(request, pk: int) -> Event:
    try:
        return selectors.event_detail(municipality=request.municipality, pk=pk)
    except Event.DoesNotExist:
        raise Http404 from None


@municipality_view()
def detail(request, pk: int):
    event = _event_or_404(request, pk)
    mine = selectors.my_registration(event=event, user=request.user)
    context = {
        "event": event,
        "seats": selectors.seat_counts(event=event),
        "mine": mine,
        "my_token": registration_token(mine.pk) if mine else "",
        "attendance": selectors.attendance(event=event) if event.is_past and not event.is_cancelled else None,
        "json_ld": selectors.json_ld(event, url=request.build_absolute_uri(event.get_absolute_url())),
        "can_manage": may_manage(
            request.user, municipality=event.municipality_id, organisations=event_organisations(event)
        ),
        "now": timezone.now(),
    }
    return render(request, "events/detail.html", context)


@municipality_view()
def event_ics(request, pk: int):
    event = _event_or_404(request, pk)
    response = HttpResponse(calendar_bytes([event], name=event.title), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="begegnung-{event.pk}.ics"'
    return response
