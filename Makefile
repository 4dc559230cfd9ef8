# Engagiert – the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEV_ENV := ENGAGIERT_DEBUG=true
CHROMIUM ?= /usr/bin/chromium

.PHONY: run serve test lint bench messages lock clean screenshots lighthouse

$(BIN)/activate:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Engagiert needs Python 3.11, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.base: requirements/base.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements/base.txt
	touch $@

$(VENV)/.test: requirements/test.txt $(VENV)/.base
	$(PY) -m pip install --quiet -r requirements/test.txt
	touch $@

var:
	mkdir -p var

## run: install, migrate, compile translations, load demo data, serve on http://127.0.0.1:8000 with a task worker
run: $(VENV)/.base var
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv -v0
	$(DEV_ENV) $(PY) manage.py load_demo
	@# The background worker (e-mails, reminders) runs beside the web server and stops with it.
	$(DEV_ENV) $(PY) manage.py db_worker --queue-name '*' & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	  $(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

## test: lint, migrations check and the whole test suite, browser tests included
## (in parallel: TEST_WORKERS pytest-xdist workers, one per core unless set; TEST_WORKERS=0 runs in one process)
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
test: $(VENV)/.test chromium redis var
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv -v0
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup --durations=25

## test-replica: the read-replica tests against a real streaming replica (own primary + replica, tools/pgcluster.py)
.PHONY: test-replica
test-replica: $(VENV)/.test redis var
	$(PY) tools/pgcluster.py run -- $(BIN)/pytest -q -p no:randomly tests/replica

## cluster: the multi-server setup in miniature (own PostgreSQL primary + replica, 2 gunicorn, HAProxy, Redis, 2 workers) under load and faults; prints the table
.PHONY: cluster cluster-short
cluster: $(VENV)/.test redis var
	CLUSTER_STRICT=1 CLUSTER_SECONDS=$${CLUSTER_SECONDS:-30} CLUSTER_USERS=$${CLUSTER_USERS:-64} $(PY) deploy/cluster.py

## cluster-short: the same with short load phases (about a minute of load; CI)
cluster-short: $(VENV)/.test redis var
	CLUSTER_SECONDS=$${CLUSTER_SECONDS:-12} CLUSTER_USERS=$${CLUSTER_USERS:-32} $(PY) deploy/cluster.py

.PHONY: redis
redis:
	@# The shared-cache tests (rate limits across workers) need a Redis on 127.0.0.1:6379.
	@if ! (command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1); then \
	  if ! command -v redis-server >/dev/null && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's redis-server for the tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  fi; \
	  if command -v redis-server >/dev/null; then \
	    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null; sleep 1; \
	  else echo "The tests need Redis on 127.0.0.1:6379 (Debian: sudo apt-get install redis-server)."; exit 1; fi; \
	fi

.PHONY: chromium
chromium:
	@if [ ! -x "$(CHROMIUM)" ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium and fonts-dejavu-core (PDF font) for the tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else \
	    echo "The tests need Chromium at $(CHROMIUM) and the DejaVu fonts. Install them (Debian: sudo apt-get install chromium fonts-dejavu-core) or set CHROMIUM=/path/to/chromium."; exit 1; \
	  fi; \
	fi

## bench: server-side latency of every capability at the sizes the issues name (SQLite and PostgreSQL)
bench: $(VENV)/.test
	$(PY) -m bench.run
	BENCH_EVENTS=200000 $(PY) -m bench.events
	$(PY) -m bench.volunteering
	BENCH_CARD_CARDS=1000000 BENCH_CARD_REVOKED=10000 $(PY) -m bench.card
	$(PY) -m bench.privacy
	$(PY) -m bench.selfcheck
	SEARCH_BENCH_MUNIS=113 SEARCH_BENCH_ORGS=50000 SEARCH_BENCH_EVENTS=200000 SEARCH_BENCH_OPPORTUNITIES=50000 $(PY) -m bench.search
	$(PY) -m bench.nominations
	$(PY) -m bench.newsletter
	BENCH_FUNDING_TOWNS=113 BENCH_FUNDING_YEARS=5 BENCH_FUNDING_APPS=60 BENCH_FUNDING_LINES=12 $(PY) -m bench.funding
	IMPACT_BENCH_TOWNS=113 IMPACT_BENCH_ORGANISATIONS=50000 IMPACT_BENCH_EVENTS=200000 IMPACT_BENCH_HOURS=5000000 IMPACT_BENCH_CARDS=1000000 IMPACT_BENCH_BACKFILL_DAYS=760 $(PY) -m bench.impact
	CLUSTER_SECONDS=60 CLUSTER_USERS=64 $(PY) deploy/cluster.py
	PORTAL_BENCH_TOWNS=113 PORTAL_BENCH_PAGES=200 PORTAL_BENCH_NEWS=1000 PORTAL_BENCH_MEMBERS=500 $(PY) -m bench.portal
	@# The anonymous mix's pages on the demo data (var/engagiert.sqlite3 of `make run`), CPU time against the bare view
	@if [ -f var/engagiert.sqlite3 ]; then $(PY) -m bench.pages; else echo "bench.pages skipped: no demo database (make run loads it)"; fi

## screenshots: every main page, phone and desktop, German and Arabic, into docs/screenshots/ (fresh demo database)
screenshots: $(VENV)/.test chromium
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv -v0
	CHROMIUM=$(CHROMIUM) $(PY) docs/screenshots/make_screenshots.py

## lighthouse: Lighthouse mobile scores (performance, accessibility) of four public pages; needs Node (npm), not for make run/test
lighthouse: $(VENV)/.test chromium
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv -v0
	CHROMIUM=$(CHROMIUM) $(PY) docs/screenshots/lighthouse.py

## messages: extract translatable strings into the .po files
messages: $(VENV)/.base
	cd engagiert && $(DEV_ENV) ../$(PY) ../manage.py makemessages -l en -l ar -l uk --no-obsolete --no-location

## lock: re-pin dependencies after editing requirements/*.in
lock: $(VENV)/.base
	$(PY) -m pip install --quiet uv
	$(BIN)/uv pip compile -q requirements/base.in -o requirements/base.txt --python-version 3.11
	$(BIN)/uv pip compile -q requirements/test.in -o requirements/test.txt --python-version 3.11

clean:
	rm -rf $(VENV) var
