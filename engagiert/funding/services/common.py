"""What every write of the Partnerschaft für Demokratie shares: the error for refused writes,
plausibility limits and the audit log entry."""

from __future__ import annotations

from decimal import Decimal

from engagiert.core import audit
from engagiert.funding.models import (
    Application,
)

Status = Application.Status
# The largest amount anybody types on purpose; above it an amount is a typo.
ABSURD = Decimal("1000000.00")
QUOTES_NEEDED = 3


class FundingError(Exception):
    """A write the rules do not allow; str() is the message for the person."""


def _log(*, actor, action: str, target, data: dict | None = None, **kwargs) -> None:
    municipality = getattr(target, "municipality_id", None)
    if municipality is None and hasattr(target, "application"):
        municipality = target.application.municipality_id
    audit.record(actor=actor, action=f"funding.{action}", target=target, municipality=municipality, data=data, **kwargs)
