from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "engagiert.core"
    label = "core"
