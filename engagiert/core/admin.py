from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.core.indexing import ReindexingAdmin
from engagiert.core.models import (
    AccessibilityFeedback,
    AuditRecord,
    District,
    Municipality,
    RegionalNetwork,
    Role,
    SearchSynonym,
    User,
)

admin.site.register(User, UserAdmin)


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    form = ReencodedImagesAdminForm  # logo and header image re-encoded, metadata dropped
    list_display = ["name", "slug", "ags", "state"]
    search_fields = ["name", "ags"]


@admin.register(RegionalNetwork)
class RegionalNetworkAdmin(admin.ModelAdmin):
    filter_horizontal = ["municipalities"]


@admin.register(District)
class DistrictAdmin(ReindexingAdmin, admin.ModelAdmin):
    list_display = ["name", "municipality", "parent"]
    list_filter = ["municipality"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "kind"]
    list_filter = ["municipality", "kind"]
    raw_id_fields = ["user"]


@admin.register(AccessibilityFeedback)
class AccessibilityFeedbackAdmin(admin.ModelAdmin):
    list_display = ["created_at", "municipality", "page_url"]
    list_filter = ["municipality"]


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    """Read-only: the audit trail is written by the services only."""

    list_display = ["created_at", "municipality", "actor", "action", "target_repr", "decision"]
    list_filter = ["municipality", "action", "decision"]
    search_fields = ["action", "target_repr", "reason"]
    date_hierarchy = "created_at"
    list_select_related = ["municipality", "actor"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    """A town's search synonyms (core.synonyms); coordinators edit them at /<town>/einstellungen/suche/."""

    list_display = ["word", "synonyms", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["word", "synonyms"]
    list_select_related = ["municipality"]
