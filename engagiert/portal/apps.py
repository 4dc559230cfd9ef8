from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "engagiert.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from engagiert.core import registry
        from engagiert.portal import easy_read, live, moderation, privacy, search, services, views

        live.register_defaults()  # the capabilities' live blocks of the start pages
        privacy.register()  # its entry of the privacy statement
        registry.register_town_home(views.town_home)
        registry.register_easy_read(easy_read.links_for)  # the header's link "Leichte Sprache"
        registry.register_municipality_setup("portal", services.ensure_site)
        registry.register_role_listener("portal", services.sync_editor_groups)
        from engagiert.portal.etappenplan import measure_links
        from engagiert.selfcheck.timeline import register_measure_links

        register_measure_links("portal", measure_links)  # the Etappenplan's entries in the Selbstcheck
        moderation.connect()  # the moderation step's notices through core.mail, not Wagtail's own
        search.register()  # its pages and news in the site-wide search, its pages in sitemap.xml
        services.connect_page_signals()  # a published page refreshes its towns' cached pages
        views.connect_site_signals()  # a site saved or deleted is read again (portal.views.find_site)
        from engagiert.core.pagecache import cache_page_named

        # Its pages in the shared page cache, replaced with their town's (or network's) changes
        cache_page_named("wagtail_serve", town=views.site_slug)
