"""Fragments in the shared cache (core.fragments): kept per name, parts and language, and
rendered afresh once a town they show reports a change (the page cache's freshness key)."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from engagiert.core import fragments, pagecache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 60
    settings.PAGE_CACHE_SECONDS = 0  # the versions are bumped for the fragments alone


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"<p>{self.calls}</p>"


def show(render, towns, *parts) -> str:
    return fragments.cached(name="test", parts=parts, municipalities=towns, render=render)


def test_kept_until_a_town_it_shows_changes(dessau, wittenberg, django_capture_on_commit_callbacks):
    render = Counter()
    assert show(render, [dessau]) == show(render, [dessau]) == "<p>1</p>"
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(wittenberg)  # another town: still kept
    assert show(render, [dessau]) == "<p>1</p>"
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(dessau.pk)
    assert show(render, [dessau]) == "<p>2</p>"
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(None)  # platform-wide
    assert show(render, [dessau]) == "<p>3</p>" and render.calls == 3


def test_a_network_fragment_follows_each_of_its_towns(dessau, wittenberg, django_capture_on_commit_callbacks):
    render = Counter()
    show(render, [dessau, wittenberg])
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(wittenberg)
    assert show(render, [wittenberg, dessau]) == "<p>2</p>"


def test_kept_per_parts_and_language(dessau):
    render = Counter()
    show(render, [dessau], "page", 1)
    show(render, [dessau], "page", 2)  # another revision
    with translation.override("ar"):
        show(render, [dessau], "page", 1)
    assert render.calls == 3
    show(render, [dessau], "page", 1)
    assert render.calls == 3


def test_not_kept_when_turned_off_or_the_cache_is_down(dessau, settings, monkeypatch):
    render = Counter()
    settings.FRAGMENT_CACHE_SECONDS = 0
    show(render, [dessau])
    show(render, [dessau])
    assert render.calls == 2
    settings.FRAGMENT_CACHE_SECONDS = 60

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(fragments.cache, "get_many", down)
    assert show(render, [dessau]) == "<p>3</p>"


def test_a_preview_is_never_kept(rf, dessau):
    from django.template import engines

    text = '{% load fragments %}{% fragment "t" towns=town %}{{ n }}{% endfragment %}'
    template = engines["django"].from_string(text)
    request = rf.get("/")
    assert template.render({"n": 1, "town": dessau, "request": request}) == "1"
    assert template.render({"n": 2, "town": dessau, "request": request}) == "1"  # kept
    request.is_preview = True  # an editor's draft: rendered as it is, not taken from the cache
    assert template.render({"n": 3, "town": dessau, "request": request}) == "3"


# --- {% memo %}: the layout's header and footer, kept in the process --------------------------


def _layout(rf, *, town, user=None, language="de", coordinates=False) -> str:
    from django.contrib.auth.models import AnonymousUser
    from django.template import engines

    from engagiert.core.context_processors import platform

    request = rf.get("/dessau-rosslau/durchblick/?q=Tanz")
    request.user = user or AnonymousUser()
    request.municipality = town
    request.csp_nonce = "n"
    template = engines["django"].from_string('{% extends "base.html" %}{% block content %}x{% endblock %}')
    with translation.override(language):
        context = {**platform(request), "coordinates": coordinates}
        return template.render(context, request)


def _unmasked(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken" value=""', html)


@pytest.fixture
def no_memo(monkeypatch):
    """The layout as it renders without {% memo %}."""
    from engagiert.core.templatetags import fragments as tags

    def render(*, rf, **kwargs) -> str:
        with monkeypatch.context() as patched:
            patched.setattr(tags.MemoNode, "render", lambda node, context: node.nodelist.render(context))
            return _layout(rf, **kwargs)

    return render


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_kept_layout_is_the_rendered_one(rf, dessau, wittenberg, outsider, no_memo, language):
    from engagiert.core.templatetags.fragments import _memo

    _memo.clear()
    for kwargs in (
        {"town": dessau},
        {"town": dessau, "coordinates": True},
        {"town": wittenberg, "user": outsider},
        {"town": None},
    ):
        first = _layout(rf, language=language, **kwargs)
        again, unkept = _layout(rf, language=language, **kwargs), no_memo(rf=rf, language=language, **kwargs)
        assert _unmasked(again) == _unmasked(first) == _unmasked(unkept)
        if kwargs.get("user"):
            assert again != first  # the sign-out form's CSRF token is masked anew, never kept
    assert _memo  # the layout was kept


def test_the_layout_follows_what_it_shows(rf, dessau, outsider):
    html = _layout(rf, town=dessau)
    assert "Freigaben" not in html and "Abmelden" not in html
    assert "Freigaben" in _layout(rf, town=dessau, coordinates=True)
    assert "Abmelden" in _layout(rf, town=dessau, user=outsider)
    dessau.name = "Dessau an der Mulde"
    assert "<bdi>Dessau an der Mulde</bdi>" in _layout(rf, town=dessau)
    dessau.slug = "dessau"
    assert 'href="/dessau/impressum/"' in _layout(rf, town=dessau)
    arabic = _layout(rf, town=dessau, language="ar")
    assert 'dir="rtl"' in arabic and "Menü<" not in arabic and "Menü<" in _layout(rf, town=dessau)
