"""What Mach mit! offers search engines (core.sitemaps): the search page of every town and
every open offer."""

from engagiert.core.sitemaps import ObjectPages, TownPages, register_sitemap
from engagiert.volunteering import selectors


def register() -> None:
    register_sitemap("mach-mit", TownPages("volunteering:search"))
    register_sitemap(
        "angebote",
        ObjectPages(
            lambda: (
                selectors.open_opportunities(municipality=None)
                .select_related("municipality")
                .only("pk", "municipality__slug")
                .order_by("pk")
            ),
            changefreq="daily",
        ),
    )
