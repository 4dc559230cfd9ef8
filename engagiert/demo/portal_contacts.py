"""Demo contacts of the portal: Dessau-Roßlau's offices as the seeds name them (Integrationsbüro
in Zimmer 489, Zerbster Straße 4; Koordinierungsstelle Engagierte Stadt; Partnerschaft für
Demokratie) with the seeds' phone numbers, plausible offices of the three other towns and of the
Regionalnetzwerk Anhalt. E-mail addresses end in .example: the demo's contact form mails nobody
real. Idempotent: contacts are matched by owner and name."""

from __future__ import annotations

from django.utils import translation

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.portal.models import Contact

# name per language, fields
CONTACTS: dict[str, list[tuple[dict[str, str], dict]]] = {
    "dessau-rosslau": [
        (
            {"de": "Integrationsbüro", "en": "Integration office", "ar": "مكتب الاندماج", "uk": "Бюро інтеграції"},
            {
                "room": "Zimmer 489",
                "street": "Zerbster Straße 4",
                "postcode": "06844",
                "city": "Dessau-Roßlau",
                "phone": "0340 204-2901",
                "email": "integrationsbuero@dessau-rosslau.example",
                "opening_hours": "Di 9–12 Uhr und 13–18 Uhr\nDo 9–12 Uhr",
                "by_appointment": True,
            },
        ),
        (
            {
                "de": "Koordinierungsstelle Engagierte Stadt",
                "en": "Engagierte Stadt coordination office",
                "ar": "مكتب تنسيق «المدينة المشاركة»",
                "uk": "Координаційне бюро «Engagierte Stadt»",
            },
            {
                "person": "Koordinatorin Engagierte Stadt / Bürgerservice",
                "room": "Referat des Oberbürgermeisters",
                "street": "Zerbster Straße 4",
                "postcode": "06844",
                "city": "Dessau-Roßlau",
                "phone": "0340 204-1401",
                "email": "engagiertestadt@dessau-rosslau.example",
                "by_appointment": True,
                "note": "Auch für die Kampagne „Glücksbringer“ und die Ehrenamtskarte.",
            },
        ),
        (
            {
                "de": "Partnerschaft für Demokratie – Koordinierungs- und Fachstelle",
                "en": "Partnership for Democracy – coordination office",
                "ar": "الشراكة من أجل الديمقراطية – مكتب التنسيق",
                "uk": "Партнерство за демократію – координаційне бюро",
            },
            {
                "street": "Zerbster Straße 4",
                "postcode": "06844",
                "city": "Dessau-Roßlau",
                "phone": "0340 204-1212",
                "email": "fachstelle-pfd@dessau-rosslau.example",
                "opening_hours": "Mo–Do 9–15 Uhr",
                "note": "Beratung zu Projektideen und zum Aktions- und Initiativfonds.",
            },
        ),
    ],
    "bitterfeld-wolfen": [
        (
            {
                "de": "Bürgerbüro Wolfen",
                "en": "Citizens' office Wolfen",
                "ar": "مكتب المواطنين فولفن",
                "uk": "Бюро громадян Вольфен",
            },
            {
                "room": "Erdgeschoss",
                "street": "Rathausplatz 1",
                "postcode": "06766",
                "city": "Bitterfeld-Wolfen",
                "phone": "03494 666-100",
                "email": "buergerbuero@bitterfeld-wolfen.example",
                "opening_hours": "Mo, Di, Do 9–12 Uhr und 13–17 Uhr\nFr 9–12 Uhr",
            },
        ),
        (
            {
                "de": "Ehrenamtskoordination",
                "en": "Volunteering coordination",
                "ar": "تنسيق التطوع",
                "uk": "Координація волонтерства",
            },
            {
                "room": "Zimmer 214",
                "street": "Rathausplatz 1",
                "postcode": "06766",
                "city": "Bitterfeld-Wolfen",
                "phone": "03494 666-214",
                "email": "ehrenamt@bitterfeld-wolfen.example",
                "by_appointment": True,
            },
        ),
    ],
    "graefenhainichen": [
        (
            {
                "de": "Bürgerservice und Ehrenamt",
                "en": "Citizens' service and volunteering",
                "ar": "خدمة المواطنين والتطوع",
                "uk": "Служба громадян і волонтерство",
            },
            {
                "room": "Zimmer 12",
                "street": "Markt 1",
                "postcode": "06773",
                "city": "Gräfenhainichen",
                "phone": "034953 351-12",
                "email": "ehrenamt@graefenhainichen.example",
                "opening_hours": "Di 9–12 Uhr und 14–18 Uhr\nDo 9–12 Uhr",
            },
        ),
    ],
    "lutherstadt-wittenberg": [
        (
            {
                "de": "Freiwilligenagentur im Rathaus",
                "en": "Volunteer agency at the town hall",
                "ar": "وكالة التطوع في دار البلدية",
                "uk": "Агенція волонтерів у ратуші",
            },
            {
                "room": "Raum 1.08",
                "street": "Lutherstraße 56",
                "postcode": "06886",
                "city": "Lutherstadt Wittenberg",
                "phone": "03491 421-108",
                "email": "engagement@wittenberg.example",
                "opening_hours": "Mo–Do 9–16 Uhr",
                "by_appointment": True,
            },
        ),
    ],
}

NETWORK_CONTACT = (
    {
        "de": "Koordination Regionalnetzwerk Anhalt",
        "en": "Anhalt regional network coordination",
        "ar": "تنسيق الشبكة الإقليمية أنهالت",
        "uk": "Координація регіональної мережі Ангальт",
    },
    {
        "street": "Zerbster Straße 4",
        "postcode": "06844",
        "city": "Dessau-Roßlau",
        "phone": "0340 204-1401",
        "email": "regionalnetzwerk@anhalt.example",
        "by_appointment": True,
        "note": "Für die gemeinsame Kampagne „Glücksbringer“ der vier Städte.",
    },
)


def _save(*, municipality=None, network=None, names: dict[str, str], fields: dict) -> Contact:
    contact = Contact.objects.filter(municipality=municipality, network=network, name_de=names["de"]).first()
    contact = contact or Contact(municipality=municipality, network=network)
    for lang, name in names.items():
        setattr(contact, f"name_{lang}", name)
    contact.name = names["de"]
    for key, value in fields.items():
        setattr(contact, f"{key}_de" if key in ("room", "opening_hours", "note") else key, value)
        if key in ("room", "opening_hours", "note"):
            setattr(contact, key, value)
    contact.save()
    return contact


def load(munis: dict[str, Municipality]) -> dict[str, Contact]:
    """Every town's contacts (and the network's); returns each town's first contact (its start
    page shows it in a contact block)."""
    with translation.override("de"):  # `name` and the like write the active language's column
        return _load(munis)


def _load(munis: dict[str, Municipality]) -> dict[str, Contact]:
    first: dict[str, Contact] = {}
    for slug, rows in CONTACTS.items():
        municipality = munis.get(slug)
        if municipality is None:
            continue
        for names, fields in rows:
            contact = _save(municipality=municipality, names=names, fields=fields)
            first.setdefault(slug, contact)
    for network in RegionalNetwork.objects.all():
        names, fields = NETWORK_CONTACT
        _save(network=network, names=names, fields=fields)
    return first
