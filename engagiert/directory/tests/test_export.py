from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from engagiert.directory.models import Competency, ContactPerson
from engagiert.directory.views.coordination import EXPORT_COLUMNS
from engagiert.testing import make_org

pytestmark = pytest.mark.django_db


def export_url(kind: str, municipality) -> str:
    return reverse(f"directory:export_{kind}", kwargs={"municipality": municipality.slug})


def csv_rows(client, municipality) -> list[dict[str, str]]:
    text = client.get(export_url("csv", municipality)).content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def xlsx_rows(client, municipality) -> list[dict[str, object]]:
    sheet = load_workbook(io.BytesIO(client.get(export_url("xlsx", municipality)).content)).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [{h: ("" if v is None else v) for h, v in zip(header, row, strict=True)} for row in rows]


@pytest.fixture
def club(dessau):
    org = make_org(
        dessau,
        "Sprachbrücke e.V.",
        description="<p>Wir <strong>übersetzen</strong> &amp; begleiten.</p><ul><li>Arabisch</li></ul>",
        topics=("Integration",),
        dimensions=("Ethnische Herkunft & Nationalität", "Religion"),
        district=dessau.districts.get(slug="rosslau"),
        latitude=51.88,
        longitude=12.24,
        phone="+49 340 204 1234",
    )
    public = ContactPerson.objects.create(
        organisation=org,
        name="Amira Haddad",
        role="Projektleitung",
        email="amira@sprachbruecke.example",
        phone="+49 340 555",
        contact_public=True,
        languages="de, ar",
    )
    public.competencies.set([Competency.objects.create(name=n) for n in ("Übersetzung Arabisch", "Fördermittel")])
    ContactPerson.objects.create(
        organisation=org, name="Bernd Privat", role="Kasse", email="bernd@privat.example", phone="0340 999"
    )
    return org


def test_export_has_every_field_and_public_contact_data_only(client, dessau, club, coordinator):
    client.force_login(coordinator)
    expected = {
        "Name": "Sprachbrücke e.V.",
        "Stadtteil": "Roßlau",
        "Telefon": "+49 340 204 1234",  # no apostrophe before a phone number
        "Vielfaltsdimensionen": "Ethnische Herkunft & Nationalität, Religion",
        "Seite im Durchblick": "http://testserver/dessau-rosslau/durchblick/sprachbrucke-ev/",
        "Beschreibung": "Wir übersetzen & begleiten.\nArabisch",
        "Ansprechpartner*innen": "Amira Haddad (Projektleitung; Kompetenzen: Fördermittel, Übersetzung Arabisch; "
        "Sprachen: de, ar; E-Mail: amira@sprachbruecke.example; Telefon: +49 340 555)\nBernd Privat (Kasse)",
    }
    (row,) = csv_rows(client, dessau)
    assert list(row) == [str(label) for _key, label in EXPORT_COLUMNS]
    assert {key: row[key] for key in expected} == expected
    assert (row["Breitengrad"], row["Längengrad"]) == ("51.88", "12.24")
    (sheet_row,) = xlsx_rows(client, dessau)
    assert {key: sheet_row[key] for key in expected} == expected
    assert (sheet_row["Breitengrad"], sheet_row["Längengrad"]) == (51.88, 12.24)  # numbers in the workbook
    for text in (row, sheet_row):
        assert "bernd@privat.example" not in str(text) and "0340 999" not in str(text)  # did not consent


def test_export_is_in_the_searchs_name_order(client, dessau, coordinator):
    for name in ("Zukunft e.V.", "Ökumenischer Kreis", "arche Initiative", "Bürgerverein"):
        make_org(dessau, name)
    client.force_login(coordinator)
    order = ["arche Initiative", "Bürgerverein", "Ökumenischer Kreis", "Zukunft e.V."]
    assert [row["Name"] for row in csv_rows(client, dessau)] == order
    assert [row["Name"] for row in xlsx_rows(client, dessau)] == order


def test_export_query_count_does_not_grow_with_organisations(client, dessau, club, coordinator):
    client.force_login(coordinator)

    def count(kind: str) -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(export_url(kind, dessau)).status_code == 200
        return len(ctx)

    few = count("csv"), count("xlsx")
    for i in range(4):
        org = make_org(dessau, f"Verein {i}", topics=("Sport",), dimensions=("Alter",), programmes=("Netz",))
        contact = ContactPerson.objects.create(organisation=org, name=f"Person {i}")
        contact.competencies.set([Competency.objects.get_or_create(name=f"Kompetenz {i}")[0]])
    assert (count("csv"), count("xlsx")) == few
