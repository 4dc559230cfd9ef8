"""core.registry: apps contribute sections to core's pages without core importing them."""

from __future__ import annotations

import copy

import pytest

from engagiert.core.registry import (
    Registry,
    Section,
    account_sections,
    area_sections,
    register_account_section,
    register_area_section,
    render_sections,
)


def section(key: str, order: int = 100, context=None) -> Section:
    return Section(key=key, template="test/section.html", context=context or (lambda request: {}), order=order)


def test_sections_come_in_their_order_then_by_key_and_a_key_registered_again_replaces_its_entry():
    registry = Registry()
    registry.register(section("b"))
    registry.register(section("a"))
    registry.register(section("z", order=1))
    assert [s.key for s in registry.all()] == ["z", "a", "b"]
    registry.register(section("a", order=0))
    assert [(s.key, s.order) for s in registry.all()] == [("a", 0), ("z", 1), ("b", 100)]
    registry.unregister("z")
    registry.unregister("unknown")
    assert [s.key for s in registry.all()] == ["a", "b"]


@pytest.fixture
def section_template(settings):
    """A template "test/section.html" besides the project's own."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["APP_DIRS"] = False
    templates[0]["OPTIONS"]["loaders"] = [
        ("django.template.loaders.locmem.Loader", {"test/section.html": "<h2>{{ title }} – {{ request.path }}</h2>"}),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    settings.TEMPLATES = templates


def test_render_sections_renders_each_with_its_context_and_leaves_out_those_without(rf, section_template):
    request = rf.get("/mein-konto/")
    sections = [
        section("one", context=lambda request: {"title": "Eins"}),
        section("none", context=lambda request: None),
        section("two", context=lambda request: {"title": "Zwei"}),
    ]
    assert render_sections(sections, request) == ["<h2>Eins – /mein-konto/</h2>", "<h2>Zwei – /mein-konto/</h2>"]


@pytest.mark.django_db
def test_the_account_page_shows_the_registered_sections(client, outsider, section_template):
    register_account_section(
        key="test.section", template="test/section.html", context=lambda request: {"title": request.user.email}
    )
    try:
        client.force_login(outsider)
        page = client.get("/mein-konto/").content.decode()
    finally:
        account_sections.unregister("test.section")
    assert f"<h2>{outsider.email} – /mein-konto/</h2>" in page


@pytest.mark.django_db
def test_mein_bereich_shows_the_sections_with_the_municipality_and_leaves_out_those_without(
    client, dessau, outsider, section_template
):
    register_area_section(
        key="test.area",
        title="Testbereich",
        template="test/section.html",
        context=lambda request, municipality: {"title": municipality.name},
    )
    register_area_section(
        key="test.none", title="Leer", template="test/section.html", context=lambda request, municipality: None
    )
    try:
        client.force_login(outsider)
        page = client.get("/dessau-rosslau/mein-bereich/").content.decode()
    finally:
        area_sections.unregister("test.area")
        area_sections.unregister("test.none")
    assert '<section id="bereich-test-area" aria-labelledby="bereich-test-area-title"' in page
    assert "<h2>Dessau-Roßlau – /dessau-rosslau/mein-bereich/</h2>" in page
    assert 'href="#bereich-test-area"' in page
    assert "Leer" not in page
