from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "engagiert.events"
    label = "events"
    verbose_name = _("Begegnungen")

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.events import account, figures, indexing, privacy

        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
        account.register()  # sections and queues of "Mein Bereich" (core.registry)
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
