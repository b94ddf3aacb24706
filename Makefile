PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run serve test install install-dev lint bench clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Development: DEBUG on unless the environment says otherwise.
run: export DEBUG ?= 1
run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input -v0
	$(PY) manage.py load_taxonomy
	$(PY) manage.py ingest seeds
	$(PY) manage.py local_admin --url http://$(HOST)/admin/
	$(PY) manage.py runserver $(HOST)

# Production: gunicorn with DEBUG off; SECRET_KEY is required, DATABASE_URL and REDIS_URL are read when set.
WEB_CONCURRENCY ?= 4
serve: export DEBUG = 0
serve: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input -v0
	$(VENV)/bin/gunicorn timeline.wsgi --bind $(HOST) --workers $(WEB_CONCURRENCY) \
		--access-logfile - --error-logfile - --forwarded-allow-ips="$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

test: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

bench: export DEBUG ?= 1
bench: install-dev
	$(PY) bench/tempeval.py
	$(PY) bench/speed.py
	$(PY) bench/inputs.py

clean:
	rm -rf $(VENV) db.sqlite3 .admin-password staticfiles
