"""`make bench`: build (or reuse) the synthetic dataset on SQLite and PostgreSQL, measure,
print one table and write bench/results/latest.json. See bench/README.md."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = ROOT / "var" / "bench" / "bench.sqlite3"
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/engagiert_bench"
TARGET_P95_MS = 50.0
SEARCH_KEYS = ("search", "search_facets", "api_search_muni", "api_search_all")


def log(message: str) -> None:
    print(message, flush=True)


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SQLITE_PATH", "DATABASE_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="engagiert.settings",
        ENGAGIERT_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        ALLOWED_HOSTS="testserver",
        REQUIRE_STAFF_2FA="false",
        REDIS_URL="",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def python(*args: str, env: dict[str, str], capture: bool = False) -> str:
    proc = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, *args], cwd=ROOT, env=env, check=True, text=True, stdout=subprocess.PIPE if capture else None
    )
    return proc.stdout or ""


# -- databases ---------------------------------------------------------------------------


class SQLiteDB:
    name = "sqlite"

    def __init__(self) -> None:
        self.url = f"sqlite:///{SQLITE_PATH}"

    def available(self) -> bool:
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        return True

    def recreate(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)

    def describe(self) -> str:
        return str(SQLITE_PATH.relative_to(ROOT))


class PostgresDB:
    name = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        cfg = dj_database_url.parse(url)
        self.dbname = cfg["NAME"]
        self.admin = {
            "dbname": "postgres",
            "user": cfg.get("USER") or None,
            "password": cfg.get("PASSWORD") or None,
            "host": cfg.get("HOST") or None,
            "port": cfg.get("PORT") or None,
            "connect_timeout": 3,
        }
        self.error = ""

    def _admin(self):
        import psycopg

        return psycopg.connect(**{k: v for k, v in self.admin.items() if v is not None}, autocommit=True)

    def available(self) -> bool:
        try:
            with self._admin() as conn:
                exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.dbname]).fetchone()
                if not exists:
                    conn.execute(f'CREATE DATABASE "{self.dbname}"')
        except Exception as exc:  # noqa: BLE001 - any failure means: run SQLite only
            self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return False
        return True

    def recreate(self) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{self.dbname}"')

    def describe(self) -> str:
        host = self.admin["host"] or "localhost"
        return f"database {self.dbname} on {host}:{self.admin['port'] or 5432}"


# -- one backend -------------------------------------------------------------------------


def prepare(db, env: dict[str, str]) -> dict:
    """Migrated database holding the dataset of the current spec; returns how it got there."""
    if os.environ.get("BENCH_REBUILD") == "1":
        log(f"[{db.name}] BENCH_REBUILD=1: recreating {db.describe()}")
        db.recreate()
    try:
        python("manage.py", "migrate", "--no-input", "-v0", env=env)
    except subprocess.CalledProcessError:  # migrations edited since the last run
        log(f"[{db.name}] the database does not migrate: recreating {db.describe()}")
        db.recreate()
        python("manage.py", "migrate", "--no-input", "-v0", env=env)
    state = json.loads(python("-m", "bench.generate", "status", env=env, capture=True))
    if state["state"] == "ok":
        built = state["marker"].get("timings", {})
        log(f"[{db.name}] reusing the dataset in {db.describe()} (built earlier in {built.get('total_s', '?')} s)")
        return {"reused": True, "counts": state["counts"], "timings": built}
    if state["state"] == "stale":
        log(f"[{db.name}] dataset missing or of another size: recreating {db.describe()}")
        db.recreate()
        python("manage.py", "migrate", "--no-input", "-v0", env=env)
    log(f"[{db.name}] generating the dataset into {db.describe()} ...")
    start = time.perf_counter()
    built = json.loads(python("-m", "bench.generate", "build", env=env, capture=True))
    wall = round(time.perf_counter() - start, 1)
    log(f"[{db.name}] generated in {wall} s: {built['counts']} (timings {built['timings']})")
    return {"reused": False, "counts": built["counts"], "timings": {**built["timings"], "wall_s": wall}}


def measure(db, env: dict[str, str]) -> dict:
    log(f"[{db.name}] measuring ...")
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    try:
        python("-m", "bench.measure", str(out), env=env)
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)


# -- report ------------------------------------------------------------------------------


def table(results: dict[str, dict]) -> str:
    head = f"{'backend':<11} {'scenario':<46} {'p50 ms':>8} {'p95 ms':>8} {'p95/bare':>9} {'queries':>8}"
    lines = [head, "-" * len(head)]
    for backend, result in results.items():
        for sc in result["measurement"]["scenarios"]:
            lines.append(
                f"{backend:<11} {sc['label']:<46} {sc['p50_ms']:>8.1f} {sc['p95_ms']:>8.1f} "
                f"{sc['p95_vs_bare']:>8.1f}x {sc['queries']['count']:>8}"
            )
        lines.append("")
    return "\n".join(lines)


def verdict(results: dict[str, dict]) -> str:
    pg = results.get("postgresql")
    if not pg:
        return f"Target (search p95 <= {TARGET_P95_MS:.0f} ms on PostgreSQL): NOT CHECKED, PostgreSQL was not measured."
    searches = [sc for sc in pg["measurement"]["scenarios"] if sc["key"] in SEARCH_KEYS]
    failing = [sc for sc in searches if sc["p95_ms"] > TARGET_P95_MS]
    lines = [
        f"  {'MET    ' if sc['p95_ms'] <= TARGET_P95_MS else 'NOT MET'} {sc['label']}: p95 {sc['p95_ms']:.1f} ms"
        for sc in searches
    ]
    head = f"Target (search p95 <= {TARGET_P95_MS:.0f} ms on PostgreSQL): {'NOT MET' if failing else 'MET'}"
    return "\n".join([head, *lines])


def git_state() -> dict:
    """Which code was measured: the commit, and the app files changed since (work in progress)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(  # noqa: S603
                ["git", *args],  # noqa: S607
                cwd=ROOT,
                check=True,
                text=True,
                capture_output=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    changed = [line[3:] for line in git("status", "--porcelain", "--", "engagiert").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD"), "uncommitted_app_files": changed}


def main() -> int:
    env = base_env()
    sqlite = SQLiteDB()
    pg = PostgresDB(os.environ.get("BENCH_DATABASE_URL", DEFAULT_PG_URL))
    log("Collecting static files (the manifest storage of DEBUG=false needs them) ...")
    python("manage.py", "collectstatic", "--no-input", "-v0", env={**env, "DATABASE_URL": sqlite.url})

    code = git_state()
    results: dict[str, dict] = {}
    failed = []
    only = os.environ.get("BENCH_ONLY", "")
    for db in (sqlite, pg):
        if only and db.name != only:
            continue
        if not db.available():
            log(f"PostgreSQL is not reachable ({pg.describe()}: {pg.error}); measuring SQLite only.")
            continue
        db_env = {**env, "DATABASE_URL": db.url}
        try:
            dataset = prepare(db, db_env)
            results[db.name] = {"dataset": dataset, "measurement": measure(db, db_env)}
        except subprocess.CalledProcessError as exc:
            log(f"[{db.name}] FAILED: {' '.join(map(str, exc.cmd[1:]))} exited with {exc.returncode}")
            failed.append(db.name)

    if results:
        log("")
        dirty = f", {len(code['uncommitted_app_files'])} uncommitted app files" if code["uncommitted_app_files"] else ""
        log(f"Code: commit {code['commit']}{dirty}")
        for backend, result in results.items():
            m, d = result["measurement"], result["dataset"]
            how = "reused" if d["reused"] else f"generated in {d['timings'].get('wall_s')} s"
            log(
                f"{backend}: {m['database']['version'].split(' on ')[0]}; dataset {d['counts']} ({how}); "
                f"{m['requests']} requests per scenario after {m['warmup']} warm-up, interleaved; "
                f"load average {m['loadavg_before'][0]} -> {m['loadavg_after'][0]} on {m['cpus']} CPUs"
            )
            if m["loadavg_before"][0] > 0.75 * m["cpus"]:
                log(f"  warning: the machine was busy while measuring {backend}; figures are pessimistic")
        log("")
        log(table(results))
        log(verdict(results))
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            json.dumps(
                {"generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "code": code, "results": results}, indent=2
            ),
            encoding="utf-8",
        )
        log(f"\nDetails (slowest queries per scenario, percentiles): {RESULTS.relative_to(ROOT)}")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
