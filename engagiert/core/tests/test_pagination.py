"""One paginator: page numbers, the last page for any number beyond it, the links' query string."""

from __future__ import annotations

import pytest
from django import forms
from django.test import RequestFactory

from engagiert.core.models import Municipality
from engagiert.core.pagination import MAX_PAGE, page_number, paginate, query_string


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        (None, 1),
        ("", 1),
        ("abc", 1),
        ("0", 1),
        ("-3", 1),
        ("٣", 1),  # Arabic-Indic digit: not a page number here
        ("1.5", 1),
        (" 7 ", 7),
        ("42", 42),
        ("1000000000000000000", MAX_PAGE),  # was a 500 (bigint out of range) in the calendar
        ("9" * 5000, MAX_PAGE),  # longer than int() takes
    ],
)
def test_page_numbers(raw, number):
    assert page_number(raw) == number


def test_a_page_beyond_the_last_is_the_last():
    page = paginate(RequestFactory().get("/?page=1000000000000000000"), list(range(45)), per_page=20)
    assert page.number == 3 and list(page) == list(range(40, 45))


def test_an_empty_list_has_one_empty_page():
    page = paginate(RequestFactory().get("/?page=4"), [], per_page=20)
    assert page.number == 1 and list(page) == [] and not page.has_other_pages()


class Filter(forms.Form):
    q = forms.CharField(required=False)
    kind = forms.ChoiceField(choices=[("a", "A")], required=False)


def test_the_links_keep_the_filters_but_not_the_page_or_a_rejected_one():
    request = RequestFactory().get("/?q=Tanz&kind=nope&page=2&x=1")
    form = Filter(request.GET)
    page = paginate(request, list(range(50)), per_page=20, form=form)
    assert page.query_string == "q=Tanz&x=1"
    assert query_string(request) == "q=Tanz&kind=nope&x=1"  # without a form nothing is rejected


def test_a_queryset_is_counted_only_a_few_pages_ahead(db, django_assert_num_queries):
    for i in range(7):
        Municipality.objects.create(name=f"Ort {i}", slug=f"ort-{i}", ags=f"1500{i:04d}", state="ST")
    items = Municipality.objects.order_by("slug")
    with django_assert_num_queries(2):  # the capped count, the page
        page = paginate(RequestFactory().get("/"), items, per_page=2, pages_ahead=1)
        assert [m.slug for m in page] == ["ort-0", "ort-1"]
    assert page.paginator.count == 4 and page.paginator.capped
    far = paginate(RequestFactory().get("/?page=1000000000000000000"), items, per_page=2, pages_ahead=1)
    assert far.number == 4 and [m.slug for m in far] == ["ort-6"] and not far.paginator.capped
