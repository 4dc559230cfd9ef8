from django.contrib import admin
from django.db import models
from modeltranslation.admin import TranslationAdmin

from engagiert.core.images import ReencodedImagesAdminForm
from engagiert.core.indexing import ReindexingAdmin
from engagiert.events.models import Event, EventSeries, Registration, Venue


@admin.register(Venue)
class VenueAdmin(ReindexingAdmin, admin.ModelAdmin):
    """Venues are kept by platform admins (with their accessibility features); events are
    found by their venue's name."""

    list_display = ["name", "municipality", "city", "wheelchair", "accessible_toilet", "induction_loop"]
    list_filter = ["municipality", "wheelchair", "accessible_toilet", "induction_loop", "sign_language"]
    search_fields = ["name", "street"]


@admin.register(EventSeries)
class EventSeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "interval_weeks", "weekday", "first_date", "until"]


@admin.register(Event)
class EventAdmin(ReindexingAdmin, TranslationAdmin):
    """Edits here bypass notifications to registered people, but not the search index."""

    form = ReencodedImagesAdminForm
    list_display = ["title", "municipality", "start", "format", "status"]
    list_filter = ["municipality", "format", "status"]
    search_fields = ["title"]
    date_hierarchy = "start"
    filter_horizontal = ["organisations", "topics"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "event", "status", "companions", "created_at", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["name", "email"]
    raw_id_fields = ["event", "user"]
