# `make console` and `make test` are all a new machine needs: each creates .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: console test lint model bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Without a routing.toml here (and no ROUTING_FILE), the console runs on the example's teams.
console: $(STAMP)
	@ROUTING_FILE='$(or $(ROUTING_FILE),$(if $(wildcard routing.toml),routing.toml,examples/routing.toml))' \
		$(PY) -m bot console

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy handlers nlp storage
	$(VENV)/bin/lint-imports

# Learn the classifier's weights from nlp/data/ into nlp/model/weights.json.
model: $(STAMP)
	$(PY) -m nlp.classify.train

bench: $(STAMP)
	$(PY) benchmarks/nlp_speed.py
	$(PY) benchmarks/intake.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
