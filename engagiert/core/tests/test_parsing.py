"""core.parsing.ascii_int: ASCII digits only, within bounds."""

from __future__ import annotations

import pytest

from engagiert.core.parsing import ascii_int


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), ("42", 42), (" 7 ", 7), ("007", 7), ("123456789", 123456789)],
)
def test_ascii_digits_are_read(value, expected):
    assert ascii_int(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", " ", "²", "1²", "٣", "١٢٣", "１２", "-1", "+1", "1.0", "1e3", "1_000", "0x1", "12a", "1 2", None, 12, b"12"],
)
def test_anything_else_is_none(value):
    assert ascii_int(value) is None


def test_bounds_are_inclusive():
    assert ascii_int("5", minimum=5, maximum=9) == 5
    assert ascii_int("9", minimum=5, maximum=9) == 9
    assert ascii_int("4", minimum=5) is None
    assert ascii_int("10", maximum=9) is None
    assert ascii_int("0000000009", maximum=9) == 9


def test_a_huge_number_is_refused_by_its_length():
    assert ascii_int("9" * 5000, maximum=2**63 - 1) is None
    assert ascii_int("9" * 30) == int("9" * 30)
