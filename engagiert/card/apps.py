from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CardConfig(AppConfig):
    name = "engagiert.card"
    label = "card"
    verbose_name = _("Ehrenamtskarte")

    def ready(self) -> None:
        from engagiert.card import account, figures, privacy, sitemaps

        privacy.register()  # its entries of the privacy statement
        account.register()  # section and queues of "Mein Bereich" (core.registry)
        sitemaps.register()  # its pages in sitemap.xml (core.sitemaps)

        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
