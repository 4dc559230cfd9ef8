"""Images of the demo, drawn with Pillow when the demo is loaded (no photos to license, nothing
to download): a flat illustration per event format and topic colour, and a monogram logo per
organisation. Deterministic (the same picture for the same key on every run), small (a few
kilobytes as WebP or PNG) and stored through the normal storage (MEDIA_ROOT). Each comes with
an honest German alt text ("Illustration: …")."""

from __future__ import annotations

import io
import math
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

EVENT_SIZE = (800, 450)
NEWS_SIZE = (1200, 675)  # news items: 16:9, the teaser's crop (fill-480x270) keeps all of it
NUMBERS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs"}  # in alt texts
HEADER_SIZE = (1440, 810)  # start pages: the header's 2.4:1 crop (fill-1440x600) follows the focal point
LOGO_SIZE = 160
SCALE = 2  # drawn at twice the size and scaled down: smooth edges without an antialiasing library
FOLDER = "demo"

# Topic → (German colour name as in "auf … Grund", background, two accents, light shade).
PALETTES: dict[str, tuple[str, str, str, str, str]] = {
    "integration": ("petrolfarbenem", "#0f5e66", "#f2b134", "#e86a58", "#d7eef0"),
    "kultur": ("violettem", "#4b2d73", "#f28c8c", "#f6d365", "#e6dcf3"),
    "seniorenarbeit": ("orangefarbenem", "#b9541a", "#ffe0b3", "#2f6f8f", "#fbe3d2"),
    "bildung": ("blauem", "#1f4e8c", "#ffd166", "#8ecae6", "#dde8f6"),
    "demokratie": ("dunkelblauem", "#1b2a49", "#e63946", "#f1faee", "#dfe4ee"),
    "nachbarschaft": ("grünem", "#2d6a4f", "#ffd166", "#f4a261", "#dcefe4"),
    "klimaschutz": ("hellgrünem", "#6a994e", "#f2e8cf", "#386641", "#e6f0dc"),
    "inklusion": ("gelbem", "#e9b824", "#1d3557", "#e76f51", "#fbf1cf"),
    "sport": ("rotem", "#b23a48", "#fcd5ce", "#2b2d42", "#f6dadd"),
    "jugendbeteiligung": ("magentafarbenem", "#9d2b6b", "#fcbf49", "#90e0ef", "#f3dbe8"),
    "wirtschaft-csr": ("braunem", "#7a4a2a", "#f6d365", "#8ecae6", "#f1e2d3"),
}
# A topic without a palette of its own (or none) gets one of these, the same for the same topic
# on every run: colourful like the others, never a grey picture.
FALLBACK_PALETTES: tuple[tuple[str, str, str, str, str], ...] = (
    ("türkisem", "#11706b", "#ffd166", "#f4a261", "#d5efec"),
    ("indigofarbenem", "#3d348b", "#f7b801", "#f18701", "#e0ddf2"),
    ("weinrotem", "#7b2d43", "#f6d365", "#8ecae6", "#f3dde3"),
)


def palette_of(topic: str | None) -> tuple[str, str, str, str, str]:
    """The colours of a topic's pictures: its own palette, else a fallback chosen by its slug."""
    if topic in PALETTES:
        return PALETTES[topic]
    return FALLBACK_PALETTES[_seed(topic or "allgemein") % len(FALLBACK_PALETTES)]


# Format → what the illustration shows (German, for the alt text).
MOTIFS = {
    "concert": "geschwungene Linien wie Schallwellen und Noten",
    "dance": "bunte Kreise in einem Bogen, wie Menschen im Reigen",
    "film": "ein Filmstreifen mit hellen Bildfeldern",
    "dialogue": "zwei Sprechblasen",
    "workshop": "ein Raster aus Quadraten, einige farbig hervorgehoben",
    "cafe": "eine dampfende Tasse",
    "sport": "ein Ball vor Spielfeldlinien",
    "reading": "ein aufgeschlagenes Buch",
    "meeting": "sich überschneidende Kreise",
    "celebration": "Konfetti und eine Wimpelkette",
}

FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]
# Logo colours: each has at least 4.5:1 contrast with white.
LOGO_COLOURS = ["#1f4e8c", "#0f5e66", "#2d6a4f", "#4b2d73", "#9d2b6b", "#b23a48", "#8a4b08", "#1b2a49", "#4a5360"]
SMALL_WORDS = {"e.v.", "ev", "e.", "v.", "der", "die", "das", "und", "für", "im", "in", "am", "an", "von", "zu", "des"}


@dataclass(frozen=True)
class DemoImage:
    name: str  # storage name
    alt: str
    size: tuple[int, int] = EVENT_SIZE
    focal: tuple[int, int, int, int] | None = None  # centre x, y, width, height (Wagtail's focal point)


def _seed(key: str) -> int:
    return zlib.crc32(key.encode())


def _store(name: str, draw) -> str:
    """Stores the image that `draw()` returns (bytes) under `name` unless it is there already."""
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(draw()))
    return name


def event_image(*, format: str, topic: str | None) -> DemoImage:
    """The illustration of events of this format and (first) topic."""
    palette = palette_of(topic)
    motif = MOTIFS.get(format, MOTIFS["meeting"])
    key = f"{format}-{topic or 'allgemein'}"
    name = _store(f"{FOLDER}/events/{key}.webp", lambda: _event_bytes(format, palette, _seed(key)))
    return DemoImage(name, f"Illustration: {motif} auf {palette[0]} Grund")


def _event_bytes(format: str, palette, seed: int, *, size: tuple[int, int] = EVENT_SIZE) -> bytes:
    _, background, accent, second, light = palette
    width, height = EVENT_SIZE[0] * SCALE, EVENT_SIZE[1] * SCALE  # the motifs are drawn for this canvas
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image, "RGBA")  # fills with alpha blend
    rng = random.Random(seed)
    # A few large soft shapes behind every motif.
    for _ in range(3):
        r = rng.randrange(height // 3, height // 2)
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=_mix(background, light, 0.12))
    DRAW[format if format in DRAW else "meeting"](draw, width, height, rng, accent, second, light)
    return _webp(image, size)


def _webp(image: Image.Image, size: tuple[int, int]) -> bytes:
    """The drawing scaled down to `size` (smooth edges) as a small WebP."""
    if image.size == (size[0] * SCALE, size[1] * SCALE):
        image = image.reduce(SCALE)
    else:
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="WEBP", quality=72, method=2)
    return out.getvalue()


def news_image(*, key: str, format: str, topic: str | None, title: str) -> DemoImage:
    """The illustration of a news item: an event motif in the colours of its topic, 16:9."""
    palette = palette_of(topic)
    motif = MOTIFS.get(format, MOTIFS["meeting"])
    name = _store(f"{FOLDER}/news/{key}.webp", lambda: _event_bytes(format, palette, _seed(key), size=NEWS_SIZE))
    return DemoImage(name, f"Illustration zum Beitrag „{title}“: {motif} auf {palette[0]} Grund", NEWS_SIZE)


def header_image(*, key: str, place: str, colours: list[str]) -> DemoImage:
    """The header of a start page: a town (one colour) or a network of towns (one colour each)
    on a river, a group of people in front; the focal point lies on the people and the roofs."""
    width, height = HEADER_SIZE
    rng = random.Random(_seed(key))
    centre = rng.uniform(0.4, 0.6)
    focal = (round(width * centre), round(height * 0.64), round(width * 0.5), round(height * 0.56))
    name = _store(f"{FOLDER}/headers/{key}.webp", lambda: _header_bytes(colours, _seed(key), centre))
    if len(colours) == 1:
        alt = f"Illustration: Dächer und Türme von {place} an einem Fluss, davor eine Gruppe bunter Figuren"
    else:
        count = NUMBERS.get(len(colours), len(colours))
        alt = (
            f"Illustration: {count} Stadtsilhouetten in verschiedenen Farben, verbunden durch ein "
            f"geschwungenes Band – die Städte im {place}, davor eine Gruppe bunter Figuren"
        )
    return DemoImage(name, alt, HEADER_SIZE, focal)


def _header_bytes(colours: list[str], seed: int, centre: float) -> bytes:
    w, h = HEADER_SIZE[0] * SCALE, HEADER_SIZE[1] * SCALE
    rng = random.Random(seed)
    main = colours[0]
    image = Image.new("RGB", (w, h), _mix(main, "#ffffff", 0.88))
    draw = ImageDraw.Draw(image, "RGBA")
    sun = (w * rng.uniform(0.72, 0.9), h * 0.16, 150)
    draw.ellipse((sun[0] - sun[2], sun[1] - sun[2], sun[0] + sun[2], sun[1] + sun[2]), fill="#f6d365")
    for n, share in enumerate((0.7, 0.55)):  # two soft hills
        base = h * (0.5 + 0.05 * n)
        points = [(x, base - math.sin(x / w * math.pi * (1.5 + n) + n) * 90) for x in range(0, w + 40, 40)]
        draw.polygon([(0, h), *points, (w, h)], fill=_mix(main, "#ffffff", share))
    # Roofs and towers: one cluster per town, side by side.
    slot = w / len(colours)
    for i, colour in enumerate(colours):
        _skyline(
            draw, rng, left=slot * i + slot * 0.06, right=slot * (i + 1) - slot * 0.06, base=h * 0.66, colour=colour
        )
    if len(colours) > 1:  # the band that links the towns
        points = [(x, h * 0.42 + math.sin(x / w * math.pi * 2 * len(colours)) * 40) for x in range(0, w + 20, 20)]
        draw.line(points, fill="#f2b134", width=18, joint="curve")
    # The river.
    top = [(x, h * 0.68 + math.sin(x / 260) * 14) for x in range(0, w + 20, 20)]
    bottom = [(x, h * 0.76 + math.sin(x / 300 + 1) * 14) for x in range(w, -20, -20)]
    draw.polygon([*top, *bottom], fill="#8ecae6")
    draw.rectangle((0, h * 0.76, w, h), fill=_mix(main, "#ffffff", 0.75))
    # People in front, around the focal point.
    people = ["#e86a58", "#1f4e8c", "#f2b134", "#2d6a4f", "#9d2b6b", "#0f5e66", main]
    for i in range(7):
        x = w * centre + (i - 3) * 170 + rng.uniform(-25, 25)
        size = rng.uniform(0.85, 1.1)
        foot, body, head = h * 0.97, 300 * size, 62 * size
        draw.rounded_rectangle((x - 70 * size, foot - body, x + 70 * size, foot), radius=60, fill=people[i % 7])
        draw.ellipse(
            (x - head, foot - body - 2 * head - 14, x + head, foot - body - 14),
            fill=_mix("#8a4b08", "#ffe0b3", rng.random()),
        )
    return _webp(image, HEADER_SIZE)


def _skyline(draw, rng, *, left: float, right: float, base: float, colour: str) -> None:
    x = left
    while x < right:
        width = rng.uniform(90, 170)
        height = rng.uniform(160, 320)
        shade = _mix(colour, "#000000", rng.uniform(0, 0.25))
        if rng.random() < 0.18:  # a tower with a spire
            width, height = width * 0.6, height * 1.6
            draw.rectangle((x, base - height, x + width, base), fill=shade)
            draw.polygon(
                [(x - 8, base - height), (x + width / 2, base - height - 170), (x + width + 8, base - height)],
                fill=shade,
            )
        else:  # a house with a gable roof and windows
            draw.rectangle((x, base - height, x + width, base), fill=shade)
            draw.polygon(
                [
                    (x - 10, base - height),
                    (x + width / 2, base - height - width * 0.55),
                    (x + width + 10, base - height),
                ],
                fill=_mix(colour, "#000000", 0.35),
            )
            for wy in range(int(base - height + 30), int(base - 50), 70):
                for wx in (x + width * 0.22, x + width * 0.6):
                    draw.rectangle((wx, wy, wx + width * 0.18, wy + 34), fill=(255, 241, 200, 220))
        x += width + rng.uniform(8, 30)


def _mix(a: str, b: str, share: float) -> tuple[int, int, int]:
    ca, cb = _rgb(a), _rgb(b)
    return tuple(round(x + (y - x) * share) for x, y in zip(ca, cb, strict=True))


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _colour(colour) -> tuple[int, int, int]:
    return _rgb(colour) if isinstance(colour, str) else tuple(colour)


def _concert(draw, w, h, rng, accent, second, light):
    for n in range(5):
        points = [(x, h / 2 + n * 60 - 120 + math.sin(x / 170 + n) * 90) for x in range(0, w + 20, 20)]
        draw.line(points, fill=light if n % 2 else accent, width=14, joint="curve")
    for _ in range(4):
        x, y = rng.randrange(200, w - 200), rng.randrange(150, h - 250)
        draw.ellipse((x, y + 90, x + 70, y + 140), fill=second)
        draw.rectangle((x + 58, y - 20, x + 70, y + 115), fill=second)


def _dance(draw, w, h, rng, accent, second, light):
    colours = [accent, second, light]
    for i in range(9):
        angle = math.pi * (0.1 + 0.8 * i / 8)
        x, y = w / 2 - math.cos(angle) * w * 0.36, h * 0.85 - math.sin(angle) * h * 0.55
        r = rng.randrange(60, 95)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colours[i % 3])
        draw.ellipse((x - r / 2.6, y - r - 70, x + r / 2.6, y - r - 70 + r / 1.3), fill=colours[(i + 1) % 3])


def _film(draw, w, h, rng, accent, second, light):
    top, bottom = h * 0.22, h * 0.78
    draw.rectangle((0, top, w, bottom), fill="#1d1d1f")
    for x in range(20, w, 90):
        draw.rectangle((x, top + 20, x + 45, top + 55), fill=light)
        draw.rectangle((x, bottom - 55, x + 45, bottom - 20), fill=light)
    frame = (w - 160) / 3
    for i in range(3):
        x = 80 + i * frame
        draw.rectangle((x + 15, top + 85, x + frame - 15, bottom - 85), fill=[accent, second, light][i])


def _dialogue(draw, w, h, rng, accent, second, light):
    draw.rounded_rectangle((w * 0.12, h * 0.15, w * 0.58, h * 0.55), radius=90, fill=accent)
    draw.polygon([(w * 0.22, h * 0.52), (w * 0.2, h * 0.7), (w * 0.32, h * 0.54)], fill=accent)
    draw.rounded_rectangle((w * 0.42, h * 0.42, w * 0.88, h * 0.82), radius=90, fill=second)
    draw.polygon([(w * 0.78, h * 0.8), (w * 0.82, h * 0.95), (w * 0.7, h * 0.81)], fill=second)
    for i in range(3):
        x = w * 0.25 + i * 110
        draw.ellipse((x, h * 0.32, x + 50, h * 0.32 + 50), fill=light)


def _workshop(draw, w, h, rng, accent, second, light):
    size, gap = 130, 30
    cols, rows = 8, 4
    x0, y0 = (w - cols * size - (cols - 1) * gap) / 2, (h - rows * size - (rows - 1) * gap) / 2
    for r in range(rows):
        for c in range(cols):
            colour = rng.choice([light, light, light, accent, second])
            x, y = x0 + c * (size + gap), y0 + r * (size + gap)
            draw.rounded_rectangle((x, y, x + size, y + size), radius=18, fill=colour)


def _cafe(draw, w, h, rng, accent, second, light):
    cx, cy = w / 2, h * 0.6
    draw.ellipse((cx - 420, cy + 150, cx + 420, cy + 260), fill=second)
    draw.rounded_rectangle((cx - 240, cy - 180, cx + 240, cy + 200), radius=60, fill=light)
    draw.ellipse((cx + 190, cy - 110, cx + 380, cy + 80), outline=light, width=40)
    for i in range(3):
        x = cx - 120 + i * 120
        points = [(x + math.sin(y / 40) * 25, y) for y in range(int(cy - 450), int(cy - 220), 10)]
        draw.line(points, fill=accent, width=22, joint="curve")


def _sport(draw, w, h, rng, accent, second, light):
    draw.rectangle((w * 0.06, h * 0.1, w * 0.94, h * 0.9), outline=light, width=14)
    draw.line((w / 2, h * 0.1, w / 2, h * 0.9), fill=light, width=14)
    draw.ellipse((w / 2 - 180, h / 2 - 180, w / 2 + 180, h / 2 + 180), outline=light, width=14)
    x, y, r = w * 0.68, h * 0.58, 150
    draw.ellipse((x - r, y - r, x + r, y + r), fill=accent)
    draw.arc((x - r, y - r, x + r, y + r), 200, 340, fill=second, width=24)
    draw.arc((x - r, y - r, x + r, y + r), 20, 160, fill=second, width=24)


def _reading(draw, w, h, rng, accent, second, light):
    cx, top, bottom = w / 2, h * 0.22, h * 0.8
    draw.polygon([(cx, top + 40), (w * 0.15, top), (w * 0.15, bottom), (cx, bottom + 40)], fill=light)
    draw.polygon([(cx, top + 40), (w * 0.85, top), (w * 0.85, bottom), (cx, bottom + 40)], fill="#ffffff")
    draw.line((cx, top + 40, cx, bottom + 40), fill=accent, width=16)
    for i in range(6):
        y = top + 110 + i * 80
        draw.line((w * 0.2, y, cx - 60, y + 20), fill=second, width=14)
        draw.line((cx + 60, y + 20, w * 0.8, y), fill=second, width=14)


def _meeting(draw, w, h, rng, accent, second, light):
    colours = [accent, second, light]
    for i in range(3):
        x = w * (0.33 + 0.17 * i)
        y = h * (0.45 + (0.12 if i == 1 else 0))
        r = h * 0.3
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*_colour(colours[i]), 200))


def _celebration(draw, w, h, rng, accent, second, light):
    points = [(x, h * 0.18 + math.sin(x / w * math.pi) * 120) for x in range(0, w + 1, 40)]
    draw.line(points, fill=light, width=8)
    for i in range(0, len(points) - 3, 3):
        (x1, y1), (x2, y2) = points[i], points[i + 3]
        draw.polygon([(x1, y1), (x2, y2), ((x1 + x2) / 2, (y1 + y2) / 2 + 130)], fill=[accent, second][i // 3 % 2])
    for _ in range(70):
        x, y = rng.randrange(w), rng.randrange(int(h * 0.45), h)
        angle = rng.uniform(0, math.pi)
        dx, dy = math.cos(angle) * 28, math.sin(angle) * 28
        draw.line((x - dx, y - dy, x + dx, y + dy), fill=rng.choice([accent, second, light]), width=16)


DRAW = {
    "concert": _concert,
    "dance": _dance,
    "film": _film,
    "dialogue": _dialogue,
    "workshop": _workshop,
    "cafe": _cafe,
    "sport": _sport,
    "reading": _reading,
    "meeting": _meeting,
    "celebration": _celebration,
}


def monogram(name: str) -> str:
    """Up to two initials of the significant words of a name ("Afrika-Forum Anhalt e.V." → "AA")."""
    words = [w for w in re.split(r"[\s/]+", name) if w and w.lower() not in SMALL_WORDS and w[0].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def logo(*, slug: str, name: str) -> str:
    """A monogram logo for an organisation of the demo (its storage name; pages say "Logo von …")."""
    letters = monogram(name)
    colour = LOGO_COLOURS[_seed(name) % len(LOGO_COLOURS)]
    return _store(f"{FOLDER}/logos/{slug}.png", lambda: _logo_bytes(letters, colour))


def has_logo(name: str) -> bool:
    """Three in four organisations of the demo have a logo (the same ones on every run)."""
    return _seed(name) % 4 != 0


def is_demo(name: str) -> bool:
    """Whether a stored image is one of the demo's (a person's upload is never replaced)."""
    return not name or name.startswith(f"{FOLDER}/")


def _font(size: int) -> ImageFont.ImageFont:
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _logo_bytes(letters: str, colour: str) -> bytes:
    size = LOGO_SIZE * SCALE
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, size - 4, size - 4), fill=colour)
    draw.text((size / 2, size / 2), letters, font=_font(int(size * 0.4)), fill="white", anchor="mm")
    image = image.reduce(SCALE)
    image = image.quantize(colors=32, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
