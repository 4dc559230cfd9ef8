"""Campaigns are set up by the platform's administration (title, text, period, network or
town, participating towns, questions). Nominations are handled on the coordinators' pages
only: the admin shows no personal data of nominees."""

from django.contrib import admin

from engagiert.nominations.models import Campaign


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ("title", "network", "municipality", "starts_on", "ends_on")
    list_filter = ("network",)
    search_fields = ("title",)
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("participants",)
