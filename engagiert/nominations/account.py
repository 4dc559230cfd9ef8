"""What Glücksbringer adds to core's pages (core.registry): the person's own portraits on
"Mein Bereich" (withdraw at any time) and the coordination's queue."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_work_queue
from engagiert.nominations import selectors


def portraits_section(request, municipality):
    mine = selectors.my_nominations(user=request.user, municipality=municipality)
    if not mine:
        return None
    from engagiert.nominations.views import nominee_link_for

    return {"nominations": [(n, nominee_link_for(n)) for n in mine]}


def register() -> None:
    register_area_section(
        key="nominations.mine",
        title=_("Mein Glücksbringer-Porträt"),
        template="nominations/area_mine.html",
        context=portraits_section,
        order=50,
    )
    register_work_queue(
        key="nominations.queue",
        label=_("Glücksbringer: Vorschläge und Porträts"),
        url_name="nominations:queue",
        items=selectors.waiting,
        order=50,
    )
