from django.contrib import admin

from engagiert.card.models import AcceptancePartner, Benefit, Card, CardApplication, CardRules
from engagiert.core.languages import localized


@admin.register(CardRules)
class CardRulesAdmin(admin.ModelAdmin):
    list_display = (
        "municipality",
        "card_name",
        "min_age",
        "min_hours_per_week",
        "min_hours_per_year",
        "validity_years",
    )


@admin.register(CardApplication)
class CardApplicationAdmin(admin.ModelAdmin):
    list_display = ("first_name", "last_name", "municipality", "status", "submitted_at")
    list_filter = ("status", "municipality")


@admin.register(Card)
class CardAdmin(admin.ModelAdmin):
    """The card register, read-only: cards are issued by approving an application and revoked
    on the coordinators' page (with reason and history). Changing a signed field here would
    make the card's QR code read as forged."""

    list_display = ("number", "holder_name", "municipality", "valid_until", "status")
    list_filter = ("status", "municipality")
    exclude = ("signature",)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class BenefitInline(admin.TabularInline):
    model = Benefit
    fields = (*localized("text"), "valid_until")


@admin.register(AcceptancePartner)
class AcceptancePartnerAdmin(admin.ModelAdmin):
    list_display = ("name", "category", "municipality", "status")
    list_filter = ("status", "category", "municipality")
    inlines = [BenefitInline]
