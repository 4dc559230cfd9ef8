from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "engagiert.newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self) -> None:
        from engagiert.newsletter import account, privacy, sources

        privacy.register()  # its entries of the privacy statement
        account.register()  # the subscriptions section of "Mein Bereich"
        sources.register_builtin()  # upcoming events as items an issue can carry
