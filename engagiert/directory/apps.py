from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "engagiert.directory"
    label = "directory"

    def ready(self) -> None:
        from engagiert.core.indexing import register_index
        from engagiert.core.permissions import register_editor_check
        from engagiert.core.registry import register_account_section
        from engagiert.directory import indexing, privacy, selectors

        register_account_section(  # "Meine Organisationen" on the account page
            key="directory.organisations",
            template="directory/account_organisations.html",
            context=lambda request: {"editorships": selectors.editorships(user=request.user)},
            order=10,
        )
        register_editor_check(selectors.is_active_editor)  # core's may_manage asks the directory about editors
        register_index(indexing.INDEX)
        privacy.register()  # its entries of the privacy statement
