"""Validate a town's DCAT-AP.de catalogue with pySHACL: against the platform's own shapes of
the required classes and properties, and against the official DCAT-AP.de shapes (GovData's
DCAT-AP.de-SHACL-Validation and the DCAT-AP base shapes) when given a folder of them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from engagiert.core.models import Municipality
from engagiert.impact import opendata

OWN_SHAPES = Path(__file__).resolve().parents[2] / "shapes" / "required.ttl"


class Command(BaseCommand):
    help = "Validate a town's DCAT-AP.de catalogue with SHACL shapes."

    def add_arguments(self, parser):
        parser.add_argument("town", help="the town's slug")
        parser.add_argument("--shapes", help="a folder of further shape files (*.ttl), e.g. DCAT-AP.de's")

    def handle(self, *args, town, shapes=None, **options):
        from pyshacl import validate
        from rdflib import Graph, Namespace

        municipality = Municipality.objects.filter(slug=town).first()
        if municipality is None:
            raise CommandError(f"unknown town: {town}")
        data = opendata.catalogue_graph(municipality)
        files = [OWN_SHAPES] + (sorted(Path(shapes).glob("**/*.ttl")) if shapes else [])
        graph = Graph()
        for path in files:
            graph.parse(path, format="turtle")
        conforms, report, _text = validate(data, shacl_graph=graph, inference="none", allow_warnings=True)
        sh = Namespace("http://www.w3.org/ns/shacl#")
        counts = Counter(
            (str(report.value(r, sh.resultSeverity)).rsplit("#", 1)[-1], str(report.value(r, sh.resultMessage))[:160])
            for r in report.subjects(sh.resultSeverity, None)
        )
        self.stdout.write(f"conforms: {conforms} ({len(files)} shape files)")
        for (severity, message), n in sorted(counts.items()):
            self.stdout.write(f"{n:4d} {severity}: {message}")
