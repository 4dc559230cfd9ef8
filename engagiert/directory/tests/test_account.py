"""The account page lists a person's organisations: the directory's section in core.registry."""

from __future__ import annotations

import pytest

from engagiert.core.registry import account_sections

pytestmark = pytest.mark.django_db


def test_the_directory_registers_its_account_section():
    assert "directory.organisations" in [s.key for s in account_sections.all()]


def test_the_account_page_lists_the_editors_organisations(client, org, editor):
    client.force_login(editor)
    page = client.get("/mein-konto/").content.decode()
    assert "Meine Organisationen" in page
    assert "<bdi>One Community Projekt</bdi> (<bdi>Dessau-Roßlau</bdi>)" in page  # names isolated for RTL
    assert f"/dessau-rosslau/durchblick/{org.slug}/bearbeiten/" in page


def test_someone_without_organisations_is_told_so(client, outsider):
    client.force_login(outsider)
    page = client.get("/mein-konto/").content.decode()
    assert "Sie verwalten noch keine Organisation." in page
