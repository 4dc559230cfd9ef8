"""The load mix of `make cluster` (deploy/cluster.py runs locust headless with it).

Anonymous (80 %): town start page, directory without and with a search text, calendar, event
pages, Mach mit!, card partners. Volunteers (15 %): sign in once, then Mein Bereich, Mein
Engagement, event pages and now and then a registration (a POST: pinned to the primary, a
mail queued). Partners (5 %): sign in once, verify cards by their QR text. `Bare` hits the
bare view (/healthz) for the reference figures.

Every user is a FastHttpUser (geventhttpclient): locust shares the two cores with the servers it
measures, and its default client (requests) took several times the CPU per request.

LOCUST_THINK_SECONDS: the people's pause between pages (default none). CLUSTER_DATA names the
JSON of deploy/cluster_data.py; LOCUST_COUNTS where the X-Cache and
X-Read-From counts are written at the end."""

from __future__ import annotations

import json
import os
import random
import re
from collections import Counter

from locust import FastHttpUser, between, constant, events, task

DATA = json.load(open(os.environ["CLUSTER_DATA"]))  # noqa: SIM115
WORDS = ["Sport", "Kinder", "Senioren", "Musik", "Umwelt", "Sprache", "Tafel", "Garten"]
PASSWORD = "engagiert-demo"  # noqa: S105 - the published demo password
COUNTS: Counter = Counter()
# Seconds a person pauses between pages (LOCUST_THINK_SECONDS, ± half): 0 loads the servers as
# fast as they answer (throughput); with a pause the latency of a given number of people is seen.
THINK = float(os.environ.get("LOCUST_THINK_SECONDS", "0") or 0)
PAUSE = between(THINK / 2, THINK * 1.5) if THINK else constant(0)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@events.request.add_listener
def count(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    if response is None or exception is not None:
        return
    if response.headers.get("X-Cache"):
        COUNTS[f"cache_{response.headers['X-Cache'].lower()}"] += 1
    if response.headers.get("X-Read-From"):
        COUNTS[f"read_{response.headers['X-Read-From']}"] += 1


@events.quitting.add_listener
def write_counts(environment, **kwargs):
    path = os.environ.get("LOCUST_COUNTS")
    if path:
        with open(path, "w") as handle:
            json.dump(dict(COUNTS), handle)


def town() -> str:
    return random.choice(DATA["towns"])


class Anonymous(FastHttpUser):
    weight = 80
    wait_time = PAUSE

    @task(3)
    def start_page(self):
        self.client.get(f"/{town()}/", name="town start page")

    @task(2)
    def directory(self):
        self.client.get(f"/{town()}/durchblick/", name="directory")

    @task(2)
    def directory_search(self):
        self.client.get(f"/{town()}/durchblick/?q={random.choice(WORDS)}", name="directory search (query)")

    @task(3)
    def calendar(self):
        self.client.get(f"/{town()}/begegnungen/", name="calendar")

    @task(3)
    def event(self):
        if DATA["events"]:
            e = random.choice(DATA["events"])
            self.client.get(f"/{e['town']}/begegnungen/{e['pk']}/", name="event page")

    @task(2)
    def volunteering(self):
        self.client.get(f"/{town()}/mach-mit/", name="Mach mit!")

    @task(1)
    def partners(self):
        self.client.get(f"/{town()}/ehrenamtskarte/partner/", name="card partners")


def sign_in(user: FastHttpUser, email: str) -> None:
    page = user.client.get("/accounts/login/", name="login form")
    token = TOKEN.search(page.text)
    user.client.post(
        "/accounts/login/",
        {"login": email, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1) if token else ""},
        headers={"Referer": user.host + "/accounts/login/"},
        name="login",
    )


class Volunteer(FastHttpUser):
    weight = 15
    wait_time = PAUSE

    def on_start(self):
        self.email = random.choice(DATA["volunteers"])
        sign_in(self, self.email)
        self.town = "dessau-rosslau"

    @task(3)
    def my_area(self):
        self.client.get(f"/{self.town}/mein-bereich/", name="Mein Bereich")

    @task(2)
    def engagement(self):
        self.client.get(f"/{self.town}/mach-mit/mein-engagement/", name="Mein Engagement (hours)")

    @task(2)
    def event(self):
        if DATA["events"]:
            e = random.choice(DATA["events"])
            self.client.get(f"/{e['town']}/begegnungen/{e['pk']}/", name="event page (signed in)")

    @task(1)
    def register(self):
        if not DATA["events"]:
            return
        e = random.choice(DATA["events"])
        url = f"/{e['town']}/begegnungen/{e['pk']}/anmelden/"
        with self.client.get(url, name="registration form", catch_response=True) as page:
            token = TOKEN.search(page.text)
            page.success()  # a closed or full event answers with a page too
        if token:
            self.client.post(
                url,
                {"companions": "0", "csrfmiddlewaretoken": token.group(1)},
                headers={"Referer": self.host + url},
                name="registration (POST)",
            )


class Partner(FastHttpUser):
    weight = 5
    wait_time = PAUSE

    def on_start(self):
        partner = random.choice(DATA["partners"]) if DATA["partners"] else None
        self.town = partner["town"] if partner else "dessau-rosslau"
        if partner:
            sign_in(self, partner["email"])

    @task
    def verify(self):
        url = f"/{self.town}/ehrenamtskarte/pruefen/"
        page = self.client.get(url, name="card check form")
        token = TOKEN.search(page.text)
        cards = [c for c in DATA["cards"] if c["town"] == self.town] or DATA["cards"]
        if token and cards:
            self.client.post(
                url,
                {"code": random.choice(cards)["qr"], "csrfmiddlewaretoken": token.group(1)},
                headers={"Referer": self.host + url},
                name="card verification (POST)",
            )


class Bare(FastHttpUser):
    """The reference: a bare view measured the same way (named alone on locust's command line)."""

    weight = 1
    wait_time = constant(0)

    @task
    def bare(self):
        self.client.get("/healthz", name="bare view (/healthz)")
