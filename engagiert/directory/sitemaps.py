"""What the directory offers search engines (core.sitemaps): the search page of every town
and every published organisation."""

from engagiert.core.sitemaps import ObjectPages, TownPages, register_sitemap
from engagiert.directory import selectors


def register() -> None:
    register_sitemap("durchblick", TownPages("directory:search"))
    register_sitemap(
        "organisationen",
        ObjectPages(
            lambda: (
                selectors.published(municipality=None)
                .select_related("municipality")
                .only("slug", "municipality__slug")
                .order_by("pk")
            )
        ),
    )
