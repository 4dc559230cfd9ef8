"""What Glücksbringer offers search engines (core.sitemaps): its page in every town and every
published portrait."""

from engagiert.core.sitemaps import ObjectPages, TownPages, register_sitemap
from engagiert.nominations import selectors


def register() -> None:
    register_sitemap("gluecksbringer", TownPages("nominations:home", changefreq="weekly"))
    register_sitemap(
        "portraets",
        ObjectPages(
            lambda: (
                selectors.published().select_related("municipality").only("slug", "municipality__slug").order_by("pk")
            )
        ),
    )
