"""Coordinator pages: queue, rule-by-rule review and decision, cards (hand-over, revocation),
partner approvals, key rotation, reports with CSV export."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.card import selectors, services
from engagiert.card.forms import EvidenceForm, RevokeForm, RulesForm
from engagiert.card.models import MAX_CARD_NUMBER, AcceptancePartner, Activity, Card, CardApplication, SigningKey
from engagiert.core.decisions import DecisionForm, decide_from_queue
from engagiert.core.export import Format, export_response
from engagiert.core.models import Role
from engagiert.core.pagination import LIST_PAGE_SIZE, paginate
from engagiert.core.parsing import ascii_int
from engagiert.core.permissions import municipality_view
from engagiert.core.views_helpers import form_for

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))


@coordinator_view
def queue(request):
    muni = request.municipality
    cards = Card.objects.filter(municipality=muni).select_related("application")
    number = request.GET.get("nummer", "").strip().lstrip("#")
    if number:
        card_number = ascii_int(number, maximum=MAX_CARD_NUMBER)
        cards = cards.none() if card_number is None else cards.filter(number=card_number)
    context = {
        "number": number,
        "applications": selectors.review_queue(muni),
        "partners": AcceptancePartner.objects.filter(municipality=muni, status=AcceptancePartner.Status.PENDING)
        .prefetch_related("benefits", "users")
        .order_by("created_at"),
        "cards": paginate(request, cards, per_page=LIST_PAGE_SIZE),
        "keys": SigningKey.objects.filter(municipality=muni).order_by("-key_id"),
        "revoke_form": RevokeForm(),
    }
    return render(request, "card/queue.html", context)


@coordinator_view
def review(request, pk: int):
    muni = request.municipality
    application = get_object_or_404(
        CardApplication.objects.select_related("applicant").prefetch_related(
            "activities__organisation", "activities__confirmations", "events__actor"
        ),
        municipality=muni,
        pk=pk,
    )
    form = form_for(request, DecisionForm, approve_label=_("Bewilligen"))
    if request.method == "POST" and form.is_valid():
        try:
            if form.approve:
                card = services.approve(application=application, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Bewilligt: Karte %(n)s ist ausgestellt.") % {"n": card.display_number})
            else:
                services.reject(application=application, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Der Antrag ist abgelehnt."))
        except services.CardError as error:
            form.add_error(None, str(error))
        else:
            return redirect("card:review", municipality=muni.slug, pk=application.pk)
    context = {
        "application": application,
        "eligibility": selectors.eligibility_of(application),
        "form": form,
        "card": Card.objects.filter(application=application).first(),
        "own_addresses": selectors.email_addresses_of(application.applicant),
        "evidence_forms": [
            (activity, EvidenceForm(prefix=f"evidence-{activity.pk}"))
            for activity in application.activities.all()
            if application.is_open and activity.evidence in Activity.SETTLEABLE
        ],
    }
    return render(request, "card/review.html", context)


@coordinator_view
@require_POST
def record_evidence(request, pk: int):
    """An activity still waiting for its organisation, settled by the coordinator with a note."""
    activity = get_object_or_404(Activity, application__municipality=request.municipality, pk=pk)
    form = EvidenceForm(request.POST, prefix=f"evidence-{activity.pk}")
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie bestätigt oder nicht bestätigt und vermerken Sie, wie."))
    else:
        try:
            services.record_evidence(
                activity=activity,
                by=request.user,
                confirm=form.cleaned_data["decision"] == "confirm",
                note=form.cleaned_data["note"],
            )
        except services.CardError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Der Nachweis ist vermerkt."))
    return redirect("card:review", municipality=request.municipality.slug, pk=activity.application_id)


@coordinator_view
@require_POST
def handover(request, pk: int):
    card = get_object_or_404(Card, municipality=request.municipality, pk=pk)
    try:
        services.record_handover(card=card, by=request.user)
    except services.CardError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Ausweisprüfung und Übergabe sind vermerkt."))
    return redirect("card:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def revoke(request, pk: int):
    card = get_object_or_404(Card, municipality=request.municipality, pk=pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie einen Grund für die Sperrung an."))
    else:
        try:
            services.revoke(card=card, by=request.user, reason=form.cleaned_data["reason"])
        except services.CardError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Die Karte %(n)s ist gesperrt.") % {"n": card.display_number})
    return redirect("card:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def decide_partner(request, pk: int):
    partner = get_object_or_404(AcceptancePartner, municipality=request.municipality, pk=pk)
    decide_from_queue(
        request,
        lambda form: services.decide_partner(
            partner=partner, approve=form.approve, by=request.user, reason=form.cleaned_data["reason"]
        ),
        errors=(services.CardError,),
        reason_required=False,
        reason_max_length=300,
    )
    return redirect("card:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def rotate_key(request):
    key = services.rotate_key(municipality=request.municipality, by=request.user)
    messages.success(request, _("Neuer Schlüssel Nr. %(id)s signiert ab jetzt alle neuen Karten.") % {"id": key.key_id})
    return redirect("card:queue", municipality=request.municipality.slug)


@coordinator_view
def rules(request):
    """The card's rules for this municipality: eligibility, validity, reminders, retention."""
    form = form_for(request, RulesForm, instance=services.rules_for(request.municipality))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Die Regeln sind gespeichert."))
        return redirect("card:rules", municipality=request.municipality.slug)
    return render(request, "card/rules.html", {"form": form})


@coordinator_view
def reports(request):
    return render(request, "card/reports.html", {"report": selectors.report(request.municipality)})


@coordinator_view
def reports_export(request, format: Format):
    """The report's counts as CSV or XLSX, one row per group."""
    data = selectors.report(request.municipality)
    rows = [
        [_("Bericht"), _("Gruppe"), _("Anzahl")],
        *([_("Gültige Karten nach Altersgruppe"), label, count] for label, count in data["by_age"]),
        *([_("Gültige Karten nach Art der Organisation"), label, count] for label, count in data["by_kind"]),
        *([_("Anträge nach Status"), label, count] for label, count in data["by_status"]),
        *(
            [_("Prüfungen pro Partner und Monat"), f"{row.partner.name} {row.month:%Y-%m}", row.count]
            for row in data["verifications"]
        ),
    ]
    return export_response(rows, format=format, filename="ehrenamtskarte-berichte", sheet_title=_("Berichte"))


@municipality_view(roles=(Role.Kind.ACCEPTANCE_PARTNER, Role.Kind.COORDINATOR))
def partner_stats(request):
    muni = request.municipality
    partner = selectors.partner_of(request.user, muni)
    counts = partner.verification_counts.all() if partner else []
    return render(request, "card/partner_stats.html", {"partner": partner, "counts": counts})
