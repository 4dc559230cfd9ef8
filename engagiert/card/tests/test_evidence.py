"""Who confirms an activity: a directory organisation at its own address (the applicant
cannot redirect the link), the applicant's typed address only for free-text organisations
(never their own), and confirmed Mach mit! hours instead of a link."""

from __future__ import annotations

from datetime import date

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from engagiert.card import services
from engagiert.card.models import Activity, ActivityConfirmation, CardApplication
from engagiert.card.tests import factories
from engagiert.testing import make_org, make_user

pytestmark = pytest.mark.django_db

BASE = "/dessau-rosslau/ehrenamtskarte"
PERSON_POST = {
    "first_name": "Anna",
    "last_name": "Müller",
    "birth_date": "1980-05-17",
    "residence_state": "Sachsen-Anhalt",
    "consent": "on",
}
ACTIVITY_POST = {"since": "2015-01-01", "hours": "6", "period": "week"}


@pytest.fixture
def anna(dessau):
    user = make_user("anna@example.org")
    EmailAddress.objects.create(user=user, email="anna.privat@example.net", verified=True, primary=False)
    return user


@pytest.fixture
def anna_client(client, anna):
    client.force_login(anna)
    client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "save"})
    return client


def add(client, **data):
    return client.post(f"{BASE}/antrag/taetigkeit/", {**ACTIVITY_POST, **data})


def submit(client):
    mail.outbox.clear()
    return client.post(f"{BASE}/antrag/", {**PERSON_POST, "action": "submit"})


def links_to(address: str) -> list[str]:
    return [m.body for m in mail.outbox if m.to == [address] and "/bestaetigung/" in m.body]


def test_a_directory_organisation_is_asked_at_its_own_address_not_the_typed_one(anna_client, dessau):
    tafel = make_org(dessau, "Dessauer Tafel", email="vorstand@tafel.example")
    assert add(anna_client, organisation=tafel.pk, contact_email="freundin@example.org").status_code == 302
    activity = Activity.objects.get()
    assert activity.contact_email == ""  # what was typed is not kept
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert "freundin@example.org" not in page and "Adresse aus dem Durchblick" in page

    assert submit(anna_client).status_code == 302
    assert len(links_to("vorstand@tafel.example")) == 1
    assert not links_to("freundin@example.org")
    confirmation = ActivityConfirmation.objects.get()
    assert (confirmation.email, confirmation.source) == ("vorstand@tafel.example", "organisation")


def test_the_applicants_own_address_given_for_a_directory_organisation_is_not_used(anna_client, anna, dessau):
    """The audit's case: a directory organisation, the applicant's own address typed in."""
    tafel = make_org(dessau, "Dessauer Tafel", email="vorstand@tafel.example")
    assert add(anna_client, organisation=tafel.pk, contact_email="anna@example.org").status_code == 302
    submit(anna_client)
    assert not links_to("anna@example.org")
    assert ActivityConfirmation.objects.get().email == "vorstand@tafel.example"


def test_without_its_own_e_mail_a_public_contact_person_is_asked(anna_client, dessau):
    verein = make_org(dessau, "Sportverein Roßlau", contact_email="trainerin@verein.example", contact_public=True)
    assert add(anna_client, organisation=verein.pk, contact_email="").status_code == 302
    submit(anna_client)
    assert len(links_to("trainerin@verein.example")) == 1
    assert ActivityConfirmation.objects.get().source == "contact"


def test_a_directory_organisation_without_any_address_uses_the_typed_one_flagged(
    anna_client, client, dessau, coordinator
):
    # Its only contact person has not agreed to publish the address: it is not used.
    verein = make_org(dessau, "Heimatverein", contact_email="geheim@verein.example", contact_public=False)
    missing = add(anna_client, organisation=verein.pk, contact_email="")
    assert missing.status_code == 200 and "hat im Durchblick keine E-Mail-Adresse" in missing.content.decode()
    assert add(anna_client, organisation=verein.pk, contact_email="kassenwart@verein.example").status_code == 302
    submit(anna_client)
    assert len(links_to("kassenwart@verein.example")) == 1 and not links_to("geheim@verein.example")
    assert ActivityConfirmation.objects.get().source == "applicant"

    client.force_login(coordinator)
    application = CardApplication.objects.get()
    review = client.get(f"{BASE}/koordination/antrag/{application.pk}/").content.decode()
    assert "Anfrage an kassenwart@verein.example" in review
    assert "Von der antragstellenden Person angegeben" in review
    assert "hat im Durchblick keine E-Mail-Adresse" in review


@pytest.mark.parametrize("own", ["anna@example.org", "ANNA@example.org ", "anna.privat@example.net"])
def test_the_applicants_own_address_is_refused_for_a_free_text_organisation(anna_client, own):
    response = add(anna_client, organisation_name="Kleingartenverein", description="Kassenprüfung", contact_email=own)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Das ist Ihre eigene E-Mail-Adresse" in html
    assert 'value="Kleingartenverein"' in html and "Kassenprüfung" in html  # what was typed is kept
    assert not Activity.objects.exists()


def test_the_service_refuses_the_applicants_own_address_too(anna, dessau):
    application = factories.draft(anna, dessau, activities=0)
    data = {"organisation_name": "Kleingartenverein", "since": date(2015, 1, 1), "hours": 5}
    with pytest.raises(services.CardError, match="eigene E-Mail-Adresse"):
        services.add_activity(
            application=application, data={**data, "period": "week", "contact_email": "Anna@Example.org"}
        )


def test_a_free_text_organisation_needs_an_address(anna_client):
    response = add(anna_client, organisation_name="Kleingartenverein", contact_email="")
    assert response.status_code == 200
    assert "Bitte geben Sie eine E-Mail-Adresse der Organisation an." in response.content.decode()


def test_the_coordinator_sees_where_each_request_went(client, dessau, coordinator):
    applicant = make_user("ben@example.org")
    tafel = make_org(dessau, "Dessauer Tafel", email="vorstand@tafel.example")
    application = factories.draft(applicant, dessau)  # a free-text organisation, tafel0@example.org
    services.add_activity(
        application=application,
        data={"organisation": tafel, "since": date(2018, 1, 1), "hours": 2, "period": "week"},
    )
    services.submit(application=application)
    # The directory organisation's address is the applicant's own: shown as such.
    EmailAddress.objects.create(user=applicant, email="vorstand@tafel.example", verified=True, primary=False)
    client.force_login(coordinator)
    review = client.get(f"{BASE}/koordination/antrag/{application.pk}/").content.decode()
    assert "Anfrage an tafel0@example.org" in review and "Anfrage an vorstand@tafel.example" in review
    assert "E-Mail-Adresse der Organisation im Durchblick" in review
    assert "Das ist eine E-Mail-Adresse der antragstellenden Person." in review
