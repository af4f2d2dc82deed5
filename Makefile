# Two commands, from a fresh clone:
#   make run    install into .venv/ and start the chat at http://localhost:8000 (offline engine, no key, no network)
#   make test   install into .venv/ and run the whole suite (ruff, mypy, pytest with the browser test)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export CHAINLIT_TELEMETRY := false
export TOKENIZERS_PARALLELISM := false

.PHONY: run test

run: $(STAMP)
	$(BIN)/warmline chat --host 127.0.0.1 --port 8000

test: $(STAMP)
	bash scripts/ensure-chromium.sh
	bash scripts/ensure-postgres.sh
	bash scripts/ensure-nginx.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -q

# torch goes first and pinned so nothing pulls a multi-GB CUDA build; the rest is held to the lock.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check "torch==2.13.0"
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(BIN)/warmline setup
	touch $(STAMP)
