from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    name = "engagiert.volunteering"
    label = "volunteering"
    verbose_name = _("Mach mit!")

    def ready(self) -> None:
        from engagiert.volunteering import indexing

        indexing.register()
