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
from engagiert.core.registry import municipality_created, roles_changed
from engagiert.core.roles import grant_role, withdraw_role

admin.site.register(User, UserAdmin)


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    form = ReencodedImagesAdminForm  # logo and header image re-encoded, metadata dropped
    list_display = ["name", "slug", "ags", "state"]
    search_fields = ["name", "ags"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            municipality_created(obj)  # e.g. the town's portal site (core.registry)


@admin.register(RegionalNetwork)
class RegionalNetworkAdmin(admin.ModelAdmin):
    filter_horizontal = ["municipalities"]


@admin.register(District)
class DistrictAdmin(ReindexingAdmin, admin.ModelAdmin):
    list_display = ["name", "municipality", "parent"]
    list_filter = ["municipality"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    """Roles change through core.roles, so that what follows a role (the portal's editor
    groups) is granted and withdrawn with it."""

    list_display = ["user", "municipality", "kind"]
    list_filter = ["municipality", "kind"]
    raw_id_fields = ["user"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            grant_role(user=obj.user, municipality=obj.municipality, kind=obj.kind, actor=request.user)
            obj.pk = Role.objects.get(user=obj.user, municipality=obj.municipality, kind=obj.kind).pk
            return
        before = Role.objects.select_related("user", "municipality").get(pk=obj.pk)
        super().save_model(request, obj, form, change)
        roles_changed(user=before.user, municipality=before.municipality)
        roles_changed(user=obj.user, municipality=obj.municipality)

    def delete_model(self, request, obj) -> None:
        withdraw_role(role=obj, actor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for role in queryset.select_related("user", "municipality"):
            withdraw_role(role=role, actor=request.user)


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
