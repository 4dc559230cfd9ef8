"""Demo of the portal: each demo town's site (start page with live blocks, "Aktuelles") and the
Regionalnetzwerk Anhalt's, with news written from the seeds (the Integrationsbüro's "Aktuelles"
of Dessau-Roßlau and the Glücksbringer campaign of the network). Every start page has a drawn
header image in its site's collection (demo.portal_images). Dates are relative to the load day.
Idempotent: pages are matched by slug, images by their file."""

from __future__ import annotations

import datetime as dt

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.demo import portal_contacts, portal_images, portal_news, portal_programmes
from engagiert.portal.models import Contact, EasyReadPage
from engagiert.portal.services import ensure_network_site, ensure_site

LANGS = ("de", "en", "ar", "uk")
DEFAULT_ACCENT = "#4a5360"  # a town without an accent colour of its own

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


def _town_body(name: str, lang: str, contact_id: int | None = None, image_id: int | None = None) -> list[dict]:
    heading, text = TOWN_INTRO[lang]
    contact = [{"type": "contact", "value": {"heading": _CONTACT_HEADING[lang], "contact": contact_id}}]
    intro = {"heading": heading.format(name=name), "text": text.format(name=name), "image": image_id}
    return [
        {"type": "intro", "value": intro},
        {"type": "search", "value": {"label": _SEARCH_LABEL[lang]}},
        {"type": "live", "value": {"kind": "events", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "volunteering", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "news", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "card", "heading": "", "count": 1}},
        {"type": "live", "value": {"kind": "directory", "heading": "", "count": 1}},
        {"type": "live", "value": {"kind": "portraits", "heading": "", "count": 3}},
        {"type": "live", "value": {"kind": "impact", "heading": "", "count": 4}},
        *(contact if contact_id else []),
    ]


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    for municipality in munis.values():
        ensure_site(municipality=municipality)
    contacts = portal_contacts.load(munis)  # the offices; each start page shows the first one
    for municipality in munis.values():
        parts = ensure_site(municipality=municipality)
        home = parts.home.specific
        contact = contacts.get(municipality.slug)
        header = portal_images.header(
            key=municipality.slug,
            place=municipality.name,
            colours=[municipality.accent_colour or DEFAULT_ACCENT],
            collection=parts.collection,
        )
        for lang in LANGS:
            body = _town_body(municipality.name, lang, contact.pk if contact else None, header.pk)
            setattr(home, f"body_{lang}", body)
        home.body = home.body_de
        home.intro = home.intro_de = (
            f"Vereine, Initiativen und Angebote zum Mitmachen in {municipality.name}: Begegnungen, "
            "Mach mit!, Ehrenamtskarte und Neuigkeiten der Koordinierungsstelle."
        )
        home.save_revision().publish()
    networks = list(RegionalNetwork.objects.prefetch_related("municipalities"))
    for network in networks:
        parts = ensure_network_site(network=network)
        home = parts.home.specific
        towns = list(network.municipalities.order_by("name"))
        header = portal_images.header(
            key=network.slug,
            place=network.name,
            colours=[m.accent_colour or DEFAULT_ACCENT for m in towns] or [DEFAULT_ACCENT],
            collection=parts.collection,
        )
        for lang in LANGS:
            heading, text = NETWORK_TEXT[lang]
            body = [{"type": "intro", "value": {"heading": heading, "text": text, "image": header.pk}}]
            if lang == "de":
                body.append({"type": "text", "value": CAMPAIGN})
            body.append(
                {
                    "type": "links",
                    "value": {
                        "heading": _TOWNS_HEADING[lang],
                        "links": [{"title": m.name, "text": "", "page": None, "url": f"/{m.slug}/"} for m in towns],
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
    counts = {"portal_sites": len(munis) + len(networks), "portal_contacts": Contact.objects.count()}
    # Every town's pages in Leichte Sprache come with its site (ensure_site, portal.easy_read_texts).
    counts["portal_easy_read_pages"] = EasyReadPage.objects.count()
    counts |= portal_news.load(munis, today=today)  # the seed's news, a year of further items, network news
    counts |= portal_programmes.load(munis, today=today)
    return counts


_SEARCH_LABEL = {
    "de": "Wer kann helfen bei …?",
    "en": "Who can help with …?",
    "ar": "من يستطيع المساعدة في …؟",
    "uk": "Хто може допомогти з …?",
}
_CONTACT_HEADING = {"de": "Ihr Kontakt", "en": "Contact us", "ar": "تواصلوا معنا", "uk": "Зв’яжіться з нами"}
_TOWNS_HEADING = {"de": "Die vier Städte", "en": "The four towns", "ar": "المدن الأربع", "uk": "Чотири міста"}
