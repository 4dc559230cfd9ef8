import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import formats, translation

from engagiert.core import formatting
from engagiert.formats import CUSTOM_FORMATS

DAY = datetime.datetime(2026, 12, 10, 18, 0)


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("de", Decimal("668.00"), "668 Stunden"),
        ("de", "12.50", "12,5 Stunden"),
        ("de", 1, "1 Stunde"),
        ("de", Decimal("1234.25"), "1.234,25 Stunden"),
        ("de", "0.333", "0,33 Stunden"),
        ("en", "12.50", "12.5 Stunden"),  # the word comes from the catalogue
    ],
)
def test_hours(language, value, expected):
    with translation.override(language):
        text = formatting.hours(value)
    assert text.split(" ")[0] == expected.split(" ")[0]
    if language == "de":
        assert text == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "1.250,00\xa0€"), ("en", "€1,250.00"), ("uk", "1\xa0250,00\xa0€")],
)
def test_money(language, expected):
    with translation.override(language):
        assert formatting.money(Decimal("1250")) == expected


def test_number_groups_without_the_global_thousand_separator():
    assert not settings.USE_THOUSAND_SEPARATOR  # years and ids stay ungrouped in templates
    with translation.override("de"):
        assert formatting.number(Decimal("12500.10")) == "12.500,1"
        assert formatting.number("7") == "7"
        assert formatting.number("nonsense") == "nonsense"
        assert formatting.number(None) == ""


def test_short_date_takes_dates_and_iso_strings():
    with translation.override("de"):
        assert formatting.short_date("2023-07-18") == "18.07.2023"
        assert formatting.short_date(datetime.date(2023, 7, 18)) == "18.07.2023"
        assert formatting.short_date("") == ""


def test_template_filters():
    template = Template("{% load formats %}{{ h|hours }} | {{ m|money }} | {{ n|number }} | {{ d|short_date }}")
    with translation.override("de"):
        text = template.render(Context({"h": "668.00", "m": "1250", "n": 1250, "d": "2023-07-18"}))
    assert text == "668 Stunden | 1.250,00\xa0€ | 1.250 | 18.07.2023"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
@pytest.mark.parametrize("name", CUSTOM_FORMATS)
def test_every_language_defines_every_custom_format(language, name):
    assert formats.get_format(name, lang=language) != name


def test_ukrainian_month_after_a_day_is_genitive():
    with translation.override("uk"):
        text = formats.date_format(DAY, "EVENT_DATETIME_FORMAT")
        assert text == "Четвер, 10 грудня 2026, 18:00"
        assert formats.date_format(DAY, "DATE_FORMAT") == "10 грудня 2026 р."
        assert formats.date_format(DAY, "MONTH_DAY_FORMAT") == "10 грудня"
        assert formats.date_format(DAY, "YEAR_MONTH_FORMAT") == "Грудень 2026"  # no day: nominative


def test_arabic_event_date_has_no_german_pattern():
    with translation.override("ar"):
        text = formats.date_format(DAY, "EVENT_DATETIME_FORMAT")
    assert text == "الخميس، 10 ديسمبر 2026، 18:00"
    with translation.override("de"):
        assert formats.date_format(DAY, "EVENT_DATETIME_FORMAT") == "Donnerstag, 10. Dezember 2026, 18:00"
