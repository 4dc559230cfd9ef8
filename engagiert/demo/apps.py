from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "engagiert.demo"
    label = "demo"
