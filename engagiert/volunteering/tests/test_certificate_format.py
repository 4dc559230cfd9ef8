"""The Ehrenamtsnachweis PDF in the reader's locale: dates and hours in German formats, not
ISO dates and "668.00" (issue 13)."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from engagiert.testing import make_user
from engagiert.volunteering import services
from engagiert.volunteering.models import HourEntry

from .factories import accept, make_opportunity


@pytest.fixture
def certificate(dessau, org):
    volunteer = make_user("lotte@example.org")
    opportunity = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opportunity, days_ago=10)
    first = datetime.date(2023, 7, 18)  # 27 days of 24 hours and one of 20: 668 hours
    for offset in range(28):
        day, hours = first + datetime.timedelta(days=offset), Decimal(20 if offset == 27 else 24)
        HourEntry.objects.create(
            municipality=dessau,
            volunteer=volunteer,
            opportunity=opportunity,
            organisation=org,
            activity=opportunity.title,
            organisation_name=org.name,
            date=day,
            hours=hours,
            logged_by=volunteer,
            status=HourEntry.Status.CONFIRMED,
        )
    return services.issue_certificate(user=volunteer, municipality=dessau)


def pdf_text(client, certificate) -> str:
    client.force_login(certificate.user)
    response = client.get(f"/dessau-rosslau/mach-mit/mein-engagement/nachweis/{certificate.code}.pdf")
    assert response.status_code == 200
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_certificate_pdf_uses_german_dates_and_hours(client, certificate):
    assert certificate.content["total_hours"] == "668.00"  # stored as data, formatted when shown
    text = pdf_text(client, certificate)
    assert "18.07.2023" in text and "14.08.2023" in text
    assert "668 Stunden" in text
    assert "2023-07-18" not in text and "668.00" not in text
