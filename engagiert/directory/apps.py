from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from engagiert.directory import indexing

        indexing.register()
