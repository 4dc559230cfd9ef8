from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfcheckConfig(AppConfig):
    name = "engagiert.selfcheck"
    label = "selfcheck"
    verbose_name = _("Selbstcheck Weltoffene Kommune")

    def ready(self) -> None:
        from engagiert.selfcheck import account, figures, privacy, sitemaps

        privacy.register()  # its entries of the privacy statement
        account.register()  # queues of "Mein Bereich" (core.registry)
        sitemaps.register()  # its pages in sitemap.xml (core.sitemaps)

        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
