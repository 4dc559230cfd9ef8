"""Public JSON API of Ehrenamtskarte (django-ninja): acceptance partners with their current
benefits, and the municipality's public verification keys. No personal data."""

from datetime import date

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from engagiert.card import crypto
from engagiert.card.models import AcceptancePartner
from engagiert.card.selectors import approved_partners, trust_list
from engagiert.core.api import Pagination, Slug, answers, choices_enum
from engagiert.core.models import Municipality

router = Router(tags=["Ehrenamtskarte"])

PartnerCategory = choices_enum("PartnerCategory", AcceptancePartner.Category)


class PartnerParams(Schema):
    category: PartnerCategory | None = Field(None, description="Kategorie, z. B. museum oder sport")


class BenefitOut(Schema):
    text: str
    valid_until: date | None


class PartnerOut(Schema):
    id: int
    name: str
    category: str
    street: str
    postcode: str
    city: str
    website: str
    latitude: float | None
    longitude: float | None
    benefits: list[BenefitOut]


class KeyOut(Schema):
    id: int = Field(..., description="Schlüsselnummer im QR-Code")
    public_key: str = Field(..., max_length=64, description="Ed25519, 32 Bytes, base64url")
    retired: int | None = Field(
        None,
        description=(
            "Stillgelegt am (Tage seit 2000-01-01); eine Karte mit späterem Beginn ist mit diesem Schlüssel "
            "nicht gültig"
        ),
    )


class KeysOut(Schema):
    municipality: str
    ags: int
    payload_version: int
    keys: list[KeyOut]


@router.get(
    "/card/{municipality}/partners",
    response=answers(list[PartnerOut]),
    summary="Akzeptanzpartner der Ehrenamtskarte",
    url_name="card_partners",
)
@paginate(Pagination, page_size=50)
def partners(request, municipality: Slug, params: Query[PartnerParams]):
    muni = get_object_or_404(Municipality, slug=municipality)
    return approved_partners(muni, category=params.category.value if params.category else "")


@router.get(
    "/card/{municipality}/keys",
    response=answers(KeysOut),
    summary="Öffentliche Schlüssel zum Prüfen der QR-Codes",
    url_name="card_keys",
)
def keys(request, municipality: Slug):
    muni = get_object_or_404(Municipality, slug=municipality)
    data = trust_list(muni)
    return {"municipality": muni.slug, "ags": data["ags"], "payload_version": crypto.VERSION, "keys": data["keys"]}
