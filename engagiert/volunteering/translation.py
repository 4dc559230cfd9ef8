"""Fields stored per language (django-modeltranslation), falling back to German."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.volunteering.models import Opportunity


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "description", "tasks")
