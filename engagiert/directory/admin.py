from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.directory.indexing import reindex_organisations
from engagiert.directory.models import (
    Competency,
    ContactPerson,
    CooperationAgreement,
    DiversityDimension,
    Organisation,
    Programme,
    Topic,
)

for model in (Topic, DiversityDimension, Programme):
    admin.site.register(model, TranslationAdmin)
admin.site.register(Competency)


class ContactInline(admin.StackedInline):
    model = ContactPerson
    extra = 0
    filter_horizontal = ["competencies"]


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    """Platform admins only; coordinators use the moderation pages of the site.
    Edits here bypass the moderation queue, but not the search index."""

    form = ReencodedImagesAdminForm
    list_display = ["name", "municipality", "kind", "status", "trusted"]
    list_filter = ["municipality", "kind", "status", "trusted"]
    search_fields = ["name"]
    inlines = [ContactInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        reindex_organisations([form.instance.pk])


@admin.register(CooperationAgreement)
class CooperationAgreementAdmin(TranslationAdmin):
    filter_horizontal = ["parties"]
