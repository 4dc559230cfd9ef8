"""Who confirms an activity: a directory organisation at its own address (the applicant
cannot redirect the link), the applicant's typed address only for free-text organisations
(never their own), and confirmed Mach mit! hours instead of a link."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from engagiert.card import selectors, services
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


# --- confirmed Mach mit! hours instead of the organisation's link ------------------------------


def mach_mit_hours(user, org, editor, *, days=29, hours="8"):
    """`days` × `hours` confirmed hours of `user` at `org` in Mach mit!, the last `days` days."""
    from engagiert.volunteering import services as volunteering
    from engagiert.volunteering.tests.factories import accept, make_opportunity

    opportunity = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(user, opportunity, days_ago=4 * 365)
    today = date.today()
    for day in range(1, days + 1):
        entry = volunteering.log_hours(
            volunteer=user, opportunity=opportunity, date=today - timedelta(days=day), hours=Decimal(hours)
        )
        volunteering.decide_hours(entry=entry, confirm=True, by=editor)


def add_at(application, org, **data):
    return services.add_activity(
        application=application,
        data={"organisation": org, "since": date(2015, 1, 1), "hours": Decimal("5"), "period": "week", **data},
    )


def rule_statuses(application) -> dict[str, str]:
    return {r.code: r.status for r in selectors.eligibility_of(application).results}


def test_confirmed_mach_mit_hours_replace_the_organisations_link(anna, dessau, org, editor):
    """The audit's case: org has no public address, the applicant typed one; Mach mit! covers it."""
    factories.rules(dessau)
    mach_mit_hours(anna, org, editor)
    application = services.save_draft(applicant=anna, municipality=dessau, data=dict(factories.PERSON))
    add_at(application, org, contact_email="x@example.org")
    mail.outbox.clear()
    services.submit(application=application)
    application.refresh_from_db()
    activity = application.activities.get()
    assert activity.evidence == Activity.Evidence.FROM_VOLUNTEERING
    assert "232 bestätigte Stunden" in activity.evidence_note
    assert not ActivityConfirmation.objects.exists()
    assert [m.to for m in mail.outbox if "/bestaetigung/" in m.body] == []
    assert not any(m.to == ["x@example.org"] for m in mail.outbox)
    assert application.status == "in_review"  # nothing left to wait for
    event = application.events.get(kind="evidence_volunteering")
    assert org.name in event.text and "Mach mit!" in event.text
    to_anna = next(m for m in mail.outbox if m.to == ["anna@example.org"] and "eingegangen" in m.subject)
    assert "bestätigten Stunden aus „Mach mit!“" in to_anna.body and "gebeten" not in to_anna.body


def test_only_the_covered_organisation_goes_without_a_link(anna, dessau, org, editor):
    factories.rules(dessau)
    mach_mit_hours(anna, org, editor)
    application = factories.draft(anna, dessau)  # Dessauer Tafel e. V., free text: tafel0@example.org
    add_at(application, org)  # no address at all: Mach mit! is the evidence
    mail.outbox.clear()
    services.submit(application=application)
    application.refresh_from_db()
    assert application.status == "submitted"  # the Tafel has not answered yet
    assert [c.email for c in ActivityConfirmation.objects.all()] == ["tafel0@example.org"]
    evidence = dict(application.activities.values_list("organisation_name", "evidence"))
    assert evidence == {"Dessauer Tafel e. V.": "pending", org.name: "from_volunteering"}


def test_the_form_needs_no_address_for_an_organisation_covered_by_mach_mit(anna_client, anna, dessau, org, editor):
    refused = add(anna_client, organisation=org.pk, contact_email="")
    assert refused.status_code == 200 and not Activity.objects.exists()
    mach_mit_hours(anna, org, editor, days=3)
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert "Bei One Community Projekt haben Sie bestätigte Stunden aus „Mach mit!“" in page
    assert add(anna_client, organisation=org.pk, contact_email="").status_code == 302
    page = anna_client.get(f"{BASE}/antrag/").content.decode()
    assert "Bestätigung durch Ihre bestätigten Stunden aus „Mach mit!“" in page
    # Another organisation still needs one.
    assert add(anna_client, organisation_name="Kleingartenverein", contact_email="").status_code == 200


def test_an_activity_settled_by_mach_mit_counts_only_what_mach_mit_confirms(anna, dessau, org, editor, coordinator):
    """Stated: 5 h a week since 2015. Confirmed in Mach mit!: 232 hours in the last month. The
    hours are confirmed, the three years are not: the check says the same before and after
    submitting, and the coordinator can settle the rest with a note."""
    factories.rules(dessau)
    mach_mit_hours(anna, org, editor)
    application = services.save_draft(applicant=anna, municipality=dessau, data=dict(factories.PERSON))
    add_at(application, org)
    before = rule_statuses(application)
    assert before["hours"] == "met" and before["years"] == "unknown"
    services.submit(application=application)
    application.refresh_from_db()
    assert rule_statuses(application) == before
    with pytest.raises(services.CardError, match="Voraussetzungen"):
        services.approve(application=application, by=coordinator)

    activity = application.activities.get()
    services.record_evidence(activity=activity, by=coordinator, confirm=True, note="Vorstand: seit 2015 dabei")
    activity.refresh_from_db()
    assert activity.evidence == Activity.Evidence.RECORDED
    assert services.approve(application=application, by=coordinator).holder == anna


def test_few_mach_mit_hours_do_not_confirm_more_stated_hours(anna, dessau, org, editor, client, coordinator):
    factories.rules(dessau)
    mach_mit_hours(anna, org, editor, days=2, hours="3")  # 6 confirmed hours
    application = services.save_draft(applicant=anna, municipality=dessau, data=dict(factories.PERSON))
    add_at(application, org, hours=Decimal("10"))  # 520 hours a year stated
    services.submit(application=application)
    application.refresh_from_db()
    assert application.activities.get().evidence == "from_volunteering"
    assert rule_statuses(application)["hours"] == "unknown"
    client.force_login(coordinator)
    review = client.get(f"{BASE}/koordination/antrag/{application.pk}/").content.decode()
    assert "6 bestätigte Stunden" in review and "selbst vermerken" in review
