"""Pages of the editors (the town's coordinators; a network's newsletters: the coordinators of
its member towns): newsletters with subscriber counts, composing, preview, test mail, sending
with progress."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.models import Role
from engagiert.core.permissions import municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.newsletter import selectors, services, sources
from engagiert.newsletter.forms import IssueForm, paragraphs
from engagiert.newsletter.models import Issue
from engagiert.newsletter.services import IssueError
from engagiert.newsletter.services.sending import payload, recipients_count

COORDINATION = (Role.Kind.COORDINATOR,)


def _newsletter(request, pk: int):
    return get_object_or_404(selectors.of_town(request.municipality).prefetch_related("topics"), pk=pk)


def _issue(request, pk: int) -> Issue:
    issue = (
        Issue.objects.filter(pk=pk, newsletter__in=selectors.of_town(request.municipality).values("pk"))
        .select_related("newsletter__municipality", "newsletter__network")
        .first()
    )
    if issue is None:
        raise Http404
    return issue


@municipality_view(roles=COORDINATION)
def overview(request):
    return render(request, "newsletter/editor_list.html", {"newsletters": selectors.managed(request.municipality)})


def _compose(request, newsletter, issue: Issue | None):
    kept = list(issue.items.all()) if issue else []
    initial = {}
    if issue:
        initial = {
            "subject": issue.subject,
            "intro": issue.intro,
            "closing": issue.closing,
            "items": [f"{i.source}:{i.key}" for i in kept],
            "topics": [str(t.pk) for t in issue.topics.all()],
        }
    form = form_for(
        request, IssueForm, newsletter=newsletter, offered=sources.offered(newsletter), kept=kept, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            issue = services.save_issue(
                newsletter=newsletter,
                issue=issue,
                by=request.user,
                subject=data["subject"],
                intro=paragraphs(data["intro"]),
                closing=paragraphs(data["closing"]),
                topics=form.chosen_topics(),
                items=data["items"],
            )
        except IssueError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Ausgabe ist gespeichert."))
            if "preview" in request.POST:
                return redirect("newsletter:preview", municipality=request.municipality.slug, pk=issue.pk)
            return redirect("newsletter:issue", municipality=request.municipality.slug, pk=issue.pk)
    context = {"form": form, "newsletter": newsletter, "issue": issue}
    return render(request, "newsletter/issue_form.html", context)


@municipality_view(roles=COORDINATION)
def create(request, pk: int):
    newsletter = _newsletter(request, pk)
    return _compose(request, newsletter, None)


@municipality_view(roles=COORDINATION)
def edit(request, pk: int):
    issue = _issue(request, pk)
    if issue.status != Issue.Status.DRAFT:
        messages.warning(request, _("Diese Ausgabe wird schon versendet und kann nicht mehr geändert werden."))
        return redirect("newsletter:issue", municipality=request.municipality.slug, pk=issue.pk)
    return _compose(request, issue.newsletter, issue)


@municipality_view(roles=COORDINATION)
def issue_view(request, pk: int):
    issue = _issue(request, pk)
    context = {
        "issue": issue,
        "newsletter": issue.newsletter,
        "items": list(issue.items.all()),
        "topics": list(issue.topics.all()),
        "progress": selectors.progress(issue) if issue.status != Issue.Status.DRAFT else None,
    }
    if issue.status == Issue.Status.DRAFT:
        context["recipients"] = recipients_count(issue)
    return render(request, "newsletter/issue.html", context)


@municipality_view(roles=COORDINATION)
def preview(request, pk: int):
    issue = _issue(request, pk)
    return render(request, "newsletter/preview.html", {"issue": issue, "content": payload(issue, absolute=False)})


@municipality_view(roles=COORDINATION)
@require_POST
def send_test(request, pk: int):
    issue = _issue(request, pk)
    services.send_test(issue=issue, by=request.user)
    messages.success(
        request,
        _("Eine Testausgabe geht an %(email)s. Prüfen Sie sie, bevor Sie versenden.") % {"email": request.user.email},
    )
    return redirect("newsletter:issue", municipality=request.municipality.slug, pk=issue.pk)


@municipality_view(roles=COORDINATION)
def send(request, pk: int):
    """GET asks to confirm (with the number of recipients), POST starts the sending."""
    issue = _issue(request, pk)
    if issue.status != Issue.Status.DRAFT:
        return redirect("newsletter:issue", municipality=request.municipality.slug, pk=issue.pk)
    error = ""
    if request.method == "POST":
        try:
            issue = services.start_sending(issue=issue, by=request.user)
        except IssueError as exc:
            error = str(exc)
        else:
            from engagiert.newsletter.tasks import sending_task

            transaction.on_commit(lambda: sending_task().enqueue(issue.pk))
            messages.success(request, _("Der Versand hat begonnen. Auf dieser Seite sehen Sie, wie weit er ist."))
            return redirect("newsletter:issue", municipality=request.municipality.slug, pk=issue.pk)
    context = {
        "issue": issue,
        "newsletter": issue.newsletter,
        "recipients": recipients_count(issue),
        "error": error,
        "empty": not (issue.intro.strip() or issue.closing.strip() or issue.items.exists()),
    }
    return render(request, "newsletter/send.html", context)
