from django.contrib import admin

from engagiert.core import pagecache
from engagiert.newsletter.models import Delivery, Issue, Newsletter, Subscriber, Topic


class TopicInline(admin.TabularInline):
    model = Topic
    extra = 1


@admin.register(Newsletter)
class NewsletterAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "network", "active"]
    list_filter = ["active", "municipality", "network"]
    inlines = [TopicInline]

    def _shown_elsewhere(self, newsletter: Newsletter) -> None:
        # the sign-up pages list the newsletters and their topics (kept in the page cache): a
        # network's newsletter is on every member town's
        pagecache.content_changed(None if newsletter.network_id else newsletter.municipality)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self._shown_elsewhere(form.instance)

    def delete_model(self, request, obj):
        self._shown_elsewhere(obj)
        super().delete_model(request, obj)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Read-only: subscriptions are made and ended by the people themselves (double opt-in)."""

    list_display = ["email", "newsletter", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "newsletter"]
    search_fields = ["email"]
    list_select_related = ["newsletter"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["subject", "newsletter", "status", "created_at", "finished_at"]
    list_filter = ["status"]
    list_select_related = ["newsletter"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["issue", "status", "sent_at", "error"]
    list_filter = ["status"]
    list_select_related = ["issue"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
