# Two commands do all the set-up on a fresh machine (Python 3.11+ and make):
#   make demo   creates .venv, installs baomi, runs baomi's main job on the bundled sample
#   make test   installs the test tools, starts PostgreSQL / installs SoftHSM2 if needed
#               (tools/ensure-services.sh), then runs ruff, mypy --strict and the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The detector's modules are compiled at install (setup.py, mypyc): an edit to them reinstalls,
# so `make test` always tests the build that ships.
COMPILED := $(wildcard src/baomi/detect/*.py src/baomi/detect/recognizers/*.py)

.PHONY: demo test lint services bench clean

$(STAMP): pyproject.toml setup.py $(COMPILED)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/baomi demo

lint: $(STAMP)
	$(BIN)/ruff check setup.py src tests benchmarks
	$(BIN)/ruff format --check setup.py src tests benchmarks
	$(BIN)/mypy

services:
	tools/ensure-services.sh

test: lint services
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/detect_accuracy.py
	$(BIN)/python benchmarks/detect_speed.py
	$(BIN)/python benchmarks/detect_memory.py
	$(BIN)/python benchmarks/detect_scaling.py
	$(BIN)/python benchmarks/mask_speed.py
	$(BIN)/python benchmarks/mask_memory.py
	$(BIN)/python benchmarks/vault_bench.py
	$(BIN)/python benchmarks/policy_audit_bench.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build
	find src -name "*.so" -delete
