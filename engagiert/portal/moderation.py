"""The moderation step's notices (a page submitted for approval, approved, sent back) through
core.mail, the one way the platform sends e-mail, instead of Wagtail's own notifiers (which
call Django's mail functions directly, while the request runs, and tell every platform admin of
every town's submissions).

`connect()` runs from PortalConfig.ready(), before wagtail.admin's: the receivers are connected
under the dispatch_uid Wagtail uses for its own, so Wagtail's connect of the same key does
nothing (django.dispatch keeps the first receiver of a key). A test checks that ours are the ones
connected."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import GroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from engagiert.core import mail

TEMPLATE = "portal/email/moderation"


def _wants(user, notification: str) -> bool:
    """Active, with an address, and not switched off in the editor's Wagtail account settings."""
    return bool(
        user is not None
        and user.is_active
        and user.email
        and getattr(UserProfile.get_for_user(user), f"{notification}_notifications", True)
    )


def _notify(*, recipients, notification: str, kind: str, page, by, comment: str = "") -> None:
    page = page.specific
    context = {
        "kind": kind,
        "page": page,
        "by": by.get_full_name() or by.email if by is not None else "",
        "comment": comment,
        "edit_url": settings.SITE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    for user in recipients:
        if _wants(user, notification):
            mail.send(template=TEMPLATE, to=user, municipality=getattr(page, "municipality", None), context=context)


def on_task_submitted(sender, instance: TaskState, user=None, **kwargs) -> None:
    """A page waits for the coordination's approval: the approvers hear of it (not the submitter)."""
    task = instance.task.specific
    page = instance.workflow_state.content_object
    if not isinstance(task, GroupApprovalTask) or page is None or not hasattr(page, "get_parent"):
        return
    approvers = get_user_model().objects.filter(groups__in=task.groups.all()).distinct()
    if user is not None:
        approvers = approvers.exclude(pk=user.pk)
    _notify(recipients=approvers, notification="submitted", kind="submitted", page=page, by=user)


def _to_requester(state: WorkflowState, user, *, kind: str, comment: str = "") -> None:
    page = state.content_object
    requester = state.requested_by
    if page is None or not hasattr(page, "get_parent") or requester is None or requester == user:
        return
    _notify(recipients=[requester], notification=kind, kind=kind, page=page, by=user, comment=comment)


def on_workflow_approved(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    _to_requester(instance, user, kind="approved")


def on_workflow_rejected(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    task_state = instance.current_task_state
    comment = task_state.specific.get_comment() if task_state is not None else ""
    _to_requester(instance, user, kind="rejected", comment=str(comment or ""))


def on_workflow_submitted(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    """Wagtail mails every platform admin when any town's editor submits a page; the town's
    coordination hears of it through its task (on_task_submitted): nothing to send here."""


# Wagtail's dispatch_uid (wagtail.admin.signal_handlers) for each signal, and the sender.
RECEIVERS = [
    (task_submitted, TaskState, on_task_submitted, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, on_workflow_submitted, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, on_workflow_rejected, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, on_workflow_approved, "workflow_state_approved_email_notification"),
]


def connect() -> None:
    for signal, sender, receiver, uid in RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)  # Wagtail's, should it have come first
        signal.connect(receiver, sender=sender, dispatch_uid=uid)
