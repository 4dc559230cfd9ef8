"""Demo of the portal: each demo town's site (start page with live blocks, "Aktuelles") and the
Regionalnetzwerk Anhalt's, with news written from the seeds (the Integrationsbüro's "Aktuelles"
of Dessau-Roßlau and the Glücksbringer campaign of the network). Dates are relative to the load
day. Idempotent: pages are matched by slug, images by title."""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.demo import images
from engagiert.directory.models import Topic
from engagiert.portal.models import NewsIndexPage, NewsPage, PortalImage
from engagiert.portal.services import ensure_network_site, ensure_site

LANGS = ("de", "en", "ar", "uk")

# The start page's introduction per language (the live blocks follow in every language).
TOWN_INTRO = {
    "de": (
        "Engagiert in {name}",
        "<p>Vereine, Initiativen, Ämter und Unternehmen arbeiten in {name} zusammen: für ein gutes "
        "Miteinander, für Begegnungen über Alters- und Herkunftsgrenzen hinweg und für alle, die sich "
        "einbringen möchten. Hier finden Sie Angebote zum Mitmachen, die nächsten Begegnungen, die "
        "Ehrenamtskarte und Neuigkeiten aus der Koordinierungsstelle.</p>",
    ),
    "en": (
        "Getting involved in {name}",
        "<p>Associations, initiatives, public offices and businesses work together in {name}. Find ways to "
        "get involved, the next encounters, the volunteer card and news from the coordination office.</p>",
    ),
    "ar": (
        "المشاركة في {name}",
        "<p>تتعاون الجمعيات والمبادرات والدوائر والشركات في {name}. تجدون هنا فرص التطوع واللقاءات القادمة "
        "وبطاقة التطوع وأخبار مكتب التنسيق.</p>",
    ),
    "uk": (
        "Бути залученим у {name}",
        "<p>Об’єднання, ініціативи, установи та підприємства працюють разом у {name}. Тут ви знайдете "
        "можливості долучитися, найближчі зустрічі, картку волонтера та новини координаційного бюро.</p>",
    ),
}

NETWORK_TEXT = {
    "de": (
        "Regionalnetzwerk Anhalt",
        "<p>Die Städte Bitterfeld-Wolfen, Gräfenhainichen, Lutherstadt Wittenberg und Dessau-Roßlau haben "
        "mit Unterstützung der FAW gGmbH ein Regionalnetzwerk „Engagierte Stadt“ aufgebaut. Gemeinsam machen "
        "sie das Engagement in der Region sichtbar – zuerst mit der Kampagne „Glücksbringer“.</p>",
    ),
    "en": (
        "Anhalt regional network",
        "<p>Bitterfeld-Wolfen, Gräfenhainichen, Lutherstadt Wittenberg and Dessau-Roßlau have built a regional "
        "“Engagierte Stadt” network with the support of FAW gGmbH, starting with the “Glücksbringer” campaign.</p>",
    ),
    "ar": (
        "الشبكة الإقليمية أنهالت",
        "<p>أسست مدن بيترفيلد-فولفن وغريفنهاينيشن وفيتنبرغ وديساو-روسلاو شبكة إقليمية بدعم من FAW، "
        "وأولى ثمارها حملة «جالبو الحظ».</p>",
    ),
    "uk": (
        "Регіональна мережа Ангальт",
        "<p>Міста Біттерфельд-Вольфен, Гренгайніхен, Віттенберг і Дессау-Рослау за підтримки FAW gGmbH створили "
        "регіональну мережу, першим результатом якої стала кампанія «Приносимо щастя».</p>",
    ),
}

CAMPAIGN = (
    "<h2>Kampagne „Glücksbringer“</h2><p>Am 19. Juni 2023 stellten die Oberbürgermeister und Bürgermeister der "
    "vier Städte die Kampagne gemeinsam vor. Sie macht das oft stille Engagement sichtbar: Jede und jeder kann "
    "Menschen oder Initiativen benennen, die sich engagieren – auch sich selbst. Wer zustimmt, wird als "
    "„Glücksbringer“ vorgestellt.</p>"
)

# News of Dessau-Roßlau (seed 000: the Integrationsbüro's "Aktuelles"), days before the load day.
DESSAU_NEWS = [
    {
        "slug": "bundesweiter-vorlesetag",
        "days_ago": 9,
        "title": "Bundesweiter Vorlesetag: Bücher für die Kitas",
        "teaser": "Zum Bundesweiten Vorlesetag überreichte das Integrationsbüro mehrsprachige Kinderbücher an "
        "Kitas der Stadt – und Freiwillige lasen auf Deutsch, Arabisch und Ukrainisch vor.",
        "body": "<p>Vorlesen öffnet Türen: Zum Bundesweiten Vorlesetag hat das Integrationsbüro der Stadt "
        "Dessau-Roßlau mehrsprachige Kinderbücher an fünf Kitas übergeben. Ehrenamtliche Lesepatinnen und "
        "Lesepaten lasen am Vormittag in kleinen Gruppen vor – auf Deutsch, Arabisch und Ukrainisch.</p>"
        "<p>Wer selbst Lesepatin oder Lesepate werden möchte, findet die Angebote bei „Mach mit!“.</p>",
        "topics": ["bildung", "integration"],
        "image": ("reading", "bildung"),
    },
    {
        "slug": "zukunftswerkstatt-kommune-abschluss",
        "days_ago": 23,
        "title": "Zukunftswerkstatt Kommune: ein spannender Abschlusstag in Berlin",
        "teaser": "Zum Abschluss des Pilotprojektes „Zukunftswerkstatt Kommune“ stellte Dessau-Roßlau in Berlin "
        "vor, was in drei Jahren entstanden ist.",
        "body": "<p>Beim Abschlusstag des Pilotprojektes ZWK – Zukunftswerkstatt Kommune in Berlin trafen sich "
        "die Modellkommunen ein letztes Mal. Dessau-Roßlau berichtete von den Beteiligungswerkstätten in den "
        "Stadtteilen und davon, wie Verwaltung, Vereine und Einwohnerinnen und Einwohner gemeinsam Ideen für "
        "das Zusammenleben entwickelt haben.</p>",
        "topics": ["demokratie"],
        "image": ("meeting", "demokratie"),
    },
    {
        "slug": "mitmachlokal-drei-weitere-termine",
        "days_ago": 41,
        "title": "Mitmachlokal: drei weitere Termine zum Austausch",
        "teaser": "Nach dem erfolgreichen Start gibt es drei weitere Möglichkeiten, sich im Mitmachlokal "
        "auszutauschen.",
        "body": "<p>Das Mitmachlokal ist ein offener Treffpunkt für alle, die sich engagieren oder engagieren "
        "möchten. Nach dem erfolgreichen Start lädt die Koordinierungsstelle zu drei weiteren Abenden ein: "
        "Wer Fragen zum Ehrenamt hat, Mitstreiterinnen und Mitstreiter sucht oder einfach zuhören möchte, "
        "ist willkommen. Eine Anmeldung ist nicht nötig.</p>",
        "topics": ["nachbarschaft"],
        "image": ("cafe", "nachbarschaft"),
    },
]

NETWORK_NEWS = [
    {
        "slug": "gluecksbringer-gesucht",
        "days_ago": 5,
        "title": "Glücksbringer gesucht: Wer engagiert sich in Ihrer Nachbarschaft?",
        "teaser": "Die vier Städte des Regionalnetzwerks Anhalt rufen auf, Menschen und Initiativen zu benennen, "
        "die sich engagieren – auch sich selbst.",
        "body": "<p>Viele engagieren sich, ohne darüber zu sprechen. Die Kampagne „Glücksbringer“ will das ändern: "
        "Benennen Sie Menschen oder Initiativen, die vorgestellt werden sollten. Veröffentlicht wird nur, wer "
        "zustimmt.</p>",
        "topics": ["nachbarschaft"],
        "image": ("celebration", "nachbarschaft"),
    },
]


def _image(collection, *, title: str, motif: tuple[str, str]) -> PortalImage:
    found = PortalImage.objects.filter(collection=collection, title=title).first()
    if found:
        return found
    demo = images.event_image(format=motif[0], topic=motif[1])
    with default_storage.open(demo.name) as stored:
        data = stored.read()
    return PortalImage.objects.create(
        title=title, description=demo.alt, collection=collection, file=ContentFile(data, name=f"{motif[0]}.webp")
    )


def _news(home, items: list[dict], *, collection, today: dt.date) -> int:
    index = NewsIndexPage.objects.child_of(home).first()
    topics = {t.slug: t for t in Topic.objects.all()}
    for row in items:
        page = NewsPage.objects.child_of(index).filter(slug=row["slug"]).first()
        if page is None:
            page = NewsPage(slug=row["slug"], title=row["title"], teaser=row["teaser"])
            index.add_child(instance=page)
            page = NewsPage.objects.get(pk=page.pk)
        page.title = page.title_de = row["title"]
        page.teaser = page.teaser_de = row["teaser"]
        page.date = today - dt.timedelta(days=row["days_ago"])
        page.body = page.body_de = [{"type": "text", "value": row["body"]}]
        page.image = _image(collection, title=row["title"], motif=row["image"])
        page.topics.set([topics[s] for s in row["topics"] if s in topics])
        page.save_revision().publish()
    return len(items)


def _town_body(name: str, lang: str) -> list[dict]:
    heading, text = TOWN_INTRO[lang]
    return [
        {"type": "intro", "value": {"heading": heading.format(name=name), "text": text.format(name=name)}},
        {"type": "search", "value": {"label": _SEARCH_LABEL[lang]}},
        {"type": "live", "value": {"kind": "events", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "volunteering", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "news", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "card", "heading": "", "count": 1}},
        {"type": "live", "value": {"kind": "directory", "heading": "", "count": 1}},
    ]


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    news = 0
    for municipality in munis.values():
        parts = ensure_site(municipality=municipality)
        home = parts.home.specific
        for lang in LANGS:
            setattr(home, f"body_{lang}", _town_body(municipality.name, lang))
        home.body = home.body_de
        home.intro = home.intro_de = (
            f"Vereine, Initiativen und Angebote zum Mitmachen in {municipality.name}: Begegnungen, "
            "Mach mit!, Ehrenamtskarte und Neuigkeiten der Koordinierungsstelle."
        )
        home.save_revision().publish()
        if municipality.slug == "dessau-rosslau":
            news += _news(home, DESSAU_NEWS, collection=parts.collection, today=today)
    networks = list(RegionalNetwork.objects.prefetch_related("municipalities"))
    for network in networks:
        parts = ensure_network_site(network=network)
        home = parts.home.specific
        for lang in LANGS:
            heading, text = NETWORK_TEXT[lang]
            body = [{"type": "intro", "value": {"heading": heading, "text": text}}]
            if lang == "de":
                body.append({"type": "text", "value": CAMPAIGN})
            body.append(
                {
                    "type": "links",
                    "value": {
                        "heading": _TOWNS_HEADING[lang],
                        "links": [
                            {"title": m.name, "text": "", "page": None, "url": f"/{m.slug}/"}
                            for m in network.municipalities.order_by("name")
                        ],
                    },
                }
            )
            body += [
                {"type": "live", "value": {"kind": "news", "heading": "", "count": 3}},
                {"type": "live", "value": {"kind": "events", "heading": "", "count": 6}},
            ]
            setattr(home, f"body_{lang}", body)
        home.body = home.body_de
        home.save_revision().publish()
        news += _news(home, NETWORK_NEWS, collection=parts.collection, today=today)
    return {"portal_sites": len(munis) + len(networks), "portal_news": news}


_SEARCH_LABEL = {
    "de": "Wer kann helfen bei …?",
    "en": "Who can help with …?",
    "ar": "من يستطيع المساعدة في …؟",
    "uk": "Хто може допомогти з …?",
}
_TOWNS_HEADING = {"de": "Die vier Städte", "en": "The four towns", "ar": "المدن الأربع", "uk": "Чотири міста"}
