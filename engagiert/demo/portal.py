"""Demo of the portal: each demo town's site and the Regionalnetzwerk Anhalt's."""

from __future__ import annotations

import datetime as dt

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.demo import portal_news, portal_programmes
from engagiert.portal.services import ensure_network_site, ensure_site


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    for municipality in munis.values():
        ensure_site(municipality=municipality)
    networks = list(RegionalNetwork.objects.all())
    for network in networks:
        ensure_network_site(network=network)
    counts = {"portal_sites": len(munis) + len(networks)}
    counts |= portal_news.load(munis, today=today)
    counts |= portal_programmes.load(munis, today=today)
    return counts
