"""Setting up a PfD (bodies, members, funds, calls, meetings) in the admin."""

from django.contrib import admin

from engagiert.funding import models


class OfficeInline(admin.TabularInline):
    model = models.Office
    extra = 0
    raw_id_fields = ("user",)


class CommitteeInline(admin.TabularInline):
    model = models.Committee
    extra = 0


@admin.register(models.Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ("name", "municipality")
    inlines = [OfficeInline, CommitteeInline]


class MembershipInline(admin.TabularInline):
    model = models.Membership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(models.Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "partnership")
    inlines = [MembershipInline]


class CallInline(admin.StackedInline):
    model = models.Call
    extra = 0


@admin.register(models.Fund)
class FundAdmin(admin.ModelAdmin):
    list_display = ("name", "year", "budget", "project_limit", "committee")
    list_filter = ("year", "kind")
    inlines = [CallInline]


@admin.register(models.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("committee", "starts_at", "circulation", "closed")
