"""Open data: the datasets as CSV and JSON (nothing personal), the licence per town, and the
DCAT-AP.de catalogue in Turtle and JSON-LD with the required classes and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from engagiert.core import figures as registry
from engagiert.impact import opendata
from engagiert.impact.models import DatasetFile, Licence, OpenDataSettings
from engagiert.testing import make_org

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
SHAPES = Path(__file__).resolve().parents[1] / "shapes" / "required.ttl"


@pytest.fixture
def published(dessau):
    make_org(
        dessau,
        "Multikulturelles Zentrum Dessau",
        topics=("Integration",),
        contact_email="lea.privat@example.org",
        contact_public=False,
    )
    make_org(dessau, "Noch nicht freigegeben", status="pending")
    opendata.generate(dessau)
    return dessau


def test_every_dataset_is_written_as_csv_and_json(client, published):
    assert DatasetFile.objects.filter(municipality=published).count() == len(registry.datasets.all())
    response = client.get("/dessau-rosslau/offene-daten/directory-organisations.csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert body.splitlines()[0].startswith("id;name;kind")
    assert "Multikulturelles Zentrum Dessau" in body
    assert "Noch nicht freigegeben" not in body
    assert "lea.privat@example.org" not in body
    response = client.get("/dessau-rosslau/offene-daten/directory-organisations.json")
    data = json.loads(b"".join(response.streaming_content))
    assert data["license"] == Licence.DL_BY and data["publisher"] == "Dessau-Roßlau"
    assert [row["name"] for row in data["rows"]] == ["Multikulturelles Zentrum Dessau"]
    assert "Integration" in data["rows"][0]["topics"]


def test_no_dataset_column_names_a_person(published):
    personal = {"email", "phone", "holder", "volunteer", "birth_year", "contact", "first_name", "last_name"}
    for dataset in registry.datasets.all():
        assert not {name for name, _d in dataset.columns} & personal, dataset.key


def test_the_list_page_and_unknown_datasets(client, published):
    page = client.get("/dessau-rosslau/offene-daten/").content.decode()
    assert "Datenlizenz Deutschland – Namensnennung 2.0" in page
    assert "katalog.ttl" in page
    assert client.get("/dessau-rosslau/offene-daten/gibt-es-nicht.csv").status_code == 404
    assert client.get("/dessau-rosslau/offene-daten/directory-organisations.exe").status_code == 404


def test_a_dataset_not_yet_written_is_made_on_first_request(client, dessau):
    make_org(dessau, "Ankerpunkt Roßlau")
    response = client.get("/dessau-rosslau/offene-daten/directory-organisations.csv")
    assert response.status_code == 200
    assert "Ankerpunkt Roßlau" in b"".join(response.streaming_content).decode("utf-8-sig")


def test_a_town_that_does_not_publish(client, published, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/dessau-rosslau/offene-daten/einstellungen/",
        {"licence": Licence.CC_ZERO, "attribution": "", "publish": ""},
    )
    assert response.status_code == 302
    assert OpenDataSettings.objects.get(municipality=published).publish is False
    client.logout()
    assert client.get("/dessau-rosslau/offene-daten/directory-organisations.csv").status_code == 404
    assert client.get("/dessau-rosslau/offene-daten/katalog.ttl").status_code == 404
    assert "keine offenen Daten" in client.get("/dessau-rosslau/offene-daten/").content.decode()


def _catalogue(client, fmt="ttl") -> Graph:
    response = client.get(f"/dessau-rosslau/offene-daten/katalog.{fmt}")
    assert response.status_code == 200
    return Graph().parse(data=response.content, format="turtle" if fmt == "ttl" else "json-ld")


def test_catalogue_has_the_required_dcat_ap_de_classes_and_properties(client, published):
    graph = _catalogue(client)
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogues) == 1
    catalogue = catalogues[0]
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCAT.dataset):
        assert graph.value(catalogue, prop) is not None, prop
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == len(registry.datasets.all())
    for dataset in datasets:
        for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCATDE.contributorID, DCAT.theme):
            assert graph.value(dataset, prop) is not None, (dataset, prop)
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == 2
        for dist in distributions:
            assert (dist, RDF.type, DCAT.Distribution) in graph
            assert graph.value(dist, DCTERMS.license) == URIRef(Licence.DL_BY)
            assert str(graph.value(dist, DCATDE.licenseAttributionByText)) == "Dessau-Roßlau (Engagiert)"
            assert str(graph.value(dist, DCTERMS.format)).startswith(
                "http://publications.europa.eu/resource/authority/file-type/"
            )
            assert graph.value(dist, DCAT.accessURL) == graph.value(dist, DCAT.downloadURL)
    publisher = graph.value(catalogue, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in graph


def test_json_ld_says_the_same_as_turtle(client, published):
    assert len(_catalogue(client, "jsonld")) == len(_catalogue(client, "ttl"))


def _validate(graph: Graph) -> bool:
    from pyshacl import validate

    conforms, _report, _text = validate(graph, shacl_graph=Graph().parse(SHAPES, format="turtle"), inference="none")
    return conforms


def test_catalogue_conforms_to_the_shapes_and_a_broken_one_does_not(client, published):
    graph = _catalogue(client)
    assert _validate(graph)
    dist = next(graph.subjects(RDF.type, DCAT.Distribution))
    graph.remove((dist, DCTERMS.license, None))
    assert not _validate(graph)


def test_the_licence_is_configurable_per_town(client, published, wittenberg):
    OpenDataSettings.objects.create(municipality=published, licence=Licence.CC_BY, attribution="Stadt Dessau-Roßlau")
    graph = _catalogue(client)
    dist = next(graph.subjects(RDF.type, DCAT.Distribution))
    assert graph.value(dist, DCTERMS.license) == URIRef(Licence.CC_BY)
    assert str(graph.value(dist, DCATDE.licenseAttributionByText)) == "Stadt Dessau-Roßlau"
    assert opendata.settings_of(wittenberg).licence == Licence.DL_BY  # others keep the default
