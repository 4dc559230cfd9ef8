"""Spreadsheet exports (CSV and XLSX): one cell guard and one CSV response for every app."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from django.http import HttpResponse

# A phone number like "+49 340 1234": digits and separators only, nothing a spreadsheet could run.
_PHONE_LIKE = re.compile(r"\+\d[\d ()/-]*")


def safe_cell(value):
    """Spreadsheet programs run cells starting with = + - @ (or a tab or carriage return before
    them) as formulas: defuse them with a leading apostrophe. Numbers and phone numbers stay."""
    if not isinstance(value, str) or _PHONE_LIKE.fullmatch(value):
        return value
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_response(rows: Iterable[Iterable], *, filename: str) -> HttpResponse:
    """A semicolon-separated CSV download (with a BOM: Excel reads UTF-8 only with one),
    every cell through `safe_cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
