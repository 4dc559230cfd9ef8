"""The one search helper: prefix lookup, terms and ranking SQL on both databases."""

from __future__ import annotations

import pytest

from engagiert.core.models import District
from engagiert.core.search import query_terms

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("verein", {"verein", "vereinsheim", "verein_2"}),
        ("vereins", {"vereinsheim"}),
        ("ver_", set()),  # "_" is a character here, not a wildcard
        ("україн", {"українськ"}),  # Cyrillic and other scripts by prefix too
        ("zz", set()),
    ],
)
def test_prefix_lookup_matches_exactly_the_strings_starting_with_the_term(dessau, term, expected):
    values = ("verein", "vereinsheim", "verein_2", "vers", "averein", "українськ")
    rows = [
        District.objects.create(municipality=dessau, name=value, slug=f"prefix-{i}") for i, value in enumerate(values)
    ]
    found = District.objects.filter(pk__in=[r.pk for r in rows], name__prefix=term).values_list("name", flat=True)
    assert set(found) == expected


def test_query_terms_fold_stem_and_drop_stop_words():
    assert query_terms("Wer hilft bei der Übersetzung für Vereine in Roßlau?") == ["ubersetz", "verein", "rosslau"]


@pytest.mark.parametrize(
    ("query", "key", "value", "expected"),
    [
        ("q=Tanz&page=3", "topic", "sport", "?q=Tanz&topic=sport"),  # sets, drops the page
        ("q=Tanz&topic=sport", "topic", "sport", "?q=Tanz"),  # the chosen option toggles off
        ("q=Tanz&topic=sport", "topic", "kultur", "?q=Tanz&topic=kultur"),
        ("q=Stra%C3%9Fe+%26+Platz", "kind", "verein", "?q=Stra%C3%9Fe+%26+Platz&kind=verein"),
        ("page=2", "q", "", "?"),
    ],
)
def test_facet_links_toggle_their_option_and_keep_the_rest(rf, query, key, value, expected):
    from engagiert.core.templatetags.portal import query_with

    assert query_with({"request": rf.get("/?" + query)}, key, value) == expected


def test_facet_links_leave_out_what_the_form_rejected(rf):
    from django import forms

    from engagiert.core.templatetags.portal import query_with

    class Filters(forms.Form):
        q = forms.CharField(required=False)
        kind = forms.ChoiceField(choices=[("verein", "Verein")], required=False)

    request = rf.get("/?q=Tanz&kind=quatsch")
    form = Filters(request.GET)
    assert not form.is_valid()
    assert query_with({"request": request, "form": form}, "topic", "sport") == "?q=Tanz&topic=sport"
    assert query_with({"request": request}, "topic", "sport") == "?q=Tanz&kind=quatsch&topic=sport"
