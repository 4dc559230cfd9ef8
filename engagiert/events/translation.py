"""Fields stored per language (django-modeltranslation), falling back to German."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.events.models import Event


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description")
