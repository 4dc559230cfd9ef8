"""What the Partnerschaft für Demokratie offers search engines (core.sitemaps): its start page
and the list of funded projects in every town that has one (fund pages are linked from there)."""

from engagiert.core.sitemaps import TownPages, register_sitemap


def towns_with_a_partnership():
    from engagiert.funding.models import Partnership

    return Partnership.objects.values_list("municipality__slug", flat=True)


def register() -> None:
    register_sitemap(
        "demokratie",
        TownPages("funding:index", "funding:projects", changefreq="weekly", towns=towns_with_a_partnership),
    )
