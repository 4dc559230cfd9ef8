from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "engagiert.core"
    label = "core"

    def ready(self) -> None:
        from django.db.models import CharField

        from engagiert.core import checks, privacy, registry, sitemaps  # noqa: F401 (checks: the start-up checks)
        from engagiert.core.search import Prefix
        from engagiert.core.synonyms import set_up_town_synonyms

        CharField.register_lookup(Prefix)
        # A new town starts with the platform's search synonyms (run by core.registry.municipality_created).
        registry.register_municipality_setup("search-synonyms", set_up_town_synonyms)
        privacy.register()  # core's own entries of the privacy statement
        sitemaps.register_sitemap(
            "kommunen",
            sitemaps.TownPages(
                "core:municipality", "core:accessibility", "core:imprint", "core:privacy", changefreq="weekly"
            ),
        )
