"""Creates the portal site of every municipality and regional network that has none (for an
installation that had towns before the portal); what exists is left as it is."""

from django.core.management.base import BaseCommand

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.portal.services import ensure_network_site, ensure_site


class Command(BaseCommand):
    help = "Creates missing portal sites (start page, news, collection, editor groups) of towns and networks."

    def handle(self, *args, **options) -> None:
        towns = networks = 0
        for municipality in Municipality.objects.order_by("pk"):
            ensure_site(municipality=municipality)
            towns += 1
        for network in RegionalNetwork.objects.order_by("pk"):
            ensure_network_site(network=network)
            networks += 1
        self.stdout.write(f"Portal sites checked: {towns} towns, {networks} networks.")
