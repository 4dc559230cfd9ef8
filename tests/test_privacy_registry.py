"""The privacy statement is generated from one registry (core.registry.register_personal_data)
that the apps fill in their AppConfig.ready(). These tests find every model that holds
personal data (a link to a user account, an e-mail address, a phone number, a person's name
or birth date) and fail when no entry names it: a new app or model cannot be forgotten."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from django.utils.html import escape

from engagiert.core.fields import PhoneField
from engagiert.core.models import Municipality
from engagiert.core.registry import personal_data, register_personal_data

PERSON_FIELDS = {"first_name", "last_name", "birth_date", "birth_year", "holder_name"}
# Models whose personal-looking fields hold no person's data, with the reason.
NOT_PERSONAL = {
    "core.municipality": "the administration's office address and the DPO's official contact",
}


def holds_personal_data(model: type[models.Model]) -> list[str]:
    """The fields of `model` that hold personal data."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = []
    for field in model._meta.get_fields():
        if field.auto_created and not field.concrete:
            continue  # reverse relations: the other side holds the data
        if field.is_relation and field.related_model is user_model:
            found.append(field.name)
        elif isinstance(field, models.EmailField | PhoneField) or field.name in PERSON_FIELDS:
            found.append(field.name)
    return found


def personal_models() -> dict[str, list[str]]:
    """label_lower → fields, for every model of an engagiert app that holds personal data."""
    return {
        model._meta.label_lower: fields
        for config in apps.get_app_configs()
        if config.name.startswith("engagiert.")
        for model in config.get_models()
        if (fields := holds_personal_data(model))
    }


def test_the_detector_finds_the_known_kinds_of_personal_data():
    found = personal_models()
    assert "email" in found["events.registration"] and "user" in found["events.registration"]
    assert "birth_date" in found["card.cardapplication"]
    assert "volunteer" in found["volunteering.hourentry"]
    assert "topic" not in {label.split(".")[1] for label in found}  # no false alarm on plain content


def test_every_model_with_personal_data_is_described_in_the_privacy_statement():
    named = {label for entry in personal_data.all() for label in entry.models}
    missing = {label: fields for label, fields in personal_models().items() if label not in named | NOT_PERSONAL.keys()}
    assert not missing, (
        f"Describe these models in a register_personal_data(..., models=(...)) entry of their app: {missing}"
    )


def test_every_app_with_personal_data_registers_its_own_entries():
    registered_apps = {entry.app_label for entry in personal_data.all()}
    apps_with_personal_data = {label.split(".")[0] for label in personal_models() if label not in NOT_PERSONAL}
    assert apps_with_personal_data <= registered_apps
    for entry in personal_data.all():  # an app describes its own models only
        assert all(label.split(".")[0] == entry.app_label for label in entry.models), entry.key


def test_every_named_model_exists_and_every_text_is_translatable():
    for entry in personal_data.all():
        for label in entry.models:
            apps.get_model(label)  # raises LookupError for a stale name
        for text in (entry.title, entry.data, entry.purpose, entry.legal_basis, entry.retention):
            assert isinstance(text, Promise) and str(text).strip(), entry.key
        assert "DSGVO" in str(entry.legal_basis), entry.key


def test_the_required_kinds_are_described():
    keys = {entry.key for entry in personal_data.all()}
    assert {
        "core.account",
        "core.accessibility_feedback",
        "core.audit",
        "core.mail",
        "directory.contacts",
        "events.registrations",
        "volunteering.profile",
        "volunteering.engagement",
        "volunteering.certificates",
        "card.applications",
        "card.cards",
        "card.verifications",
        "selfcheck.responses",
    } <= keys
    registrations = next(e for e in personal_data.all() if e.key == "events.registrations")
    assert "Art. 9" in str(registrations.legal_basis)  # support needs can be health data


@pytest.fixture
def dessau_with_dpo(dessau) -> Municipality:
    dessau.office = "Integrationsbüro"
    dessau.email = "engagiertestadt@dessau-rosslau.example"
    dessau.dpo_name = "Dr. Petra Schutz"
    dessau.dpo_email = "datenschutz@dessau-rosslau.example"
    dessau.dpo_address = "Zerbster Straße 4, 06844 Dessau-Roßlau"
    dessau.save()
    return dessau


@pytest.mark.django_db
def test_the_privacy_page_lists_every_entry_and_the_data_protection_officer(
    client, dessau_with_dpo, wittenberg, django_assert_max_num_queries
):
    wittenberg.dpo_email = "datenschutz@wittenberg.example"
    wittenberg.save()
    with django_assert_max_num_queries(3):
        response = client.get("/dessau-rosslau/datenschutz/")
    html = response.content.decode()
    assert response.status_code == 200
    for entry in personal_data.all():
        assert f'id="{entry.anchor}"' in html
        assert escape(str(entry.title)) in html and escape(str(entry.retention)) in html
    assert "Dr. Petra Schutz" in html and 'href="mailto:datenschutz@dessau-rosslau.example"' in html
    assert "Zerbster Straße 4" in html and "Integrationsbüro" in html
    assert "wittenberg" not in html.split("<main", 1)[1].split("</main>", 1)[0]  # another town's DPO


@pytest.mark.django_db
def test_without_a_data_protection_officer_the_page_says_where_to_ask(client, dessau):
    html = client.get("/dessau-rosslau/datenschutz/").content.decode()
    assert "erhalten Sie bei der verantwortlichen Stelle" in html


@pytest.mark.django_db
def test_an_entry_an_app_registers_appears_on_the_page(client, dessau):
    register_personal_data(
        key="newsletter.subscribers",
        title="Newsletter",
        data="E-Mail-Adresse",
        purpose="Newsletter verschicken",
        legal_basis="Art. 6 Abs. 1 lit. a DSGVO",
        retention="Bis zur Abmeldung",
        order=70,
    )
    try:
        html = client.get("/dessau-rosslau/datenschutz/").content.decode()
    finally:
        personal_data.unregister("newsletter.subscribers")
    assert 'id="daten-newsletter-subscribers"' in html and "Bis zur Abmeldung" in html


@pytest.mark.django_db
def test_the_privacy_page_is_translated(client, dessau):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    html = client.get("/dessau-rosslau/datenschutz/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html


@pytest.mark.django_db
def test_the_data_protection_officer_is_edited_in_the_admin(client, dessau, platform_admin):
    client.force_login(platform_admin)
    html = client.get(f"/admin/core/municipality/{dessau.pk}/change/").content.decode()
    assert 'name="dpo_name"' in html and 'name="dpo_email"' in html and 'name="dpo_address"' in html
