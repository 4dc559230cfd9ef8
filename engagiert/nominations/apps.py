from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "engagiert.nominations"
    label = "nominations"
    verbose_name = _("Glücksbringer")

    def ready(self) -> None:
        from engagiert.nominations import account, privacy

        privacy.register()  # its entries of the privacy statement
        account.register()  # "Mein Bereich" section and the coordination's queue
