"""Columns of Wagtail's Page per content language (title_de, title_en, …, seo_title_*,
search_description_*), which wagtail-modeltranslation adds to the Page model at start-up.

wagtail-modeltranslation creates them with its `sync_page_translation_fields` command, outside
migrations; here they are made by a migration instead, so that every database (tests included)
gets them with `migrate`. Only the database changes: the model state of wagtailcore stays as
Wagtail's migrations leave it. After an upgrade of Wagtail whose migrations rebuild the page
table on SQLite, run `manage.py sync_page_translation_fields` (it adds what is missing)."""

from django.db import migrations

PAGE_FIELDS = ("title", "seo_title", "search_description")


def _translated_fields():
    from django.conf import settings
    from wagtail.models import Page

    for name in PAGE_FIELDS:
        for code, _label in settings.LANGUAGES:
            yield Page._meta.get_field(f"{name}_{code.replace('-', '_')}")


def _existing_columns(schema_editor) -> set[str]:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        return {c.name for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")}


def add_columns(apps, schema_editor):
    from wagtail.models import Page

    existing = _existing_columns(schema_editor)
    for field in _translated_fields():
        if field.column not in existing:
            schema_editor.add_field(Page, field)


def remove_columns(apps, schema_editor):
    from wagtail.models import Page

    existing = _existing_columns(schema_editor)
    for field in _translated_fields():
        if field.column in existing:
            schema_editor.remove_field(Page, field)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(add_columns, remove_columns)]
