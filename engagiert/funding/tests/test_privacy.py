"""The Partnerschaft für Demokratie in the privacy centre: an applicant sees and exports her
applications; deleting her account deletes drafts and keeps submitted ones (the organisation's,
kept by funding law) without the account; a committee member's votes keep their name."""

from __future__ import annotations

import pytest

from engagiert.core import privacy_centre
from engagiert.funding import privacy
from engagiert.funding.models import Application, Membership, Vote
from engagiert.funding.tests.factories import draft, recommended
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db


def test_applicant_collect_export_and_delete(pfd, org):
    applicant = make_user("antrag@example.org")
    kept = recommended(pfd, org, applicant)
    gone = draft(pfd, org, applicant, title="Entwurf Lesecafé")
    assert [h.label for h in privacy.collect(applicant)] == ["Ihre Förderanträge"]
    titles = [a["title"] for a in privacy.export(applicant)["applications"]]
    assert titles == [kept.title, gone.title]
    counts = privacy.delete(applicant)
    assert counts["drafts_deleted"] == 1 and counts["applications_detached"] == 1
    assert not Application.objects.filter(pk=gone.pk).exists()
    kept.refresh_from_db()
    assert kept.applicant is None and kept.status == Application.Status.RECOMMENDED


def test_member_account_deletion_keeps_the_votes_and_the_name(pfd, org):
    applicant = make_user("antrag@example.org")
    application = recommended(pfd, org, applicant)
    member = pfd.members[0]
    user = member.user
    assert privacy.export(user)["votes"] == [{"application": application.title, "choice": "yes"}]
    report = privacy_centre.delete_account(user=user)
    assert report is not None
    member.refresh_from_db()
    assert member.user is None and member.name == "Mitglied 0"
    assert Vote.objects.filter(member=member, application=application).exists()
    assert Membership.objects.filter(pk=member.pk).exists()
