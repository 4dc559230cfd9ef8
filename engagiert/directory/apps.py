from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from engagiert.core.indexing import register_index
        from engagiert.core.permissions import register_editor_check
        from engagiert.core.sitesearch import register_search_kind
        from engagiert.directory import account, figures, indexing, privacy, selectors, sitemaps

        account.register()  # "Meine Organisationen" and the queues on "Mein Bereich" (core.registry)
        register_editor_check(selectors.is_active_editor)  # core's may_manage asks the directory about editors
        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
        sitemaps.register()  # its pages in sitemap.xml (core.sitemaps)
        register_search_kind(  # the site-wide search (core.sitesearch)
            key="organisations",
            label=_("Organisationen"),
            search=selectors.site_search,
            more_url_name="directory:search",
            order=30,
        )
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
