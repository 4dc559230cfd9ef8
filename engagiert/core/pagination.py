"""One way to page a list shown on a page: `paginate()` gives the page for ?page= and the query
string for its links (`_pagination.html` renders them)."""

from __future__ import annotations

from collections.abc import Sequence

from django import forms
from django.core.paginator import Page, Paginator
from django.http import HttpRequest
from django.utils.functional import cached_property

# Working lists of coordinators and organisers (cards, hours, events, check-in): a page each.
LIST_PAGE_SIZE = 50
# No list has this many pages: a larger ?page= is read as this one, so that nothing derived
# from it (LIMIT, OFFSET) leaves the range of a database integer.
MAX_PAGE = 1_000_000


class _Paginator(Paginator):
    """Django's paginator, counting only up to `count_limit` items when given: `capped` then
    says that there are more than `count`."""

    capped = False

    def __init__(self, object_list, per_page: int, *, count_limit: int | None) -> None:
        super().__init__(object_list, per_page)
        self.count_limit = count_limit

    @cached_property
    def count(self) -> int:
        if self.count_limit is None or not hasattr(self.object_list, "order_by"):
            return super().count
        n = self.object_list.order_by()[: self.count_limit + 1].count()  # any rows will do for a count
        self.capped = n > self.count_limit
        return min(n, self.count_limit)


def page_number(raw: str | None) -> int:
    """A ?page= value as a page number from 1 to MAX_PAGE: ASCII digits only, anything else is 1."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return 1
    return min(max(int(raw) if len(raw) <= 7 else MAX_PAGE, 1), MAX_PAGE)


def query_string(request: HttpRequest, *, form: forms.Form | None = None, leave_out: Sequence[str] = ("page",)) -> str:
    """The request's query string without `leave_out` and without the parameters `form` rejected."""
    query = request.GET.copy()
    rejected = list(form.errors) if form is not None and form.is_bound else []
    for name in (*leave_out, *rejected):
        query.pop(name, None)
    return query.urlencode()


def paginate(
    request: HttpRequest,
    items,
    *,
    per_page: int,
    form: forms.Form | None = None,
    pages_ahead: int | None = None,
) -> Page:
    """The page of `items` (a queryset, a list or `RankedResults`) that ?page= asks for: the first
    when it is not a number, the last when it is beyond the last; `page.query_string` keeps the
    other parameters but those `form` rejected. With `pages_ahead` a queryset is counted only that
    many pages beyond the requested one (`page.paginator.capped` then says there are more)."""
    number = page_number(request.GET.get("page"))
    count_limit = None if pages_ahead is None else (number + pages_ahead) * per_page
    page = _Paginator(items, per_page, count_limit=count_limit).get_page(number)
    page.query_string = query_string(request, form=form)
    return page
