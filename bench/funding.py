"""Benchmark of the Partnerschaft für Demokratie: `.venv/bin/python -m bench.funding`

Dataset (rebuilt on every run): BENCH_FUNDING_TOWNS municipalities × 3 funds × BENCH_FUNDING_YEARS
years × BENCH_FUNDING_APPS applications with BENCH_FUNDING_LINES cost lines each (the issue's
size: 113 × 3 × 5 × 60 × 12). Measured in-process with django.test.Client:

1. the coordination office's list of a year's applications, p95 <= 50 ms, fixed queries;
2. the committee agenda of a meeting with BENCH_FUNDING_AGENDA applications, p95 <= 50 ms, fixed queries;
3. a fund's budget figures (selectors.figures), p95 <= 20 ms;
4. 50 parallel grants on the last remaining budget (PostgreSQL only): never overcommitted.

Environment:
    BENCH_FUNDING_DATABASE_URL  default postgres://postgres@127.0.0.1:5432/engagiert_funding_bench
                                (SQLite var/bench/funding.sqlite3 when unreachable)
    BENCH_FUNDING_TOWNS (3), BENCH_FUNDING_YEARS (2), BENCH_FUNDING_APPS (60), BENCH_FUNDING_LINES (12),
    BENCH_FUNDING_AGENDA (30), BENCH_FUNDING_RACE (50), BENCH_REQUESTS (50)
"""

from __future__ import annotations

import datetime
import os
import statistics
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/engagiert_funding_bench"
SQLITE_PATH = ROOT / "var" / "bench" / "funding.sqlite3"


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def choose_database() -> str:
    url = os.environ.get("BENCH_FUNDING_DATABASE_URL", DEFAULT_PG_URL)
    try:
        import dj_database_url
        import psycopg

        cfg = dj_database_url.parse(url)
        admin = {"dbname": "postgres", "user": cfg.get("USER"), "host": cfg.get("HOST"), "port": cfg.get("PORT")}
        admin = {k: v for k, v in admin.items() if v} | {"connect_timeout": 3}
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{cfg["NAME"]}"')
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')
        return url
    except Exception as exc:  # noqa: BLE001 - any failure: measure on SQLite
        print(f"PostgreSQL unavailable ({type(exc).__name__}); using SQLite.", flush=True)
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        SQLITE_PATH.unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_PATH}"


def setup_django() -> str:
    url = choose_database()
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["DJANGO_SETTINGS_MODULE"] = "engagiert.test_settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url


def build(towns: int, years: int, apps: int, lines: int, agenda: int) -> dict:
    from django.utils import timezone

    from engagiert.core.models import Municipality, User
    from engagiert.directory.models import Organisation
    from engagiert.funding.models import (
        Application,
        Committee,
        CostLine,
        FinancingLine,
        Fund,
        Meeting,
        Membership,
        Office,
        Partnership,
    )

    this_year = timezone.localdate().year
    office = User.objects.create_user(username="fachstelle", email="fachstelle@bench.example", password="x")
    member_user = User.objects.create_user(username="mitglied", email="mitglied@bench.example", password="x")
    first = None
    for t in range(towns):
        muni = Municipality.objects.create(
            name=f"Benchstadt {t}", slug=f"benchstadt-{t}", ags=f"159{t:05d}", state="ST"
        )
        org = Organisation.objects.create(municipality=muni, name=f"Verein {t}", slug=f"verein-{t}", kind="verein")
        pfd = Partnership.objects.create(municipality=muni, lead_office="Amt", coordination_office="Fachstelle")
        committee = Committee.objects.create(partnership=pfd, kind="committee", name="Begleitausschuss", quorum=3)
        if first is None:
            first = (muni, pfd, committee)
            Office.objects.create(partnership=pfd, user=office, kind="coordination")
            Office.objects.create(partnership=pfd, user=office, kind="lead")
            Membership.objects.create(committee=committee, user=member_user, name="Mitglied", sector="civil")
        for n in range(9):
            Membership.objects.create(committee=committee, name=f"Mitglied {n}", sector="civil" if n < 5 else "council")
        meeting = Meeting.objects.create(
            committee=committee,
            starts_at=timezone.now() + datetime.timedelta(days=14),
            submission_deadline=timezone.localdate(),
        )
        for y in range(years):
            for kind in ("action", "youth", "micro"):
                fund = Fund.objects.create(
                    partnership=pfd,
                    municipality=muni,
                    year=this_year - y,
                    kind=kind,
                    name=kind,
                    budget=Decimal("50000"),
                    project_limit=Decimal("5000"),
                    committee=committee if kind != "micro" else None,
                )
                rows = [
                    Application(
                        fund=fund,
                        municipality=muni,
                        contact_name="X",
                        contact_email="x@bench.example",
                        title=f"Projekt {t}-{y}-{kind}-{a}",
                        summary="Ein Projekt.",
                        starts_on=datetime.date(this_year - y, 5, 1),
                        ends_on=datetime.date(this_year - y, 6, 1),
                        organisation=org,
                        status="complete" if (y == 0 and kind == "action" and a < agenda) else "submitted",
                        meeting=meeting if (y == 0 and kind == "action" and a < agenda) else None,
                        total_cost=Decimal("4800"),
                        requested_amount=Decimal("4800"),
                        submitted_at=timezone.now(),
                    )
                    for a in range(apps)
                ]
                created = Application.objects.bulk_create(rows)
                CostLine.objects.bulk_create(
                    [
                        CostLine(
                            application=c,
                            position=n,
                            category="material",
                            description=f"Position {n}",
                            quantity=Decimal("1"),
                            unit_price=Decimal("400"),
                            total=Decimal("400"),
                            price_note="verglichen",
                        )
                        for c in created
                        for n in range(lines)
                    ]
                )
                FinancingLine.objects.bulk_create(
                    [FinancingLine(application=c, kind="requested", amount=Decimal("4800")) for c in created]
                )
    muni, pfd, committee = first
    return {"municipality": muni, "office": office, "member": member_user, "meeting": committee.meetings.get()}


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(call, requests: int) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        call()
    times, queries = [], set()
    for _ in range(requests):
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            call()
            times.append((time.perf_counter() - began) * 1000)
        queries.add(len(ctx.captured_queries))
    return statistics.median(times), percentile(times, 95), max(queries) if len(queries) == 1 else -len(queries)


def race(municipality, n: int) -> dict:
    from django.db import connection, connections

    from engagiert.core.models import User
    from engagiert.funding import services
    from engagiert.funding.models import Application, Fund, Grant, Recommendation

    if connection.vendor != "postgresql":
        return {"skipped": "needs PostgreSQL"}
    fund = Fund.objects.filter(municipality=municipality, kind="action").order_by("-year").first()
    lead = User.objects.get(username="fachstelle")
    apps = list(Application.objects.filter(fund=fund, status__in=["submitted", "complete"])[:n])
    for a in apps:
        Recommendation.objects.create(application=a, recommended=True, amount=Decimal("1000"))
    Application.objects.filter(pk__in=[a.pk for a in apps]).update(
        status="recommended", requested_amount=Decimal("1000")
    )
    granted_before = sum(g.amount for g in Grant.objects.filter(fund=fund, approved=True))
    fund.budget = granted_before + Decimal("3500")  # room for three grants of 1,000
    fund.project_limit = Decimal("1000")
    fund.save()
    barrier = threading.Barrier(len(apps))
    errors = []

    def grant(a):
        try:
            barrier.wait()
            services.decide_grant(application=a, by=lead, approve=True, amount=Decimal("1000"))
        except services.FundingError:
            errors.append(a.pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=grant, args=(a,)) for a in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    granted = Grant.objects.filter(fund=fund, approved=True).count()
    from engagiert.funding import selectors

    return {"grants": granted, "refused": len(errors), "available": str(selectors.figures(fund).available)}


def main() -> None:
    url = setup_django()
    from django.test import Client

    from engagiert.funding import selectors
    from engagiert.funding.models import Application, CostLine, Fund

    sizes = {
        "towns": env_int("BENCH_FUNDING_TOWNS", 3),
        "years": env_int("BENCH_FUNDING_YEARS", 2),
        "apps": env_int("BENCH_FUNDING_APPS", 60),
        "lines": env_int("BENCH_FUNDING_LINES", 12),
        "agenda": env_int("BENCH_FUNDING_AGENDA", 30),
    }
    requests = env_int("BENCH_REQUESTS", 50)
    began = time.perf_counter()
    world = build(**sizes)
    print(
        f"dataset on {url.split('://')[0]}: {Application.objects.count()} applications, "
        f"{CostLine.objects.count()} cost lines ({time.perf_counter() - began:.0f} s)",
        flush=True,
    )
    muni = world["municipality"]
    office = Client()
    office.force_login(world["office"])
    member = Client()
    member.force_login(world["member"])
    year = Fund.objects.filter(municipality=muni).order_by("-year").first().year
    base = f"/{muni.slug}/demokratie"

    def office_list():
        assert office.get(f"{base}/fachstelle/", {"year": year}).status_code == 200

    def agenda():
        assert member.get(f"{base}/gremium/").status_code == 200

    fund = Fund.objects.filter(municipality=muni).first()

    def figures():
        selectors.figures(fund)

    for name, call, target in (
        ("office list", office_list, 50),
        ("committee agenda", agenda, 50),
        ("fund figures", figures, 20),
    ):
        median, p95, queries = timed(call, requests)
        verdict = "ok" if p95 <= target else "SLOW"
        print(
            f"{name:18s} median {median:6.1f} ms  p95 {p95:6.1f} ms (target {target} ms, {verdict})  queries {queries}"
        )
    print("race:", race(muni, env_int("BENCH_FUNDING_RACE", 50)))


if __name__ == "__main__":
    main()
