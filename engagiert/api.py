"""The open JSON API, version 1: one NinjaAPI, one router per capability."""

from ninja import NinjaAPI

from engagiert.directory.api import router as directory_router

api = NinjaAPI(
    title="Engagiert API",
    version="1",
    description="Offene Daten der Plattform Engagiert: Netzwerkverzeichnis „Durchblick“.",
    urls_namespace="api",
)
api.add_router("/", directory_router)
