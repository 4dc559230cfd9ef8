from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from PIL import Image

from engagiert.directory.models import Organisation, OrganisationChange, OrganisationEditor
from engagiert.directory.selectors import DirectoryFilters, search_organisations

pytestmark = pytest.mark.django_db


def contacts_data(*rows: dict, initial: int = 0) -> dict[str, str]:
    """POST fields of the contact formset."""
    data = {"contacts-TOTAL_FORMS": str(len(rows)), "contacts-INITIAL_FORMS": str(initial)}
    for i, row in enumerate(rows):
        data.update({f"contacts-{i}-{key}": value for key, value in row.items()})
    return data


def edit_data(client, municipality, org, **changes) -> dict:
    """What the edit form sends back unchanged, with `changes` applied."""
    page = client.get(url("edit", municipality, slug=org.slug)).context
    form, contacts = page["form"], page["contacts"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    rows = [{k: v for k, v in c.initial.items() if v not in (None, False)} for c in contacts.initial_forms]
    data.update(contacts_data(*rows, initial=len(rows)))
    data.update(changes)
    return data


VALID = {
    **contacts_data(),
    "name": "Nachbarschaftshilfe Ziebigk",
    "kind": "initiative",
    "description_de": "<p>Wir helfen beim Einkaufen.</p><script>alert(1)</script>",
    "postcode": "06846",
    "city": "Dessau-Roßlau",
}


def found(municipality, query: str) -> list[str]:
    return [o.name for o in search_organisations(municipality=municipality, filters=DirectoryFilters(query=query))]


def url(name: str, municipality, **kwargs) -> str:
    return reverse(f"directory:{name}", kwargs={"municipality": municipality.slug, **kwargs})


def test_registration_goes_live_only_after_approval(client, dessau, outsider, coordinator):
    client.force_login(outsider)
    response = client.post(url("register", dessau), VALID)
    assert response.status_code == 302
    org = Organisation.objects.get(name=VALID["name"])
    assert org.status == Organisation.Status.PENDING
    assert "<script>" not in org.description_de  # sanitised on save
    assert found(dessau, "Nachbarschaftshilfe") == []
    assert client.get(org.get_absolute_url()).status_code == 404

    client.force_login(coordinator)
    queue = client.get(url("queue", dessau)).content.decode()
    assert VALID["name"] in queue
    client.post(url("decide_registration", dessau, pk=org.pk), {"decision": "approve"})
    org.refresh_from_db()
    assert org.status == Organisation.Status.PUBLISHED
    assert found(dessau, "Nachbarschaftshilfe") == [VALID["name"]]
    assert OrganisationEditor.objects.get(organisation=org, user=outsider).status == "active"


def test_registering_in_english_leaves_the_english_text_empty_so_german_edits_show(
    client, dessau, outsider, coordinator, settings
):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(outsider)
    client.post(url("register", dessau), {**VALID, "description_de": "<p>Alter Text</p>"})
    org = Organisation.objects.get(name=VALID["name"])
    assert (org.description_de, org.description_en, org.description_ar) == ("<p>Alter Text</p>", "", "")
    client.force_login(coordinator)
    client.post(url("decide_registration", dessau, pk=org.pk), {"decision": "approve"})
    # An edit in English of the German text only: the English page shows it (fallback).
    data = edit_data(client, dessau, org, description_de="<p>Neuer Text</p>")
    assert data.get("description_en", "") == ""
    client.post(url("edit", dessau, slug=org.slug), data)
    org.refresh_from_db()
    assert (org.description_de, org.description_en) == ("<p>Neuer Text</p>", "")
    page = client.get(org.get_absolute_url()).content.decode()
    assert 'lang="en"' in page and "Neuer Text" in page and "Alter Text" not in page


def test_bad_registration_keeps_input_and_explains(client, dessau, outsider):
    client.force_login(outsider)
    response = client.post(url("register", dessau), {**VALID, "postcode": "123", "website": "kein link"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Angaben" in page
    assert "fünfstellige Postleitzahl" in page
    assert 'value="Nachbarschaftshilfe Ziebigk"' in page  # nothing typed is lost
    assert not Organisation.objects.filter(name=VALID["name"]).exists()


def test_registration_needs_login(client, dessau):
    response = client.post(url("register", dessau), VALID)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Organisation.objects.exists()


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (1600, 900), "teal")
    exif = Image.Exif()
    exif[0x8825] = {2: (51.0, 50.0, 0.0)}  # GPSInfo
    exif[0x010F] = "Kamera GmbH"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_logo_is_reencoded_without_metadata(client, dessau, outsider):
    client.force_login(outsider)
    logo = SimpleUploadedFile("foto.jpg", _jpeg_with_gps(), content_type="image/jpeg")
    assert Image.open(io.BytesIO(_jpeg_with_gps())).getexif()  # the fixture does carry EXIF
    client.post(url("register", dessau), {**VALID, "logo": logo})
    org = Organisation.objects.get(name=VALID["name"])
    with org.logo.open("rb") as stored:
        image = Image.open(stored)
        assert image.format == "PNG"
        assert max(image.size) <= 800
        assert not image.getexif()
        assert "exif" not in image.info


def test_logo_that_is_not_an_image_is_rejected(client, dessau, outsider):
    client.force_login(outsider)
    fake = SimpleUploadedFile("logo.png", b"<?php echo 1; ?>", content_type="image/png")
    response = client.post(url("register", dessau), {**VALID, "logo": fake})
    assert response.status_code == 200
    assert not Organisation.objects.exists()


def test_logo_of_a_rejected_change_is_deleted_and_an_approved_one_kept(
    client, dessau, org, editor, coordinator, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    stored = []
    for decision in ("reject", "approve"):
        client.force_login(editor)
        logo = SimpleUploadedFile("foto.jpg", _jpeg_with_gps(), content_type="image/jpeg")
        client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, logo=logo))
        change = OrganisationChange.objects.get(organisation=org, status="pending")
        name = change.changes["logo"][1]
        assert (tmp_path / name).exists()
        client.force_login(coordinator)
        with django_capture_on_commit_callbacks(execute=True):  # the file goes once the decision commits
            client.post(url("decide_change", dessau, pk=change.pk), {"decision": decision})
        stored.append((tmp_path / name).exists())
    org.refresh_from_db()
    assert stored == [False, True] and org.logo.name == name
    with org.logo.open("rb") as handle:  # its size stored with it: the page gives width and height
        assert (org.logo_width, org.logo_height) == Image.open(handle).size
    page = client.get(org.get_absolute_url()).content.decode()
    assert f'src="{org.logo.url}" alt="Logo von {org.name}" width="{org.logo_width}" height="{org.logo_height}"' in page


def test_editor_change_waits_for_approval_and_is_kept_in_history(client, dessau, org, editor, coordinator):
    client.force_login(editor)
    data = edit_data(client, dessau, org, description_de="<p>Jetzt auch mit Chor.</p>", phone="0340 123456")
    client.post(url("edit", dessau, slug=org.slug), data)
    org.refresh_from_db()
    assert "Chor" not in org.description_de  # not live yet
    change = OrganisationChange.objects.get(organisation=org, status="pending")
    assert change.changes["phone"] == ["", "0340 123456"]

    client.force_login(coordinator)
    client.post(url("decide_change", dessau, pk=change.pk), {"decision": "approve", "reason": "passt"})
    org.refresh_from_db()
    assert "Chor" in org.description_de and org.phone == "0340 123456"
    assert found(dessau, "Chor") == [org.name]  # search index follows
    history = client.get(url("history", dessau, slug=org.slug)).content.decode()
    assert "0340 123456" in history and editor.email in history

    response = client.post(url("decide_change", dessau, pk=change.pk), {"decision": "approve"}, follow=True)
    assert "bereits entschieden" in response.content.decode()


def test_trusted_organisation_changes_go_live_at_once(client, dessau, org, editor):
    org.trusted = True
    org.save()
    client.force_login(editor)
    client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, name="One Community Dessau"))
    org.refresh_from_db()
    assert org.name == "One Community Dessau"
    assert org.changes.get().status == OrganisationChange.Status.APPLIED


def test_editor_request_approved_by_coordinator(client, dessau, org, outsider, coordinator):
    client.force_login(outsider)
    assert client.get(url("edit", dessau, slug=org.slug)).status_code == 404
    client.post(url("request_editorship", dessau, slug=org.slug), {"message": "Ich leite das Projekt."})
    response = client.post(url("request_editorship", dessau, slug=org.slug), {"message": "Nochmal"})
    assert "bereits eine Anfrage" in response.content.decode()
    request = OrganisationEditor.objects.get(user=outsider)
    client.force_login(coordinator)
    client.post(url("decide_editor", dessau, pk=request.pk), {"decision": "approve"})
    client.force_login(outsider)
    assert client.get(url("edit", dessau, slug=org.slug)).status_code == 200


def test_invalid_decision_is_explained(client, dessau, org, coordinator):
    client.force_login(coordinator)
    change = OrganisationChange.objects.create(organisation=org, changes={"phone": ["", "1"]})
    response = client.post(url("decide_change", dessau, pk=change.pk), {"decision": "maybe"}, follow=True)
    assert "Freigeben" in response.content.decode()
    change.refresh_from_db()
    assert change.status == "pending"


def test_exports_and_reach(client, dessau, org, coordinator):
    org.name = "=HYPERLINK(evil)"
    org.save()
    client.force_login(coordinator)
    csv_text = client.get(url("export_csv", dessau)).content.decode("utf-8-sig")
    assert "'=HYPERLINK(evil)" in csv_text and "Integration" in csv_text
    xlsx = client.get(url("export_xlsx", dessau))
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["A2"].value == "'=HYPERLINK(evil)"
    reach = client.get(url("reach", dessau)).content.decode()
    assert "Integration" in reach


def test_contacts_are_edited_with_the_profile(client, dessau, org, editor, coordinator):
    client.force_login(editor)
    data = edit_data(client, dessau, org)
    assert data["contacts-0-competencies"] == "Tanzpädagogik"
    data.update(
        {
            "contacts-TOTAL_FORMS": "2",
            "contacts-0-DELETE": "on",
            "contacts-1-name": "Amira Haddad",
            "contacts-1-role": "Projektleitung",
            "contacts-1-email": "amira@one-community.example",
            "contacts-1-competencies": "Übersetzung Arabisch, Veranstaltungsorganisation",
            "contacts-1-languages": "de, ar",
        }
    )
    client.post(url("edit", dessau, slug=org.slug), data)
    assert [c.name for c in org.contacts.all()] == ["Kontakt One Community Projekt"]  # waits for approval
    client.force_login(coordinator)
    change = OrganisationChange.objects.get(organisation=org, status="pending")
    client.post(url("decide_change", dessau, pk=change.pk), {"decision": "approve"})
    contact = org.contacts.get()
    assert contact.name == "Amira Haddad" and contact.language_codes == ["de", "ar"]
    assert not contact.contact_public  # no consent given
    assert found(dessau, "Arabisch") == [org.name]
    assert "amira@one-community.example" not in client.get(org.get_absolute_url()).content.decode()


def test_bad_contact_input_is_explained(client, dessau, org, editor):
    client.force_login(editor)
    data = edit_data(client, dessau, org, **{"contacts-0-languages": "Deutsch", "contacts-0-email": "x@"})
    response = client.post(url("edit", dessau, slug=org.slug), data)
    page = response.content.decode()
    assert "„deutsch“ ist kein Sprachkürzel" in page and 'value="x@"' in page
    assert not OrganisationChange.objects.exists()


def test_edit_page_tells_that_a_change_waits_for_approval(client, dessau, org, editor):
    client.force_login(editor)
    assert "wartet noch auf Freigabe" not in client.get(url("edit", dessau, slug=org.slug)).content.decode()
    client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, phone="0340 123456"))
    change = OrganisationChange.objects.get(organisation=org, status="pending")
    page = client.get(url("edit", dessau, slug=org.slug)).content.decode()
    assert "Eine Änderung vom " + date_format(localtime(change.created_at), "DATETIME_FORMAT") in page
    assert "wartet noch auf Freigabe durch die Koordination" in page


def test_the_map_pin_or_else_the_postcode_places_the_organisation(client, dessau, outsider, coordinator):
    from engagiert.core.geocoding import centroid

    client.force_login(outsider)
    page = client.get(url("register", dessau)).content.decode()
    assert "Breitengrad" not in page and "data-pin-map" in page  # nobody types coordinates
    client.post(url("register", dessau), VALID)
    org = Organisation.objects.get(name=VALID["name"])
    assert (org.latitude, org.longitude) == centroid("06846")
    client.post(url("register", dessau), {**VALID, "name": "Gepinnt", "latitude": "51.84", "longitude": "12.21"})
    assert Organisation.objects.values_list("latitude", "longitude").get(name="Gepinnt") == (51.84, 12.21)


def test_an_unknown_postcode_is_said_and_the_registration_kept(client, dessau, outsider):
    client.force_login(outsider)
    response = client.post(url("register", dessau), {**VALID, "postcode": "99999"}, follow=True)
    assert "Die Postleitzahl 99999 kennen wir nicht" in response.content.decode()
    org = Organisation.objects.get(name=VALID["name"])
    assert org.postcode == "99999" and org.latitude is None and org.longitude is None


def test_an_edit_moves_the_place_with_its_postcode_unless_pinned(client, dessau, outsider, coordinator):
    from engagiert.core.geocoding import centroid

    client.force_login(outsider)
    client.post(url("register", dessau), {**VALID, "latitude": "51.84", "longitude": "12.21"})
    org = Organisation.objects.get(name=VALID["name"])
    client.force_login(coordinator)
    client.post(url("decide_registration", dessau, pk=org.pk), {"decision": "approve"})
    client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, city="Dessau"))
    org.refresh_from_db()
    assert (org.latitude, org.longitude) == (51.84, 12.21)  # the pin stays
    client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, postcode="06844"))
    org.refresh_from_db()
    assert (org.latitude, org.longitude) == centroid("06844")  # moved house, pin not moved: the new postcode
