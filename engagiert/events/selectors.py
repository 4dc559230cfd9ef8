"""Reads of Begegnungen: calendar with filters and search, month grid, detail, attendance."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Window,
)
from django.db.models.functions import RowNumber, TruncDate
from django.template.defaultfilters import yesno
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags

from engagiert.core.languages import localized
from engagiert.core.models import District, Municipality
from engagiert.core.search import Term, search_terms, term_condition
from engagiert.core.sitesearch import SearchResult, language_of, snippet
from engagiert.directory.models import Organisation, Topic
from engagiert.events.models import (
    ACCESSIBILITY_FEATURES,
    Event,
    EventChange,
    EventSearchTerm,
    Format,
    Registration,
    Venue,
)


@dataclass(frozen=True)
class EventFilters:
    query: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    format: str = ""
    topic: str = ""
    district: str = ""
    feature: str = ""
    language: str = ""
    free: bool = False
    # The look back ("Rückblick"): events that have ended, newest first.
    past: bool = False


def day_start(day: dt.date) -> dt.datetime:
    """Midnight at the start of `day` in the site's time zone."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def in_towns(qs: QuerySet, municipalities: list[Municipality] | None) -> QuerySet:
    """Rows of these municipalities; None: of the whole installation (no filter, so that
    indexes without the municipality serve it instead of a list of every town)."""
    return qs if municipalities is None else qs.filter(municipality__in=municipalities)


def public_events(*, municipalities: list[Municipality] | None) -> QuerySet[Event]:
    """Published and cancelled events (cancelled ones stay visible, marked as such)."""
    return in_towns(Event.objects.filter(status__in=[Event.Status.PUBLISHED, Event.Status.CANCELLED]), municipalities)


def search_events(
    *, municipalities: list[Municipality] | None, filters: EventFilters, now: dt.datetime | None = None
) -> QuerySet[Event]:
    """Events matching the filters, soonest first (municipalities None: all of them).
    Without a date range: from now on. With `filters.past` (the look back): only events that
    have ended, newest first."""
    now = now or timezone.now()
    qs = public_events(municipalities=municipalities)
    # Day bounds as times (not __date lookups), so that the index on start can be used.
    if filters.past:
        qs = qs.filter(end__lt=now)
    if filters.date_from:
        qs = qs.filter(end__gte=day_start(filters.date_from))
    elif not filters.past:
        qs = qs.filter(end__gte=now)
    if filters.date_to:
        qs = qs.filter(start__lt=day_start(filters.date_to + dt.timedelta(days=1)))
    if filters.format:
        qs = qs.filter(format=filters.format)
    if filters.topic:
        tagged = Event.topics.through.objects.filter(event_id=OuterRef("pk"), topic__slug=filters.topic)
        qs = qs.filter(Exists(tagged))
    if filters.district:
        # The district or one of its quarters: a few ids, so that no join is needed.
        districts = in_towns(District.objects, municipalities).filter(
            Q(slug=filters.district) | Q(parent__slug=filters.district)
        )
        qs = qs.filter(district__in=districts.values("pk"))
    if filters.feature in ACCESSIBILITY_FEATURES:
        qs = qs.filter(**{f"venue__{filters.feature}": True})
    if filters.language:
        # languages is "de, ar": match the code as a whole item.
        lang = filters.language
        qs = qs.filter(
            Q(languages=lang)
            | Q(languages__startswith=f"{lang},")
            | Q(languages__endswith=f",{lang}")
            | Q(languages__endswith=f", {lang}")
            | Q(languages__contains=f",{lang},")
            | Q(languages__contains=f", {lang},")
        )
    if filters.free:
        qs = qs.filter(is_free=True)
    # A town's synonyms widen the terms when the calendar is one town's.
    town = municipalities[0] if municipalities is not None and len(municipalities) == 1 else None
    qs = matching_terms(qs, search_terms(filters.query, town), municipalities)
    return qs.order_by("-start", "-pk") if filters.past else qs.order_by("start", "pk")


def matching_terms(
    qs: QuerySet[Event], terms: list[Term], municipalities: list[Municipality] | None
) -> QuerySet[Event]:
    """The events of `qs` matching every one of `terms` (core.search; a tuple: any of it)."""
    for term in terms:
        matches = in_towns(EventSearchTerm.objects, municipalities).filter(term_condition("term", term))
        qs = qs.filter(pk__in=matches.values("event_id"))
    return qs


def site_search(municipality: Municipality, terms: list[Term], limit: int) -> tuple[int, list[SearchResult]]:
    """The site-wide search's events (core.sitesearch): the town's public events that have
    not ended, soonest first, as the calendar lists them. Two queries: the first page's ids
    with the count of all matches (a window over narrow rows: no texts read), then that page."""
    upcoming = public_events(municipalities=[municipality]).filter(end__gte=timezone.now())
    page = list(
        matching_terms(upcoming, terms, [municipality])
        .annotate(total=Window(Count("pk")))
        .order_by("start", "pk")
        .values_list("pk", "total")[:limit]
    )
    if not page:
        return 0, []
    loaded = Event.objects.filter(pk__in=[pk for pk, _total in page]).select_related("venue").in_bulk()
    results = []
    for pk, _total in page:
        event = loaded[pk]
        event.municipality = municipality
        extra = event.venue.name if event.venue else ""
        if event.status == Event.Status.CANCELLED:
            extra = " · ".join(filter(None, [str(Event.Status.CANCELLED.label), extra]))
        results.append(
            SearchResult(
                title=event.title,
                url=event.get_absolute_url(),
                snippet=snippet(event.description),
                date=timezone.localtime(event.start),
                extra=extra,
                lang=language_of(event, "title"),
                snippet_lang=language_of(event, "description"),
            )
        )
    return page[0][1], results


def holding_seats(now: dt.datetime) -> Q:
    """Registrations that hold seats: confirmed, and unconfirmed ones not yet expired."""
    return Q(status=Registration.Status.CONFIRMED) | Q(status=Registration.Status.PENDING, expires_at__gt=now)


def with_seats_taken(events: list[Event], *, now: dt.datetime | None = None) -> list[Event]:
    """Sets `seats_taken` (people and companions holding seats) on each of `events`, for
    Event.is_full: one query for the events with a seat limit, none without. For a page of a
    list, after it was cut: the count of a list need not compute it."""
    limited = [e.pk for e in events if e.registration_required and e.capacity is not None]
    taken = {}
    if limited:
        rows = (
            Registration.objects.filter(holding_seats(now or timezone.now()), event_id__in=limited)
            .values("event_id")
            .annotate(n=Sum(F("companions") + 1))
            .order_by()
        )
        taken = {row["event_id"]: row["n"] for row in rows}
    for event in events:
        event.seats_taken = taken.get(event.pk, 0)
    return events


def list_prefetch(qs: QuerySet[Event]) -> QuerySet[Event]:
    """What a list shows per event, in a fixed number of queries (no descriptions: long
    texts in four languages that no list shows)."""
    return (
        qs.select_related("venue", "district", "municipality")
        .defer("description", *localized("description"))
        .prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.only("pk", "name", "slug", "municipality_id"))
        )
    )


MONTH_DAY_LIMIT = 5


@dataclass(frozen=True)
class Month:
    weeks: list[list[dict | None]]
    event_count: int


def month_table(*, year: int, month: int, qs: QuerySet[Event]) -> Month:
    """The month as weeks (Monday first) of days with their first MONTH_DAY_LIMIT events and
    the number of further ones; days of other months are None. Two queries (three with seat
    limits: fully booked ones are marked), however many events a big town has in a month:
    each day is ranked and counted in the database."""
    day = TruncDate("start")  # in the current time zone, as the table shows it
    shown = (
        qs.annotate(
            local_day=day,
            day_rank=Window(RowNumber(), partition_by=day, order_by=[F("start").asc(), F("pk").asc()]),
            day_total=Window(Count("pk"), partition_by=day),
        )
        .filter(day_rank__lte=MONTH_DAY_LIMIT)
        .values_list("pk", "local_day", "day_total")
    )
    day_of: dict[int, dt.date] = {}
    totals: dict[dt.date, int] = {}
    for pk, local_day, day_total in shown:  # ranked on what the index holds: no rows read
        day_of[pk] = local_day
        totals[local_day] = day_total
    events = (
        Event.objects.filter(pk__in=day_of)
        .select_related("municipality")
        .only(
            "pk",
            "title",
            *localized("title"),
            "start",
            "end",
            "status",
            "registration_required",
            "capacity",
            "municipality__slug",
        )
    )
    events = with_seats_taken(list(events))
    by_day: dict[dt.date, list[Event]] = {}
    for event in events:  # in the model's order: start, pk
        by_day.setdefault(day_of[event.pk], []).append(event)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {"date": d, "events": by_day.get(d, []), "more": totals.get(d, 0) - len(by_day.get(d, []))}
                if d.month == month
                else None
                for d in week
            ]
        )
    return Month(weeks=weeks, event_count=sum(totals.values()))


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def event_detail(*, municipality: Municipality, pk: int) -> Event:
    return (
        public_events(municipalities=[municipality])
        .select_related("venue", "district", "municipality", "series")
        .prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.select_related("municipality")), "topics"
        )
        .get(pk=pk)
    )


def seat_counts(*, event: Event, now: dt.datetime | None = None) -> dict[str, int | None]:
    """Seats taken, free (None without a limit) and people waiting, in one query; also sets
    `event.seats_taken` (for Event.is_full)."""
    holding = holding_seats(now or timezone.now())
    row = event.registrations.aggregate(
        n=Count("pk", filter=holding),
        c=Sum("companions", filter=holding),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
    )
    taken = row["n"] + (row["c"] or 0)
    free = None if event.capacity is None else max(event.capacity - taken, 0)
    event.seats_taken = taken
    return {"taken": taken, "free": free, "waiting": row["waiting"]}


def attendance(*, event: Event) -> int | None:
    """How many people came to a past event: the head count when one was recorded, else the
    people checked in (with their companions); None when nothing was recorded (one query at most)."""
    if event.head_count is not None:
        return event.head_count
    row = event.registrations.filter(checked_in_at__isnull=False).aggregate(n=Count("pk"), c=Sum("companions"))
    return row["n"] + (row["c"] or 0) or None


def my_registration(*, event: Event, user) -> Registration | None:
    """The signed-in person's active registration for the event (made signed in, or as a guest
    with their address), or None; one query, none for anonymous visitors."""
    if not user.is_authenticated:
        return None
    mine = Q(user=user) | Q(email=user.email.strip().lower()) if user.email else Q(user=user)
    return (
        event.registrations.filter(mine)
        .exclude(status=Registration.Status.CANCELLED)
        .order_by("created_at", "pk")
        .first()
    )


def json_ld(event: Event, *, url: str) -> str:
    """schema.org Event as JSON, safe to put inside a <script type="application/ld+json">."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": timezone.localtime(event.start).isoformat(),
        "endDate": timezone.localtime(event.end).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == Event.Status.CANCELLED
        else "https://schema.org/EventScheduled",
        "url": url,
        "isAccessibleForFree": event.is_free,
        "inLanguage": event.language_codes,
        "description": strip_tags(event.description or "").strip(),
        "organizer": [{"@type": "Organization", "name": o.name} for o in event.organisations.all()],
    }
    place = None
    if event.venue:
        place = {
            "@type": "Place",
            "name": event.venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.venue.street,
                "postalCode": event.venue.postcode,
                "addressLocality": event.venue.city,
                "addressCountry": "DE",
            },
        }
        if event.venue.latitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": event.venue.latitude,
                "longitude": event.venue.longitude,
            }
    if event.online_url and place:
        data["eventAttendanceMode"] = "https://schema.org/MixedEventAttendanceMode"
        data["location"] = [place, {"@type": "VirtualLocation", "url": event.online_url}]
    elif event.online_url:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        if place:
            data["location"] = place
    if event.image:
        data["image"] = urljoin(url, event.image.url)
    if not event.is_free and event.price:
        data["offers"] = {"@type": "Offer", "description": event.price, "url": url}
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def attendance_totals(*, municipality: Municipality) -> dict[str, int]:
    """Impact figures: people checked in (with companions) plus head counts of events
    without registration, over the municipality's events."""
    events = Event.objects.filter(municipality=municipality).exclude(status=Event.Status.CANCELLED)
    checked = Registration.objects.filter(event__in=events, checked_in_at__isnull=False).aggregate(
        n=Count("pk"), c=Sum("companions")
    )
    counted = events.filter(head_count__isnull=False).aggregate(n=Count("pk"), people=Sum("head_count"))
    checked_in = checked["n"] + (checked["c"] or 0)
    head_counts = counted["people"] or 0
    return {
        "events": events.filter(end__lt=timezone.now()).count(),
        "checked_in": checked_in,
        "head_counts": head_counts,
        "counted_events": counted["n"],
        "total": checked_in + head_counts,
    }


def registrations_of(*, event: Event) -> dict[str, list[Registration]]:
    regs = list(event.registrations.exclude(status=Registration.Status.CANCELLED).order_by("created_at", "pk"))
    return {
        "confirmed": [r for r in regs if r.status == Registration.Status.CONFIRMED],
        "pending": [r for r in regs if r.status == Registration.Status.PENDING],
        "waiting": [r for r in regs if r.status == Registration.Status.WAITING],
    }


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def waiting_changes(*, municipality: Municipality) -> list[tuple[EventChange, dict[str, list[str]]]]:
    """Changes to events that wait for a coordinator, each with its changed fields as
    label -> [before, after] in readable form; a fixed number of queries."""
    changes = list(
        EventChange.objects.filter(event__municipality=municipality, status=EventChange.Status.PENDING)
        .select_related("event__municipality", "author")
        .order_by("created_at", "pk")
    )
    models = {"district": District, "venue": Venue, "organisations": Organisation, "topics": Topic}
    wanted: dict[str, set[int]] = {name: set() for name in models}
    for change in changes:
        for name, values in change.changes.items():
            if name in models:
                for value in values:
                    wanted[name].update(value if isinstance(value, list) else [value] if value is not None else [])
    names = {name: {o.pk: str(o) for o in model.objects.filter(pk__in=wanted[name])} for name, model in models.items()}

    def readable(name: str, value) -> str:
        if name in names:
            return ", ".join(names[name].get(pk, "?") for pk in (value if isinstance(value, list) else [value]) if pk)
        if isinstance(value, bool):
            return yesno(value)
        if value and name in ("start", "end", "registration_opens", "registration_closes"):
            return date_format(timezone.localtime(dt.datetime.fromisoformat(value)), "DATETIME_FORMAT")
        if value and name == "format":
            return str(Format(value).label)
        return strip_tags("" if value is None else str(value))

    return [
        (
            change,
            {
                str(Event._meta.get_field(name).verbose_name): [readable(name, old), readable(name, new)]
                for name, (old, new) in change.changes.items()
            },
        )
        for change in changes
    ]


# --- "Mein Bereich" (events/account.py) ------------------------------------------------------


def mine(user) -> Q:
    """Registrations of `user`: made signed in, or earlier as a guest with one of the person's
    verified addresses (a subquery: no query of its own)."""
    from allauth.account.models import EmailAddress

    verified = EmailAddress.objects.filter(user=user, verified=True).values("email")
    return Q(user=user) | Q(user__isnull=True, email__in=verified)


@dataclass(frozen=True)
class MyRegistrations:
    upcoming: list[Registration]
    past: list[Registration]


def my_registrations(*, user, municipality: Municipality, now: dt.datetime | None = None) -> MyRegistrations:
    """A person's registrations for events of `municipality` that are not cancelled (by them):
    upcoming ones soonest first, past ones newest first. One query."""
    now = now or timezone.now()
    registrations = list(
        Registration.objects.filter(mine(user), event__municipality=municipality)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("event__venue", "event__municipality")
        .defer("event__description", *(f"event__{name}" for name in localized("description")))
        .order_by("event__start", "pk")
    )
    upcoming = [r for r in registrations if r.event.end >= now]
    past = [r for r in registrations if r.event.end < now]
    past.reverse()
    return MyRegistrations(upcoming=upcoming, past=past)


def registration_municipalities(user) -> QuerySet:
    """The municipalities of a person's registrations (ids, as a subquery)."""
    return Registration.objects.filter(mine(user)).values("event__municipality_id")


@dataclass(frozen=True)
class EditorEvents:
    events: list[Event]  # the next few: coming up, or waiting for approval, or drafts
    total: int  # every event of the person's organisations still to come


EDITOR_EVENTS_SHOWN = 5


def editor_events(*, organisation_ids: list[int], municipality: Municipality, now: dt.datetime | None = None):
    """The events of these organisations in `municipality` that have not ended (or wait for
    approval), soonest first: the first EDITOR_EVENTS_SHOWN and how many there are. One
    query, two with seat limits."""
    now = now or timezone.now()
    organised = Event.organisations.through.objects.filter(organisation_id__in=organisation_ids)
    shown = list(
        Event.objects.filter(municipality=municipality, pk__in=organised.values("event_id"))
        .filter(Q(end__gte=now) | Q(status=Event.Status.PENDING))
        .select_related("municipality")
        .defer("description", *localized("description"))
        .annotate(total=Window(Count("pk")))
        .order_by("start", "pk")[:EDITOR_EVENTS_SHOWN]
    )
    total = shown[0].total if shown else 0
    return EditorEvents(events=with_seats_taken(shown, now=now), total=total)
