"""Pages of visitors and subscribers: sign up, confirm, manage a subscription (topics, export,
deletion), one-click unsubscribe (RFC 8058)."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from engagiert.core.permissions import municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.core.views_helpers import form_for, link_invalid
from engagiert.newsletter import selectors, services
from engagiert.newsletter.forms import SignupForm, TopicsForm
from engagiert.newsletter.services import LinkError
from engagiert.newsletter.tokens import subscription_token

CLIENT_LIMIT = 20  # sign-ups per client address and hour
ADDRESS_LIMIT = 5  # sign-ups per e-mail address and hour


@municipality_view()
def signup(request):
    newsletters = selectors.signup_options(request.municipality)
    form = form_for(request, SignupForm, newsletters=newsletters)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip().lower()
        if limit_reached(request, action="newsletter:signup", limit=CLIENT_LIMIT):
            form.add_error(
                None, _("Zu viele Anmeldungen von diesem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.")
            )
        elif limit_reached(request, action="newsletter:signup-address", limit=ADDRESS_LIMIT, who=email):
            form.add_error(
                None,
                _(
                    "Für diese E-Mail-Adresse gab es gerade mehrere Anmeldungen. Bitte schauen Sie in Ihr Postfach "
                    "oder versuchen Sie es in einer Stunde erneut."
                ),
            )
        else:
            services.subscribe(
                municipality=request.municipality,
                email=email,
                name=form.cleaned_data["name"],
                selection=form.selection(),
                language=get_language() or "de",
            )
            # The same answer whether the address is new, pending or subscribed (nobody learns who reads what).
            messages.success(
                request,
                _(
                    "Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre Anmeldung über "
                    "den Link darin. Erst danach bekommen Sie den Newsletter."
                ),
            )
            return redirect("newsletter:signup", municipality=request.municipality.slug)
    return render(request, "newsletter/signup.html", {"form": form, "newsletters": newsletters})


def _link_error(request, error: LinkError):
    return link_invalid(request, expired=error.gone, reason=str(error))


@municipality_view()
def confirm(request, token: str):
    """GET shows a button (mail scanners must not confirm), POST confirms."""
    if request.method == "POST":
        try:
            confirmed = services.confirm(token=token, municipality=request.municipality)
        except LinkError as error:
            return _link_error(request, error)
        first = confirmed[0]
        return render(
            request,
            "newsletter/confirmed.html",
            {"subscriptions": confirmed, "token": subscription_token(first)},
        )
    from engagiert.newsletter.tokens import confirm_pairs

    if not confirm_pairs(token):
        return link_invalid(request, expired=False, reason=_("Dieser Link ist ungültig."))
    return render(request, "newsletter/confirm.html", {"token": token})


def _subscription(request, token: str):
    try:
        return services.subscription_from_token(token, municipality=request.municipality), None
    except LinkError as error:
        return None, _link_error(request, error)


@municipality_view()
def manage(request, token: str):
    subscriber, error = _subscription(request, token)
    if error:
        return error
    form = form_for(request, TopicsForm, subscriber=subscriber)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_topics(subscriber=subscriber, topic_ids=form.topic_ids())
        except ValueError as exc:
            form.add_error("topics", str(exc))
        else:
            messages.success(request, _("Ihre Themen sind gespeichert."))
            return redirect("newsletter:manage", municipality=request.municipality.slug, token=token)
    others = [s for s in selectors.subscriptions_of(subscriber.email) if s.pk != subscriber.pk]
    for other in others:
        other.token = subscription_token(other)
    context = {"subscriber": subscriber, "form": form, "token": token, "others": others}
    return render(request, "newsletter/manage.html", context)


@municipality_view()
def export(request, token: str):
    subscriber, error = _subscription(request, token)
    if error:
        return error
    data = services.export_address(subscriber=subscriber)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="newsletter-daten.json"'
    return response


@municipality_view()
def delete(request, token: str):
    subscriber, error = _subscription(request, token)
    if error:
        return error
    if request.method == "POST":
        services.delete_address(subscriber=subscriber)
        return render(request, "newsletter/deleted.html", {"email": subscriber.email})
    return render(request, "newsletter/delete.html", {"subscriber": subscriber, "token": token})


@csrf_exempt  # RFC 8058: mail clients POST without cookies or a CSRF token; the signed link authenticates.
@municipality_view()
def unsubscribe(request, token: str):
    """GET: a page with one button (link scanners follow GETs and must not unsubscribe anyone);
    POST (the button, or a mail client's "List-Unsubscribe=One-Click"): unsubscribed at once."""
    try:
        subscriber = services.subscription_from_token(token, municipality=request.municipality)
    except LinkError as error:
        if error.gone and request.method == "POST":
            return render(request, "newsletter/unsubscribed.html", {"newsletter": None})
        return _link_error(request, error)
    if request.method == "POST":
        newsletter = subscriber.newsletter
        services.unsubscribe(subscriber=subscriber)
        return render(request, "newsletter/unsubscribed.html", {"newsletter": newsletter})
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber, "token": token})
