"""Pages of a volunteer: profile, suggestions, interest, shifts, own hours, certificate,
conversation with an organisation, data export and account deletion."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.pagination import paginate
from engagiert.core.pdf import pdf_response
from engagiert.core.permissions import may_manage, municipality_view
from engagiert.core.views_helpers import form_for
from engagiert.volunteering import matching, selectors, services
from engagiert.volunteering.forms import HoursForm, InterestForm, MessageForm, ProfileForm
from engagiert.volunteering.models import Certificate, HourEntry, Interest, Opportunity, Shift, ShiftSignup

signed_in_view = municipality_view(login=True)


@signed_in_view
def profile(request):
    current = selectors.profile_for(user=request.user, municipality=request.municipality)
    form = form_for(request, ProfileForm, municipality=request.municipality, initial=ProfileForm.initial_from(current))
    if request.method == "POST" and form.is_valid():
        data, topics, skills = form.profile_data()
        services.save_profile(
            user=request.user,
            municipality=request.municipality,
            data=data,
            topics=topics,
            skills=skills,
            language=get_language() or "de",
        )
        messages.success(request, _("Ihr Profil ist gespeichert. Hier sind passende Angebote."))
        return redirect("volunteering:suggestions", municipality=request.municipality.slug)
    return render(request, "volunteering/profile.html", {"form": form, "profile": current})


@signed_in_view
def suggestions(request):
    current = selectors.profile_for(user=request.user, municipality=request.municipality)
    if current is None:
        messages.info(request, _("Legen Sie zuerst Ihr Profil an, dann schlagen wir passende Angebote vor."))
        return redirect("volunteering:profile", municipality=request.municipality.slug)
    return render(
        request, "volunteering/suggestions.html", {"suggestions": matching.suggestions_for(current), "profile": current}
    )


@signed_in_view
def interest(request, pk: int):
    opp = get_object_or_404(selectors.visible(municipality=request.municipality).select_related("organisation"), pk=pk)
    if selectors.is_closed(opportunity=opp):
        messages.info(request, _("Dieses Angebot ist abgeschlossen."))
        return redirect(opp)
    form = form_for(request, InterestForm)
    if request.method == "POST" and form.is_valid():
        try:
            services.express_interest(
                user=request.user,
                opportunity=opp,
                message=form.cleaned_data["message"],
                language=get_language() or "de",
            )
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Danke! Die Organisation meldet sich bei Ihnen."))
            return redirect(opp)
    return render(request, "volunteering/interest.html", {"form": form, "opp": opp})


@signed_in_view
@require_POST
def shift_signup(request, pk: int):
    shift = get_object_or_404(
        Shift.objects.select_related("opportunity"), opportunity__municipality=request.municipality, pk=pk
    )
    try:
        services.sign_up_for_shift(user=request.user, shift=shift)
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sie sind für diese Schicht eingetragen."))
    return redirect(shift.opportunity)


@signed_in_view
@require_POST
def shift_cancel(request, pk: int):
    signup = get_object_or_404(
        ShiftSignup.objects.select_related("shift"),
        shift__opportunity__municipality=request.municipality,
        volunteer=request.user,
        pk=pk,
    )
    try:
        services.cancel_signup(signup=signup)
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sie haben die Schicht abgesagt."))
    return redirect("volunteering:mine", municipality=request.municipality.slug)


def _my_opportunities(request):
    """Opportunities the person takes part in (accepted, or signed up for a shift)."""
    muni = request.municipality
    return Opportunity.objects.filter(municipality=muni).filter(
        pk__in=Interest.objects.filter(volunteer=request.user, status=Interest.Status.ACCEPTED).values("opportunity_id")
    ) | Opportunity.objects.filter(municipality=muni).filter(
        pk__in=ShiftSignup.objects.filter(volunteer=request.user).values("shift__opportunity_id")
    )


HOURS_PAGE_SIZE = 25  # hour entries on a page of "Mein Engagement", the newest first


@signed_in_view
def mine(request):
    """The volunteer's record: interests, shifts, hours (log new ones), totals, certificates."""
    muni = request.municipality
    form = form_for(request, HoursForm, opportunities=_my_opportunities(request).distinct())
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.log_hours(
                volunteer=request.user, opportunity=d["opportunity"], date=d["date"], hours=d["hours"], note=d["note"]
            )
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Ihre Stunden sind erfasst und warten auf die Bestätigung."))
            return redirect("volunteering:mine", municipality=muni.slug)
    context = {
        "form": form,
        "interests": Interest.objects.filter(volunteer=request.user, opportunity__municipality=muni).select_related(
            "opportunity__organisation",
            "opportunity__municipality",  # (the offer's link names its town)
        ),
        "signups": ShiftSignup.objects.filter(volunteer=request.user, shift__opportunity__municipality=muni)
        .select_related("shift__opportunity__municipality")
        .order_by("shift__starts_at"),
        "entries": paginate(
            request,
            HourEntry.objects.filter(volunteer=request.user, municipality=muni).prefetch_related("corrections"),
            per_page=HOURS_PAGE_SIZE,
        ),
        "totals": selectors.volunteer_totals(user=request.user, municipality=muni),
        "certificates": Certificate.objects.filter(user=request.user, municipality=muni),
        "profile": selectors.profile_for(user=request.user, municipality=muni),
    }
    return render(request, "volunteering/mine.html", context)


@signed_in_view
@require_POST
def withdraw_hours(request, pk: int):
    entry = get_object_or_404(HourEntry, municipality=request.municipality, volunteer=request.user, pk=pk)
    try:
        services.withdraw_hours(entry=entry, user=request.user)
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Stunden sind zurückgenommen."))
    return redirect("volunteering:mine", municipality=request.municipality.slug)


@signed_in_view
def conversation(request, pk: int):
    """Messages between a volunteer and the organisation; e-mail addresses appear only
    once the organisation accepted."""
    item = get_object_or_404(
        Interest.objects.select_related("opportunity__organisation", "volunteer"),
        opportunity__municipality=request.municipality,
        pk=pk,
    )
    is_volunteer = item.volunteer_id == request.user.pk
    is_manager = may_manage(
        request.user, municipality=request.municipality, organisations=item.opportunity.organisation_id
    )
    if not (is_volunteer or is_manager):
        raise Http404
    form = form_for(request, MessageForm)
    if request.method == "POST" and form.is_valid():
        try:
            services.send_message(
                interest=item, sender=request.user, body=form.cleaned_data["body"], from_organisation=not is_volunteer
            )
        except services.VolunteeringError as error:
            form.add_error(None, str(error))
        else:
            return redirect("volunteering:conversation", municipality=request.municipality.slug, pk=item.pk)
    context = {
        "item": item,
        "form": form,
        "is_manager": is_manager,
        "chat": item.messages.all(),
        "accepted": item.status == Interest.Status.ACCEPTED,
        "org_recipients": services.organisation_recipients(item.opportunity.organisation)
        if item.status == Interest.Status.ACCEPTED
        else [],
    }
    return render(request, "volunteering/conversation.html", context)


@signed_in_view
@require_POST
def issue_certificate(request):
    try:
        services.issue_certificate(user=request.user, municipality=request.municipality)
    except services.VolunteeringError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Ihr Ehrenamtsnachweis ist ausgestellt. Sie finden ihn unten zum Herunterladen."))
    return redirect("volunteering:mine", municipality=request.municipality.slug)


@signed_in_view
def certificate_pdf(request, code: str):
    certificate = get_object_or_404(Certificate, municipality=request.municipality, user=request.user, code=code)
    verify_url = request.build_absolute_uri(
        reverse("volunteering:verify", kwargs={"municipality": request.municipality.slug, "code": certificate.code})
    )
    return pdf_response(
        filename=f"ehrenamtsnachweis-{certificate.code}.pdf",
        template="volunteering/certificate_pdf.html",
        context={"certificate": certificate, "content": certificate.content, "verify_url": verify_url},
        title=f"{_('Ehrenamtsnachweis')} {certificate.code}",
        language=get_language(),
        request=request,
    )


@signed_in_view
def export(request):
    data = selectors.personal_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten-mach-mit.json"'
    return response


@signed_in_view
def delete_account(request):
    """Moved to the privacy centre (core), which deletes across every app and says what stays."""
    return redirect("core:delete_account", request.municipality.slug)
