"""Fields stored per language (django-modeltranslation), falling back to German."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.directory.models import CooperationAgreement, DiversityDimension, Organisation, Programme, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(DiversityDimension)
class DiversityDimensionTranslation(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(CooperationAgreement)
class CooperationAgreementTranslation(TranslationOptions):
    fields = ("description",)
