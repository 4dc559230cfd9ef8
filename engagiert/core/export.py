"""Spreadsheet exports: one exporter that writes the same rows as CSV or XLSX, every cell guarded
against formula injection (like pretix's ListExporter)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable
from typing import Literal

from django.http import HttpResponse

Format = Literal["csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx")

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# A phone number like "+49 340 1234": digits and separators only, nothing a spreadsheet could run.
_PHONE_LIKE = re.compile(r"\+\d[\d ()/-]*")


def safe_cell(value):
    """Spreadsheet programs run cells starting with = + - @ (or a tab or carriage return before
    them) as formulas: defuse them with a leading apostrophe. Numbers and phone numbers stay."""
    if not isinstance(value, str) or _PHONE_LIKE.fullmatch(value):
        return value
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_bytes(rows: Iterable[Iterable]) -> bytes:
    """Semicolon-separated, with a BOM: Excel reads UTF-8 only with one."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_bytes(rows: Iterable[Iterable]) -> bytes:
    """The rows as the platform's CSV (semicolons, UTF-8 with BOM, cells guarded), e.g. for files
    stored rather than sent (open data)."""
    return _csv_bytes(rows)


def _xlsx_bytes(rows: Iterable[Iterable], *, sheet_title: str, wrap_columns: Collection[int]) -> bytes:
    """A write-only workbook (rows are streamed, not kept as cell objects); cells of
    `wrap_columns` (0-based) wrap their lines and align to the top."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=sheet_title[:31])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=safe_cell(value))
            if index in wrap_columns:
                cell.alignment = wrap
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_response(
    rows: Iterable[Iterable],
    *,
    format: Format,
    filename: str,
    sheet_title: str = "Export",
    wrap_columns: Collection[int] = (),
) -> HttpResponse:
    """A download of `rows` (the header first) as CSV or XLSX; `filename` without extension."""
    if format == "csv":
        body = _csv_bytes(rows)
    elif format == "xlsx":
        body = _xlsx_bytes(rows, sheet_title=sheet_title, wrap_columns=wrap_columns)
    else:
        raise ValueError(f"unknown export format: {format!r}")
    response = HttpResponse(body, content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{format}"'
    return response
