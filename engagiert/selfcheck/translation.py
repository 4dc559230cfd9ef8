"""Catalogue texts stored per language (django-modeltranslation), falling back to German."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.selfcheck.models import Catalogue, Field, FieldSuggestion, Question


@register(Catalogue)
class CatalogueTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Field)
class FieldTranslation(TranslationOptions):
    fields = ("name", "short_name", "description")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("subtopic", "text", "explanation")


@register(FieldSuggestion)
class FieldSuggestionTranslation(TranslationOptions):
    fields = ("text",)
