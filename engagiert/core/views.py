"""Portal pages: platform and municipality start pages, legal pages, health check,
font size, the signed-in user's overview."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from engagiert.core import audit
from engagiert.core.context_processors import FONT_COOKIE, FONT_STEPS, font_step
from engagiert.core.forms import (
    SEARCH_QUERY_MAX_LENGTH,
    AccessibilityFeedbackForm,
    AccountForm,
    AppearanceForm,
    FontSizeForm,
    SearchSynonymsForm,
    SiteSearchForm,
)
from engagiert.core.models import Municipality, RegionalNetwork, Role
from engagiert.core.permissions import has_role, municipality_view
from engagiert.core.ratelimit import limit_reached
from engagiert.core.registry import (
    account_sections,
    area_sections,
    personal_data,
    queue_counts,
    render_sections,
    render_sections_with_titles,
    retention_rules,
    town_home_view,
    towns_of,
)
from engagiert.core.search import query_terms
from engagiert.core.sitesearch import search_everything, search_kinds
from engagiert.core.synonyms import add_default_synonyms, as_text, entries_of, replace_synonyms
from engagiert.core.towns import remembered_town
from engagiert.core.views_helpers import form_for


def home(request):
    networks = RegionalNetwork.objects.prefetch_related("municipalities")
    return render(request, "core/home.html", {"municipalities": Municipality.objects.all(), "networks": networks})


def municipality_home(request, municipality: str):
    """A town's start page. An app may serve it (the portal, through core.registry), and with
    it the start pages of regional networks, which share the /<slug>/ addresses; the app sets
    request.municipality then (it reads the town with its page)."""
    town_home = town_home_view()
    response = town_home(request, municipality) if town_home else None
    if response is not None:
        return response
    town = Municipality.objects.filter(slug=municipality).first()
    if town is None:
        raise Http404
    request.municipality = town
    orgs = town.organisations.filter(status="published")
    return render(request, "core/municipality_home.html", {"organisation_count": orgs.count()})


FEEDBACK_LIMIT = 10  # accessibility feedback per address and hour


@municipality_view()
def accessibility(request):
    form = form_for(request, AccessibilityFeedbackForm)
    if (
        request.method == "POST"
        and form.is_valid()
        and limit_reached(request, action="core:accessibility-feedback", limit=FEEDBACK_LIMIT)
    ):
        form.add_error(
            None, _("Zu viele Rückmeldungen von diesem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.")
        )
    elif request.method == "POST" and form.is_valid():
        form.instance.municipality = request.municipality
        form.save()
        messages.success(request, _("Danke für Ihre Rückmeldung. Wir melden uns innerhalb von sechs Wochen."))
        return redirect("core:accessibility", municipality=request.municipality.slug)
    return render(request, "core/accessibility.html", {"form": form})


@municipality_view()
def imprint(request):
    return render(request, "core/imprint.html")


@municipality_view()
def privacy(request):
    """The privacy statement: the controller, the data-protection officer and every kind of
    personal data the apps registered (core.registry.register_personal_data)."""
    context = {
        "entries": personal_data.all(),
        "rules": retention_rules.all(),
        "coordinator": has_role(request.user, request.municipality, Role.Kind.COORDINATOR),
    }
    return render(request, "core/privacy.html", context)


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@csrf_exempt  # a preference cookie only; the form sits on cached public pages (core.pagecache)
@require_POST
def font_size(request):
    form = FontSizeForm(request.POST)
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = HttpResponseRedirect(target)
    if form.is_valid():
        step = {"up": font_step(request) + 1, "down": font_step(request) - 1, "reset": 0}[form.cleaned_data["change"]]
        step = min(max(step, FONT_STEPS.start), FONT_STEPS.stop - 1)
        response.set_cookie(FONT_COOKIE, str(step), max_age=365 * 24 * 3600, samesite="Lax")
    return response


@login_required
def account(request):
    form = form_for(request, AccountForm, instance=request.user)
    if form.is_bound and form.is_valid():
        form.save()
        messages.success(request, _("Ihre Angaben sind gespeichert."))
        return redirect("core:account")
    roles = Role.objects.filter(user=request.user).select_related("municipality")
    sections = render_sections(account_sections.all(), request)  # what the apps contribute (core.registry)
    town = remembered_town(request)
    towns = list(towns_of(request.user))
    context = {"roles": roles, "sections": sections, "language_form": form, "town": town, "towns": towns}
    context["privacy_town"] = town or (towns[0] if towns else None)  # the privacy centre lives in a town's area
    return render(request, "core/account.html", context)


@municipality_view(login=True)
def my_area(request):
    """ "Mein Bereich": what the person has in this town, in the sections the apps register
    (core.registry), and for the town's coordinators every work queue with its count."""
    muni = request.municipality
    coordinator = has_role(request.user, muni, Role.Kind.COORDINATOR)
    context = {
        "sections": render_sections_with_titles(area_sections.all(), request, muni),
        "queues": queue_counts(muni) if coordinator else [],
        "coordinator": coordinator,
    }
    return render(request, "core/my_area.html", context)


@municipality_view(roles=(Role.Kind.COORDINATOR,))
def appearance(request):
    """The town's logo, accent colour and header image (also in the admin)."""
    # A fresh copy: an invalid colour must not reach the page header before it is saved.
    town = Municipality.objects.get(pk=request.municipality.pk)
    form = form_for(request, AppearanceForm, instance=town)
    if request.method == "POST" and form.is_valid():
        form.save()
        audit.record(
            actor=request.user,
            action="core.appearance",
            target=town,
            municipality=town,
            data={"changed": form.changed_data},
        )
        messages.success(request, _("Die Darstellung ist gespeichert."))
        return redirect("core:appearance", municipality=town.slug)
    return render(request, "core/appearance.html", {"form": form})


# Words offered on the empty search page (German: the content is German).
SEARCH_EXAMPLES = ("Tanz", "Deutschkurs", "Senioren", "Flüchtlinge")


@municipality_view()
def site_search(request):
    """One search over everything the town shows (core.sitesearch): results grouped by kind
    with their counts, each group linking to the app's own search."""
    form = SiteSearchForm(request.GET)
    query = form.query()
    groups = search_everything(request.municipality, query) if query else []
    total = sum(group.count for group in groups)
    words = query.split()
    context = {
        "form": form,
        "query": query,
        "searched": bool(query),
        # a query of nothing searchable (punctuation, only stop words): no groups at all
        "nothing_searchable": bool(query) and not groups,
        "groups": groups,
        "found": [group for group in groups if group.count],
        "total": total,
        # no result for every word together: offer each word alone
        "single_words": words if total == 0 and len(query_terms(query)) > 1 else [],
        "browse": [(kind.label, kind.more_url(request.municipality, "").split("?")[0]) for kind in search_kinds.all()],
        "shortened": form.shortened,
        "shortened_text": _("Ihre Suche war länger als %(n)d Zeichen. Gesucht wurde nur nach dem Anfang: „%(query)s“.")
        % {"n": SEARCH_QUERY_MAX_LENGTH, "query": query},
        "max_length": SEARCH_QUERY_MAX_LENGTH,
        "examples": SEARCH_EXAMPLES,
    }
    return render(request, "core/search.html", context)


@municipality_view(roles=(Role.Kind.COORDINATOR,))
def search_settings(request):
    """The town's search synonyms (core.synonyms): one line per word; also in the admin."""
    town = request.municipality
    if request.method == "POST" and request.POST.get("action") == "defaults":
        added = add_default_synonyms(town)
        audit.record(
            actor=request.user,
            action="core.search_synonyms_defaults",
            target=town,
            municipality=town,
            data={"added": added},
        )
        messages.success(request, _("Vorschläge der Plattform ergänzt: %(n)d Suchwörter.") % {"n": added})
        return redirect("core:search_settings", municipality=town.slug)
    form = form_for(request, SearchSynonymsForm, initial={"entries": as_text(entries_of(town))})
    if request.method == "POST" and form.is_valid():
        replace_synonyms(municipality=town, entries=form.cleaned_data["entries"], actor=request.user)
        messages.success(request, _("Die Synonyme der Suche sind gespeichert."))
        return redirect("core:search_settings", municipality=town.slug)
    return render(request, "core/search_settings.html", {"form": form})
