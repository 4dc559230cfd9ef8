"""The one exporter: the same rows as CSV or XLSX, formulas defused, phone numbers kept."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from engagiert.core.export import export_response, safe_cell

ROWS = [
    ["Name", "Telefon", "Anzahl", "Notiz"],
    ["=HYPERLINK(evil)", "+49 340 204 1234", 3, "Zeile 1\nZeile 2"],
    ["Tanz + Kultur", "+1+cmd|' /C calc'!A0", -12.5, "@SUM(A1)"],
]
GUARDED = [
    ["Name", "Telefon", "Anzahl", "Notiz"],
    ["'=HYPERLINK(evil)", "+49 340 204 1234", 3, "Zeile 1\nZeile 2"],
    ["Tanz + Kultur", "'+1+cmd|' /C calc'!A0", -12.5, "'@SUM(A1)"],
]


def test_csv_is_semicolon_separated_with_a_bom_and_guarded():
    response = export_response(iter(ROWS), format="csv", filename="liste")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="liste.csv"'
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [[str(cell) for cell in row] for row in GUARDED]


def test_xlsx_has_the_same_rows_guarded_numbers_stay_numbers_and_wraps_columns():
    response = export_response(iter(ROWS), format="xlsx", filename="liste", sheet_title="Liste", wrap_columns=(3,))
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="liste.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "Liste"
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == GUARDED
    assert sheet["D2"].alignment.wrap_text and not sheet["A2"].alignment.wrap_text


def test_an_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="pdf"):
        export_response(ROWS, format="pdf", filename="liste")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+49 340 1234", "+49 340 1234"),
        ("+49 (0)340/12-34", "+49 (0)340/12-34"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("+SUM(A1:A2)", "'+SUM(A1:A2)"),
        ("=HYPERLINK(evil)", "'=HYPERLINK(evil)"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Tanz + Kultur", "Tanz + Kultur"),
        ("", ""),
        (-12.5, -12.5),
    ],
)
def test_safe_cell_defuses_formulas_but_keeps_phone_numbers_and_numbers(value, expected):
    assert safe_cell(value) == expected
