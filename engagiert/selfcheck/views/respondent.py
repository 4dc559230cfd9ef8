"""The respondent's pages, reached through a personal link (no account): overview with
progress per field, one page per field with save-and-continue, and submitting."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.permissions import municipality_view
from engagiert.core.views_helpers import form_for, link_invalid
from engagiert.selfcheck import selectors, services
from engagiert.selfcheck.forms import AnswerForm
from engagiert.selfcheck.models import Field, Round


def _invalid_link(request):
    """Unknown, of another municipality or superseded: a hashed token cannot tell these apart."""
    reason = _(
        "Der persönliche Link zum Selbstcheck ist unvollständig, gehört zu einer anderen Kommune oder wurde "
        "durch einen neueren ersetzt: Jede Einladung und jede Erinnerung enthält einen neuen Link, der den "
        "vorigen ablöst."
    )
    return link_invalid(request, expired=False, reason=reason)


def _respondent_or_invalid(request, token):
    respondent = selectors.respondent_by_token(municipality=request.municipality, token=token)
    if respondent is None:
        return None, _invalid_link(request)
    if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES and respondent.language:
        # Someone who never chose a language here reads the questionnaire in the language
        # the coordinator invited them in (the switcher in the header still works).
        translation.activate(respondent.language)
        request.LANGUAGE_CODE = respondent.language
    return respondent, None


def _state(respondent) -> str:
    if respondent.submitted_at:
        return "submitted"
    if respondent.round.status != Round.Status.OPEN:
        return "closed"
    return "open"


@municipality_view()
def respond(request, token: str):
    respondent, invalid = _respondent_or_invalid(request, token)
    if invalid:
        return invalid
    progress = selectors.respondent_progress(respondent)
    context = {
        "respondent": respondent,
        "round": respondent.round,
        "token": token,
        "progress": progress,
        "state": _state(respondent),
        "answered": sum(p.answered for p in progress),
        "total": sum(p.questions for p in progress),
    }
    return render(request, "selfcheck/respond.html", context)


@municipality_view()
def respond_field(request, token: str, order: int):
    respondent, invalid = _respondent_or_invalid(request, token)
    if invalid:
        return invalid
    fields = list(Field.objects.filter(catalogue_id=respondent.round.catalogue_id).order_by("order"))
    field = next((f for f in fields if f.order == order), None)
    if field is None:
        return _invalid_link(request)
    state = _state(respondent)
    questions = list(field.questions.order_by("order"))
    initial = dict(respondent.answers.filter(question__field=field).values_list("question_id", "value"))
    form = form_for(request, AnswerForm, questions=questions, initial_values=initial)
    next_field = next((f for f in fields if f.order > order), None)
    if request.method == "POST":
        if state != "open":
            messages.error(request, _state_message(state))
            return redirect("selfcheck:respond", municipality=request.municipality.slug, token=token)
        if form.is_valid():
            try:
                services.save_answers(respondent=respondent, answers=form.answers())
            except services.SelfcheckError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Ihre Antworten sind gespeichert."))
                if request.POST.get("next") and next_field:
                    return redirect("selfcheck:respond_field", request.municipality.slug, token, next_field.order)
                if request.POST.get("next"):
                    return redirect("selfcheck:respond", municipality=request.municipality.slug, token=token)
                return redirect("selfcheck:respond_field", request.municipality.slug, token, order)
    context = {
        "respondent": respondent,
        "round": respondent.round,
        "token": token,
        "field": field,
        "fields": fields,
        "form": form,
        "state": state,
        "next_field": next_field,
    }
    return render(request, "selfcheck/respond_field.html", context)


def _state_message(state: str) -> str:
    if state == "submitted":
        return _("Sie haben Ihre Antworten bereits abgeschickt. Änderungen sind nicht mehr möglich.")
    return _("Diese Befragung ist abgeschlossen. Antworten sind nicht mehr möglich.")


@municipality_view()
@require_POST
def submit(request, token: str):
    respondent, invalid = _respondent_or_invalid(request, token)
    if invalid:
        return invalid
    try:
        services.submit(respondent=respondent)
    except services.SelfcheckError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Vielen Dank! Ihre Antworten sind abgeschickt."))
    return redirect("selfcheck:respond", municipality=request.municipality.slug, token=token)
