from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "engagiert.impact"
    label = "impact"
    verbose_name = _("Wirkung")

    def ready(self) -> None:
        from engagiert.impact import figures, privacy, signals

        figures.register()  # its own dataset (the impact figures as open data)
        privacy.register()  # its entry of the privacy statement
        signals.connect()  # late corrections of watched rows mark days for recomputation
