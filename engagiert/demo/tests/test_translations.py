"""The demo in English, Arabic and Ukrainian (issue 13): the first organisations, the events and
the Mach mit! offers of Dessau-Roßlau carry their own texts; the rest stays German, marked."""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.core.management import call_command

from engagiert.demo.data import translations as data
from engagiert.directory.models import Organisation
from engagiert.events.models import Event
from engagiert.volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def page(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_translated_demo_text_names_something_the_demo_creates_and_every_language():
    call_command("load_demo", stdout=io.StringIO())
    for name, texts in data.ORGANISATIONS.items():
        assert set(texts) == {"ar", "uk"}, name
        org = Organisation.objects.get(municipality__slug="dessau-rosslau", name=name)
        assert org.description_ar == texts["ar"] and org.description_en
    for title, texts in data.EVENTS.items():
        assert all(set(by_lang) == {"en", "ar", "uk"} for by_lang in texts.values()), title
        assert Event.objects.filter(title_de=title).exclude(title_uk="").exists(), title
    assert not Event.objects.filter(title_de__in=data.GENERATED_EVENT_TITLES, description_ar="").exists()
    for title, texts in data.OPPORTUNITIES.items():
        assert set(texts["title"]) == {"ar", "uk"}
        assert set(texts["description"]) == set(texts["tasks"]) == {"en", "ar", "uk"}
        opp = Opportunity.objects.get(title_de=title)
        assert opp.title_en and opp.title_uk == texts["title"]["uk"] and opp.tasks_ar == texts["tasks"]["ar"]


def test_the_arabic_demo_shows_arabic_texts_and_marks_what_is_still_german(client):
    call_command("load_demo", stdout=io.StringIO())
    base = "/dessau-rosslau"
    one = Organisation.objects.get(name="One Community Projekt")
    html = page(client, one.get_absolute_url(), "ar")
    assert data.ORGANISATIONS["One Community Projekt"]["ar"] in html
    assert '<div lang="de"' not in html
    federal = Organisation.objects.get(name="Umweltbundesamt")
    assert '<div lang="de" dir="ltr">' in page(client, federal.get_absolute_url(), "ar")

    # Most of the first page of the calendar and of Mach mit! is in the reader's language.
    calendar = page(client, f"{base}/begegnungen/", "ar")
    events = calendar.count('class="result event')
    assert events >= 10 and calendar.count('<span lang="de" dir="ltr">') < events / 2
    offers = page(client, f"{base}/mach-mit/", "uk")
    shown = offers.count('<li class="result">')
    assert shown >= 10 and offers.count('<span lang="de">') < shown / 2
