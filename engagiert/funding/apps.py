from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundingConfig(AppConfig):
    name = "engagiert.funding"
    label = "funding"
    verbose_name = _("Partnerschaft für Demokratie")

    def ready(self) -> None:
        from engagiert.funding import account, figures, privacy, sitemaps

        privacy.register()  # its entries of the privacy statement
        account.register()  # sections and queues of "Mein Bereich" (core.registry)
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
        sitemaps.register()  # its public pages in sitemap.xml (core.sitemaps)
