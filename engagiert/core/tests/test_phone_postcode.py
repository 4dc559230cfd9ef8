"""core.fields: PostcodeField and PhoneField, in models (admin, full_clean) and forms."""

from __future__ import annotations

import pytest
from django import forms
from django.core.exceptions import ValidationError

from engagiert.core.fields import PhoneField, PhoneFormField, PostcodeField, PostcodeFormField
from engagiert.core.models import Municipality

POSTCODE_ERROR = "Bitte geben Sie eine fünfstellige Postleitzahl ein."
PHONE_ERROR = "Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden."


class AddressForm(forms.Form):
    postcode = PostcodeFormField(required=False)
    phone = PhoneFormField(required=False)


@pytest.mark.parametrize("value", ["06844", "01067", " 06844 "])
def test_a_postcode_is_five_ascii_digits(value):
    form = AddressForm({"postcode": value})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["postcode"] == value.strip()


@pytest.mark.parametrize("value", ["6844", "068440", "0684a", "٠٦٨٤٤", "０６８４４", "06 844", "D-06844", "²6844"])
def test_anything_else_is_no_postcode(value):
    form = AddressForm({"postcode": value})
    assert form.errors == {"postcode": [POSTCODE_ERROR]}


@pytest.mark.parametrize("value", ["0340 204-1401", "+49 (0)340 204 1401", "0340/2041401", "112 0"])
def test_a_phone_number_is_ascii_digits_with_separators(value):
    form = AddressForm({"phone": value})
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("value", ["12", "----", "+() /", "0340 ١٢٣٤", "0340 204 ext. 5", "1" * 41, "0340\n204"])
def test_anything_else_is_no_phone_number(value):
    form = AddressForm({"phone": value})
    assert not form.is_valid() and form.errors["phone"]


def test_empty_values_are_allowed_unless_required():
    assert AddressForm({"postcode": "", "phone": ""}).is_valid()
    assert PostcodeFormField().required  # like any form field
    with pytest.raises(ValidationError):
        PostcodeFormField(required=True).clean("")


def test_the_form_fields_have_german_labels_and_the_columns_width():
    assert str(PostcodeFormField().label) == "PLZ" and PostcodeFormField().max_length == 10
    assert str(PhoneFormField().label) == "Telefon" and PhoneFormField().max_length == 40


def test_the_model_fields_validate_and_give_their_form_fields():
    postcode = Municipality._meta.get_field("postcode")
    phone = Municipality._meta.get_field("phone")
    assert isinstance(postcode, PostcodeField) and isinstance(phone, PhoneField)
    assert isinstance(postcode.formfield(), PostcodeFormField)
    assert isinstance(phone.formfield(), PhoneFormField)
    assert str(postcode.formfield().label) == "PLZ" and not postcode.formfield().required
    postcode.run_validators("06844")
    with pytest.raises(ValidationError) as refused:
        postcode.run_validators("٠٦٨٤٤")
    assert refused.value.messages == [POSTCODE_ERROR]
    with pytest.raises(ValidationError) as refused:
        phone.run_validators("ruf an")
    assert refused.value.messages == [PHONE_ERROR]
