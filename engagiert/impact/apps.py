from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "engagiert.impact"
    label = "impact"
    verbose_name = _("Wirkung")

    def ready(self) -> None:
        from engagiert.core.figures import on_change
        from engagiert.core.pagecache import cache_page_named
        from engagiert.impact import figures, privacy, rollup

        figures.register()  # its own dataset (the impact figures as open data)
        privacy.register()  # its entry of the privacy statement
        on_change(rollup.mark_changed)  # late corrections the apps' services report: recomputed next run
        # The public dashboards change with a roll-up (which renews every cached page) or a
        # figure entered by hand (audit.record renews the town's): kept for anonymous visitors.
        for name in ("impact:public", "impact_wide:installation", "impact_wide:network"):
            cache_page_named(name)
