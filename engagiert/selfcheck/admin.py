"""Platform admins edit catalogues (fields, questions, suggestions) here. Rounds and answers
are run by coordinators on the site and are not edited in the admin."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from engagiert.selfcheck.models import Catalogue, Field, FieldSuggestion, Question


class FieldInline(TranslationTabularInline):
    model = Field
    extra = 0
    fields = ["order", "slug", "name", "short_name"]


@admin.register(Catalogue)
class CatalogueAdmin(TranslationAdmin):
    list_display = ["version", "title", "published"]
    list_filter = ["published"]
    inlines = [FieldInline]


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0


class SuggestionInline(TranslationStackedInline):
    model = FieldSuggestion
    extra = 0


@admin.register(Field)
class FieldAdmin(TranslationAdmin):
    list_display = ["name", "catalogue", "order"]
    list_filter = ["catalogue"]
    inlines = [SuggestionInline, QuestionInline]


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ["text", "field", "order", "subtopic"]
    list_filter = ["field__catalogue", "field"]
    search_fields = ["text"]
