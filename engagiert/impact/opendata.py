"""Open data: each town's public datasets (registered by the apps in core.figures) written daily
as CSV and JSON files, and the town's DCAT-AP.de catalogue (RDF: Turtle and JSON-LD) that
GovData and the Länder portals harvest."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from engagiert.core import figures as registry
from engagiert.core.export import csv_bytes
from engagiert.core.models import Municipality
from engagiert.impact.models import DatasetFile, Licence, OpenDataSettings

FORMATS = {"csv": "text/csv", "json": "application/json"}
FILE_TYPES = {"csv": "CSV", "json": "JSON"}
LANGUAGE_DE = "http://publications.europa.eu/resource/authority/language/DEU"
DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme"
FREQUENCY_DAILY = "http://publications.europa.eu/resource/authority/frequency/DAILY"
DCATDE = "http://dcat-ap.de/def/dcatde/"
GEOCODING_LEVEL = "http://dcat-ap.de/def/politicalGeocoding/Level/municipality"


def settings_of(municipality: Municipality) -> OpenDataSettings:
    found = OpenDataSettings.objects.filter(municipality=municipality).first()
    return found or OpenDataSettings(municipality=municipality)


def attribution_of(municipality: Municipality, od: OpenDataSettings) -> str:
    return od.attribution or f"{municipality.name} (Engagiert)"


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def generate(municipality: Municipality, *, keys: list[str] | None = None) -> list[DatasetFile]:
    """Write the town's datasets (in German) as CSV and JSON; replaces the earlier files."""
    od = settings_of(municipality)
    now = timezone.now()
    written = []
    with override("de"):
        for dataset in registry.datasets.all():
            if keys is not None and dataset.key not in keys:
                continue
            names = [name for name, _d in dataset.columns]
            rows = [[_plain(row.get(name)) for name in names] for row in dataset.rows(municipality)]
            body = {
                "dataset": str(dataset.title),
                "publisher": municipality.name,
                "license": od.licence,
                "attribution": attribution_of(municipality, od),
                "generated_at": now.isoformat(),
                "columns": [{"name": name, "description": str(text)} for name, text in dataset.columns],
                "rows": [dict(zip(names, row, strict=True)) for row in rows],
            }
            stem = f"{municipality.slug}-{dataset.slug}"
            with transaction.atomic():
                old = (
                    DatasetFile.objects.select_for_update()
                    .filter(municipality=municipality, dataset=dataset.key)
                    .first()
                )
                entry = old or DatasetFile(municipality=municipality, dataset=dataset.key)
                previous = (entry.csv.name, entry.json.name) if old else ()
                entry.csv.save(f"{stem}.csv", ContentFile(csv_bytes([names, *rows])), save=False)
                entry.json.save(
                    f"{stem}.json",
                    ContentFile(json.dumps(body, ensure_ascii=False, default=str, indent=1).encode("utf-8")),
                    save=False,
                )
                entry.rows = len(rows)
                entry.generated_at = now
                entry.save()
                for name in previous:
                    if name and name not in (entry.csv.name, entry.json.name):
                        transaction.on_commit(lambda n=name, storage=entry.csv.storage: storage.delete(n))
            written.append(entry)
    return written


def files_of(municipality: Municipality) -> dict[str, DatasetFile]:
    return {f.dataset: f for f in DatasetFile.objects.filter(municipality=municipality)}


def dataset_by_slug(slug: str) -> registry.Dataset | None:
    return next((d for d in registry.datasets.all() if d.slug == slug), None)


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def catalogue_graph(municipality: Municipality):
    """The town's DCAT-AP.de catalogue as an rdflib Graph."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

    dcatde = Namespace(DCATDE)
    vcard = Namespace("http://www.w3.org/2006/vcard/ns#")
    od = settings_of(municipality)
    files = files_of(municipality)
    slug = municipality.slug
    graph = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("dcatde", dcatde), ("vcard", vcard)):
        graph.bind(prefix, ns)

    index_url = _absolute(reverse("opendata:index", kwargs={"municipality": slug}))
    catalogue = URIRef(index_url + "#katalog")
    publisher = URIRef(_absolute(f"/{slug}/") + "#kommune")
    attribution = attribution_of(municipality, od)
    licence = URIRef(od.licence)
    geocoding = URIRef(f"http://dcat-ap.de/def/politicalGeocoding/municipalityKey/{municipality.ags}")
    contributor = URIRef(
        getattr(settings, "OPEN_DATA_CONTRIBUTOR_ID", "") or "http://dcat-ap.de/def/contributors/engagiert"
    )
    modified = max((f.generated_at for f in files.values()), default=timezone.now())

    def de(text) -> Literal:
        return Literal(str(text), lang="de")

    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, de(municipality.name)))
    graph.add((publisher, FOAF.homepage, URIRef(_absolute(f"/{slug}/"))))

    graph.add((catalogue, RDF.type, DCAT.Catalog))
    with override("de"):
        graph.add((catalogue, DCTERMS.title, de(_("Offene Daten: %(town)s") % {"town": municipality.name})))
        graph.add(
            (
                catalogue,
                DCTERMS.description,
                de(
                    _(
                        "Öffentliche Daten zum bürgerschaftlichen Engagement in %(town)s aus der Plattform Engagiert: "
                        "Organisationen, Veranstaltungen, Engagementangebote, Akzeptanzpartner und Kennzahlen."
                    )
                    % {"town": municipality.name}
                ),
            )
        )
        graph.add((catalogue, DCTERMS.publisher, publisher))
        graph.add((catalogue, FOAF.homepage, URIRef(index_url)))
        graph.add((catalogue, DCTERMS.language, URIRef(LANGUAGE_DE)))
        graph.add((catalogue, DCTERMS.license, licence))
        graph.add((catalogue, DCTERMS.modified, Literal(modified.isoformat(), datatype=XSD.dateTime)))
        graph.add((catalogue, DCAT.themeTaxonomy, URIRef(DATA_THEMES)))
        graph.add((catalogue, DCTERMS.spatial, geocoding))

        contact = BNode()
        graph.add((contact, RDF.type, vcard.Organization))
        graph.add((contact, RDF.type, vcard.Kind))  # validators without inference look for vcard:Kind
        graph.add((contact, vcard.fn, Literal(municipality.office or municipality.name)))
        if municipality.email:
            graph.add((contact, vcard.hasEmail, URIRef(f"mailto:{municipality.email}")))

        for dataset in registry.datasets.all():
            stored = files.get(dataset.key)
            node = URIRef(f"{index_url}#{dataset.slug}")
            graph.add((catalogue, DCAT.dataset, node))
            graph.add((node, RDF.type, DCAT.Dataset))
            graph.add((node, DCTERMS.title, de(f"{dataset.title} – {municipality.name}")))
            graph.add((node, DCTERMS.description, de(dataset.description)))
            graph.add((node, DCTERMS.identifier, Literal(f"{slug}:{dataset.key}")))
            graph.add((node, DCTERMS.publisher, publisher))
            graph.add((node, DCAT.contactPoint, contact))
            graph.add((node, DCAT.theme, URIRef(f"{DATA_THEMES}/{dataset.theme}")))
            graph.add((node, DCAT.landingPage, URIRef(index_url)))
            graph.add((node, DCTERMS.language, URIRef(LANGUAGE_DE)))
            graph.add((node, DCTERMS.accrualPeriodicity, URIRef(FREQUENCY_DAILY)))
            graph.add((node, DCTERMS.spatial, geocoding))
            graph.add((node, dcatde.contributorID, contributor))
            graph.add(
                (
                    node,
                    dcatde.politicalGeocodingLevelURI,
                    URIRef(GEOCODING_LEVEL),
                )
            )
            for keyword in dataset.keywords:
                graph.add((node, DCAT.keyword, de(keyword)))
            if stored:
                graph.add((node, DCTERMS.modified, Literal(stored.generated_at.isoformat(), datatype=XSD.dateTime)))
            for fmt, media_type in FORMATS.items():
                url = URIRef(
                    _absolute(
                        reverse(
                            "opendata:download", kwargs={"municipality": slug, "dataset": dataset.slug, "format": fmt}
                        )
                    )
                )
                dist = URIRef(f"{index_url}#{dataset.slug}-{fmt}")
                graph.add((node, DCAT.distribution, dist))
                graph.add((dist, RDF.type, DCAT.Distribution))
                graph.add((dist, DCTERMS.title, de(f"{dataset.title} ({FILE_TYPES[fmt]})")))
                graph.add((dist, DCTERMS.description, de(_("Täglich neu erzeugt."))))
                graph.add((dist, DCAT.accessURL, url))
                graph.add((dist, DCAT.downloadURL, url))
                graph.add(
                    (
                        dist,
                        DCTERMS.format,
                        URIRef(f"http://publications.europa.eu/resource/authority/file-type/{FILE_TYPES[fmt]}"),
                    )
                )
                graph.add((dist, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media_type}")))
                graph.add((dist, DCTERMS.license, licence))
                graph.add((dist, dcatde.licenseAttributionByText, de(attribution)))
                if stored:
                    graph.add((dist, DCTERMS.modified, Literal(stored.generated_at.isoformat(), datatype=XSD.dateTime)))
    return graph


def catalogue(municipality: Municipality, *, format: str) -> bytes:
    graph = catalogue_graph(municipality)
    if format == "jsonld":
        context = {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "dcatde": DCATDE,
            "vcard": "http://www.w3.org/2006/vcard/ns#",
        }
        return graph.serialize(format="json-ld", context=context, indent=1).encode("utf-8")
    return graph.serialize(format="turtle").encode("utf-8")


def licence_label(value: str) -> str:
    return str(dict(Licence.choices).get(value, value))
