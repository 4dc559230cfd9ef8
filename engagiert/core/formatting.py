"""Numbers, hours, money and dates in the reader's locale, for templates (core/templatetags/
formats.py), PDFs and texts built in Python: decimal comma and thousands separator by the
active language (without turning USE_THOUSAND_SEPARATOR on, which would also group years and
ids), hours with up to two decimals and no trailing zeros, money with two decimals."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import ngettext


def to_decimal(value) -> Decimal | None:
    """`value` (number or numeric string such as stored JSON "668.00") as a Decimal; None
    when empty or not a number."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def number(value, *, places: int = 2) -> str:
    """A number in the active locale with thousands grouping and up to `places` decimals,
    trailing zeros dropped ("1.250", "12,5"); the value itself when it is not a number."""
    amount = to_decimal(value)
    if amount is None:
        return "" if value is None else str(value)
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize()
    decimals = max(0, -amount.as_tuple().exponent)
    return formats.number_format(amount, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def hours(value) -> str:
    """Hours in the active locale and language: "668 Stunden", "12,5 Stunden", "1 Stunde"."""
    amount = to_decimal(value)
    if amount is None:
        return "" if value is None else str(value)
    text = number(amount)
    # Plural form: the count when whole; a fraction takes the form of 2 (plural in German).
    count = int(amount) if amount == amount.to_integral_value() else 2
    return ngettext("%(hours)s Stunde", "%(hours)s Stunden", count) % {"hours": text}


def money(value) -> str:
    """An amount in euros in the active locale with two decimals: "1.250,00 €"."""
    amount = to_decimal(value)
    if amount is None:
        return "" if value is None else str(value)
    text = formats.number_format(
        amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), decimal_pos=2, use_l10n=True, force_grouping=True
    )
    return formats.get_format("MONEY_FORMAT") % {"amount": text}


def to_date(value) -> datetime.date | datetime.datetime | None:
    """A date or datetime, or an ISO string of one (as stored in JSON), as a date(time)."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value) if "T" in value else datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def short_date(value) -> str:
    """A date (or its ISO string) in the active locale's SHORT_DATE_FORMAT ("18.07.2023")."""
    day = to_date(value)
    if day is None:
        return "" if value is None else str(value)
    return formats.date_format(day, "SHORT_DATE_FORMAT")
