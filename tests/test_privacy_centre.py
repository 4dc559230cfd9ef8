"""The privacy centre (core.privacy_centre) across every app: each app registers how it shows,
exports and deletes a person's data (a test fails for an app that forgets), the export ZIP
holds the JSON and the person's files, the deletion runs per app and keeps what must stay, the
consents can be withdrawn, the retention rules run from one command, and the record of
processing activities comes as a PDF."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from dataclasses import replace
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from engagiert.card.models import Card, CardApplication
from engagiert.card.tests.factories import draft, issued_card, rules
from engagiert.core import privacy_centre
from engagiert.core.models import AuditRecord, DataExport, User
from engagiert.core.registry import (
    personal_data,
    privacy_handlers,
    register_personal_data,
    register_retention_rule,
    retention_rules,
)
from engagiert.directory.models import ContactPerson, OrganisationEditor
from engagiert.events.models import Registration
from engagiert.events.tests.factories import make_event
from engagiert.selfcheck.models import Respondent
from engagiert.selfcheck.tests.factories import answer_all, make_respondent, make_round
from engagiert.testing import make_user
from engagiert.volunteering.models import Certificate, HourEntry, VolunteerProfile
from engagiert.volunteering.services import issue_certificate
from engagiert.volunteering.tests.factories import accept, make_opportunity, make_profile
from tests.test_privacy_registry import NOT_PERSONAL, personal_models

EMAIL = "kerstin.lehmann@example.org"
CENTRE = "/dessau-rosslau/mein-bereich/datenschutz/"


def png(name: str = "plakat.png") -> ContentFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "orange").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


@pytest.fixture
def person(dessau, org, coordinator):
    """A volunteer like the demo's with data in every app."""
    user = make_user(EMAIL)
    user.first_name, user.last_name = "Kerstin", "Lehmann"
    user.save()
    # Begegnungen: a past confirmed registration, an upcoming one with support needs, an event with an image
    past = make_event(dessau, "Lesecafé", organisation=org, days=-20, registration_required=True)
    coming = make_event(dessau, "Tanzgala", organisation=org, days=10, registration_required=True, capacity=1)
    Registration.objects.create(event=past, user=user, name="Kerstin Lehmann", email=EMAIL, status="confirmed")
    Registration.objects.create(
        event=coming, user=user, name="Kerstin Lehmann", email=EMAIL, status="confirmed", needs="Rollstuhlplatz"
    )
    Registration.objects.create(
        event=coming, name="Wartende", email="wartend@example.org", status="waiting", confirmed_at=timezone.now()
    )
    created = make_event(dessau, "Vorlesenachmittag", organisation=org, days=5, created_by=user)
    created.image.save("vorlesen.png", png(), save=True)
    # Mach mit!: profile (allows contact), interest, confirmed and open hours, certificate
    make_profile(user, dessau, allow_contact=True)
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(user, opp)
    base = {"municipality": dessau, "volunteer": user, "opportunity": opp, "organisation": org}
    names = {"activity": opp.title, "organisation_name": org.name, "note": "Vorgelesen"}
    HourEntry.objects.create(**base, **names, date=dt.date.today() - dt.timedelta(days=9), hours=Decimal("3"),
                             status="confirmed")  # fmt: skip
    HourEntry.objects.create(**base, **names, date=dt.date.today() - dt.timedelta(days=2), hours=Decimal("1"))
    issue_certificate(user=user, municipality=dessau)
    # Ehrenamtskarte: an issued card
    rules(dessau)
    issued_card(user, dessau, coordinator, first_name="Kerstin", last_name="Lehmann")
    # Durchblick: editor of an organisation, public contact person with the same address
    OrganisationEditor.objects.create(organisation=org, user=user, status=OrganisationEditor.Status.ACTIVE)
    ContactPerson.objects.create(organisation=org, name="Kerstin Lehmann", email=EMAIL, contact_public=True)
    # Selbstcheck: invited with the same address, answered
    respondent, _token = make_respondent(make_round(dessau), EMAIL, department="Kulturamt")
    answer_all(respondent, lambda q: 4)
    return user


# --- the registry -------------------------------------------------------------------------------


def test_every_app_with_personal_data_registers_show_export_and_delete():
    apps_with_data = {label.split(".")[0] for label in personal_models() if label not in NOT_PERSONAL}
    apps_with_data |= {entry.app_label for entry in personal_data.all()}
    handlers = {handler.key: handler for handler in privacy_handlers.all()}
    missing = apps_with_data - set(handlers)
    assert not missing, f"Register a privacy handler (core.registry.register_privacy_handler) for: {missing}"
    for handler in handlers.values():
        assert callable(handler.collect) and callable(handler.export) and callable(handler.delete), handler.key


def test_the_completeness_check_fails_for_an_app_without_a_delete():
    # An app (here a made-up label "sponsoring") that declares personal data but no handler.
    register_personal_data(
        key="sponsoring.donors", title="N", data="E-Mail", purpose="x", legal_basis="Art. 6 DSGVO", retention="x"
    )
    try:
        apps_with_data = {entry.app_label for entry in personal_data.all()}
        assert "sponsoring" in apps_with_data - {handler.key for handler in privacy_handlers.all()}
    finally:
        personal_data.unregister("sponsoring.donors")


def test_retention_rules_name_an_existing_privacy_entry_and_translated_texts():
    keys = {entry.key for entry in personal_data.all()}
    assert {"core.data_exports", "events.support_needs", "card.applications"} <= {r.key for r in retention_rules.all()}
    for rule in retention_rules.all():
        assert rule.personal_data in keys, rule.key
        assert "DSGVO" in str(rule.legal_basis), rule.key


# --- the page -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_shows_every_app_with_why_and_until_when(client, person):
    client.force_login(person)
    html = client.get(CENTRE).content.decode()
    for title in ("Konto", "Begegnungen", "Mach mit!", "Ehrenamtskarte", "Netzwerkverzeichnis", "Selbstcheck"):
        assert f"<h3><bdi>{title}" in html, title  # isolated: "Mach mit!" in Arabic
    assert "2 Anmeldungen zu Veranstaltungen" in html and "Tanzgala" in html
    assert "Der Unterstützungsbedarf wird eine Woche nach der Veranstaltung gelöscht" in html  # until when
    assert "Plätze vergeben, die Warteliste führen" in html  # why
    assert "Ehrenamtskarte Nr. " in html and "1 Einladung zur Befragung" in html
    assert html.count('name="consent"') == 3  # support needs, Mach mit! contact, public contact data


@pytest.mark.django_db
def test_the_page_needs_few_queries(client, person, django_assert_max_num_queries):
    client.force_login(person)
    with django_assert_max_num_queries(40):
        assert client.get(CENTRE).status_code == 200


@pytest.mark.django_db
def test_a_person_without_data_sees_only_the_account(client, dessau, outsider):
    client.force_login(outsider)
    html = client.get(CENTRE).content.decode()
    assert "<h3><bdi>Konto" in html and "<h3><bdi>Begegnungen" not in html
    assert "keine Einwilligung erteilt" in html


@pytest.mark.django_db
def test_the_page_is_for_signed_in_people_only(client, dessau):
    assert client.get(CENTRE).status_code == 302
    assert client.get("/unbekannt/mein-bereich/datenschutz/").status_code == 404


# --- export -------------------------------------------------------------------------------------


def _link(message) -> str:
    return re.search(r"(/mein-konto/daten/[^/\s]+/)", message.body).group(1)


@pytest.mark.django_db
def test_the_export_zip_holds_the_json_of_every_app_and_the_files(client, person, mailoutbox):
    client.force_login(person)
    response = client.post(f"{CENTRE}export/", follow=True)
    assert "Ihr Export wird erstellt" in response.content.decode()
    export = DataExport.objects.get(user=person)
    assert export.status == "ready" and export.expires_at - export.finished_at == dt.timedelta(days=7)
    (message,) = [m for m in mailoutbox if "Ihre Daten zum Herunterladen" in m.subject]
    assert message.to == [EMAIL]
    download = client.get(_link(message))
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = archive.namelist()
    assert "meine-daten.json" in names and any(n.startswith("dateien/events/vorlesen") for n in names)
    data = json.loads(archive.read("meine-daten.json"))
    apps = data["apps"]
    assert set(apps) >= {"core", "directory", "events", "volunteering", "card", "selfcheck"}
    assert apps["core"]["account"]["email"] == EMAIL
    assert {r["event"] for r in apps["events"]["registrations"]} == {"Lesecafé", "Tanzgala"}
    assert len(apps["volunteering"]["hours"]) == 2 and apps["volunteering"]["hours"][0]["note"] == "Vorgelesen"
    assert apps["card"]["cards"][0]["holder_name"] == "Kerstin Lehmann"
    assert apps["directory"]["contact_entries"][0]["email"] == EMAIL
    assert apps["selfcheck"]["survey_invitations"][0]["answers"][0]["value"] == 4
    assert AuditRecord.objects.filter(action="core.request_data_export", actor=person).exists()


@pytest.mark.django_db
def test_one_export_at_a_time_and_a_limit_per_day(client, person, monkeypatch):
    monkeypatch.setattr(privacy_centre, "_enqueue_export", lambda export_id: None)  # the worker is busy
    client.force_login(person)
    client.post(f"{CENTRE}export/")
    html = client.post(f"{CENTRE}export/", follow=True).content.decode()
    assert "Ihr Export wird gerade erstellt" in html
    assert DataExport.objects.filter(user=person).count() == 1
    DataExport.objects.update(status="ready")
    for _ in range(privacy_centre.EXPORT_LIMIT - 1):
        client.post(f"{CENTRE}export/")
        DataExport.objects.update(status="ready")
    html = client.post(f"{CENTRE}export/", follow=True).content.decode()
    assert "heute schon 3 Exporte angefordert" in html
    assert DataExport.objects.filter(user=person).count() == privacy_centre.EXPORT_LIMIT


@pytest.mark.django_db
def test_forged_foreign_and_expired_links_get_a_clear_page(client, person, outsider, mailoutbox):
    client.force_login(person)
    client.post(f"{CENTRE}export/")
    link = _link(mailoutbox[-1])
    assert client.get("/mein-konto/daten/gefälscht/").status_code == 404
    assert client.get(link[:-5] + "xxxx/").status_code == 404
    client.force_login(outsider)
    response = client.get(link)
    assert response.status_code == 404 and "anderen Konto" in response.content.decode()
    client.force_login(person)
    DataExport.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    response = client.get(link)
    assert response.status_code == 410 and "abgelaufen" in response.content.decode()
    client.logout()
    assert client.get(link).status_code == 302  # to the login


@pytest.mark.django_db
def test_the_retention_rule_deletes_expired_exports_and_their_files(client, person):
    client.force_login(person)
    client.post(f"{CENTRE}export/")
    export = DataExport.objects.get()
    path = privacy_centre.export_root() / export.path
    assert path.is_file()
    assert privacy_centre.purge_exports(timezone.now()) == 0
    assert privacy_centre.purge_exports(timezone.now() + dt.timedelta(days=7, minutes=1)) == 1
    assert not path.exists() and not DataExport.objects.exists()


# --- consents -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_withdrawing_a_consent(client, person):
    client.force_login(person)
    registration = Registration.objects.get(needs="Rollstuhlplatz")
    response = client.post(f"{CENTRE}einwilligung/", {"consent": f"events.needs:{registration.pk}"}, follow=True)
    assert "Ihre Einwilligung ist widerrufen" in response.content.decode()
    registration.refresh_from_db()
    assert registration.needs == "" and registration.status == "confirmed"
    profile = VolunteerProfile.objects.get(user=person)
    client.post(f"{CENTRE}einwilligung/", {"consent": f"volunteering.contact:{profile.pk}"})
    profile.refresh_from_db()
    assert profile.allow_contact is False
    contact = ContactPerson.objects.get(email=EMAIL)
    client.post(f"{CENTRE}einwilligung/", {"consent": f"directory.contact:{contact.pk}"})
    contact.refresh_from_db()
    assert contact.contact_public is False
    assert privacy_centre.consents(person) == []
    assert AuditRecord.objects.filter(action="core.withdraw_consent", actor=person).count() == 3


@pytest.mark.django_db
def test_withdrawing_someone_elses_or_an_unknown_consent_changes_nothing(client, person, outsider):
    registration = Registration.objects.get(needs="Rollstuhlplatz")
    client.force_login(outsider)
    for value in (f"events.needs:{registration.pk}", "events.needs:abc", "unbekannt:1", "", ":::"):
        html = client.post(f"{CENTRE}einwilligung/", {"consent": value}, follow=True).content.decode()
        assert "gibt es nicht mehr" in html
    registration.refresh_from_db()
    assert registration.needs == "Rollstuhlplatz"


@pytest.mark.django_db
def test_withdrawing_the_consent_of_an_open_card_application_withdraws_it(dessau, outsider):
    rules(dessau)
    application = draft(outsider, dessau)
    from engagiert.card.services import submit

    submit(application=application)
    (consent,) = [c for c in privacy_centre.consents(outsider) if c.provider.key == "card.application"]
    assert privacy_centre.withdraw_consent(user=outsider, consent_id=consent.form_id)
    application.refresh_from_db()
    assert application.status == CardApplication.Status.WITHDRAWN


# --- deletion -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_deletion_page_tells_per_app_what_stays(client, person):
    client.force_login(person)
    html = client.get(f"{CENTRE}konto-loeschen/").content.decode()
    assert "Was bleibt und warum" in html
    assert "Kartenregister" in html and "anonym in der Statistik" in html and "Teilnehmerzahlen" in html


@pytest.mark.django_db
def test_deleting_the_account_deletes_or_anonymises_in_every_app(client, person, mailoutbox):
    client.force_login(person)
    assert "Bitte bestätigen Sie die Löschung" in client.post(f"{CENTRE}konto-loeschen/", {}).content.decode()
    response = client.post(f"{CENTRE}konto-loeschen/", {"confirm": "on"})
    assert response.status_code == 302 and response.url == "/dessau-rosslau/"
    assert not User.objects.filter(email=EMAIL).exists()
    # Begegnungen: the past registration anonymised, the upcoming one cancelled (waiting list moves up) and deleted
    past = Registration.objects.get(event__title="Lesecafé")
    assert past.user is None and past.name == "" and past.email.endswith("@anonym.invalid")
    assert past.status == "confirmed"  # still counts for the attendance
    assert list(Registration.objects.filter(event__title="Tanzgala").values_list("email", "status")) == [
        ("wartend@example.org", "confirmed")
    ]
    assert not Registration.objects.filter(email=EMAIL).exists()
    # Mach mit!: the confirmed hours stay anonymous, the rest is gone
    assert list(HourEntry.objects.values_list("volunteer", "note", "hours")) == [(None, "", Decimal("3.00"))]
    assert not VolunteerProfile.objects.exists() and not Certificate.objects.exists()
    # Ehrenamtskarte: the card stays in the register without the account, the applications go
    card = Card.objects.get()
    assert card.holder is None and card.holder_name == "Kerstin Lehmann"
    assert not CardApplication.objects.exists()
    # Durchblick: the editorship goes, the organisation's contact entry stays
    assert not OrganisationEditor.objects.filter(user__email=EMAIL).exists()
    assert ContactPerson.objects.filter(email=EMAIL).exists()
    # Selbstcheck: the answers stay without the address
    respondent = Respondent.objects.get()
    assert respondent.email.endswith("@anonym.invalid") and respondent.answers.count() > 0
    record = AuditRecord.objects.get(action="core.delete_account")
    assert record.data["counts"]["events"] == {"registrations_deleted": 1, "registrations_anonymised": 1}
    assert EMAIL not in record.target_repr


@pytest.mark.django_db
def test_a_failing_app_rolls_back_its_own_part_only_and_keeps_the_account(person):
    handler = next(h for h in privacy_handlers.all() if h.key == "card")

    def failing(user):
        Card.objects.filter(holder=user).update(holder=None)
        raise RuntimeError("disk full")

    privacy_handlers.register(replace(handler, delete=failing))
    try:
        with pytest.raises(RuntimeError):
            privacy_centre.delete_account(user=person)
    finally:
        privacy_handlers.register(handler)
    assert User.objects.filter(pk=person.pk).exists()
    assert Card.objects.get().holder == person  # the card app's transaction rolled back
    assert not VolunteerProfile.objects.exists()  # Mach mit! (before it) committed its part


# --- retention ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_apply_retention_runs_every_rule_and_reports_counts(person):
    Registration.objects.filter(event__title="Lesecafé").update(needs="Gebärdensprache")
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    text = out.getvalue()
    assert "events.support_needs: deleted 1" in text
    assert "core.data_exports: deleted 0" in text and "card.applications:" in text
    assert Registration.objects.get(event__title="Lesecafé").needs == ""
    assert Registration.objects.get(event__title="Tanzgala", user=person).needs == "Rollstuhlplatz"


@pytest.mark.django_db
def test_a_failing_rule_is_reported_and_the_others_still_run(person):
    def broken(now):
        raise ValueError("kaputt")

    register_retention_rule(
        key="aaa.broken", data="x", legal_basis="Art. 6 DSGVO", period="x", action="x", apply=broken, order=0
    )
    Registration.objects.filter(event__title="Lesecafé").update(needs="Gebärdensprache")
    try:
        out, err = io.StringIO(), io.StringIO()
        with pytest.raises(Exception, match="1 rule"):
            call_command("apply_retention", stdout=out, stderr=err)
    finally:
        retention_rules.unregister("aaa.broken")
    assert "aaa.broken: FAILED ValueError: kaputt" in err.getvalue()
    assert "events.support_needs: deleted 1" in out.getvalue()


@pytest.mark.django_db
def test_the_old_command_is_an_alias_of_the_rule(person):
    Registration.objects.filter(event__title="Lesecafé").update(needs="Gebärdensprache")
    out = io.StringIO()
    call_command("purge_registration_needs", stdout=out)
    assert out.getvalue().startswith("1 registration(s)")


@pytest.mark.django_db
def test_the_privacy_statement_shows_the_retention_table(client, dessau):
    html = client.get("/dessau-rosslau/datenschutz/").content.decode()
    assert 'id="loeschfristen"' in html
    for rule in retention_rules.all():
        assert str(rule.period) in html.replace("&#x27;", "'")


# --- record of processing activities -------------------------------------------------------------


@pytest.mark.django_db
def test_the_record_of_processing_activities_is_a_pdf_for_coordinators(client, dessau, coordinator, outsider):
    from pypdf import PdfReader

    dessau.dpo_name = "Dr. Petra Schutz"
    dessau.save()
    url = "/dessau-rosslau/datenschutz/verarbeitungsverzeichnis.pdf"
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(coordinator)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Verzeichnis von Verarbeitungstätigkeiten" in text and "Dessau-Roßlau" in text
    assert "Dr. Petra Schutz" in text
    assert "Anmeldungen zu Veranstaltungen" in text and "Zwecke der Verarbeitung" in text
    assert "1 Woche nach dem Ende der Veranstaltung" in text  # a retention rule
    assert "Technische und organisatorische Maßnahmen" in text


@pytest.mark.django_db
def test_a_card_without_account_loses_the_name_once_expired_plus_the_period(person):
    privacy_centre.delete_account(user=person)
    card = Card.objects.get()
    results = privacy_centre.apply_retention(now=timezone.now(), only=["card.register"])
    assert results[0].total == 0  # valid: stays as it is
    later = dt.datetime.combine(card.valid_until, dt.time(12), tzinfo=dt.UTC) + dt.timedelta(days=400)
    assert privacy_centre.apply_retention(now=later, only=["card.register"])[0].total == 1
    card.refresh_from_db()
    assert card.holder_name == "–" and card.birth_year is None and card.number


@pytest.mark.django_db
def test_coordinators_find_the_record_on_the_privacy_statement(client, dessau, coordinator, outsider):
    link = "/dessau-rosslau/datenschutz/verarbeitungsverzeichnis.pdf"
    client.force_login(outsider)
    assert link not in client.get("/dessau-rosslau/datenschutz/").content.decode()
    client.force_login(coordinator)
    assert link in client.get("/dessau-rosslau/datenschutz/").content.decode()
    assert link in client.get("/dessau-rosslau/mein-bereich/").content.decode()


@pytest.mark.django_db
def test_an_export_left_running_by_a_dead_worker_does_not_block_forever(client, person, monkeypatch):
    monkeypatch.setattr(privacy_centre, "_enqueue_export", lambda export_id: None)
    client.force_login(person)
    client.post(f"{CENTRE}export/")
    DataExport.objects.update(created_at=timezone.now() - dt.timedelta(hours=2))
    html = client.post(f"{CENTRE}export/", follow=True).content.decode()
    assert "Ihr Export wird erstellt" in html
    assert sorted(DataExport.objects.values_list("status", flat=True)) == ["failed", "pending"]
    assert "fehlgeschlagen" not in html  # the newest one is shown: it waits
