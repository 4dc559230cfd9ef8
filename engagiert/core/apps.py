from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "engagiert.core"
    label = "core"

    def ready(self) -> None:
        from django.db.models import CharField
        from django.db.models.signals import post_save

        from engagiert.core import checks, privacy, sitemaps  # noqa: F401 (checks registers the start-up checks)
        from engagiert.core.search import Prefix

        CharField.register_lookup(Prefix)
        post_save.connect(_new_town_gets_default_synonyms, sender="core.Municipality")
        privacy.register()  # core's own entries of the privacy statement
        sitemaps.register_sitemap(
            "kommunen",
            sitemaps.TownPages(
                "core:municipality", "core:accessibility", "core:imprint", "core:privacy", changefreq="weekly"
            ),
        )


def _new_town_gets_default_synonyms(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new town starts with the platform's search synonyms (core.synonyms), which its
    coordinator may change; not when loading fixtures (raw)."""
    if created and not raw:
        from engagiert.core.synonyms import add_default_synonyms

        add_default_synonyms(instance)
