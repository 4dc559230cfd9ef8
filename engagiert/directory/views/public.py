"""Public pages of the directory: search with facets and map, organisation page."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from engagiert.core.models import Role
from engagiert.core.pagination import paginate
from engagiert.core.permissions import has_role, municipality_view
from engagiert.directory.facets import facet_counts
from engagiert.directory.forms import SearchForm
from engagiert.directory.models import Organisation
from engagiert.directory.selectors import organisation_detail, search_organisations

PAGE_SIZE = 20


@municipality_view()
def search(request):
    form = SearchForm(request.GET, municipality=request.municipality)
    filters = form.filters()
    results = search_organisations(municipality=request.municipality, filters=filters)
    page = paginate(request, results, per_page=PAGE_SIZE, form=form)
    map_points = [
        {"name": o.name, "lat": o.latitude, "lon": o.longitude, "url": o.get_absolute_url()}
        for o in page.object_list
        if o.latitude is not None
    ]
    words = filters.query.split()
    # Every word must match; when none does, offer each word on its own.
    alternatives = words if len(words) > 1 and not page.paginator.count else []
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "facets": facet_counts(municipality=request.municipality, filters=filters),
        "map_points": map_points,
        "alternatives": alternatives,
    }
    return render(request, "directory/search.html", context)


@municipality_view()
def detail(request, slug: str):
    try:
        org = organisation_detail(municipality=request.municipality, slug=slug)
    except Organisation.DoesNotExist:
        raise Http404 from None
    coordinator = has_role(request.user, request.municipality, Role.Kind.COORDINATOR)
    return render(request, "directory/detail.html", {"org": org, "coordinator": coordinator})
