from django.contrib import admin

from engagiert.newsletter.models import Delivery, Issue, Newsletter, Subscriber, Topic


class TopicInline(admin.TabularInline):
    model = Topic
    extra = 1


@admin.register(Newsletter)
class NewsletterAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "network", "active"]
    list_filter = ["active", "municipality", "network"]
    inlines = [TopicInline]


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
