"""The open JSON API, version 1: one NinjaAPI, one router per capability."""

from ninja import NinjaAPI, Swagger

from engagiert import api_errors
from engagiert.card.api import router as card_router
from engagiert.core.search_api import router as search_router
from engagiert.directory.api import router as directory_router
from engagiert.events.api import router as events_router
from engagiert.nominations.api import router as nominations_router
from engagiert.selfcheck.api import router as selfcheck_router
from engagiert.volunteering.api import router as volunteering_router

api = NinjaAPI(
    title="Engagiert API",
    version="1",
    description="Offene Daten der Plattform Engagiert: Netzwerkverzeichnis „Durchblick“, Begegnungen, "
    "Mach mit!, Ehrenamtskarte, Selbstcheck Weltoffene Kommune und Glücksbringer.",
    urls_namespace="api",
    # Without deep links, an operation's summary button holds no link (axe: nested-interactive).
    docs=Swagger(settings={"deepLinking": False}),
)
api_errors.install(api)
api.add_router("/", directory_router)
api.add_router("/", events_router)
api.add_router("/", volunteering_router)
api.add_router("/", card_router)
api.add_router("/", selfcheck_router)
api.add_router("/", nominations_router)
api.add_router("/", search_router)  # last: "/{municipality}/search" must not shadow an app's path
