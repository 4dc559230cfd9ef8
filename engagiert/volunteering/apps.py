from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    name = "engagiert.volunteering"
    label = "volunteering"
    verbose_name = _("Mach mit!")

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.core.sitesearch import register_search_kind
        from engagiert.volunteering import account, figures, indexing, privacy, selectors, sitemaps

        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
        account.register()  # sections and queue of "Mein Bereich" (core.registry)
        sitemaps.register()  # its pages in sitemap.xml (core.sitemaps)
        register_search_kind(  # the site-wide search (core.sitesearch)
            key="offers",
            label=_("Mach mit! – Engagementangebote"),
            search=selectors.site_search,
            more_url_name="volunteering:search",
            order=50,
        )
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
