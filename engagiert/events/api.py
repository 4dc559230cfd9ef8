"""Public JSON API of Begegnungen (django-ninja). Published events only; registrations
are never public."""

import datetime as dt

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.html import strip_tags
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from engagiert.core.api import Id, Pagination, Slug, answers, choices_enum, slug_filter
from engagiert.core.models import Municipality
from engagiert.events import selectors
from engagiert.events.models import ACCESSIBILITY_FEATURES, Event, Format

router = Router(tags=["Begegnungen"])

EventFormat = choices_enum("EventFormat", Format)


class EventParams(Schema):
    municipality: str = slug_filter("Kürzel der Kommune, z. B. dessau-rosslau")
    q: str = Field("", max_length=200, description="Suchbegriffe, z. B. „Tanz“")
    date_from: dt.date | None = Field(None, description="Ab diesem Tag (sonst: ab jetzt)")
    date_to: dt.date | None = None
    format: EventFormat | None = Field(None, description="Format der Veranstaltung")
    topic: str = slug_filter("Kürzel eines Themenfelds, z. B. kultur")
    district: str = slug_filter("Kürzel eines Stadtteils, z. B. rosslau")
    feature: str = Field("", max_length=30, description="Barrierefreiheit: " + ", ".join(ACCESSIBILITY_FEATURES))
    language: str = Field("", max_length=2, pattern=r"^([a-z]{2})?$")
    free: bool = False


class VenueOut(Schema):
    name: str
    street: str
    postcode: str
    city: str
    latitude: float | None
    longitude: float | None
    accessibility: list[str]

    @staticmethod
    def resolve_accessibility(obj) -> list[str]:
        return [name for name, _label in obj.features]


class EventOut(Schema):
    id: int
    municipality: str = Field(..., alias="municipality.slug")
    title: str
    format: str
    status: str
    start: dt.datetime
    end: dt.datetime
    is_free: bool
    price: str
    languages: list[str]
    online_url: str
    registration_required: bool
    capacity: int | None
    district: str | None = Field(None, alias="district.name")
    venue: VenueOut | None
    organisations: list[str]
    url: str

    @staticmethod
    def resolve_languages(obj) -> list[str]:
        return obj.language_codes

    @staticmethod
    def resolve_organisations(obj) -> list[str]:
        return [o.name for o in obj.organisations.all()]

    @staticmethod
    def resolve_url(obj) -> str:
        return selectors.site_url(obj.get_absolute_url())


class EventDetailOut(EventOut):
    description: str
    target_group: str
    topics: list[str]
    seats_free: int | None

    @staticmethod
    def resolve_description(obj) -> str:
        return strip_tags(obj.description or "")

    @staticmethod
    def resolve_topics(obj) -> list[str]:
        return [t.name for t in obj.topics.all()]

    @staticmethod
    def resolve_seats_free(obj) -> int | None:
        if not obj.registration_required:
            return None
        return selectors.seat_counts(event=obj)["free"]


@router.get("/events", response=answers(list[EventOut]), summary="Veranstaltungen suchen", url_name="events")
@paginate(Pagination, page_size=20)
def events(request, params: Query[EventParams]):
    municipalities = [get_object_or_404(Municipality, slug=params.municipality)] if params.municipality else None
    filters = selectors.EventFilters(
        query=params.q,
        date_from=params.date_from,
        date_to=params.date_to,
        format=params.format.value if params.format else "",
        topic=params.topic,
        district=params.district,
        feature=params.feature,
        language=params.language,
        free=params.free,
    )
    return selectors.list_prefetch(selectors.search_events(municipalities=municipalities, filters=filters))


@router.get(
    "/events/{municipality}/{pk}", response=answers(EventDetailOut), summary="Eine Veranstaltung", url_name="event"
)
def event(request, municipality: Slug, pk: Id):
    muni = get_object_or_404(Municipality, slug=municipality)
    try:
        return selectors.event_detail(municipality=muni, pk=pk)
    except Event.DoesNotExist:
        raise Http404 from None
