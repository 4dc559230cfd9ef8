"""A person's organisations on "Mein Bereich": the directory's section in core.registry."""

from __future__ import annotations

import pytest

from engagiert.core.registry import area_sections, work_queues

pytestmark = pytest.mark.django_db

AREA = "/dessau-rosslau/mein-bereich/"


def test_the_directory_registers_its_section_and_queues():
    assert "directory.organisations" in [s.key for s in area_sections.all()]
    assert {"directory.registrations", "directory.editors", "directory.changes"} <= {q.key for q in work_queues.all()}


def test_mein_bereich_lists_the_editors_organisations(client, org, editor):
    client.force_login(editor)
    page = client.get(AREA).content.decode()
    assert "Meine Organisationen" in page
    assert "<bdi>One Community Projekt</bdi>" in page  # names isolated for RTL
    assert f"/dessau-rosslau/durchblick/{org.slug}/bearbeiten/" in page


def test_another_towns_area_does_not_list_them(client, org, editor, wittenberg):
    client.force_login(editor)
    page = client.get("/lutherstadt-wittenberg/mein-bereich/").content.decode()
    assert "One Community Projekt" not in page
    assert "Sie verwalten noch keine Organisation." in page


def test_someone_without_organisations_is_told_so(client, dessau, outsider):
    client.force_login(outsider)
    page = client.get(AREA).content.decode()
    assert "Sie verwalten noch keine Organisation." in page
