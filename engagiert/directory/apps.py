from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from engagiert.core.permissions import register_editor_check
        from engagiert.directory.selectors import is_active_editor

        register_editor_check(is_active_editor)  # core's may_manage asks the directory about editors
