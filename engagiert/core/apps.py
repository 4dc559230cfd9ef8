from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "engagiert.core"
    label = "core"

    def ready(self) -> None:
        from django.db.models import CharField

        from engagiert.core import checks, privacy, sitemaps  # noqa: F401 (checks registers the start-up checks)
        from engagiert.core.search import Prefix

        CharField.register_lookup(Prefix)
        privacy.register()  # core's own entries of the privacy statement
        sitemaps.register_sitemap(
            "kommunen",
            sitemaps.TownPages(
                "core:municipality", "core:accessibility", "core:imprint", "core:privacy", changefreq="weekly"
            ),
        )
