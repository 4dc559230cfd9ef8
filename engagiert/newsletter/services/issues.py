"""Composing an issue (subject, free text, items from the sources), its test mail, and the
start of sending (the worker does the rest, see sending.py)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.newsletter import sources
from engagiert.newsletter.models import Issue, IssueItem, Newsletter, Topic
from engagiert.newsletter.services.sending import payload


class IssueError(Exception):
    pass


def save_issue(
    *,
    newsletter: Newsletter,
    by,
    subject: str,
    intro: str = "",
    closing: str = "",
    topics: list[Topic] | None = None,
    items: list[str] | None = None,
    issue: Issue | None = None,
) -> Issue:
    """Create a draft or change one. `items` are "source:key" of items the sources offer now,
    or of items the draft already holds (kept as they were copied), in the order given."""
    with transaction.atomic():
        if issue is None:
            issue = Issue(newsletter=newsletter, created_by=by)
        else:
            issue = Issue.objects.select_for_update().get(pk=issue.pk, newsletter=newsletter)
            if issue.status != Issue.Status.DRAFT:
                raise IssueError(_("Diese Ausgabe wird schon versendet und kann nicht mehr geändert werden."))
        issue.subject, issue.intro, issue.closing = " ".join(subject.split()), intro, closing
        issue.save()
        issue.topics.set([t for t in topics or [] if t.newsletter_id == newsletter.pk])
        wanted = list(dict.fromkeys(items or []))
        kept = {f"{i.source}:{i.key}": i for i in issue.items.all()}
        offered = {f"{source}:{item.key}": (source, item) for source, item in sources.find(newsletter, wanted)}
        issue.items.exclude(pk__in=[kept[w].pk for w in wanted if w in kept]).delete()
        for position, wanted_id in enumerate(wanted):
            if wanted_id in kept:
                IssueItem.objects.filter(pk=kept[wanted_id].pk).update(position=position)
            elif wanted_id in offered:
                source, item = offered[wanted_id]
                IssueItem.objects.create(
                    issue=issue,
                    position=position,
                    source=source,
                    key=item.key[:120],
                    title=item.title[:200],
                    teaser=item.teaser[:1000],
                    url=item.url[:500],
                    image_url=item.image_url[:500],
                    image_alt=item.image_alt[:200],
                )
        audit.record(
            actor=by,
            action="newsletter.save_issue",
            target=issue,
            municipality=newsletter.municipality_id,
            label=f"{_('Ausgabe')} {issue.pk}",
        )
    return issue


def send_test(*, issue: Issue, by) -> None:
    """The issue as subscribers will get it, to the editor's own address (marked as a test)."""
    audit.record(actor=by, action="newsletter.send_test", target=issue, municipality=issue.newsletter.municipality_id)
    mail.send(
        template="newsletter/email/issue",
        to=by,
        municipality=issue.newsletter.municipality,
        context={"issue": payload(issue), "test": True, "manage_url": "", "unsubscribe_url": ""},
    )


def start_sending(*, issue: Issue, by, now: dt.datetime | None = None) -> Issue:
    """Mark the draft for sending: its recipients are the subscribers confirmed by now. The
    caller enqueues the worker (tasks.send_issue) after the commit."""
    now = now or timezone.now()
    with transaction.atomic():
        issue = Issue.objects.select_for_update().select_related("newsletter").get(pk=issue.pk)
        if issue.status != Issue.Status.DRAFT:
            raise IssueError(_("Diese Ausgabe wurde bereits versendet."))
        if not issue.subject.strip():
            raise IssueError(_("Bitte geben Sie einen Betreff an."))
        issue.status, issue.send_started_at, issue.sent_by = Issue.Status.SENDING, now, by
        issue.save(update_fields=["status", "send_started_at", "sent_by"])
        audit.record(actor=by, action="newsletter.send", target=issue, municipality=issue.newsletter.municipality_id)
    return issue
