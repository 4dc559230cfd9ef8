from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.core.indexing import ReindexingAdmin
from engagiert.directory import services
from engagiert.directory.models import (
    Competency,
    ContactPerson,
    CooperationAgreement,
    DiversityDimension,
    Organisation,
    Programme,
    ProgrammeMembership,
    Topic,
)


@admin.register(Topic)
class TopicAdmin(ReindexingAdmin, TranslationAdmin):
    pass


@admin.register(DiversityDimension)
class DiversityDimensionAdmin(ReindexingAdmin, TranslationAdmin):
    pass


@admin.register(Programme)
class ProgrammeAdmin(ReindexingAdmin, TranslationAdmin):
    pass


@admin.register(Competency)
class CompetencyAdmin(ReindexingAdmin, admin.ModelAdmin):
    search_fields = ["name"]


class ContactInline(admin.StackedInline):
    model = ContactPerson
    extra = 0
    filter_horizontal = ["competencies"]


class ProgrammeMembershipInline(admin.TabularInline):
    model = ProgrammeMembership
    extra = 0
    verbose_name = Programme._meta.verbose_name
    verbose_name_plural = Programme._meta.verbose_name_plural


@admin.register(Organisation)
class OrganisationAdmin(ReindexingAdmin, TranslationAdmin):
    """Platform admins only; coordinators use the moderation pages of the site.
    Edits here bypass the moderation queue, but not the search index nor the history."""

    form = ReencodedImagesAdminForm
    list_display = ["name", "municipality", "kind", "status", "trusted"]
    list_filter = ["municipality", "kind", "status", "trusted"]
    search_fields = ["name"]
    inlines = [ContactInline, ProgrammeMembershipInline]

    def save_model(self, request, obj, form, change):
        # The valid form has already written the new values into `obj`: read the stored state.
        stored = Organisation.objects.get(pk=obj.pk) if change else Organisation(municipality=obj.municipality)
        obj.state_before_admin_edit = services.full_snapshot(stored)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        org = form.instance
        services.record_admin_edit(organisation=org, before=org.state_before_admin_edit, by=request.user)


@admin.register(CooperationAgreement)
class CooperationAgreementAdmin(TranslationAdmin):
    filter_horizontal = ["parties"]
