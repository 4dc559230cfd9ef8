"""Whole numbers typed or sent by people: ASCII digits only, in one place."""

from __future__ import annotations

_ASCII_DIGITS = frozenset("0123456789")

MAX_ID = 2**63 - 1  # the largest value of a bigint column, such as a primary key


def ascii_int(value: object, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """The non-negative integer that `value` spells in ASCII digits 0-9 (surrounding white space
    allowed), or None: no sign, no "²" (str.isdigit() takes it, int() refuses it), no Arabic-Indic
    or full-width digits (int() reads them), and nothing outside [minimum, maximum]."""
    if not isinstance(value, str):
        return None
    digits = value.strip()
    if not digits or not _ASCII_DIGITS.issuperset(digits):
        return None
    if maximum is not None and len(digits.lstrip("0")) > len(str(maximum)):
        return None  # far too long: refused before int() reads thousands of digits
    try:
        number = int(digits)
    except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits())
        return None
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number
