from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "engagiert.events"
    label = "events"
    verbose_name = _("Begegnungen")

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.core.sitesearch import register_search_kind
        from engagiert.events import account, figures, indexing, privacy, selectors, sitemaps

        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
        account.register()  # sections and queues of "Mein Bereich" (core.registry)
        sitemaps.register()  # its pages in sitemap.xml (core.sitemaps)
        register_search_kind(  # the site-wide search (core.sitesearch)
            key="events",
            label=_("Veranstaltungen"),
            search=selectors.site_search,
            more_url_name="events:calendar",
            order=40,
        )
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
