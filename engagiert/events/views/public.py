"""Public pages: calendar (list and month), the regional network, event page, iCal."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from engagiert.core.permissions import may_manage, municipality_view
from engagiert.events import selectors
from engagiert.events.forms import FilterForm
from engagiert.events.ics import calendar_bytes
from engagiert.events.models import Event
from engagiert.events.services import event_organisations

PAGE_SIZE = 20
FEED_LIMIT = 500
# Pages counted beyond the one asked for (with it: 10 pages, 200 events on page 1).
PAGES_AHEAD = 9


class CappedPaginator(Paginator):
    """Counts only up to PAGES_AHEAD pages beyond the requested one: a big town's calendar
    need not count all its events, and counting costs about as much as reaching the page.
    `capped` says that there are more than `count`."""

    capped = False

    def __init__(self, object_list, per_page: int, *, page) -> None:
        super().__init__(object_list, per_page)
        try:
            number = max(int(page), 1)
        except (TypeError, ValueError):
            number = 1
        self.limit = (number + PAGES_AHEAD) * per_page

    @cached_property
    def count(self) -> int:
        n = self.object_list.order_by()[: self.limit + 1].count()  # any rows will do for a count
        self.capped = n > self.limit
        return min(n, self.limit)


def paginate(request, events) -> Page:
    """A page of `events` (with what the list shows) for the ?page= of the request."""
    number = request.GET.get("page")
    return CappedPaginator(selectors.list_prefetch(events), PAGE_SIZE, page=number).get_page(number)


def _query_string(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@municipality_view()
def calendar_view(request):
    form = FilterForm(request.GET or None, municipality=request.municipality)
    filters = form.filters()
    events = selectors.search_events(municipalities=[request.municipality], filters=filters)
    page = paginate(request, events)
    today = timezone.localdate()
    context = {
        "form": form,
        "page": page,
        "query_string": _query_string(request),
        "today": today,
        "networks": request.municipality.networks.all(),
    }
    return render(request, "events/calendar.html", context)


@municipality_view()
def month(request, year: int, month: int):
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    form = FilterForm(request.GET or None, municipality=request.municipality)
    first, last = selectors.month_range(year, month)
    filters = replace(form.filters(), date_from=first, date_to=last)
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
        "query_string": _query_string(request),
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
    page = paginate(request, events)
    context = {
        "form": form,
        "page": page,
        "networks": networks,
        "municipalities": municipalities,
        "query_string": _query_string(request),
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
    context = {
        "event": event,
        "seats": selectors.seat_counts(event=event),
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
