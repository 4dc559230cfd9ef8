"""form_for binds on POST only; link_invalid answers 404 or 410 with one page."""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory

from engagiert.core.views_helpers import form_for, link_invalid


class NameForm(forms.Form):
    name = forms.CharField()
    upload = forms.FileField(required=False)

    def __init__(self, *args, greeting: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.greeting = greeting


class NameFormSet(forms.formset_factory(NameForm, extra=1)):
    pass


def test_a_get_gives_an_unbound_form_with_the_keyword_arguments():
    form = form_for(RequestFactory().get("/?name=x"), NameForm, greeting="Hallo", initial={"name": "A"})
    assert not form.is_bound and form.greeting == "Hallo" and form.initial == {"name": "A"}


def test_an_empty_post_is_bound_and_shows_its_errors():
    form = form_for(RequestFactory().post("/", {}), NameForm)
    assert form.is_bound and not form.is_valid() and "name" in form.errors


def test_a_post_binds_data_and_files():
    upload = SimpleUploadedFile("a.txt", b"hello")
    form = form_for(RequestFactory().post("/", {"name": "Erika", "upload": upload}), NameForm)
    assert form.is_valid() and form.cleaned_data["upload"].read() == b"hello"


def test_formsets_bind_the_same_way():
    assert not form_for(RequestFactory().get("/"), NameFormSet, prefix="p").is_bound
    formset = form_for(RequestFactory().post("/", {}), NameFormSet, prefix="p")
    assert formset.is_bound and not formset.is_valid()  # no management form


def test_an_unknown_link_answers_404_and_an_expired_one_410(rf, dessau):
    request = rf.get("/")
    request.municipality = dessau
    unknown = link_invalid(request, expired=False)
    assert unknown.status_code == 404 and "Dieser Link ist ungültig" in unknown.content.decode()
    gone = link_invalid(request, expired=True, reason="Dieser Link ist abgelaufen.")
    page = gone.content.decode()
    assert gone.status_code == 410 and "nicht mehr gültig" in page and "Dieser Link ist abgelaufen." in page
    assert 'href="/dessau-rosslau/"' in page  # a way forward


def test_an_empty_accessibility_feedback_shows_the_errors(client, dessau):
    response = client.post("/dessau-rosslau/barrierefreiheit/", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()
