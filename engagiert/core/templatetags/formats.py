"""Template filters for numbers, hours, money and stored ISO dates in the reader's locale
(core.formatting): {% load formats %} {{ total|hours }} {{ amount|money }} {{ n|number }}
{{ row.first_date|short_date }}."""

from django import template

from engagiert.core import formatting

register = template.Library()

register.filter("number", formatting.number)
register.filter("hours", formatting.hours)
register.filter("money", formatting.money)
register.filter("short_date", formatting.short_date)
