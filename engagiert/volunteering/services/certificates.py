"""Ehrenamtsnachweis: issuing a certificate over confirmed hours, and its hash."""

from __future__ import annotations

import hashlib
import json
import secrets
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core.models import Municipality
from engagiert.volunteering.models import (
    Certificate,
)
from engagiert.volunteering.services.common import (
    VolunteeringError,
)


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@transaction.atomic
def issue_certificate(*, user, municipality: Municipality) -> Certificate:
    """Issue an Ehrenamtsnachweis over the person's confirmed hours in the municipality."""
    from engagiert.volunteering.selectors import certificate_rows

    rows = certificate_rows(user=user, municipality=municipality)
    if not rows:
        raise VolunteeringError(_("Für einen Nachweis braucht es bestätigte Stunden."))
    content = {
        "holder": user.get_full_name() or user.email,
        "municipality": municipality.name,
        "office": municipality.office,
        "issued_on": timezone.localdate().isoformat(),
        "rows": rows,
        "total_hours": str(sum((Decimal(r["hours"]) for r in rows), Decimal("0"))),
    }
    return Certificate.objects.create(
        municipality=municipality,
        user=user,
        code=secrets.token_hex(8).upper(),
        content=content,
        content_hash=content_hash(content),
    )
