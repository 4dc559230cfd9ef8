"""Screenshots of every main page, phone and desktop, German and Arabic: `make screenshots`.

Loads the demo into a fresh temporary SQLite database (media in the same temporary folder),
serves it with Django's development server on a free port and photographs each page with
Playwright and Debian's Chromium into docs/screenshots/<page>-<lang>-<phone|desktop>.png (full
page up to a height cap, PNGs reduced to 256 colours), then writes docs/screenshots/README.md.

    .venv/bin/python docs/screenshots/make_screenshots.py [--only town-start,event] [--lang de]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
TOWN = "dessau-rosslau"
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}
MAX_HEIGHT = {"phone": 3000, "desktop": 2200}  # full page, but no endless scrolls
LANGS = ("de", "ar")
VOLUNTEER = "freiwillige@dessau-rosslau.example"
COORDINATOR = "koordination@dessau-rosslau.example"


@dataclass(frozen=True)
class Shot:
    name: str
    title: str  # for the index
    paths: tuple[str, ...]  # the first that answers 200 is taken (pages may move)
    user: str = ""


def shots() -> list[Shot]:
    """The main pages; dynamic addresses (an organisation, an event, an offer) from the demo."""
    from django.urls import reverse

    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event
    from engagiert.volunteering.models import Opportunity

    org = Organisation.objects.get(municipality__slug=TOWN, name="One Community Projekt")
    event = Event.objects.get(municipality__slug=TOWN, title_de="Inklusive Tanzgala für drei Seniorenheime")
    offer = Opportunity.objects.filter(municipality__slug=TOWN, shifts__isnull=False).order_by("pk").first()
    return [
        Shot("town-start", "Startseite der Stadt", (f"/{TOWN}/",)),
        Shot("directory-search", "Durchblick: Suche „Tanz“", (f"/{TOWN}/durchblick/?q=Tanz",)),
        Shot("organisation", "Durchblick: Seite einer Organisation", (org.get_absolute_url(),)),
        Shot("calendar", "Begegnungen: Kalender", (f"/{TOWN}/begegnungen/",)),
        Shot("event", "Begegnungen: Veranstaltung", (event.get_absolute_url(),)),
        Shot("machmit-search", "Mach mit!: Angebote", (f"/{TOWN}/mach-mit/",)),
        Shot("machmit-offer", "Mach mit!: ein Angebot mit Schichten", (f"/{TOWN}/mach-mit/angebote/{offer.pk}/",)),
        Shot("card", "Ehrenamtskarte: Überblick", (f"/{TOWN}/ehrenamtskarte/",)),
        Shot("selfcheck", "Selbstcheck: Überblick", (f"/{TOWN}/selbstcheck/",)),
        Shot("login", "Anmelden", (reverse("account_login"),)),
        Shot(
            "account-volunteer",
            "Mein Bereich der Freiwilligen",
            (f"/{TOWN}/mein-bereich/", "/mein-konto/"),
            user=VOLUNTEER,
        ),
        Shot("engagement-volunteer", "Mach mit!: Mein Engagement", (f"/{TOWN}/mach-mit/mein-engagement/",), VOLUNTEER),
        Shot(
            "account-coordinator",
            "Mein Bereich der Koordination",
            (f"/{TOWN}/mein-bereich/", "/mein-konto/"),
            user=COORDINATOR,
        ),
        Shot(
            "queue-coordinator",
            "Durchblick: Freigaben der Koordination",
            (f"/{TOWN}/durchblick/koordination/",),
            COORDINATOR,
        ),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(tmp: Path, port: int) -> dict[str, str]:
    """Environment of a throwaway installation; Django set up in this process on the same database."""
    env = {
        **os.environ,
        "ENGAGIERT_DEBUG": "true",
        "SQLITE_PATH": str(tmp / "screenshots.sqlite3"),
        "MEDIA_ROOT": str(tmp / "media"),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": "",
    }
    env.pop("DATABASE_URL")  # always SQLite, whatever the shell has
    os.environ.clear()
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=io.StringIO())
    return env


@contextlib.contextmanager
def server(env: dict[str, str], port: int, command: list[str] | None = None) -> Iterator[str]:
    """Our application on 127.0.0.1:`port` (Django's development server unless `command`
    says otherwise), its base URL once /healthz answers; stopped on leaving."""
    base = f"http://127.0.0.1:{port}"
    command = command or [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
    process = subprocess.Popen(  # noqa: S603 - our own application with fixed arguments
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{base}/healthz", timeout=2)  # noqa: S310 - our own loopback server
                break
            time.sleep(0.5)
        else:
            raise SystemExit(f"The server did not start: {' '.join(command)}")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def session_cookie(email: str) -> str:
    from django.conf import settings
    from django.test import Client

    from engagiert.core.models import User

    client = Client()
    client.force_login(User.objects.get(email=email))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def shrink(png: bytes) -> bytes:
    """256 colours are plenty for a page screenshot and make the file a third of the size."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True
    )
    return out.getvalue()


def photograph(base: str, selected: list[Shot], langs: tuple[str, ...], report: Callable[[str], None]) -> list[str]:
    from django.conf import settings
    from playwright.sync_api import sync_playwright

    host = urlsplit(base).netloc
    problems = []
    cookies = {email: session_cookie(email) for email in {shot.user for shot in selected if shot.user}}
    with sync_playwright() as playwright:
        for lang in langs:
            # Note: headless Chromium draws empty date fields as "mm/dd/yyyy" whatever the language.
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for device, (width, height) in VIEWPORTS.items():
                for user in sorted({shot.user for shot in selected}):
                    context = browser.new_context(
                        base_url=base,
                        viewport={"width": width, "height": height},
                        locale="ar" if lang == "ar" else "de-DE",
                        is_mobile=device == "phone",
                        has_touch=device == "phone",
                    )
                    context.route(
                        "**/*",
                        lambda route: (
                            route.continue_() if urlsplit(route.request.url).netloc == host else route.abort()
                        ),
                    )
                    context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": lang, "url": base}])
                    if user:
                        context.add_cookies(
                            [{"name": settings.SESSION_COOKIE_NAME, "value": cookies[user], "url": base}]
                        )
                    page = context.new_page()
                    for shot in (s for s in selected if s.user == user):
                        problems += take(page, shot, lang, device, width, report)
                    context.close()
            browser.close()
    return problems


def take(page, shot: Shot, lang: str, device: str, width: int, report: Callable[[str], None]) -> list[str]:
    for path in shot.paths:
        response = page.goto(path, wait_until="load")
        if response is not None and response.status == 200:
            break
    else:
        status = response.status if response is not None else "no answer"
        return [f"{shot.name} ({lang}, {device}): {shot.paths[-1]} answered {status}"]
    # Lazy images below the fold would stay empty on a full-page picture.
    page.evaluate(
        """async () => {
            const images = [...document.images];
            images.forEach(img => { img.loading = "eager"; });
            await Promise.all(images.map(img => img.decode().catch(() => null)));
            await document.fonts.ready;
        }"""
    )
    full = page.evaluate("document.documentElement.scrollHeight")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    height = min(full, MAX_HEIGHT[device])
    png = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    target = OUT / f"{shot.name}-{lang}-{device}.png"
    target.write_bytes(shrink(png))
    report(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    if scroll_width > width:
        return [f"{shot.name} ({lang}, {device}): page is {scroll_width} px wide, wider than the {width} px screen"]
    return []


def write_index(selected: list[Shot], langs: tuple[str, ...], problems: list[str]) -> None:
    lines = [
        "# Screenshots",
        "",
        "Every main page on a phone (390 × 844) and a desktop (1280 × 900), in German and Arabic,",
        "with the demo data loaded for the day they were taken. Regenerate them with `make screenshots`",
        "(a fresh demo database, Django's development server on a free port, Playwright and Chromium);",
        "full pages up to "
        f"{MAX_HEIGHT['phone']} px (phone) and {MAX_HEIGHT['desktop']} px (desktop) high, reduced to 256 colours.",
        "",
        "| page | signed in as | " + " | ".join(f"{lang} {device}" for lang in langs for device in VIEWPORTS) + " |",
        "| --- | --- | " + " | ".join("---" for _ in langs for _ in VIEWPORTS) + " |",
    ]
    for shot in selected:
        cells = [f"[{lang}-{device}]({shot.name}-{lang}-{device}.png)" for lang in langs for device in VIEWPORTS]
        lines.append(f"| {shot.title} | {shot.user or '–'} | " + " | ".join(cells) + " |")
    if problems:
        lines += ["", "Found while taking them:", "", *(f"- {problem}" for problem in problems)]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated page names (default: all)")
    parser.add_argument("--lang", default=",".join(LANGS), help="comma-separated languages (default: de,ar)")
    args = parser.parse_args()
    started = time.monotonic()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="engagiert-screenshots-") as tmp:
        env = prepare(Path(tmp), port)
        every = shots()
        wanted = set(filter(None, args.only.split(",")))
        selected = [s for s in every if not wanted or s.name in wanted]
        langs = tuple(filter(None, args.lang.split(",")))
        with server(env, port) as base:
            problems = photograph(base, selected, langs, report=print)
    if not wanted and langs == LANGS:
        write_index(every, LANGS, problems)
    total = sum(p.stat().st_size for p in OUT.glob("*.png"))
    print(
        f"{len(selected) * len(langs) * len(VIEWPORTS)} screenshots in {time.monotonic() - started:.0f} s, "
        f"{total / 1024 / 1024:.1f} MB in docs/screenshots/"
    )
    for problem in problems:
        print("Problem:", problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
