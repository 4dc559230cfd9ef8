import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.core.models import Municipality
from engagiert.demo import events as demo_events
from engagiert.events.models import Event, Registration, Venue
from engagiert.events.selectors import EventFilters, search_events

pytestmark = pytest.mark.django_db


def test_demo_events_load_twice_without_duplicates():
    call_command("load_demo", stdout=io.StringIO())
    counts = (Event.objects.count(), Venue.objects.count(), Registration.objects.count())
    munis = {m.slug: m for m in Municipality.objects.all()}
    demo_events.load(munis, today=timezone.localdate())
    assert (Event.objects.count(), Venue.objects.count(), Registration.objects.count()) == counts
    assert all(Event.objects.filter(municipality=m).count() > 10 for m in munis.values())
    gala = Event.objects.get(title_de="Inklusive Tanzgala für drei Seniorenheime")
    assert gala.venue.name == "Aula des Liborius-Gymnasiums" and gala.venue.wheelchair
    assert gala.organisations.count() == 4
    assert Registration.objects.filter(status="waiting").exists()
    dessau = munis["dessau-rosslau"]
    found = search_events(
        municipalities=[dessau],
        filters=EventFilters(query="Walzer", date_from=timezone.localdate() - dt.timedelta(days=60)),
    )
    assert {e.title for e in found} >= {
        "Filmpremiere „Noch einmal Walzer“",
        "„Noch einmal Walzer“ – Filmvorführung mit Gespräch",
    }
