"""core.geocoding: a postcode's centre from the shipped table; PinnedLocationMixin: the pin
wins, else the postcode places it, an unknown postcode is said and nothing is lost."""

from __future__ import annotations

import pytest
from django import forms

from engagiert.core.fields import PostcodeFormField
from engagiert.core.forms import PinnedLocationMixin, pin_fields
from engagiert.core.geocoding import _table, centroid


def test_the_table_covers_all_of_germany():
    table = _table()
    assert len(table) > 8000
    lats = [lat for lat, _ in table.values()]
    lons = [lon for _, lon in table.values()]
    assert 47 < min(lats) and max(lats) < 55.1  # from the Alps to Sylt
    assert 5.8 < min(lons) and max(lons) < 15.1


@pytest.mark.parametrize(
    ("postcode", "near"),
    [("06844", (51.85, 12.27)), ("01067", (51.06, 13.72)), ("80331", (48.14, 11.57)), (" 06886 ", (51.88, 12.62))],
)
def test_a_known_postcode_gives_its_centre(postcode, near):
    lat, lon = centroid(postcode)
    assert abs(lat - near[0]) < 0.02 and abs(lon - near[1]) < 0.02


@pytest.mark.parametrize("postcode", ["", None, "00000", "99999", "6844", "068440", "٠٦٨٤٤", "abcde"])
def test_anything_else_gives_none(postcode):
    assert centroid(postcode) is None


class PlaceForm(PinnedLocationMixin, forms.Form):
    name = forms.CharField()
    postcode = PostcodeFormField(required=False)
    latitude, longitude = pin_fields()


def test_the_fields_are_hidden_and_ask_for_no_coordinates():
    html = PlaceForm().as_div()
    assert 'type="hidden" name="latitude"' in html and 'type="hidden" name="longitude"' in html
    assert "Breitengrad" not in html and "Längengrad" not in html


def test_without_a_pin_the_postcode_places_it():
    form = PlaceForm({"name": "Café", "postcode": "06844", "latitude": "", "longitude": ""})
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == centroid("06844")
    assert form.location_note == ""


def test_a_pin_wins_over_the_postcode():
    form = PlaceForm({"name": "Café", "postcode": "06844", "latitude": "51.8301", "longitude": "12.2402"})
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == (51.8301, 12.2402)


def test_half_a_pin_counts_as_none():
    form = PlaceForm({"name": "Café", "postcode": "06844", "latitude": "51.83", "longitude": ""})
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == centroid("06844")


def test_an_unknown_postcode_is_said_and_nothing_is_lost():
    form = PlaceForm({"name": "Café", "postcode": "99999", "latitude": "", "longitude": ""})
    assert form.is_valid(), form.errors  # saved all the same
    assert form.cleaned_data["name"] == "Café" and form.cleaned_data["postcode"] == "99999"
    assert form.cleaned_data["latitude"] is None and form.cleaned_data["longitude"] is None
    assert "Die Postleitzahl 99999 kennen wir nicht" in form.location_note


def test_no_postcode_and_no_pin_leaves_it_off_the_map():
    form = PlaceForm({"name": "Café", "postcode": "", "latitude": "", "longitude": ""})
    assert form.is_valid()
    assert form.cleaned_data["latitude"] is None and form.location_note == ""


def test_an_edit_keeps_the_pin_while_the_address_stays():
    initial = {"name": "Café", "postcode": "06844", "latitude": 51.8301, "longitude": 12.2402}
    form = PlaceForm(
        {"name": "Café Neu", "postcode": "06844", "latitude": "51.8301", "longitude": "12.2402"}, initial=initial
    )
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == (51.8301, 12.2402)


def test_a_new_postcode_under_an_unmoved_pin_moves_the_place():
    """Without JavaScript the old pin comes back unchanged; the new postcode decides."""
    initial = {"name": "Café", "postcode": "06844", "latitude": 51.8301, "longitude": 12.2402}
    form = PlaceForm(
        {"name": "Café", "postcode": "80331", "latitude": "51.8301", "longitude": "12.2402"}, initial=initial
    )
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == centroid("80331")


def test_a_new_postcode_with_a_moved_pin_keeps_the_pin():
    initial = {"name": "Café", "postcode": "06844", "latitude": 51.8301, "longitude": 12.2402}
    form = PlaceForm({"name": "Café", "postcode": "80331", "latitude": "48.1", "longitude": "11.5"}, initial=initial)
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == (48.1, 11.5)


def test_a_removed_pin_falls_back_to_the_postcode():
    initial = {"name": "Café", "postcode": "06844", "latitude": 51.8301, "longitude": 12.2402}
    form = PlaceForm({"name": "Café", "postcode": "06844", "latitude": "", "longitude": ""}, initial=initial)
    assert form.is_valid()
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == centroid("06844")


@pytest.mark.parametrize(("lat", "lon"), [("91", "12"), ("51", "181"), ("nan", "12"), ("x", "y")])
def test_a_tampered_pin_is_an_error_not_a_crash(lat, lon):
    form = PlaceForm({"name": "Café", "postcode": "06844", "latitude": lat, "longitude": lon})
    assert not form.is_valid()
