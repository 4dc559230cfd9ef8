"""Building blocks of HTML views: bind a form on POST only, and the page of an e-mailed link
that cannot be used.

Conventions (every app):
- A form that does not validate is shown again with its error summary (`_form.html`) and
  status 200, as browsers and assistive technology expect; 400/422 are for the JSON API.
- An e-mailed link (confirmation, registration, questionnaire) that cannot be used shows
  `core/link_invalid.html`: 404 when the link is unknown or malformed, 410 Gone when it was
  valid once and is no longer (expired, already used, superseded, no longer needed)."""

from __future__ import annotations

from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

F = TypeVar("F")


def form_for(request: HttpRequest, form_class: type[F], /, **kwargs: Any) -> F:
    """`form_class` bound to the request's POST data and files on POST (an empty POST too, so that
    it shows its errors), unbound on any other method; `kwargs` go to the form (or formset)."""
    if request.method == "POST":
        return form_class(data=request.POST, files=request.FILES, **kwargs)
    return form_class(**kwargs)


def link_invalid(request: HttpRequest, *, expired: bool, reason: str = "") -> HttpResponse:
    """The page for an e-mailed link that cannot be used (410 when `expired`, that is valid once
    and no longer, else 404), saying `reason` if given and where to turn."""
    context = {"expired": expired, "reason": reason}
    return render(request, "core/link_invalid.html", context, status=410 if expired else 404)
