"""Lighthouse (mobile preset) on the town start page, the directory search, the calendar and an
event page: `make lighthouse`. Prints the performance and accessibility scores.

Runs the way a town would: a fresh demo database, DEBUG off, static files collected and served
compressed by WhiteNoise under gunicorn on a free port. Lighthouse comes from the npm registry
into var/lighthouse (Node is needed for this target only, never for `make run` or `make test`)
and drives Debian's Chromium (CHROME_PATH). Reports go to var/lighthouse/reports/.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_screenshots as shots  # noqa: E402 - the same throwaway installation as the screenshots

LIGHTHOUSE = os.environ.get("LIGHTHOUSE_VERSION", "12.8.2")  # 13 needs Node 22
HOME = shots.ROOT / "var" / "lighthouse"
TARGETS = {"performance": 95, "accessibility": 100}


def pages() -> dict[str, str]:
    from django.utils import timezone

    from engagiert.events.models import Event

    event = (
        Event.objects.filter(municipality__slug=shots.TOWN, status=Event.Status.PUBLISHED, start__gt=timezone.now())
        .exclude(image="")
        .order_by("start")
        .first()
    )
    return {
        "town-start": f"/{shots.TOWN}/",
        "directory-search": f"/{shots.TOWN}/durchblick/?q=Tanz",
        "calendar": f"/{shots.TOWN}/begegnungen/",
        "event": event.get_absolute_url(),
    }


def install() -> Path:
    binary = HOME / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        HOME.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("make lighthouse needs Node.js with npm (Debian: apt-get install nodejs npm).")
        command = [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(HOME)]
        subprocess.run([*command, f"lighthouse@{LIGHTHOUSE}"], check=True)  # noqa: S603 - fixed command
    return binary


@contextlib.contextmanager
def production_server(env: dict[str, str], port: int) -> Iterator[str]:
    """gunicorn with DEBUG off: compressed, cacheable static files as a town would serve them."""
    env = {
        **env,
        "ENGAGIERT_DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SERVE_MEDIA": "true",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=shots.ROOT, env=env, check=True)  # noqa: S603
    gunicorn = [sys.executable, "-m", "gunicorn", "engagiert.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"]
    with shots.server(env, port, command=gunicorn) as base:
        yield base


def audit(binary: Path, url: str, report: Path, *, attempts: int = 2) -> dict[str, int]:
    """One Lighthouse run; a run whose trace Chrome failed to record (NO_NAVSTART, now and
    then on a busy machine) is repeated once."""
    env = {**os.environ, "CHROME_PATH": shots.CHROMIUM}
    result = subprocess.run(  # noqa: S603 - fixed command, our own loopback URL
        [
            str(binary),
            url,
            "--quiet",
            "--only-categories=performance,accessibility",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--output=json",
            f"--output-path={report}",
        ],
        env=env,
        check=False,
    )
    if result.returncode != 0:
        if attempts > 1:
            return audit(binary, url, report, attempts=attempts - 1)
        result.check_returncode()
    categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in TARGETS}


def main() -> int:
    binary = install()
    reports = HOME / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    port = shots.free_port()
    results = {}
    with tempfile.TemporaryDirectory(prefix="engagiert-lighthouse-") as tmp:
        env = shots.prepare(Path(tmp), port)
        targets = pages()
        with production_server(env, port) as base:
            for name, path in targets.items():
                results[name] = audit(binary, base + path, reports / f"{name}.json")
                print(f"{name:<18} " + "  ".join(f"{k} {v:>3}" for k, v in results[name].items()) + f"   {path}")
    below = [
        f"{name}: {category} {score} < {TARGETS[category]}"
        for name, scores in results.items()
        for category, score in scores.items()
        if score < TARGETS[category]
    ]
    for line in below:
        print("Below target:", line)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
