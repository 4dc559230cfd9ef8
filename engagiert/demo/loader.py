"""Loads the demo data of engagiert.demo.data into the database. Idempotent: running it
again updates what is there (matched by slug or name) and adds what is missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from engagiert.core.languages import language_codes
from engagiert.core.models import District, Municipality, RegionalNetwork, Role, User
from engagiert.core.registry import municipality_created
from engagiert.core.roles import grant_role
from engagiert.demo import (
    card,
    events,
    funding,
    identity,
    images,
    impact,
    newsletter,
    nominations,
    portal,
    privacy,
    selfcheck,
    translations,
    volunteering,
)
from engagiert.demo.data import directory as data
from engagiert.directory.indexing import reindex_organisations
from engagiert.directory.models import (
    Competency,
    ContactPerson,
    CooperationAgreement,
    DiversityDimension,
    Organisation,
    OrganisationEditor,
    Programme,
    ProgrammeMembership,
    Topic,
)
from engagiert.directory.services import unique_slug

DEMO_PASSWORD = "engagiert-demo"  # noqa: S105 - published demo password, for demo accounts only
LANGS = language_codes()


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    municipality: str = "dessau-rosslau"
    organisation: str = ""
    name: tuple[str, str] = ("", "")  # first and last name of the people who edit and coordinate


DEMO_LOGINS = [
    DemoLogin("Plattform-Administration", "admin@engagiert.example", municipality="", name=("Tobias", "Brandt")),
    # The coordinators are the directory's "Koordinatorin Engagierte Stadt" of their town (demo/data).
    DemoLogin("Koordination Dessau-Roßlau", "koordination@dessau-rosslau.example", name=("Sabine", "Hellwig")),
    DemoLogin(
        "Koordination Bitterfeld-Wolfen",
        "koordination@bitterfeld-wolfen.example",
        "bitterfeld-wolfen",
        name=("Anett", "Große"),
    ),
    DemoLogin(
        "Redaktion One Community Projekt",
        "redaktion@one-community.example",
        organisation="One Community Projekt",
        name=("Karim", "Benali"),
    ),
    DemoLogin("Portal-Redaktion Dessau-Roßlau", "redaktion@dessau-rosslau.example", name=("Lea", "Sommerfeld")),
    DemoLogin("Mitglied im Begleitausschuss", "begleitausschuss@dessau-rosslau.example"),
    DemoLogin("Akzeptanzpartner", "partner@dessau-rosslau.example"),
    DemoLogin(
        "Partnerschaft für Demokratie: Koordinierungs- und Fachstelle",
        "fachstelle-pfd@dessau-rosslau.example",
        name=("Christian", "Seidel"),
    ),
    DemoLogin(
        "Partnerschaft für Demokratie: federführendes Amt", "amt-pfd@dessau-rosslau.example", name=("Ulrike", "Franke")
    ),
    DemoLogin("Partnerschaft für Demokratie: Jugendforum", "jugendforum@dessau-rosslau.example"),
    DemoLogin("Freiwillige", "freiwillige@dessau-rosslau.example"),
    DemoLogin("Freiwillige mit offenem Antrag auf die Ehrenamtskarte", "antrag@dessau-rosslau.example"),
]
_ROLE_BY_LABEL = {
    "Koordination": Role.Kind.COORDINATOR,
    "Portal-Redaktion": Role.Kind.EDITOR,
    "Mitglied im Begleitausschuss": Role.Kind.COMMITTEE_MEMBER,
    "Akzeptanzpartner": Role.Kind.ACCEPTANCE_PARTNER,
    "Freiwillige": Role.Kind.VOLUNTEER,
}


def _translated(row: dict, prefix: str = "") -> dict[str, str]:
    """{"name_de": ..., "name_en": ...} from a row with "de", "en", ... keys."""
    return {f"{prefix}_{lang}": row.get(lang, "") for lang in LANGS if row.get(lang)}


def _taxonomies() -> None:
    for model, rows in ((Topic, data.TOPICS), (DiversityDimension, data.DIVERSITY_DIMENSIONS)):
        for row in rows:
            model.objects.update_or_create(slug=row["slug"], defaults={"name": row["de"], **_translated(row, "name")})


def _municipalities() -> dict[str, Municipality]:
    munis = {}
    for row in data.MUNICIPALITIES:
        fields = {k: row[k] for k in ("name", "ags", "state", "email", "phone", "street", "postcode", "city", "office")}
        fields |= {k: row.get(k, "") for k in ("dpo_name", "dpo_email", "dpo_address")}
        muni, created = Municipality.objects.update_or_create(
            slug=row["slug"], defaults={**fields, "latitude": row["lat"], "longitude": row["lon"]}
        )
        if created:
            muni.is_new = True  # set up by load() once the apps' demo data exists
        munis[muni.slug] = muni
        for d in sorted(row["districts"], key=lambda d: d["parent"] is not None):
            parent = District.objects.get(municipality=muni, slug=d["parent"]) if d["parent"] else None
            District.objects.update_or_create(
                municipality=muni,
                slug=d["slug"],
                defaults={"name": d["name"], "parent": parent, "latitude": d["lat"], "longitude": d["lon"]},
            )
    for row in data.REGIONAL_NETWORKS:
        network, _ = RegionalNetwork.objects.update_or_create(slug=row["slug"], defaults={"name": row["name"]})
        network.municipalities.set([munis[s] for s in row["municipalities"]])
    return munis


def _programmes(munis: dict[str, Municipality]) -> None:
    for row in data.PROGRAMMES:
        Programme.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["de"],
                **_translated(row, "name"),
                "description_de": row.get("description_de", ""),
                "description_en": row.get("description_en", ""),
                "website": row.get("website", ""),
                "municipality": munis.get(row.get("municipality") or ""),
            },
        )


def _organisations(munis: dict[str, Municipality]) -> list[int]:
    topics = {t.slug: t for t in Topic.objects.all()}
    dims = {d.slug: d for d in DiversityDimension.objects.all()}
    programmes = {p.slug: p for p in Programme.objects.all()}
    districts = {(d.municipality_id, d.slug): d for d in District.objects.all()}
    competencies = {c.name: c for c in Competency.objects.all()}
    ids = []
    for row in data.ORGANISATIONS:
        muni = munis[row["municipality"]]
        org = Organisation.objects.filter(municipality=muni, name=row["name"]).first() or Organisation(
            municipality=muni, name=row["name"], slug=unique_slug(municipality=muni, name=row["name"])
        )
        org.kind = row["kind"]
        org.status = Organisation.Status.PUBLISHED
        org.trusted = row.get("trusted", False)
        org.description_de = row["description_de"]
        org.description_en = row.get("description_en", "")
        for key in ("street", "postcode", "city", "website", "email", "phone"):
            setattr(org, key, row.get(key, ""))
        org.latitude, org.longitude = row.get("lat"), row.get("lon")
        org.district = districts.get((muni.pk, row.get("district")))
        if images.is_demo(org.logo.name):  # three in four have a logo, as in life
            org.logo = images.logo(slug=org.slug, name=org.name) if images.has_logo(org.name) else ""
        org.save()
        org.topics.set([topics[s] for s in row.get("topics", [])])
        org.diversity_dimensions.set([dims[s] for s in row.get("diversity", [])])
        ProgrammeMembership.objects.filter(organisation=org).delete()
        ProgrammeMembership.objects.bulk_create(
            [ProgrammeMembership(organisation=org, programme=programmes[s]) for s in row.get("programmes", [])]
        )
        org.contacts.all().delete()
        for c in row.get("contacts", []):
            contact = ContactPerson.objects.create(
                organisation=org,
                name=c["name"],
                role=c.get("role", ""),
                email=c.get("email", ""),
                phone=c.get("phone", ""),
                contact_public=c.get("email_public", False),
                languages=", ".join(c.get("languages", [])),
            )
            for name in c.get("competencies", []):
                if name not in competencies:
                    competencies[name] = Competency.objects.create(name=name)
            contact.competencies.set([competencies[n] for n in c.get("competencies", [])])
        ids.append(org.pk)
    for row in data.COOPERATION_AGREEMENTS:
        muni = munis[row["municipality"]]
        agreement, _ = CooperationAgreement.objects.update_or_create(
            municipality=muni,
            title=row["title"],
            defaults={"signed_on": row.get("signed_on"), "description_de": row.get("description_de", "")},
        )
        agreement.parties.set(Organisation.objects.filter(municipality=muni, name__in=row["parties"]))
    return ids


def _users(munis: dict[str, Municipality]) -> None:
    for login in DEMO_LOGINS:
        user = User.objects.filter(email=login.email).first()
        if user is None:
            user = User(email=login.email, username=login.email.split("@")[0] + "-" + login.email.split("@")[1][:12])
            user.set_password(DEMO_PASSWORD)
        user.is_superuser = user.is_staff = login.municipality == ""
        if login.name[0]:  # Wagtail's admin and the app show the name, not the e-mail's truncated username
            user.first_name, user.last_name = login.name
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=login.email, defaults={"verified": True, "primary": True}
        )
        for label, kind in _ROLE_BY_LABEL.items():
            if login.role.startswith(label):
                grant_role(user=user, municipality=munis[login.municipality], kind=kind)
        if login.organisation:
            org = Organisation.objects.get(municipality=munis[login.municipality], name=login.organisation)
            OrganisationEditor.objects.update_or_create(
                organisation=org, user=user, defaults={"status": OrganisationEditor.Status.ACTIVE}
            )


@transaction.atomic
def load(*, today: dt.date | None = None) -> dict[str, int]:
    """Loads the demo with every date relative to `today` (default: the current day)."""
    today = today or timezone.localdate()
    _taxonomies()
    munis = _municipalities()
    identity.load(munis)  # accent colours and generated shield logos
    _programmes(munis)
    ids = _organisations(munis)
    reindex_organisations(ids)
    _users(munis)
    counts = {"municipalities": len(munis), "organisations": len(ids)}
    # Each capability adds its demo data from engagiert/demo/<capability>.py: load(munis, today=) -> counts.
    counts |= volunteering.load(munis, today=today)
    counts |= card.load(munis, today=today)
    counts |= selfcheck.load(munis, today=today)
    counts |= events.load(munis, today=today)
    counts |= nominations.load(munis, today=today)
    counts |= newsletter.load(munis, today=today)  # after events: the draft carries upcoming events
    counts |= funding.load(munis, today=today)
    counts |= privacy.load(munis, today=today)  # the demo volunteer's data in every app, consents to withdraw
    for muni in munis.values():
        if getattr(muni, "is_new", False):
            municipality_created(muni)  # what every app sets up for a new town (core.registry), e.g. synonyms
    counts |= portal.load(munis, today=today)
    # English, Arabic and Ukrainian texts of what the modules above created (demo/data/translations.py).
    translations.load()
    # Last: the impact figures of all the above (roll-ups and open data after the commit).
    counts |= impact.load(munis, today=today)
    return counts
