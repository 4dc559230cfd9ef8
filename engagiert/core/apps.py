from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "engagiert.core"
    label = "core"

    def ready(self) -> None:
        from django.db.models import CharField

        from engagiert.core import checks, privacy  # noqa: F401 (checks registers the start-up checks)
        from engagiert.core.search import Prefix

        CharField.register_lookup(Prefix)
        privacy.register()  # core's own entries of the privacy statement
