"""Pages of Glücksbringer: the town's campaigns and gallery, a portrait, nominating, the
nominator's confirmation, the nominee's link (answer, portrait, withdrawal) and the
coordination (queue, consent, moderation, figures, posters)."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from engagiert.core.models import Role
from engagiert.core.pagination import paginate
from engagiert.core.permissions import has_role, municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.core.views_helpers import form_for, link_invalid
from engagiert.nominations import documents, selectors, services
from engagiert.nominations.forms import (
    AnswerForm,
    BlockForm,
    ConsentForm,
    GalleryForm,
    MergeForm,
    NominationForm,
    PortraitForm,
    PublishForm,
    RejectForm,
    SelfNominationForm,
)
from engagiert.nominations.models import Campaign, ImageHandout, Nomination, Portrait
from engagiert.nominations.services import LinkError, NominationError

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))
S = Nomination.Status
GALLERY_PAGE = 24
NOMINATION_LIMIT = 10  # nominations per client address and hour
NOMINATOR_LIMIT = 5  # per nominator address and hour


def _campaign(request, slug: str) -> Campaign:
    try:
        return selectors.campaign_in(municipality=request.municipality, slug=slug)
    except Campaign.DoesNotExist:
        raise Http404 from None


# --- public ----------------------------------------------------------------------------------


@municipality_view()
def home(request):
    campaigns = selectors.campaigns_of(municipality=request.municipality)
    today = timezone.localdate()
    context = {
        "open": [c for c in campaigns if c.is_open(today)],
        "archive": [c for c in campaigns if not c.is_open(today)],
        "latest": selectors.latest_portraits(request.municipality, 6),
        "coordinator": has_role(request.user, request.municipality, Role.Kind.COORDINATOR),
    }
    return render(request, "nominations/home.html", context)


@municipality_view()
def network(request):
    """The network gallery of the town's newest campaign (open or not)."""
    campaigns = selectors.campaigns_of(municipality=request.municipality)
    if not campaigns:
        raise Http404
    return redirect("nominations:gallery", municipality=request.municipality.slug, slug=campaigns[0].slug)


@municipality_view()
def gallery(request, slug: str):
    campaign = _campaign(request, slug)
    towns = sorted(campaign.participants.all(), key=lambda t: t.name)
    form = GalleryForm(request.GET or None, towns=towns, topics=selectors.gallery_topics(campaign=campaign))
    filters = selectors.GalleryFilters()
    if form.is_bound and form.is_valid():
        filters = selectors.GalleryFilters(town=form.cleaned_data["town"], topic=form.cleaned_data["topic"])
    page = paginate(request, selectors.gallery(campaign=campaign, filters=filters), per_page=GALLERY_PAGE, form=form)
    context = {"campaign": campaign, "form": form, "page": page, "towns": towns, "is_open": campaign.is_open()}
    return render(request, "nominations/gallery.html", context)


@municipality_view()
def portrait(request, slug: str):
    try:
        item = selectors.portrait_page(municipality=request.municipality, slug=slug)
    except Portrait.DoesNotExist:
        raise Http404 from None
    share_url = request.build_absolute_uri(item.get_absolute_url())
    coordinator = has_role(request.user, request.municipality, Role.Kind.COORDINATOR)
    context = {
        "portrait": item,
        "share_url": share_url,
        "schema": _schema(item, share_url, request),
        "coordinator": coordinator,
    }
    return render(request, "nominations/portrait.html", context)


def _schema(item: Portrait, url: str, request) -> str:
    """schema.org markup of a portrait: a Person or, for an initiative, an Organization."""
    initiative = item.name_form == Portrait.NameForm.INITIATIVE
    data = {
        "@context": "https://schema.org",
        "@type": "Organization" if initiative else "Person",
        "name": item.display_name,
        "url": url,
        "description": " ".join(a["answer"] for a in item.answers if a.get("answer"))[:500],
        "address": {"@type": "PostalAddress", "addressLocality": item.municipality.name, "addressCountry": "DE"},
    }
    if item.photo:
        data["image"] = request.build_absolute_uri(item.photo.url)
    if item.website:
        data["sameAs"] = [item.website]
    if item.organisation_id and not initiative:
        data["memberOf"] = {"@type": "Organization", "name": item.organisation.name}
    # </ in a string would end the script element: escape it.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


@municipality_view()
def nominate(request, slug: str):
    campaign = _campaign(request, slug)
    is_self = request.GET.get("selbst") == "1" and campaign.self_nominations
    if not campaign.is_open():
        return render(request, "nominations/closed.html", {"campaign": campaign})
    form_class = SelfNominationForm if is_self else NominationForm
    form = form_for(request, form_class, campaign=campaign, municipality=request.municipality)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        who = services.email_digest(data["nominator_email"])
        if limit_reached(request, action="nominations:nominate", limit=NOMINATION_LIMIT) or limit_reached(
            request, action="nominations:nominator", limit=NOMINATOR_LIMIT, who=who
        ):
            form.add_error(
                None, _("Zu viele Vorschläge in kurzer Zeit. Bitte versuchen Sie es in einer Stunde erneut.")
            )
        else:
            try:
                services.nominate(
                    campaign=campaign,
                    municipality=form.town(),
                    kind=data.get("kind") or Nomination.Kind.PERSON,
                    nominee_name=data["nominee_name"],
                    nominee_email=data.get("nominee_email") or "",
                    channel=data.get("channel") or Nomination.Channel.EMAIL,
                    nominee_phone=data.get("nominee_phone") or "",
                    nominee_address=data.get("nominee_address") or "",
                    organisation=data.get("organisation"),
                    topic=data.get("topic"),
                    activity=data["activity"],
                    is_self=is_self,
                    nominator_name=data["nominator_name"],
                    nominator_email=data["nominator_email"],
                    relation=data.get("relation") or "",
                    reason=data.get("reason") or "",
                    reveal=bool(data.get("reveal")),
                    language=get_language() or "de",
                )
            except NominationError as error:
                form.add_error(None, str(error))
            else:
                return render(request, "nominations/sent.html", {"campaign": campaign, "is_self": is_self})
    return render(request, "nominations/nominate.html", {"campaign": campaign, "form": form, "is_self": is_self})


@municipality_view()
def confirm(request, token: str):
    if request.method != "POST":
        return render(request, "nominations/confirm.html", {})
    try:
        nomination = services.confirm_nominator(token)
    except LinkError as error:
        return link_invalid(request, expired=error.expired, reason=str(error))
    return render(request, "nominations/confirmed.html", {"nomination": nomination})


# --- the nominee's link ----------------------------------------------------------------------


def _nominee(request, token: str) -> Nomination:
    nomination = services.nomination_from_token(token)
    if nomination.municipality_id != request.municipality.pk:
        raise LinkError()
    return nomination


@municipality_view()
def nominee(request, token: str):
    try:
        nomination = _nominee(request, token)
    except LinkError as error:
        return link_invalid(request, expired=error.expired, reason=str(error))
    form = form_for(request, AnswerForm)
    if request.method == "POST" and form.is_valid():
        try:
            nomination = services.answer_invitation(nomination=nomination, choice=form.cleaned_data["choice"])
        except NominationError as error:
            form.add_error(None, str(error))
        else:
            if nomination.status == S.DECLINED:
                return render(request, "nominations/declined.html", {"campaign": nomination.campaign})
            if nomination.writer == Nomination.Writer.NOMINEE:
                messages.success(request, _("Vielen Dank! Jetzt können Sie Ihr Porträt schreiben."))
                return redirect("nominations:nominee_portrait", municipality=request.municipality.slug, token=token)
            messages.success(request, _("Vielen Dank! Die Koordinierungsstelle meldet sich bei Ihnen."))
            return redirect("nominations:nominee", municipality=request.municipality.slug, token=token)
    nominators = [n for n in nomination.nominators.all() if n.confirmed_at]
    portrait = Portrait.objects.filter(nomination=nomination).first()
    context = {
        "nomination": nomination,
        "campaign": nomination.campaign,
        "form": form,
        "token": token,
        "nominators": nominators,
        "portrait": portrait,
    }
    return render(request, "nominations/nominee.html", context)


@municipality_view()
def nominee_portrait(request, token: str):
    try:
        nomination = _nominee(request, token)
    except LinkError as error:
        return link_invalid(request, expired=error.expired, reason=str(error))
    if not nomination.has_consent:
        return redirect("nominations:nominee", municipality=request.municipality.slug, token=token)
    existing = Portrait.objects.filter(nomination=nomination).first()
    form = form_for(request, PortraitForm, questions=list(nomination.campaign.questions), portrait=existing)
    if existing is None and request.method != "POST":
        form.initial.setdefault("display_name", nomination.nominee_name)
        if nomination.kind == Nomination.Kind.INITIATIVE:
            form.initial["name_form"] = "initiative"
    if request.method == "POST" and form.is_valid():
        try:
            services.save_portrait(
                nomination=nomination,
                data=form.portrait_data(),
                photo=form.cleaned_data.get("photo"),
                submit="submit" in request.POST,
            )
        except ValidationError as error:
            form.add_error("photo", error.messages[0])
        except NominationError as error:
            form.add_error(None, str(error))
        else:
            if "submit" in request.POST or nomination.status == S.PUBLISHED:
                messages.success(
                    request,
                    _(
                        "Ihr Porträt ist bei der Koordinierungsstelle. Sie bekommen eine E-Mail, "
                        "sobald es veröffentlicht ist."
                    ),
                )
            else:
                messages.success(request, _("Ihr Entwurf ist gespeichert."))
            return redirect("nominations:nominee", municipality=request.municipality.slug, token=token)
    context = {
        "nomination": nomination,
        "campaign": nomination.campaign,
        "form": form,
        "portrait": existing,
        "token": token,
    }
    return render(request, "nominations/nominee_portrait.html", context)


@municipality_view()
def nominee_withdraw(request, token: str):
    try:
        nomination = _nominee(request, token)
    except LinkError as error:
        return link_invalid(request, expired=error.expired, reason=str(error))
    if request.method == "POST":
        if request.POST.get("what") == "photo":
            services.withdraw_photo(nomination=nomination, by=request.user)
            messages.success(request, _("Ihr Foto ist gelöscht."))
            return redirect("nominations:nominee", municipality=request.municipality.slug, token=token)
        try:
            services.withdraw(nomination=nomination, by=request.user)
        except NominationError as error:
            messages.error(request, str(error))
            return redirect("nominations:nominee", municipality=request.municipality.slug, token=token)
        return render(request, "nominations/withdrawn.html", {"campaign": nomination.campaign})
    return render(request, "nominations/withdraw.html", {"nomination": nomination, "token": token})


# --- coordination ----------------------------------------------------------------------------


def _moderated(request, pk: int) -> Nomination:
    try:
        return selectors.nomination_for_moderation(municipality=request.municipality, pk=pk)
    except Nomination.DoesNotExist:
        raise Http404 from None


@coordinator_view
def queue(request):
    status = request.GET.get("status", "")
    if status not in S.values:
        status = ""
    page = paginate(request, selectors.queue(municipality=request.municipality, status=status), per_page=50)
    context = {"page": page, "status": status, "statuses": S.choices}
    return render(request, "nominations/queue.html", context)


@coordinator_view
def detail(request, pk: int):
    nomination = _moderated(request, pk)
    portrait = Portrait.objects.filter(nomination=nomination).first()
    context = {
        "nomination": nomination,
        "portrait": portrait,
        "nominators": [n for n in nomination.nominators.all()],
        "history": selectors.history(nomination),
        "publish_form": PublishForm(initial={"on": timezone.localdate()}),
        "reject_form": RejectForm(),
        "merge_form": MergeForm(candidates=selectors.duplicates(nomination)),
        "handouts": list(nomination.handouts.all()),
        "nominee_url": services.nominee_url(nomination)
        if nomination.has_consent or nomination.status == S.CONTACT
        else "",
    }
    return render(request, "nominations/detail.html", context)


@coordinator_view
def consent(request, pk: int):
    nomination = _moderated(request, pk)
    form = form_for(request, ConsentForm, initial={"given_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_consent(
                nomination=nomination,
                by=request.user,
                consent=services.RecordedConsent(
                    channel=data["channel"],
                    given_on=data["given_on"],
                    note=data.get("note") or "",
                    writer=data["writer"],
                ),
                scan=data.get("scan"),
            )
        except ValidationError as error:
            form.add_error("scan", error.messages[0])
        except NominationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Die Einwilligung ist gespeichert."))
            return redirect(nomination)
    return render(request, "nominations/consent.html", {"nomination": nomination, "form": form})


@coordinator_view
def consent_form_pdf(request, pk: int):
    nomination = _moderated(request, pk)
    if nomination.is_ended:
        raise Http404
    return documents.consent_form_response(nomination=nomination, request=request)


@coordinator_view
def consent_scan(request, pk: int):
    nomination = _moderated(request, pk)
    if not nomination.consent_scan:
        raise Http404
    name = nomination.consent_scan.name
    return FileResponse(
        nomination.consent_scan.open("rb"),
        as_attachment=True,
        filename=f"einwilligung-{nomination.pk}.{name.rsplit('.', 1)[-1]}",
    )


@coordinator_view
def edit_portrait(request, pk: int):
    nomination = _moderated(request, pk)
    if not nomination.has_consent:
        raise Http404
    existing = Portrait.objects.filter(nomination=nomination).first()
    form = form_for(
        request, PortraitForm, questions=list(nomination.campaign.questions), portrait=existing, coordinator=True
    )
    if existing is None and request.method != "POST":
        form.initial.setdefault("display_name", nomination.nominee_name)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_portrait(
                nomination=nomination, data=form.portrait_data(), photo=form.cleaned_data.get("photo"), by=request.user
            )
        except ValidationError as error:
            form.add_error("photo", error.messages[0])
        except NominationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Das Porträt ist gespeichert."))
            return redirect(nomination)
    return render(
        request, "nominations/edit_portrait.html", {"nomination": nomination, "form": form, "portrait": existing}
    )


@coordinator_view
@require_POST
def publish(request, pk: int):
    nomination = _moderated(request, pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie ein gültiges Datum an."))
    else:
        try:
            services.publish(nomination=nomination, by=request.user, on=form.cleaned_data["on"])
        except NominationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Das Porträt ist veröffentlicht."))
    return redirect(nomination)


@coordinator_view
@require_POST
def reject(request, pk: int):
    nomination = _moderated(request, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, next(iter(form.errors.values()))[0])
        return redirect(nomination)
    try:
        services.reject(nomination=nomination, by=request.user, reason=form.cleaned_data["reason"])
    except NominationError as error:
        messages.error(request, str(error))
        return redirect(nomination)
    messages.success(request, _("Der Vorschlag ist abgelehnt; alle Angaben zur Person sind gelöscht."))
    return redirect("nominations:queue", municipality=request.municipality.slug)


@coordinator_view
@require_POST
def merge(request, pk: int):
    nomination = _moderated(request, pk)
    candidates = selectors.duplicates(nomination)
    form = MergeForm(request.POST, candidates=candidates)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie den doppelten Vorschlag."))
        return redirect(nomination)
    duplicate = next(n for n in candidates if str(n.pk) == form.cleaned_data["duplicate"])
    try:
        services.merge(into=nomination, duplicate=duplicate, by=request.user)
    except NominationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Vorschläge sind zusammengeführt."))
    return redirect(nomination)


@coordinator_view
def block(request):
    form = form_for(request, BlockForm)
    if request.method == "POST" and form.is_valid():
        services.block_address(
            municipality=request.municipality,
            email=form.cleaned_data["email"],
            by=request.user,
            note=form.cleaned_data.get("note") or "",
        )
        messages.success(request, _("Von dieser Adresse werden keine Vorschläge mehr angenommen."))
        return redirect("nominations:queue", municipality=request.municipality.slug)
    return render(request, "nominations/block.html", {"form": form})


@coordinator_view
def figures(request):
    campaigns = selectors.campaigns_of(municipality=request.municipality)
    shown = [(value, label) for value, label in S.choices if value != S.UNCONFIRMED]
    rows = []
    for campaign in campaigns:
        f = selectors.campaign_figures(campaign)
        table = [(town, [counts.get(value, 0) for value, _label in shown]) for town, counts in f.by_town.items()]
        percent = round(f.consent_rate * 100) if f.consent_rate is not None else None
        rows.append((campaign, f, table, percent))
    return render(request, "nominations/figures.html", {"rows": rows, "statuses": shown})


# --- posters and images ----------------------------------------------------------------------


def _portrait_for_coordinator(request, slug: str) -> Portrait:
    try:
        return (
            Portrait.objects.select_related("municipality", "campaign", "topic", "nomination")
            .prefetch_related(Prefetch("campaign__participants"))
            .get(municipality=request.municipality, slug=slug, nomination__status=S.PUBLISHED)
        )
    except Portrait.DoesNotExist:
        raise Http404 from None


@coordinator_view
def poster(request, slug: str, size: str):
    if size not in ("a4", "a3"):
        raise Http404
    item = _portrait_for_coordinator(request, slug)
    services.record_handout(nomination=item.nomination, kind=size, by=request.user)
    return documents.poster_response(portrait=item, size=size, request=request)


@coordinator_view
def social_image(request, slug: str):
    item = _portrait_for_coordinator(request, slug)
    services.record_handout(nomination=item.nomination, kind=ImageHandout.Kind.SQUARE, by=request.user)
    response = HttpResponse(documents.social_png(item), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="gluecksbringer-{item.slug}.png"'
    return response


def nominee_link_for(nomination: Nomination) -> str:
    return reverse(
        "nominations:nominee",
        kwargs={"municipality": nomination.municipality.slug, "token": services.nominee_token(nomination)},
    )
