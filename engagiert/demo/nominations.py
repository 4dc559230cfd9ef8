"""Demo data of Glücksbringer: the 2023 campaign of the Regionalnetzwerk Anhalt (launched on
19 June 2023 by the four mayors) with published portraits from all four towns, and a current
campaign (dates relative to the load day) where a visitor can nominate today, with
nominations in every state. Made-up people; the photos are drawn illustrations (honest alt
texts). Idempotent: the demo campaigns' nominations are replaced on every load."""

from __future__ import annotations

import datetime as dt
import io

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.demo.clock import at
from engagiert.demo.images import PALETTES
from engagiert.directory.models import Topic
from engagiert.nominations.models import Campaign, Nomination, Nominator, Portrait
from engagiert.nominations.services import process_photo

S = Nomination.Status
TEXT_2023 = (
    "Bürgerschaftliches Engagement ist ein wichtiger Pfeiler der Gesellschaft und des sozialen Miteinanders. "
    "Oftmals findet Engagement und Ehrenamt „im Stillen“ statt und ist nicht immer sichtbar. Mit der Kampagne "
    "möchte das Regionalnetzwerk Anhalt dieses Engagement sichtbarer machen.\n"
    "Der OB ruft Sie auf, uns Menschen oder Initiativen zu benennen, die sich gern vorstellen möchten oder "
    "vorgestellt werden sollten.\n"
    "Warum „Glücksbringer“? Menschen, die sich engagieren, bringen Glücksmomente oder empfinden bei ihrer Arbeit "
    "selbst oft ein Glücksgefühl."
)
TEXT_NOW = (
    "Die Glücksbringer gehen weiter: Die Oberbürgermeister und Bürgermeisterinnen des Regionalnetzwerks Anhalt "
    "rufen Sie wieder auf, Menschen und Initiativen vorzuschlagen, die sich im Stillen engagieren – oder sich "
    "selbst vorzustellen. Wir fragen jede vorgeschlagene Person, ob sie vorgestellt werden möchte."
)

# (town, display name, name form, topic, kind, answers, published days after the campaign start or None)
PORTRAITS_2023 = [
    (
        "dessau-rosslau",
        "Renate K.",
        "initial",
        "seniorenarbeit",
        "person",
        [
            "Ich lese jeden Mittwoch im Seniorenzentrum vor, meistens Fontane und die Zeitung vom Tag.",
            "Seit 2016, kurz nachdem ich selbst in Rente gegangen bin.",
            "Weil Zuhören manchmal mehr hilft als jede Tablette.",
            "Ich bin ein Glücksbringer, weil bei mir niemand allein Kaffee trinken muss.",
        ],
        14,
    ),
    (
        "dessau-rosslau",
        "Samir A.",
        "initial",
        "integration",
        "person",
        [
            "Ich leite das Sprachcafé im Quartier Am Leipziger Tor und übersetze bei Behördengängen.",
            "Seit 2017.",
            "Als ich nach Dessau kam, hat mir auch jemand geholfen. Das gebe ich weiter.",
            "Ich bin ein Glücksbringer, weil aus Fremden beim Sprachcafé Nachbarn werden.",
        ],
        21,
    ),
    (
        "dessau-rosslau",
        "Kiezgarten Am Leipziger Tor",
        "initiative",
        "nachbarschaft",
        "initiative",
        [
            "Wir gärtnern zu zwölft auf einer ehemaligen Brache: Gemüse, Kräuter und eine Bank für alle.",
            "Seit dem Frühjahr 2021.",
            "Weil ein Garten Menschen zusammenbringt, die sich sonst nie begegnen würden.",
            "Wir sind Glücksbringer, weil bei uns jede*r ernten darf, auch wer nicht mitgegossen hat.",
        ],
        35,
    ),
    (
        "bitterfeld-wolfen",
        "Jana Vogt",
        "full",
        "sport",
        "person",
        [
            "Ich trainiere die Mädchenfußballmannschaft unseres Vereins, zweimal die Woche.",
            "Seit 2019, vorher habe ich selbst gespielt.",
            "Weil Mädchen genauso ein Team verdienen, das an sie glaubt.",
            "Ich bin ein Glücksbringer, weil unsere Mädchen nach jedem Spiel lachen, auch nach einem 0:5.",
        ],
        28,
    ),
    (
        "bitterfeld-wolfen",
        "Werner B.",
        "initial",
        "klimaschutz",
        "person",
        [
            "Ich repariere im Repair-Café Toaster, Lampen und Fahrräder – und zeige, wie es geht.",
            "Seit 2018.",
            "Weil Wegwerfen mich ärgert und Reparieren glücklich macht.",
            "Ich bin ein Glücksbringer, weil ein geretteter Toaster jemandem den Tag rettet.",
        ],
        42,
    ),
    (
        "graefenhainichen",
        "Lieselotte M.",
        "initial",
        "kultur",
        "person",
        [
            "Ich schreibe die Chronik unseres Heimatvereins und führe Schulklassen durch die Ausstellung.",
            "Seit über 20 Jahren.",
            "Weil eine Stadt ihre Geschichten braucht, damit sie weiß, wer sie ist.",
            "Ich bin ein Glücksbringer, weil Kinder bei mir merken, dass Geschichte hier passiert ist.",
        ],
        30,
    ),
    (
        "graefenhainichen",
        "Jugendbeirat Gräfenhainichen",
        "initiative",
        "jugendbeteiligung",
        "initiative",
        [
            "Wir sind neun Jugendliche, die im Stadtrat mitreden: zuletzt beim neuen Skatepark.",
            "Seit 2022.",
            "Weil Entscheidungen über uns nicht ohne uns fallen sollen.",
            "Wir sind Glücksbringer, weil der Skatepark jetzt wirklich gebaut wird.",
        ],
        49,
    ),
    (
        "lutherstadt-wittenberg",
        "Olena Kravets",
        "full",
        "integration",
        "person",
        [
            "Ich begleite ukrainische Familien bei Schulanmeldung, Arztbesuchen und Anträgen.",
            "Seit März 2022.",
            "Ich bin selbst mit zwei Kindern gekommen und weiß, wie schwer der Anfang ist.",
            "Ich bin ein Glücksbringer, weil ich Türen öffne, vor denen ich selbst einmal stand.",
        ],
        21,
    ),
    (
        "lutherstadt-wittenberg",
        "Thomas H.",
        "initial",
        "inklusion",
        "person",
        [
            "Ich leite einen inklusiven Chor, in dem Menschen mit und ohne Behinderung singen.",
            "Seit 2015.",
            "Weil Musik keine Barrieren kennt, wenn man sie lässt.",
            "Ich bin ein Glücksbringer, weil bei uns jede Stimme zählt – auch die schiefe.",
        ],
        56,
    ),
    (
        "lutherstadt-wittenberg",
        "Marie-Luise P.",
        "initial",
        "bildung",
        "person",
        [
            "Ich gebe Hausaufgabenhilfe in der Stadtbibliothek, dienstags und donnerstags.",
            "Seit 2020.",
            "Weil gute Noten nicht davon abhängen sollten, ob zu Hause jemand Zeit hat.",
            "Ich bin ein Glücksbringer, weil ein Kind neulich stolz seine erste Zwei in Mathe gezeigt hat.",
        ],
        63,
    ),
]
PORTRAITS_NOW = [
    (
        "dessau-rosslau",
        "Heike Brandt",
        "full",
        "demokratie",
        "person",
        [
            "Ich organisiere die Dialogabende im Mitmachlokal und moderiere, wenn es hitzig wird.",
            "Seit 2021.",
            "Weil Demokratie vom Reden lebt, auch mit denen, die anders denken.",
            "Ich bin ein Glücksbringer, weil bei unseren Abenden alle zu Wort kommen.",
        ],
        12,
    ),
    (
        "bitterfeld-wolfen",
        "Tafel-Team Wolfen-Nord",
        "initiative",
        "nachbarschaft",
        "initiative",
        [
            "Wir holen Lebensmittel bei Supermärkten ab und geben sie jeden Freitag aus.",
            "Seit 2009.",
            "Weil niemand hungrig ins Wochenende gehen soll.",
            "Wir sind Glücksbringer, weil bei uns niemand erklären muss, warum er kommt.",
        ],
        20,
    ),
    (
        "lutherstadt-wittenberg",
        "Karl-Heinz W.",
        "initial",
        "sport",
        "person",
        [
            "Ich bringe Senior*innen im Stadtpark Nordic Walking bei.",
            "Seit 2012.",
            "Weil Bewegung in Gesellschaft doppelt so viel Spaß macht.",
            "Ich bin ein Glücksbringer, weil meine Gruppe inzwischen auch ohne mich losläuft.",
        ],
        30,
    ),
]
# Nominations of the current campaign that are not (yet) published: (town, status, name, e-mail, self?)
PENDING_NOW = [
    ("bitterfeld-wolfen", S.REVIEW, "Doris Lehmann", "doris.lehmann@example.org", False),
    ("dessau-rosslau", S.CONSENTED, "Ahmad Rahimi", "", False),
    ("dessau-rosslau", S.CONSENTED, "Nadine Fuchs", "nadine.fuchs@example.org", True),
    ("lutherstadt-wittenberg", S.CONTACT, "Gertrud Sommer", "", False),
    ("dessau-rosslau", S.INVITED, "Maik Schröder", "maik.schroeder@example.org", False),
    ("bitterfeld-wolfen", S.INVITED, "Laufgruppe Goitzsche", "laufgruppe@example.org", False),
    ("graefenhainichen", S.CONTACT, "Frieda Neumann", "", False),
    ("dessau-rosslau", S.UNCONFIRMED, "Petra Wagner", "petra.wagner@example.org", False),
]
# Ended nominations keep no personal data: (town, status, self?) in each campaign.
ENDED = [
    ("dessau-rosslau", S.DECLINED, False),
    ("bitterfeld-wolfen", S.EXPIRED, False),
    ("graefenhainichen", S.REJECTED, False),
    ("lutherstadt-wittenberg", S.WITHDRAWN, False),
    ("dessau-rosslau", S.EXPIRED, False),
]
NOMINATORS = [
    ("Sabine Krüger", "Nachbarin", "Sie ist immer da, wenn man sie braucht, und macht kein Aufheben darum."),
    ("Michael Otto", "Aus dem Verein", "Ohne ihn gäbe es unser Angebot nicht."),
    ("Aylin Demir", "Kollegin", "Sie steckt alle mit ihrer Freude an."),
]
ANSWERS_REVIEW = [
    "Ich nähe mit Frauen aus vielen Ländern im Nähcafé Taschen aus alten Stoffen.",
    "Seit 2019.",
    "Weil beim Nähen die besten Gespräche entstehen.",
    "Ich bin ein Glücksbringer, weil unsere Taschen inzwischen auf dem Wochenmarkt verkauft werden.",
]


def _photo(key: str, topic: str, *, size: int = 720) -> tuple[SimpleUploadedFile, str]:
    """A drawn portrait illustration: a person's silhouette on the topic's colour."""
    colour_name, background, accent, second, light = PALETTES.get(topic, PALETTES["nachbarschaft"])
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    seed = sum(map(ord, key))
    draw.ellipse((size * 0.05, size * 0.55, size * 0.45, size * 0.95), fill=second)  # a sun-like spot
    draw.ellipse((size * 0.34, size * 0.18, size * 0.66, size * 0.5), fill=light)  # head
    shoulders = (size * (0.16 + (seed % 5) / 100), size * 0.56, size * (0.84 - (seed % 3) / 100), size * 1.2)
    draw.ellipse(shoulders, fill=accent)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    alt = f"Illustration: Umriss einer Person auf {colour_name} Grund"
    return SimpleUploadedFile(f"{key}.jpg", out.getvalue(), content_type="image/jpeg"), alt


def _campaign(slug: str, **fields) -> Campaign:
    campaign, _created = Campaign.objects.update_or_create(slug=slug, defaults=fields)
    return campaign


def _clear(campaign: Campaign) -> None:
    for portrait in Portrait.objects.filter(campaign=campaign):
        for name in (portrait.photo.name, portrait.thumbnail.name):
            if name:
                default_storage.delete(name)
    campaign.nominations.all().delete()


def _portrait(campaign, town, row, *, published_on: dt.date | None, created: dt.datetime, status=S.PUBLISHED):
    town_slug, name, name_form, topic_slug, kind, answers, _days = row
    topic = Topic.objects.filter(slug=topic_slug).first()
    nomination = Nomination.objects.create(
        campaign=campaign,
        municipality=town,
        kind=kind,
        nominee_name=name,
        nominee_email=f"{town_slug}.{name.split()[0].lower()}@example.org".replace("ü", "ue"),
        channel=Nomination.Channel.EMAIL,
        topic=topic,
        activity=answers[0],
        status=status,
        confirmed_at=created,
        invited_at=created,
        consent_at=created + dt.timedelta(days=2),
        consent_channel=Nomination.ConsentChannel.LINK,
        writer=Nomination.Writer.NOMINEE,
        published_at=at(published_on, 10) if published_on else None,
    )
    Nomination.objects.filter(pk=nomination.pk).update(created_at=created)
    _nominators(nomination, created, count=1 + len(name) % 3)
    upload, alt = _photo(f"{campaign.slug}-{name}", topic_slug)
    photo, thumb = process_photo(upload)
    portrait = Portrait(
        nomination=nomination,
        campaign=campaign,
        municipality=town,
        slug=f"{campaign.starts_on.year}-{_slug(name)}",
        display_name=name,
        name_form=name_form,
        answers=[{"question": q, "answer": a} for q, a in zip(campaign.questions, answers, strict=True)],
        topic=topic,
        photo_alt=alt,
        photo_credit="Engagiert-Demo (Illustration)",
        photo_consent_at=created + dt.timedelta(days=3),
        published_on=published_on,
        submitted_at=created + dt.timedelta(days=4),
    )
    portrait.photo.save(photo.name, photo, save=False)
    portrait.thumbnail.save(thumb.name, thumb, save=False)
    portrait.save()
    return nomination


def _slug(name: str) -> str:
    from django.utils.text import slugify

    return slugify(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))


def _nominators(nomination: Nomination, created: dt.datetime, *, count: int = 1, self_name: str = "") -> None:
    from engagiert.core import tokens

    rows = [(self_name, "", "Ich möchte zeigen, was wir machen.")] if self_name else NOMINATORS[:count]
    for i, (name, relation, reason) in enumerate(rows):
        _raw, digest = tokens.issue()
        email = nomination.nominee_email if self_name else f"{_slug(name)}.{nomination.pk}@example.org"
        Nominator.objects.create(
            nomination=nomination,
            name=name,
            email=email,
            relation=relation,
            reason=reason,
            reveal=bool(self_name) or i % 2 == 0,
            token_hash=digest,
            expires_at=created + dt.timedelta(hours=48),
            used_at=None if nomination.status == S.UNCONFIRMED else created + dt.timedelta(hours=2),
            confirmed_at=None if nomination.status == S.UNCONFIRMED else created + dt.timedelta(hours=2),
        )


def _ended(campaign, munis, *, start: dt.date) -> None:
    for i, (town, status, is_self) in enumerate(ENDED):
        moment = at(start + dt.timedelta(days=5 + i * 3), 11)
        nomination = Nomination.objects.create(
            campaign=campaign,
            municipality=munis[town],
            channel=Nomination.Channel.EMAIL,
            status=status,
            is_self=is_self,
            confirmed_at=moment,
            invited_at=moment,
            consent_at=moment if status == S.WITHDRAWN else None,
            ended_at=moment + dt.timedelta(days=10),
            erased_at=moment + dt.timedelta(days=10),
        )
        Nomination.objects.filter(pk=nomination.pk).update(created_at=moment)


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    network = RegionalNetwork.objects.get(slug="anhalt")
    towns = [
        munis[slug] for slug in ("dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg")
    ]
    launch = dt.date(2023, 6, 19)
    archive = _campaign(
        "gluecksbringer-2023",
        title="Glücksbringer 2023",
        text=TEXT_2023,
        network=network,
        municipality=None,
        starts_on=launch,
        ends_on=dt.date(2023, 12, 31),
        self_nominations=True,
        initiatives=True,
    )
    start = today - dt.timedelta(days=75)
    current = _campaign(
        "gluecksbringer-aktuell",
        title=f"Glücksbringer {today.year}",
        text=TEXT_NOW,
        network=network,
        municipality=None,
        starts_on=start,
        ends_on=today + dt.timedelta(days=120),
        self_nominations=True,
        initiatives=True,
    )
    count = 0
    for campaign in (archive, current):
        campaign.participants.set(towns)
        _clear(campaign)
    for row in PORTRAITS_2023:
        published_on = launch + dt.timedelta(days=row[6])
        _portrait(
            archive,
            munis[row[0]],
            row,
            published_on=published_on,
            created=at(launch + dt.timedelta(days=row[6] - 12), 9),
        )
        count += 1
    _ended(archive, munis, start=launch)
    for row in PORTRAITS_NOW:
        published_on = start + dt.timedelta(days=row[6])
        _portrait(
            current,
            munis[row[0]],
            row,
            published_on=published_on,
            created=at(start + dt.timedelta(days=row[6] - 10), 9),
        )
        count += 1
    for i, (town, status, name, email, is_self) in enumerate(PENDING_NOW):
        created = timezone.now() - dt.timedelta(days=[9, 14, 3, 6, 2, 8, 4, 0][i], hours=3)
        channel = Nomination.Channel.EMAIL if email else Nomination.Channel.PHONE
        if status == S.REVIEW:
            row = (town, name, "full", "integration", "person", ANSWERS_REVIEW, None)
            nomination = _portrait(current, munis[town], row, published_on=None, created=created, status=S.REVIEW)
            Nomination.objects.filter(pk=nomination.pk).update(nominee_email=email)
            continue
        nomination = Nomination.objects.create(
            campaign=current,
            municipality=munis[town],
            kind=Nomination.Kind.INITIATIVE if name.startswith("Laufgruppe") else Nomination.Kind.PERSON,
            nominee_name=name,
            nominee_email=email,
            channel=channel,
            nominee_phone="" if email else "0340 000 1234",
            activity="Engagiert sich seit Jahren im Stillen in der Nachbarschaft und in ihrem Verein.",
            is_self=is_self,
            status=status,
            confirmed_at=None if status == S.UNCONFIRMED else created + dt.timedelta(hours=2),
            invited_at=created + dt.timedelta(hours=2) if status == S.INVITED else None,
            consent_at=created + dt.timedelta(days=1) if status == S.CONSENTED else None,
            consent_channel=(Nomination.ConsentChannel.SELF if is_self else Nomination.ConsentChannel.PHONE)
            if status == S.CONSENTED
            else "",
            consent_note="" if is_self or status != S.CONSENTED else "Telefonisch am Bürgertelefon zugestimmt.",
            writer=(Nomination.Writer.NOMINEE if is_self else Nomination.Writer.COORDINATOR)
            if status == S.CONSENTED
            else "",
        )
        Nomination.objects.filter(pk=nomination.pk).update(created_at=created)
        _nominators(nomination, created, count=2 if status == S.INVITED else 1, self_name=name if is_self else "")
    _ended(current, munis, start=start)
    return {"gluecksbringer_portraits": count, "gluecksbringer_nominations": Nomination.objects.count()}
