from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.core.permissions import register_editor_check
        from engagiert.directory import account, figures, indexing, privacy, selectors

        account.register()  # "Meine Organisationen" and the queues on "Mein Bereich" (core.registry)
        register_editor_check(selectors.is_active_editor)  # core's may_manage asks the directory about editors
        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
        figures.register()  # its figures for the impact dashboard and its open data (core.figures)
