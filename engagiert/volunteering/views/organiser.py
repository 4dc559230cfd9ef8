"""Pages of an organisation's editors (and the municipality's coordinators): opportunities,
shifts, interests, suggested volunteers, hours to confirm, group hours, corrections."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.pagination import LIST_PAGE_SIZE, paginate
from engagiert.core.permissions import get_managed_or_404, municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.directory.models import Organisation
from engagiert.volunteering import matching, selectors, services
from engagiert.volunteering.forms import CorrectionForm, GroupHoursForm, OpportunityForm, ShiftForm
from engagiert.volunteering.models import HourEntry, Interest, Opportunity, VolunteerProfile

signed_in_view = municipality_view(login=True)


def _organisation(request, slug: str) -> Organisation:
    return get_managed_or_404(
        request.user, Organisation, municipality=request.municipality, organisations=lambda o: o.pk, slug=slug
    )


def _opportunity(request, pk: int) -> Opportunity:
    return get_managed_or_404(
        request.user,
        Opportunity.objects.select_related("organisation", "municipality"),
        municipality=request.municipality,
        organisations=lambda opp: opp.organisation_id,
        pk=pk,
    )


def _back(opp: Opportunity):
    return redirect("volunteering:organisation", municipality=opp.municipality.slug, slug=opp.organisation.slug)


@signed_in_view
def organisation(request, slug: str):
    org = _organisation(request, slug)
    totals, people = selectors.organisation_totals(organisation=org)
    opportunities = list(selectors.with_closed(org.opportunities.order_by("status", "title")))
    stale_before = timezone.now() - selectors.STALE_AFTER
    for opp in opportunities:
        opp.is_stale = opp.status == Opportunity.Status.PUBLISHED and opp.confirmed_current_at < stale_before
    context = {
        "org": org,
        "opportunities": opportunities,
        "interests": Interest.objects.filter(opportunity__organisation=org, status=Interest.Status.PENDING)
        .select_related("opportunity", "volunteer")
        .order_by("created_at"),
        "accepted": Interest.objects.filter(opportunity__organisation=org, status=Interest.Status.ACCEPTED)
        .select_related("opportunity", "volunteer")
        .order_by("opportunity__title"),
        "open_hours": HourEntry.objects.filter(organisation=org, status=HourEntry.Status.LOGGED)
        .select_related("volunteer")
        .order_by("date"),
        "confirmed_hours": paginate(
            request,
            HourEntry.objects.filter(organisation=org, status=HourEntry.Status.CONFIRMED)
            .select_related("volunteer")
            .prefetch_related("corrections"),
            per_page=LIST_PAGE_SIZE,
        ),
        "totals": totals,
        "people": people,
    }
    return render(request, "volunteering/organisation.html", context)


def _save(request, org: Organisation, opp: Opportunity | None):
    form = form_for(request, OpportunityForm, instance=opp, organisation=org)
    if request.method == "POST" and form.is_valid():
        data, topics, skills = form.opportunity_data()
        try:
            saved = services.save_opportunity(
                organisation=org,
                author=request.user,
                data=data,
                topics=topics,
                skills=skills,
                submit="submit" in request.POST,
                opportunity=opp,
            )
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            if saved.status == Opportunity.Status.PENDING:
                messages.success(request, _("Danke! Das Angebot geht nach der Freigabe durch die Koordination online."))
            elif saved.status == Opportunity.Status.DRAFT:
                messages.success(request, _("Der Entwurf ist gespeichert."))
            else:
                messages.success(request, _("Das Angebot ist gespeichert."))
            return redirect(saved)
    return render(request, "volunteering/opportunity_form.html", {"form": form, "org": org, "opp": opp})


@signed_in_view
def create(request, slug: str):
    return _save(request, _organisation(request, slug), None)


@signed_in_view
def edit(request, pk: int):
    opp = _opportunity(request, pk)
    return _save(request, opp.organisation, opp)


@signed_in_view
@require_POST
def change_status(request, pk: int):
    opp = _opportunity(request, pk)
    action = request.POST.get("action", "")
    try:
        if action == "current":
            services.confirm_current(opportunity=opp)
            messages.success(request, _("Danke! Das Angebot ist als aktuell bestätigt."))
        elif action in (Opportunity.Status.FILLED, Opportunity.Status.ARCHIVED, Opportunity.Status.PUBLISHED):
            services.set_status(opportunity=opp, status=action)
            messages.success(request, _("Der Status ist geändert."))
        else:
            messages.error(
                request,
                _("Diese Aktion gibt es nicht. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."),
            )
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    return _back(opp)


@signed_in_view
def shifts(request, pk: int):
    opp = _opportunity(request, pk)
    form = form_for(request, ShiftForm)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.create_shift(opportunity=opp, starts_at=d["starts_at"], ends_at=d["ends_at"], slots=d["slots"])
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Schicht ist angelegt."))
            return redirect("volunteering:shifts", municipality=request.municipality.slug, pk=opp.pk)
    all_shifts = selectors.all_shifts(opportunity=opp).prefetch_related("signups__volunteer")
    return render(request, "volunteering/shifts.html", {"opp": opp, "form": form, "shifts": all_shifts})


@signed_in_view
def volunteers(request, pk: int):
    opp = _opportunity(request, pk)
    opp = selectors.opportunity_detail(municipality=request.municipality, pk=opp.pk)
    return render(request, "volunteering/volunteers.html", {"opp": opp, "suggestions": matching.volunteers_for(opp)})


@signed_in_view
@require_POST
def invite(request, pk: int, profile_pk: int):
    opp = _opportunity(request, pk)
    profile = get_object_or_404(
        VolunteerProfile.objects.select_related("user"), municipality=request.municipality, pk=profile_pk
    )
    try:
        services.invite(opportunity=opp, profile=profile, by=request.user)
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Die Einladung ist verschickt. Wenn die Person Interesse zeigt, sehen Sie es hier.")
        )
    return redirect("volunteering:volunteers", municipality=request.municipality.slug, pk=opp.pk)


@signed_in_view
def group_hours(request, pk: int):
    opp = _opportunity(request, pk)
    people = (
        get_user_model()
        .objects.filter(interests__opportunity=opp, interests__status=Interest.Status.ACCEPTED)
        .order_by("first_name", "email")
    )
    form = form_for(request, GroupHoursForm, volunteers=people)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            entries = services.log_group_hours(
                opportunity=opp,
                volunteers=list(d["volunteers"]),
                date=d["date"],
                hours=d["hours"],
                note=d["note"],
                by=request.user,
            )
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("%(n)s Einträge sind erfasst und bestätigt.") % {"n": len(entries)})
            return _back(opp)
    return render(request, "volunteering/group_hours.html", {"opp": opp, "form": form})


@signed_in_view
@require_POST
def decide_interest(request, pk: int):
    item = get_managed_or_404(
        request.user,
        Interest.objects.select_related("opportunity__organisation", "opportunity__municipality"),
        municipality=request.municipality,
        via="opportunity__municipality",
        organisations=lambda interest: interest.opportunity.organisation_id,
        pk=pk,
    )
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        messages.error(request, _("Bitte wählen Sie „Annehmen“ oder „Ablehnen“."))
    else:
        try:
            services.decide_interest(interest=item, accept=decision == "accept", by=request.user)
        except services.VolunteeringError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Entscheidung gespeichert; beide Seiten bekommen eine E-Mail."))
    return _back(item.opportunity)


def _entry(request, pk: int) -> HourEntry:
    return get_managed_or_404(
        request.user,
        HourEntry.objects.select_related("organisation", "volunteer").filter(organisation__isnull=False),
        municipality=request.municipality,
        organisations=lambda entry: entry.organisation_id,
        pk=pk,
    )


@signed_in_view
@require_POST
def decide_hours(request, pk: int):
    entry = _entry(request, pk)
    decision = request.POST.get("decision")
    if decision not in ("confirm", "decline"):
        messages.error(request, _("Bitte wählen Sie „Bestätigen“ oder „Ablehnen“."))
    else:
        try:
            services.decide_hours(entry=entry, confirm=decision == "confirm", by=request.user)
        except services.VolunteeringError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Entscheidung gespeichert."))
    return redirect("volunteering:organisation", municipality=request.municipality.slug, slug=entry.organisation.slug)


@signed_in_view
def correct_hours(request, pk: int):
    entry = _entry(request, pk)
    form = form_for(request, CorrectionForm, initial={"date": entry.date, "hours": entry.hours})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.correct_hours(entry=entry, date=d["date"], hours=d["hours"], reason=d["reason"], by=request.user)
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Korrektur ist gespeichert; der alte Stand bleibt im Verlauf."))
            return redirect(
                "volunteering:organisation", municipality=request.municipality.slug, slug=entry.organisation.slug
            )
    return render(
        request,
        "volunteering/correct_hours.html",
        {"entry": entry, "form": form, "corrections": entry.corrections.select_related("corrected_by")},
    )
