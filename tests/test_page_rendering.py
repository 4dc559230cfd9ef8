"""The pages of the apps with core's cheaper rendering (issue 18): the start page's blocks kept
in the shared cache follow the towns' changes (core.fragments), and the filter forms' selects
written in Python (core.formrendering) are Django's markup. Here, not in core's tests: core
imports no app (tests/test_layering.py)."""

from __future__ import annotations

import pytest
from django.forms.renderers import DjangoTemplates

from engagiert.core import pagecache
from engagiert.core.formrendering import Renderer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 60
    settings.PAGE_CACHE_SECONDS = 0  # what is kept is the fragment, not the page


def test_the_start_page_shows_a_new_event_once_the_change_is_reported(
    client, dessau, django_capture_on_commit_callbacks
):
    from engagiert.events.tests.factories import make_event
    from engagiert.portal.services import ensure_site

    ensure_site(municipality=dessau)
    make_event(dessau, "Tanzcafé am Mittwoch", days=2)
    assert "Tanzcafé am Mittwoch" in client.get("/dessau-rosslau/").content.decode()
    make_event(dessau, "Lesung im Rathaus", days=1)  # written directly: nothing reported
    assert "Lesung im Rathaus" not in client.get("/dessau-rosslau/").content.decode()  # the kept blocks
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(dessau)
    html = client.get("/dessau-rosslau/").content.decode()
    assert "Lesung im Rathaus" in html and "Tanzcafé am Mittwoch" in html


def test_the_start_page_shows_news_once_published(client, dessau, django_capture_on_commit_callbacks):
    from engagiert.portal.tests import factories

    factories.news(dessau, title="Vorlesetag im Rathaus")
    assert "Vorlesetag im Rathaus" in client.get("/dessau-rosslau/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        factories.news(dessau, title="Sommerfest der Vereine")  # published in Wagtail: reports the change
    assert "Sommerfest der Vereine" in client.get("/dessau-rosslau/").content.decode()


def test_the_filter_forms_render_as_before(dessau):
    from engagiert.directory.models import Topic
    from engagiert.events.forms import FilterForm

    Topic.objects.create(name="Kultur & Sport", slug="kultur")
    ours = FilterForm({"thema": "kultur", "sprache": "ar"}, municipality=dessau, renderer=Renderer())
    djangos = FilterForm({"thema": "kultur", "sprache": "ar"}, municipality=dessau, renderer=DjangoTemplates())
    for name in ("thema", "sprache", "format", "stadtteil", "barrierefreiheit"):
        assert ours[name].as_widget() == djangos[name].as_widget()
        assert "<option" in ours[name].as_widget()
