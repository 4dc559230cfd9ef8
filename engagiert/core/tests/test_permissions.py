"""core.permissions on core's own models: may_manage with a registered editor check,
get_object_or_404_in and get_managed_or_404 (the directory's check is tested there)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from engagiert.core import permissions
from engagiert.core.models import District
from engagiert.core.permissions import get_managed_or_404, get_object_or_404_in, may_manage
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(monkeypatch):
    """A registry with one editor check: user pk -> the organisation ids they edit."""
    edits: dict[int, set[int]] = {}
    monkeypatch.setattr(permissions, "_editor_checks", [])
    permissions.register_editor_check(lambda user, ids: bool(edits.get(user.pk, set()) & set(ids)))
    return edits


def test_admins_and_the_municipalitys_coordinators_manage_everything(
    editors, dessau, wittenberg, coordinator, platform_admin, outsider
):
    assert may_manage(coordinator, municipality=dessau, organisations=1)
    assert may_manage(coordinator, municipality=dessau.pk, organisations=[])
    assert not may_manage(coordinator, municipality=wittenberg, organisations=1)
    assert may_manage(platform_admin, municipality=wittenberg, organisations=1)
    assert not may_manage(outsider, municipality=dessau, organisations=1)
    assert not may_manage(AnonymousUser(), municipality=dessau, organisations=1)


def test_editors_are_answered_by_the_registered_checks(editors, dessau, outsider):
    editors[outsider.pk] = {7}
    assert may_manage(outsider, municipality=dessau, organisations=7)
    assert may_manage(outsider, municipality=dessau, organisations=[3, 7])
    assert not may_manage(outsider, municipality=dessau, organisations=[3])
    permissions.register_editor_check(permissions._editor_checks[0])  # registered once only
    assert len(permissions._editor_checks) == 1
    permissions._editor_checks.clear()  # no capability registered: nobody is an editor
    assert not may_manage(outsider, municipality=dessau, organisations=7)


def test_get_object_or_404_in_answers_404_across_tenants(dessau, wittenberg):
    town = District.objects.create(municipality=dessau, name="Testviertel", slug="testviertel")
    quarter = District.objects.create(municipality=dessau, name="Testquartier", slug="testquartier", parent=town)
    assert get_object_or_404_in(dessau, District, pk=town.pk) == town
    assert get_object_or_404_in(dessau, District.objects.all(), via="parent__municipality", pk=quarter.pk) == quarter
    for via, pk in (("municipality", town.pk), ("parent__municipality", quarter.pk)):
        with pytest.raises(Http404):
            get_object_or_404_in(wittenberg, District, via=via, pk=pk)


def test_get_managed_or_404(editors, dessau, wittenberg, other_coordinator):
    town = District.objects.create(municipality=dessau, name="Testviertel", slug="testviertel")
    user = make_user("e@example.org")
    editors[user.pk] = {town.pk}

    def get(user, municipality):
        return get_managed_or_404(user, District, municipality=municipality, organisations=lambda d: d.pk, pk=town.pk)

    assert get(user, dessau) == town
    editors[user.pk] = set()
    for who, municipality in ((user, dessau), (other_coordinator, wittenberg), (other_coordinator, dessau)):
        with pytest.raises(Http404):
            get(who, municipality)
