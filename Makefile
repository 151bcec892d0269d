# The commands the README and CI use. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
PY := $(VENV)/bin/python
# A Python 3.12+ for the virtual environment: PYTHON=... wins, else tools/find-python.sh looks.
PYTHON ?=
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The Nu HTML Checker (make html-check, and the suite's tests/decode_portal/test_valid_html.py).
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar

# The local demo runs with debug on and SQLite unless DATABASE_URL says otherwise.
DEMO_ENV := DJANGO_DEBUG=1
# Production-like variables for `check --deploy` in CI (no real secret: the value is throw-away).
# CI's Redis is a scratch one without a memory bound: the deploy check asks no Redis
# (operations.W001 is tested on its own).
DEPLOY_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=ci-deploy-check-$$(date +%s)-a8f3k2m9q7w4e1r6t5y0u2i8o3p9z \
	DJANGO_ALLOWED_HOSTS=decode.example.org REDIS_URL=

.PHONY: help venv run demo test ci lint format messages check-deploy migrations-check clean \
	backup restore bench bench-resilience audit bench-search html-check

help:
	@echo "make run       - install, migrate, load demo content, serve on http://$(HOST):$(PORT)/ (SQLite)"
	@echo "make test      - install test dependencies and run the whole suite (PYTEST_ARGS=... to narrow)"
	@echo "make ci        - what CI runs: lint, migrations check, deploy check, suite with browser tests"
	@echo "make lint      - ruff lint and format check;  make format - apply ruff format and fixes"
	@echo "make messages  - update every locale/<language> .po from the code and compile .mo (GNU gettext)"
	@echo "make bench     - gunicorn + PostgreSQL (decode_bench): each page type vs a bare view (~5 min)"
	@echo "make bench-resilience - the resilience tests at full size: 64 clients, 60 s, 10 s outage"
	@echo "make audit     - Lighthouse (tools/lighthouse, npm) on every page type, phone and desktop"
	@echo "make html-check - the Nu HTML Checker (tools/vnu, npm; needs Java) on every page, both languages"
	@echo "make backup    - database + uploads + manifest into backups/decode-backup-<time>.tar.gz"
	@echo "make restore ARCHIVE=backups/decode-backup-....tar.gz - into an EMPTY database"
	@echo "make bench-search - time the site search over 10,000 press releases (DATABASE_URL=postgres://...)"

$(VENV)/bin/python:
	@py="$(PYTHON)"; if [ -z "$$py" ]; then py=$$(sh tools/find-python.sh) || exit 1; fi; \
	echo "Creating $(VENV) with $$py"; \
	"$$py" -m venv $(VENV) && $(PY) -m pip install --quiet --upgrade "pip>=25.1"

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --group run
	@touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.run-installed
	$(PY) -m pip install --quiet --group test
	@touch $@

venv: $(VENV)/.test-installed

demo: $(VENV)/.run-installed
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py demo
	@$(DEMO_ENV) $(PY) manage.py generate_plan_pdf --missing-only \
		|| echo "Skipped the action plan's PDF files (WeasyPrint needs Pango: see README)."

run: demo
	@echo "DeCoDe portal: http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	$(DEMO_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.test-installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: $(VENV)/.run-installed
	$(DEMO_ENV) $(PY) manage.py makemigrations --check --dry-run

check-deploy: $(VENV)/.run-installed
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING

# Every site language but English, the language of the msgids (see settings.LANGUAGES).
CATALOGUES := lv lt pl de it da ro es

messages: $(VENV)/.run-installed
	$(DEMO_ENV) $(PY) manage.py makemessages $(addprefix -l ,$(CATALOGUES)) --no-location \
		--no-obsolete --ignore=.venv --ignore=node_modules --ignore=tools --ignore=tests
	$(DEMO_ENV) $(PY) manage.py compilemessages $(addprefix -l ,$(CATALOGUES)) --ignore=.venv

# CI: browser tests and the HTML check are required (a missing chromium, Java or vnu.jar fails
# instead of skipping).
ci: lint migrations-check check-deploy $(VNU_JAR)
	DECODE_REQUIRE_BROWSER=1 DECODE_REQUIRE_HTML_CHECK=1 $(MAKE) --no-print-directory test

# Not part of `make test`: needs PostgreSQL on 127.0.0.1:5432 and wrk (installed if missing).
bench: $(VENV)/.run-installed
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
	$(PY) bench/run.py

# The suite runs tests/resilience/ small (24 clients, 8 s, 6 s outage); this is the full size.
# DATABASE_URL must name a PostgreSQL database (its name + _resilience is created beside it).
RESILIENCE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/decode_bench
bench-resilience: $(VENV)/.test-installed
	DATABASE_URL=$${DATABASE_URL:-$(RESILIENCE_DATABASE_URL)} RESILIENCE_CLIENTS=64 \
		RESILIENCE_SECONDS=60 RESILIENCE_OUTAGE_SECONDS=10 \
		$(PY) -m pytest tests/resilience -s

# Lighthouse 12.2.3 (the last for Node 20) from tools/lighthouse/package-lock.json, run against
# Debian's chromium. Not part of `make test` or CI.
tools/lighthouse/node_modules/.bin/lighthouse: tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund
	@touch $@

audit: $(VENV)/.run-installed tools/lighthouse/node_modules/.bin/lighthouse
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(PY) bench/audit.py

# The Nu HTML Checker from tools/vnu/package-lock.json. Its install script, which would fetch a
# Java runtime, is not run: the system's Java runs it (Debian's default-jre-headless).
$(VNU_JAR): tools/vnu/package-lock.json
	cd tools/vnu && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# Every page of the demo site in both languages through vnu.jar, in one run (also part of the suite).
html-check: $(VENV)/.test-installed $(VNU_JAR)
	DECODE_REQUIRE_HTML_CHECK=1 $(PY) -m pytest tests/decode_portal/test_valid_html.py -q

# Backups use the environment as it is (the site's DATABASE_URL, DJANGO_MEDIA_ROOT...):
# `DJANGO_DEBUG=1 make backup` for the local demo.
BACKUP_DIR ?= backups
backup: $(VENV)/.run-installed
	$(PY) manage.py backup --output $(BACKUP_DIR)

restore: $(VENV)/.run-installed
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/decode-backup-....tar.gz"; exit 2; }
	$(PY) manage.py restore "$(ARCHIVE)"
# Not part of the suite: needs PostgreSQL (a test database beside DATABASE_URL's is made and dropped).
bench-search: $(VENV)/.test-installed
	$(PY) bench/search_bench.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
