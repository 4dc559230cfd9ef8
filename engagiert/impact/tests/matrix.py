"""Impact's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from django.utils import timezone

from engagiert.core.models import RegionalNetwork
from engagiert.impact.models import ManualFigure
from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, MatrixWorld, everyone

MATRIX: dict[str, dict[str, int]] = {
    "impact:public": everyone(200),
    "impact:internal": COORDINATOR_ONLY,
    "impact:manual": COORDINATOR_ONLY,
    "impact:manual_delete": COORDINATOR_POST_ONLY,
    "impact:report": COORDINATOR_ONLY,
    "impact:report_pdf": COORDINATOR_ONLY,
    "impact:report_xlsx": COORDINATOR_ONLY,
    "opendata:index": everyone(200),
    "opendata:settings": COORDINATOR_ONLY,
    "opendata:catalogue_ttl": everyone(200),
    "opendata:catalogue_jsonld": everyone(200),
    "opendata:download": everyone(200),
    "impact_wide:installation": everyone(200),
    "impact_wide:network": everyone(200),
    # Coordinators of a member town (Dessau-Roßlau and Wittenberg are both in the network).
    "impact_wide:network_internal": {**COORDINATOR_ONLY, "other_coordinator": 200},
    "impact_wide:installation_internal": {**everyone(404), "anonymous": 302, "admin": 200},
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    """A festival entered by hand in Dessau-Roßlau and the Regionalnetzwerk Anhalt."""
    entry = ManualFigure.objects.create(
        municipality=world.dessau,
        section="events",
        title="Stadtfest",
        label="Gäste",
        value=300,
        date=timezone.localdate(),
        source="Zählung am Einlass",
    )
    network, _created = RegionalNetwork.objects.get_or_create(
        slug="anhalt", defaults={"name": "Regionalnetzwerk Anhalt"}
    )  # other apps' matrices may have made it
    network.municipalities.add(world.dessau, world.wittenberg)
    town = {"municipality": world.dessau.slug}
    return {
        "impact:manual_delete": {**town, "pk": entry.pk},
        "opendata:download": {**town, "dataset": "directory-organisations", "format": "csv"},
        "impact_wide:network": {"slug": network.slug},
        "impact_wide:network_internal": {"slug": network.slug},
    }
