PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install install-dev lint bench clean

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

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input -v0
	$(PY) manage.py load_taxonomy
	$(PY) manage.py ingest seeds
	$(PY) manage.py local_admin --url http://$(HOST)/admin/
	DEBUG=$${DEBUG:-1} $(PY) manage.py runserver $(HOST)

test: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

bench: install-dev
	$(PY) bench/tempeval.py
	$(PY) bench/speed.py
	$(PY) bench/inputs.py

clean:
	rm -rf $(VENV) db.sqlite3 .admin-password staticfiles
