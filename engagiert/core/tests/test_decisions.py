from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from engagiert.core import audit
from engagiert.core.decisions import DecisionForm
from engagiert.core.models import AuditRecord

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["maybe", "", "Approve", "rejected"])
def test_anything_but_approve_or_reject_is_an_error(value):
    form = DecisionForm({"decision": value, "reason": "Begründung"})
    assert not form.is_valid()
    assert form.errors["decision"] == ["Bitte wählen Sie „Freigeben“ oder „Ablehnen“."]


def test_a_rejection_needs_a_reason():
    form = DecisionForm({"decision": "reject", "reason": "   "})
    assert not form.is_valid() and form.errors["reason"] == ["Bitte begründen Sie die Ablehnung."]
    assert DecisionForm({"decision": "reject", "reason": "Doppelter Eintrag"}).is_valid()
    approval = DecisionForm({"decision": "approve"})
    assert approval.is_valid() and approval.approve
    optional = DecisionForm({"decision": "reject"}, reason_required=False)
    assert optional.is_valid() and not optional.approve
    assert str(optional["reason"].label) == "Begründung (freiwillig)"


def test_the_reason_can_be_held_to_a_column_length():
    assert DecisionForm({"decision": "approve", "reason": "x" * 2000}).is_valid()
    short = DecisionForm({"decision": "approve", "reason": "x" * 301}, reason_max_length=300)
    assert not short.is_valid() and "reason" in short.errors
    assert DecisionForm({"decision": "approve", "reason": "x" * 300}, reason_max_length=300).is_valid()


def test_the_approval_can_be_named_for_its_queue():
    form = DecisionForm(approve_label="Bewilligen")
    assert [str(label) for _value, label in form.fields["decision"].choices] == ["Bewilligen", "Ablehnen"]


def test_record_keeps_actor_target_and_decision(dessau, org, coordinator):
    entry = audit.record(
        actor=coordinator,
        action="directory.test",
        target=org,
        municipality=dessau.pk,
        decision=audit.decision_of(False),
        reason="Doppelt",
        data={"x": 1},
    )
    entry = AuditRecord.objects.get(pk=entry.pk)
    assert entry.actor == coordinator and entry.municipality == dessau and entry.action == "directory.test"
    assert entry.target_type.model_class() is type(org) and entry.target_id == str(org.pk)
    assert entry.decision == "reject" and entry.reason == "Doppelt" and entry.data == {"x": 1}
    assert entry.target_repr == f"Organisation {org.pk}"  # no name unless the caller gives a label
    assert entry.created_at is not None


def test_record_keeps_no_anonymous_actor(dessau, org):
    entry = audit.record(actor=AnonymousUser(), action="x", target=org, municipality=dessau, label=org.name)
    assert entry.actor is None and entry.target_repr == org.name and entry.decision == ""
