"""core.permissions with the directory's registered editor check: who may manage an organisation."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from engagiert.core.permissions import get_managed_or_404, get_object_or_404_in, may_manage
from engagiert.directory.models import Organisation, OrganisationEditor
from engagiert.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def manages(user, org) -> bool:
    return may_manage(user, municipality=org.municipality_id, organisations=org.pk)


def test_who_may_manage_an_organisation(org, editor, coordinator, other_coordinator, platform_admin, outsider):
    assert manages(editor, org) and manages(coordinator, org) and manages(platform_admin, org)
    assert not manages(other_coordinator, org)  # a coordinator elsewhere
    assert not manages(outsider, org)
    assert not manages(AnonymousUser(), org)


def test_only_active_editors_manage(org):
    for status in (OrganisationEditor.Status.REQUESTED, OrganisationEditor.Status.REJECTED):
        user = make_user(f"{status}@example.org")
        OrganisationEditor.objects.create(organisation=org, user=user, status=status)
        assert not manages(user, org)


def test_organisations_may_be_ids_or_a_queryset(dessau, org, editor):
    other = make_org(dessau, "Anderer Verein")
    assert not manages(editor, other)
    assert may_manage(editor, municipality=dessau, organisations=[other.pk, org.pk])
    mine = Organisation.objects.filter(name__startswith="One").values("pk")
    assert may_manage(editor, municipality=dessau, organisations=mine)
    assert not may_manage(editor, municipality=dessau, organisations=Organisation.objects.none().values("pk"))


def test_may_manage_takes_one_query_per_question(org, editor, coordinator, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert not manages(AnonymousUser(), org)
    with django_assert_num_queries(1):  # the roles
        assert manages(coordinator, org)
    with django_assert_num_queries(2):  # the roles, the editorship
        assert manages(editor, org)


def test_get_object_or_404_in_answers_404_across_tenants(dessau, wittenberg, org):
    assert get_object_or_404_in(dessau, Organisation, slug=org.slug) == org
    with pytest.raises(Http404):
        get_object_or_404_in(wittenberg, Organisation, slug=org.slug)
    editor = OrganisationEditor.objects.create(organisation=org, user=make_user("e@example.org"))
    assert get_object_or_404_in(dessau, OrganisationEditor, via="organisation__municipality", pk=editor.pk) == editor
    with pytest.raises(Http404):
        get_object_or_404_in(wittenberg, OrganisationEditor, via="organisation__municipality", pk=editor.pk)


def test_get_managed_or_404(dessau, wittenberg, org, editor, outsider, other_coordinator):
    def get(user, municipality):
        return get_managed_or_404(
            user, Organisation, municipality=municipality, organisations=lambda o: o.pk, slug=org.slug
        )

    assert get(editor, dessau) == org
    for user, municipality in ((outsider, dessau), (editor, wittenberg), (other_coordinator, wittenberg)):
        with pytest.raises(Http404):
            get(user, municipality)


def test_managed_organisations_lists_what_may_manage_allows(
    dessau, org, other_org, editor, coordinator, platform_admin, outsider
):
    from engagiert.directory.selectors import managed_organisations

    other = make_org(dessau, "Anderer Verein")
    for user in (editor, coordinator, platform_admin, outsider, AnonymousUser()):
        listed = set(managed_organisations(user=user, municipality=dessau))
        assert listed == {o for o in (org, other) if manages(user, o)}
    assert set(managed_organisations(user=editor, municipality=dessau)) == {org}
