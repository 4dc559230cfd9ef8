from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from engagiert.core.indexing import ReindexingAdmin
from engagiert.core.models import AccessibilityFeedback, District, Municipality, RegionalNetwork, Role, User

admin.site.register(User, UserAdmin)


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
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
