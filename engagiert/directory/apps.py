from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.directory import indexing

        register_index(indexing.INDEX)
