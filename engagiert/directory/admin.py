from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.directory import services
from engagiert.directory.indexing import reindex_organisations
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

REINDEX_BATCH = 500


class ReindexesOrganisations:
    """Admin of something organisations are found by (its name, in every language, is among
    their search terms): renaming, translating or deleting it reindexes those organisations.
    `organisations_via` is the lookup from Organisation to the model."""

    organisations_via: str
    indexed_field = "name"

    def _organisation_ids(self, objects) -> list[int]:
        lookup = {f"{self.organisations_via}__in": objects}
        return list(Organisation.objects.filter(**lookup).values_list("pk", flat=True).distinct())

    @staticmethod
    def _reindex(ids: list[int]) -> None:
        for start in range(0, len(ids), REINDEX_BATCH):
            reindex_organisations(ids[start : start + REINDEX_BATCH])

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        field = self.indexed_field
        if change and any(name == field or name.startswith(f"{field}_") for name in form.changed_data):
            self._reindex(self._organisation_ids([obj]))

    def delete_model(self, request, obj):
        ids = self._organisation_ids([obj])
        super().delete_model(request, obj)
        self._reindex(ids)

    def delete_queryset(self, request, queryset):
        ids = self._organisation_ids(queryset)
        super().delete_queryset(request, queryset)
        self._reindex(ids)


@admin.register(Topic)
class TopicAdmin(ReindexesOrganisations, TranslationAdmin):
    organisations_via = "topics"


@admin.register(DiversityDimension)
class DiversityDimensionAdmin(ReindexesOrganisations, TranslationAdmin):
    organisations_via = "diversity_dimensions"


@admin.register(Programme)
class ProgrammeAdmin(ReindexesOrganisations, TranslationAdmin):
    organisations_via = "programmes"


@admin.register(Competency)
class CompetencyAdmin(ReindexesOrganisations, admin.ModelAdmin):
    organisations_via = "contacts__competencies"
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
class OrganisationAdmin(TranslationAdmin):
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
        reindex_organisations([org.pk])
        services.record_admin_edit(organisation=org, before=org.state_before_admin_edit, by=request.user)


@admin.register(CooperationAgreement)
class CooperationAgreementAdmin(TranslationAdmin):
    filter_horizontal = ["parties"]
