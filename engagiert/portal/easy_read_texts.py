"""The default pages in Leichte Sprache of a fresh town (portal.services.ensure_site): German
editorial content, written to the rules of Leichte Sprache (short sentences, one statement per
sentence, common words, hard words explained, no abbreviations, active voice, numbers as digits,
the Mediopunkt in long words: Ehren·amts·karte) and addressing the reader with "Sie". The
town's editors change them in the admin from there.

The accessibility statement follows the structure of BITV 2.0 § 4 / Durchführungsbeschluss
(EU) 2018/1523: who it is for, how accessible the site is, what is not accessible, how to
report a barrier, the conciliation procedure, the date. Towns in Sachsen-Anhalt name the
conciliation procedure of the Land's disability equality law (BGG LSA, as the standard
statement does); other towns get the federal Schlichtungsstelle BGG as a default that their
editors should replace with their Land's procedure (docs/portal.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import override

from engagiert.core.models import Municipality
from engagiert.portal.easy_read import ACCESSIBILITY_SLUG

SACHSEN_ANHALT = {"sachsen-anhalt", "st", "lsa"}


@dataclass
class DefaultPage:
    slug: str
    title: str
    summary: str
    body: list[dict] = field(default_factory=list)
    fixed_slug: str = ""


def section(heading: str, *lines: str, area: str = "", link: str = "") -> dict:
    return {
        "type": "section",
        "value": {
            "heading": heading,
            "text": "\n".join(lines),
            "image": None,
            "link_area": area,
            "link_page": None,
            "link_text": link,
        },
    }


def word(term: str, *lines: str) -> dict:
    return {"type": "word", "value": {"word": term, "text": "\n".join(lines)}}


def in_sachsen_anhalt(municipality: Municipality) -> bool:
    return (municipality.state or "").strip().lower() in SACHSEN_ANHALT


def _contact_lines(municipality: Municipality) -> list[str]:
    lines = []
    if municipality.email:
        lines.append(f"Schreiben Sie eine E-Mail an: {municipality.email}")
    if municipality.phone:
        lines.append(f"Oder rufen Sie an: {municipality.phone}")
    address = ", ".join(
        part
        for part in (
            municipality.office,
            municipality.street,
            f"{municipality.postcode} {municipality.city}".strip(),
        )
        if part
    )
    if municipality.street and address:
        lines.append(f"Oder schreiben Sie einen Brief an: {address}")
    return lines


def _number(value) -> str:
    """4.0 → "4", 4.5 → "4,5" (digits, German decimal comma)."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def _german_date(day: dt.date) -> str:
    with override("de"):
        return date_format(day, "j. F Y")


def index_body(municipality: Municipality) -> list[dict]:
    name = municipality.name
    return [
        section(
            "Willkommen",
            "Hier finden Sie Texte in Leichter Sprache.",
            f"Die Texte sind über die Internet·seite Engagiert {name}.",
            "Auf der Internet·seite geht es um Engagement.",
        ),
        word(
            "Engagement",
            "Engagement spricht man so: Ang-ga-sche-mong.",
            "Engagement bedeutet: Sie helfen anderen Menschen.",
            "Sie machen das frei·willig.",
            "Sie bekommen dafür kein Geld.",
            "Ein anderes Wort dafür ist: Ehren·amt.",
        ),
        section(
            "Diese Seiten gibt es in Leichter Sprache",
            "Unten sehen Sie alle Seiten in Leichter Sprache.",
            "Drücken Sie auf einen Titel.",
            "Dann öffnet sich die Seite.",
        ),
    ]


def offer_page(municipality: Municipality) -> DefaultPage:
    name = municipality.name
    return DefaultPage(
        slug="was-gibt-es-hier",
        title="Was gibt es auf dieser Internet·seite?",
        summary="Hier lesen Sie: Diese Angebote finden Sie auf der Internet·seite.",
        body=[
            section(
                f"Engagiert in {name}",
                f"{name} hat diese Internet·seite gemacht.",
                f"Die Internet·seite heißt: Engagiert {name}.",
                "Auf der Internet·seite finden Sie Angebote zum Mit·machen.",
                f"Die Angebote sind in {name}.",
            ),
            section(
                "Durchblick",
                "Der Durchblick ist eine Liste.",
                "In der Liste stehen Vereine und Gruppen.",
                "Die Vereine und Gruppen helfen anderen Menschen.",
                "Sie können nach einem Thema suchen.",
                "Zum Beispiel: Sport.",
                area="directory",
                link="Zum Durchblick",
            ),
            section(
                "Begegnungen",
                "Bei Begegnungen treffen sich Menschen.",
                "Zum Beispiel: bei einem Konzert.",
                "Oder bei einem Tanz·fest.",
                "Sie können zu den Begegnungen gehen.",
                area="events",
                link="Zu den Begegnungen",
            ),
            section(
                "Mach mit!",
                "Bei Mach mit! finden Sie Angebote für frei·willige Arbeit.",
                "Zum Beispiel: Sie lesen Kindern vor.",
                "Oder Sie helfen bei einem Fest.",
                area="volunteering",
                link="Zu Mach mit!",
            ),
            section(
                "Ehren·amts·karte",
                "Viele Menschen helfen anderen Menschen.",
                "Sie bekommen dafür kein Geld.",
                "Dafür gibt es die Ehren·amts·karte.",
                "Die Karte ist ein Danke·schön.",
                "Mit der Karte bezahlen Sie zum Beispiel weniger Eintritt im Museum.",
                area="card",
                link="Zur Ehren·amts·karte",
            ),
            section(
                "Aktuelles",
                f"Unter Aktuelles finden Sie Nachrichten aus {name}.",
                "Die Nachrichten sind in schwerer Sprache.",
            ),
        ],
    )


def usage_page(municipality: Municipality) -> DefaultPage:
    help_lines = _contact_lines(municipality)
    return DefaultPage(
        slug="so-benutzen-sie-die-seite",
        title="So benutzen Sie die Internet·seite",
        summary="Hier lesen Sie: So finden Sie sich auf der Internet·seite zurecht.",
        body=[
            section(
                "Das Such·feld",
                "Oben auf jeder Seite ist ein Such·feld.",
                "Schreiben Sie ein Wort in das Such·feld.",
                "Zum Beispiel: Tanzen.",
                "Dann drücken Sie auf den Knopf: Suchen.",
                "Sie sehen dann alle Angebote zu dem Wort.",
            ),
            section(
                "Das Menü",
                "Oben auf jeder Seite ist ein Knopf mit dem Wort: Menü.",
                "Drücken Sie auf den Knopf.",
                "Dann sehen Sie alle Teile der Internet·seite.",
            ),
            section(
                "Große Schrift",
                "Sie möchten eine größere Schrift?",
                "Dann drücken Sie oben auf den Knopf: A+.",
                "Sie möchten eine kleinere Schrift?",
                "Dann drücken Sie oben auf den Knopf: A-.",
            ),
            section(
                "Andere Sprachen",
                "Sie können die Sprache wechseln.",
                "Zum Beispiel: Englisch oder Arabisch.",
                "Oben auf der Seite steht: Sprache.",
                "Wählen Sie dort Ihre Sprache.",
                "Dann drücken Sie auf den Knopf: Wechseln.",
                "Die Texte in Leichter Sprache gibt es nur auf Deutsch.",
            ),
            section(
                "Leichte Sprache",
                "Oben auf jeder Seite steht: Leichte Sprache.",
                "Drücken Sie darauf.",
                "Dann kommen Sie zu den Texten in Leichter Sprache.",
            ),
            section(
                "Ein Konto anlegen",
                "Für manche Angebote brauchen Sie ein Konto.",
                "Zum Beispiel für die Ehren·amts·karte.",
                area="signup",
                link="Ein Konto anlegen",
            ),
            word(
                "Konto",
                "Ein Konto ist wie ein Ausweis für die Internet·seite.",
                "Sie melden sich mit Ihrer E-Mail-Adresse an.",
                "Und mit Ihrem Pass·wort.",
                "Ein Pass·wort ist ein geheimes Wort.",
                "Nur Sie kennen das Pass·wort.",
            ),
            section(
                "Sie brauchen Hilfe?",
                "Dann melden Sie sich bei uns.",
                *help_lines,
                "Wir helfen Ihnen gern.",
            ),
        ],
    )


def _card_rule_lines(municipality: Municipality) -> list[str]:
    """The card's rules of this town in Leichte Sprache (when the town has set them)."""
    from engagiert.card.models import CardRules

    rules = CardRules.objects.filter(municipality=municipality).first()
    if rules is None:
        return [
            "Sie helfen regel·mäßig anderen Menschen.",
            "Sie bekommen dafür kein Geld.",
            "Alle Regeln stehen auf der Seite: Ehren·amts·karte.",
        ]
    return [
        f"Sie sind mindestens {rules.min_age} Jahre alt.",
        f"Sie helfen jede Woche mindestens {_number(rules.min_hours_per_week)} Stunden.",
        f"Oder Sie helfen im Jahr mindestens {_number(rules.min_hours_per_year)} Stunden.",
        f"Sie helfen schon mindestens {rules.min_years_engaged} Jahre.",
        f"Sie wohnen in {rules.residence_state}.",
        "Sie bekommen für Ihre Hilfe kein Geld.",
        "Sie bekommen höchstens Geld für Ihre Kosten.",
        "Zum Beispiel: für die Fahrt mit dem Bus.",
        f"Die Karte gilt {rules.validity_years} Jahre.",
        "Danach können Sie wieder eine Karte bekommen.",
    ]


def card_page(municipality: Municipality) -> DefaultPage:
    return DefaultPage(
        slug="ehrenamtskarte",
        title="Ehren·amts·karte",
        summary="Hier lesen Sie: So bekommen Sie die Ehren·amts·karte.",
        body=[
            section(
                "Was ist die Ehren·amts·karte?",
                f"Die Ehren·amts·karte ist ein Danke·schön von {municipality.name}.",
                "Sie bekommen die Karte für Ihre frei·willige Arbeit.",
                "Mit der Karte bekommen Sie Vorteile.",
                "Zum Beispiel: Sie bezahlen weniger Eintritt im Museum.",
                "Oder Sie bezahlen in einem Geschäft weniger Geld.",
            ),
            section("Wer bekommt die Karte?", *_card_rule_lines(municipality)),
            section(
                "So bekommen Sie die Karte",
                "Sie brauchen ein Konto auf dieser Internet·seite.",
                "Dann füllen Sie einen Antrag aus.",
                "Wir prüfen Ihren Antrag.",
                "Danach bekommen Sie eine Nachricht von uns.",
                area="card",
                link="Zur Ehren·amts·karte",
            ),
            word(
                "Antrag",
                "Ein Antrag ist ein Formular.",
                "Sie schreiben darin: Das möchte ich bekommen.",
            ),
            section(
                "Hier bekommen Sie Vorteile",
                "Viele Geschäfte, Museen und Vereine machen mit.",
                "Zeigen Sie dort Ihre Karte.",
                "Dann bekommen Sie den Vorteil.",
                "Die Liste mit allen Orten steht auf der Seite: Ehren·amts·karte.",
            ),
        ],
    )


def events_page(municipality: Municipality) -> DefaultPage:
    return DefaultPage(
        slug="begegnungen",
        title="Begegnungen",
        summary="Hier lesen Sie: So finden Sie Begegnungen und melden sich an.",
        body=[
            section(
                "Was sind Begegnungen?",
                "Bei Begegnungen treffen sich Menschen.",
                "Junge Menschen und alte Menschen.",
                "Menschen mit Behinderung und Menschen ohne Behinderung.",
                "Menschen aus vielen Ländern.",
                "Zum Beispiel: bei einem Konzert, bei einem Tanz·fest oder bei einem Film.",
            ),
            section(
                "Begegnungen finden",
                "Alle Begegnungen stehen im Kalender.",
                "Sie können nach einem Tag suchen.",
                "Sie können auch nach einem Ort suchen.",
                "Sie brauchen einen Ort ohne Stufen?",
                "Dann wählen Sie: rollstuhl·gerecht.",
                "Sie möchten eine Begegnung in Leichter Sprache?",
                "Dann wählen Sie: Leichte Sprache.",
                area="events",
                link="Zum Kalender mit allen Begegnungen",
            ),
            section(
                "Sich anmelden",
                "Für manche Begegnungen melden Sie sich an.",
                "Drücken Sie dann auf den Knopf: Zur Anmeldung.",
                "Schreiben Sie Ihren Namen und Ihre E-Mail-Adresse.",
                "Sie bekommen dann eine E-Mail.",
                "In der E-Mail ist ein Link.",
                "Drücken Sie auf den Link.",
                "Dann ist Ihre Anmeldung fertig.",
            ),
            word(
                "Link",
                "Ein Link ist ein Verweis auf eine Internet·seite.",
                "Sie drücken auf den Link.",
                "Dann öffnet sich die Internet·seite.",
            ),
            section(
                "Alle Plätze sind voll?",
                "Dann drücken Sie auf den Knopf: Auf die Warte·liste.",
                "Vielleicht wird ein Platz frei.",
                "Dann bekommen Sie eine E-Mail von uns.",
            ),
        ],
    )


def volunteering_page(municipality: Municipality) -> DefaultPage:
    return DefaultPage(
        slug="mach-mit",
        title="Mach mit!",
        summary="Hier lesen Sie: So finden Sie eine frei·willige Arbeit.",
        body=[
            section(
                "Was ist Mach mit!?",
                "Bei Mach mit! finden Sie Angebote für frei·willige Arbeit.",
                "Zum Beispiel: Sie lesen Kindern vor.",
                "Sie helfen bei einem Fest.",
                "Oder Sie besuchen alte Menschen.",
            ),
            word(
                "frei·willig",
                "Frei·willig bedeutet: Sie machen die Arbeit gern.",
                "Sie entscheiden selbst.",
                "Sie bekommen dafür kein Geld.",
            ),
            section(
                "Ein Angebot finden",
                "Sie können nach einem Thema suchen.",
                "Zum Beispiel: Sport oder Natur.",
                "Sie haben ein Konto?",
                "Dann zeigt Ihnen die Internet·seite passende Angebote.",
                area="volunteering",
                link="Zu Mach mit!",
            ),
            section(
                "Mit·machen",
                "Ein Angebot gefällt Ihnen?",
                "Dann drücken Sie auf den Knopf: Ich möchte mitmachen.",
                "Der Verein bekommt dann eine Nachricht.",
                "Der Verein meldet sich bei Ihnen.",
            ),
            section(
                "Ihre Stunden",
                "Sie sehen Ihre Stunden auf der Internet·seite.",
                "Sie bekommen auch einen Nach·weis.",
                "Ein Nach·weis ist ein Papier.",
                "Darauf steht: So viele Stunden haben Sie geholfen.",
                area="my_area",
                link="Zu Mein Bereich",
            ),
        ],
    )


def _conciliation(municipality: Municipality) -> list[dict]:
    if in_sachsen_anhalt(municipality):
        return [
            section(
                "Schlichtungs·verfahren",
                "Unsere Antwort hilft Ihnen nicht weiter?",
                "Dann können Sie ein Schlichtungs·verfahren beantragen.",
                "In Sachsen-Anhalt gibt es dafür eine Schlichtungs·stelle.",
                "Das steht im Gesetz für die Gleich·stellung von Menschen mit Behinderungen in Sachsen-Anhalt.",
                "Wir sagen Ihnen gern die Adresse.",
            ),
            word(
                "Schlichtungs·verfahren",
                "Bei einem Schlichtungs·verfahren hilft eine Person bei einem Streit.",
                "Die Person hilft beiden Seiten gleich.",
                "Am Ende suchen alle zusammen eine Lösung.",
            ),
        ]
    return [
        section(
            "Schlichtungs·verfahren",
            "Unsere Antwort hilft Ihnen nicht weiter?",
            "Dann können Sie ein Schlichtungs·verfahren beantragen.",
            "Dafür gibt es die Schlichtungs·stelle nach dem Behinderten·gleich·stellungs·gesetz.",
            "Die Internet·seite ist: www.schlichtungsstelle-bgg.de",
            "Das Schlichtungs·verfahren kostet nichts.",
        ),
        word(
            "Schlichtungs·verfahren",
            "Bei einem Schlichtungs·verfahren hilft eine Person bei einem Streit.",
            "Die Person hilft beiden Seiten gleich.",
            "Am Ende suchen alle zusammen eine Lösung.",
        ),
    ]


def accessibility_page(municipality: Municipality, *, today: dt.date | None = None) -> DefaultPage:
    name = municipality.name
    today = today or timezone.localdate()
    return DefaultPage(
        slug=ACCESSIBILITY_SLUG,
        fixed_slug=ACCESSIBILITY_SLUG,
        title="Erklärung zur Barriere·freiheit",
        summary="Hier lesen Sie: So gut können alle Menschen die Internet·seite benutzen.",
        body=[
            section(
                "Was ist Barriere·freiheit?",
                "Barriere·freiheit bedeutet: Alle Menschen können die Internet·seite gut benutzen.",
                "Auch Menschen mit Behinderung.",
                "Zum Beispiel: blinde Menschen.",
                "Ein Computer liest ihnen die Internet·seite vor.",
            ),
            section(
                "Für welche Internet·seite gilt diese Erklärung?",
                f"Diese Erklärung gilt für die Internet·seite: Engagiert {name}.",
                f"{name} kümmert sich um die Internet·seite.",
                "Es gibt ein Gesetz für barriere·freie Internet·seiten.",
                "Deshalb schreiben wir diese Erklärung.",
            ),
            section(
                "Wie barriere·frei ist die Internet·seite?",
                "Es gibt Regeln für barriere·freie Internet·seiten.",
                "Die Internet·seite hält sich an diese Regeln.",
                "Ein Computer·programm prüft jede Seite.",
            ),
            section(
                "Was ist nicht barriere·frei?",
                "Im Durchblick gibt es eine Land·karte.",
                "Die Land·karte ist für manche Menschen schwer zu benutzen.",
                "Zum Beispiel für blinde Menschen.",
                "Deshalb gibt es alles von der Land·karte auch als Liste.",
                "Die Liste können alle Menschen benutzen.",
            ),
            section(
                "Haben Sie eine Barriere gefunden?",
                "Etwas auf der Internet·seite ist schwer zu benutzen?",
                "Dann sagen Sie es uns.",
                "Dafür gibt es ein Formular.",
                *_contact_lines(municipality),
                "Wir antworten Ihnen innerhalb von 6 Wochen.",
                area="feedback",
                link="Zum Formular: Barriere melden",
            ),
            *_conciliation(municipality),
            section(
                "Diese Erklärung in Alltags·sprache",
                "Es gibt diese Erklärung auch in Alltags·sprache.",
                "Alltags·sprache ist schwerer als Leichte Sprache.",
                area="accessibility",
                link="Zur Erklärung in Alltags·sprache",
            ),
            section(
                "Wann haben wir diese Erklärung geschrieben?",
                f"Wir haben diese Erklärung am {_german_date(today)} geschrieben.",
            ),
        ],
    )


def default_pages(municipality: Municipality, *, today: dt.date | None = None) -> list[DefaultPage]:
    """The pages under a fresh town's overview "Leichte Sprache", in their order."""
    return [
        offer_page(municipality),
        usage_page(municipality),
        card_page(municipality),
        events_page(municipality),
        volunteering_page(municipality),
        accessibility_page(municipality, today=today),
    ]
