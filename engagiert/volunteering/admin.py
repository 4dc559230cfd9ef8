from django.contrib import admin

from engagiert.core.indexing import ReindexingAdmin
from engagiert.volunteering.models import Certificate, HourEntry, Opportunity, VolunteerProfile


@admin.register(Opportunity)
class OpportunityAdmin(ReindexingAdmin, admin.ModelAdmin):
    """Edits here reach the search index too."""

    list_display = ("title", "organisation", "municipality", "status", "confirmed_current_at")
    list_filter = ("municipality", "status", "kind")
    search_fields = ("title", "organisation__name")
    raw_id_fields = ("organisation", "contact", "district")


@admin.register(VolunteerProfile)
class VolunteerProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "municipality", "allow_contact", "joined_on")
    list_filter = ("municipality", "allow_contact")
    raw_id_fields = ("user", "district")


@admin.register(HourEntry)
class HourEntryAdmin(admin.ModelAdmin):
    list_display = ("date", "hours", "activity", "organisation_name", "status")
    list_filter = ("municipality", "status")
    raw_id_fields = ("volunteer", "opportunity", "organisation", "logged_by", "confirmed_by")

    def has_delete_permission(self, request, obj=None):
        return obj is None or obj.status != HourEntry.Status.CONFIRMED


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("code", "municipality", "issued_at")
    readonly_fields = ("code", "content", "content_hash", "issued_at")
    raw_id_fields = ("user",)
