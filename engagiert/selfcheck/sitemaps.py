"""What the Selbstcheck offers search engines (core.sitemaps): the public page of every town."""

from engagiert.core.sitemaps import TownPages, register_sitemap


def register() -> None:
    register_sitemap("selbstcheck", TownPages("selfcheck:overview", changefreq="monthly", priority=0.4))
