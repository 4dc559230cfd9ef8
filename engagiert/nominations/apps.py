from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "engagiert.nominations"
    label = "nominations"
    verbose_name = _("Glücksbringer")

    def ready(self) -> None:
        from engagiert.nominations import account, figures, privacy, sitemaps

        privacy.register()  # its entries of the privacy statement
        account.register()  # "Mein Bereich" section and the coordination's queue
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
        sitemaps.register()  # its public pages in sitemap.xml (core.sitemaps)
