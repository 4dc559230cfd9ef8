"""Fields stored per language (django-modeltranslation), falling back to German."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.card.models import Benefit


@register(Benefit)
class BenefitTranslation(TranslationOptions):
    fields = ("text",)
