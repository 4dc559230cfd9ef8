"""What the Ehrenamtskarte offers search engines (core.sitemaps): its overview and the list
of acceptance partners of every town."""

from engagiert.core.sitemaps import TownPages, register_sitemap


def register() -> None:
    register_sitemap("ehrenamtskarte", TownPages("card:overview", "card:partners", changefreq="weekly"))
