"""The applicant's pages: apply (draft, activities, submit), status, withdraw, the card
(digital page and PDF), renewal. Only the signed-in person's own data is ever shown."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.card import selectors, services
from engagiert.card.evidence import covered_organisations
from engagiert.card.forms import ActivityForm, ApplicationForm, ContactEmailForm
from engagiert.card.models import Activity, Card, CardApplication
from engagiert.core.pdf import pdf_response
from engagiert.core.permissions import municipality_view
from engagiert.core.qr import qr_data_uri, qr_svg

login_view = municipality_view(login=True)


def _activity_form(request, data=None) -> ActivityForm:
    """The activity form; it knows the applicant's addresses and Mach mit! organisations."""
    covered = covered_organisations(user=request.user, municipality=request.municipality)
    return ActivityForm(
        data,
        municipality=request.municipality,
        own_addresses=selectors.email_addresses_of(request.user) if data is not None else frozenset(),
        covered={pk: hours.organisation_name for pk, hours in covered.items()},
        initial={"period": "week"},
    )


def _activities(application, activity_form, address_form: ContactEmailForm | None) -> list[tuple]:
    """Each activity with, in a draft, a form for its confirmation address where one is still
    needed (a free-text organisation without one: say after a renewal)."""
    if application is None:
        return []
    rows = []
    for a in application.activities.all():
        needs = (
            activity_form is not None
            and a.organisation_id is None
            and not a.contact_email
            and a.evidence == Activity.Evidence.PENDING
        )
        form = None
        if needs:
            form = address_form if address_form and address_form.prefix == f"a{a.pk}" else None
            form = form or ContactEmailForm(prefix=f"a{a.pk}")
        rows.append((a, form))
    return rows


def _application_page(request, application, *, form=None, activity_form=None, address_form=None, error: str = ""):
    muni = request.municipality
    is_draft = application is not None and application.status == CardApplication.Status.DRAFT
    if is_draft and activity_form is None:
        activity_form = _activity_form(request)
    if form is None:
        initial = {"residence_state": selectors.rules_or_default(muni).residence_state}
        if application is not None:
            initial = {k: getattr(application, k) for k in services.APPLICANT_FIELDS}
        elif request.user.first_name:
            initial |= {"first_name": request.user.first_name, "last_name": request.user.last_name}
        form = ApplicationForm(initial=initial)
    context = {
        "application": application,
        "form": form,
        "activity_form": activity_form,
        "activities": _activities(application, activity_form, address_form),
        "eligibility": selectors.eligibility_of(application) if application else None,
        "rules": selectors.rules_or_default(muni),
        "submit_error": error,
        "last_decided": CardApplication.objects.filter(
            municipality=muni, applicant=request.user, status__in=CardApplication.DECIDED
        )
        .prefetch_related("events")
        .first()
        if application is None
        else None,
    }
    return render(request, "card/application.html", context)


@login_view
def application(request):
    muni = request.municipality
    current = selectors.open_application(user=request.user, municipality=muni)
    if request.method != "POST":
        return _application_page(request, current)
    if current is not None and current.status != CardApplication.Status.DRAFT:
        messages.error(request, _("Ihr Antrag ist eingereicht und kann nicht mehr geändert werden."))
        return redirect("card:application", municipality=muni.slug)
    form = ApplicationForm(request.POST)
    if not form.is_valid():
        return _application_page(request, current, form=form)
    try:
        current = services.save_draft(
            applicant=request.user, municipality=muni, data=form.cleaned_data, language=get_language() or "de"
        )
        if request.POST.get("action") == "submit":
            services.submit(application=current)
            messages.success(request, _("Ihr Antrag ist eingereicht."))
        else:
            messages.success(request, _("Ihr Entwurf ist gespeichert."))
    except services.CardError as error:
        current = selectors.open_application(user=request.user, municipality=muni)
        return _application_page(request, current, form=form, error=str(error))
    return redirect("card:application", municipality=muni.slug)


@login_view
@require_POST
def add_activity(request):
    muni = request.municipality
    current = selectors.open_application(user=request.user, municipality=muni)
    if current is None:
        messages.error(request, _("Bitte speichern Sie zuerst Ihre persönlichen Angaben."))
        return redirect("card:application", municipality=muni.slug)
    form = _activity_form(request, request.POST)
    if not form.is_valid():
        return _application_page(request, current, activity_form=form)
    try:
        services.add_activity(application=current, data=form.cleaned_data)
    except services.CardError as error:
        form.add_error(None, str(error))
        return _application_page(request, current, activity_form=form)
    messages.success(request, _("Tätigkeit hinzugefügt."))
    return redirect("card:application", municipality=muni.slug)


@login_view
@require_POST
def set_activity_email(request, pk: int):
    activity = get_object_or_404(
        Activity, pk=pk, application__municipality=request.municipality, application__applicant=request.user
    )
    form = ContactEmailForm(request.POST, prefix=f"a{pk}")
    if form.is_valid():
        try:
            services.set_contact_email(activity=activity, email=form.cleaned_data["contact_email"])
        except services.CardError as error:
            form.add_error("contact_email", str(error))
    if not form.is_valid():
        current = selectors.open_application(user=request.user, municipality=request.municipality)
        return _application_page(request, current, address_form=form)
    messages.success(request, _("Die Adresse für die Bestätigung ist gespeichert."))
    return redirect("card:application", municipality=request.municipality.slug)


@login_view
@require_POST
def remove_activity(request, pk: int):
    activity = get_object_or_404(
        Activity, pk=pk, application__municipality=request.municipality, application__applicant=request.user
    )
    try:
        services.remove_activity(activity=activity)
    except services.CardError as error:
        messages.error(request, str(error))
    return redirect("card:application", municipality=request.municipality.slug)


@login_view
@require_POST
def withdraw(request):
    current = selectors.open_application(user=request.user, municipality=request.municipality)
    if current is None:
        raise Http404
    services.withdraw(application=current, by=request.user)
    messages.success(request, _("Ihr Antrag ist zurückgezogen."))
    return redirect("card:application", municipality=request.municipality.slug)


@login_view
def my_card(request):
    muni = request.municipality
    card = selectors.current_card(user=request.user, municipality=muni)
    context = {
        "card": card,
        "rules": selectors.rules_or_default(muni),
        "open_application": selectors.open_application(user=request.user, municipality=muni),
    }
    if card is not None:
        context["qr"] = qr_svg(services.qr_text(card))
        context["qr_text"] = services.qr_text(card)
        context["verdict"] = selectors.verify_number(municipality=muni, number=str(card.number))
        context["next_card"] = selectors.newer_cards(card).order_by("valid_from").first()
        context["renewal_opens_on"] = selectors.renewal_opens_on(card)
        context["can_renew"] = context["renewal_opens_on"] <= timezone.localdate()
    return render(request, "card/my_card.html", context)


def printable_card(card: Card) -> dict:
    """core.pdf's arguments for the printable card: credit-card size (ISO/IEC 7810 ID-1,
    85.6 × 54 mm), front and back, in the current language."""
    rules = selectors.rules_or_default(card.municipality)
    return {
        "template": "card/card_pdf.html",
        "context": {"card": card, "qr": qr_data_uri(services.qr_text(card)), "rules": rules},
        "title": f"{rules.card_name} {card.display_number}",
        "language": get_language(),
        "stylesheets": ["card/card_pdf.css"],
    }


@login_view
def card_pdf(request):
    card = selectors.current_card(user=request.user, municipality=request.municipality)
    if card is None or card.status != card.Status.ACTIVE:
        raise Http404
    return pdf_response(filename=f"ehrenamtskarte-{card.display_number}.pdf", **printable_card(card))


@login_view
@require_POST
def renew(request):
    card = selectors.current_card(user=request.user, municipality=request.municipality)
    if card is None:
        raise Http404
    try:
        services.start_renewal(card=card, applicant=request.user, language=get_language() or "de")
    except services.CardError as error:
        messages.error(request, str(error))
        return redirect("card:my_card", municipality=request.municipality.slug)
    messages.success(request, _("Ihr Verlängerungsantrag ist angelegt. Bitte prüfen Sie die Angaben."))
    return redirect("card:application", municipality=request.municipality.slug)
