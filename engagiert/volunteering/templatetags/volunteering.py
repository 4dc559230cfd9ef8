from decimal import Decimal

from django import template

from engagiert.volunteering.services import hours_text

register = template.Library()


@register.filter
def hours(value) -> str:
    """Hours as people write them: 2,5 rather than 2.50 (same on SQLite and PostgreSQL)."""
    if value is None or value == "":
        return ""
    return hours_text(Decimal(value))
