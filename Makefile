# sycophancy-monitor Makefile. The two commands a newcomer needs:
#   make demo   bring up Kafka + Redis + Prometheus, run a worker, replay an incident, show it
#   make test   lint, type-check and run every test against real services (what CI runs)
.DEFAULT_GOAL := help
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: help setup lint test test-unit demo
help: ## This list
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

setup: ## Install missing Debian tools and the project venv (idempotent)
	bash deploy/local/bootstrap.sh

lint: setup ## ruff (lint and format), mypy --strict and the import contracts (the core imports no I/O)
	$(BIN)/ruff check monitor tests bench
	$(BIN)/ruff format --check monitor tests bench
	$(BIN)/mypy --strict monitor
	$(BIN)/mypy --strict dashboards/generate.py
	$(BIN)/lint-imports

test: lint ## Everything CI runs: lint, deploy/ checks (Helm chart included), then all tests (they start Kafka/Redis/Alertmanager themselves)
	deploy/check.sh
	$(BIN)/python -m pytest -q -p no:cacheprovider --durations=15

test-unit: setup ## Only the tests that need no service
	$(BIN)/python -m pytest -q tests/unit

demo: setup ## The whole pipeline on the real local stack (see README)
	$(BIN)/sycomon demo


# ---------------------------------------------------------------------------------------------
# Local stack (deploy/local/stack.sh): Apache Kafka (KRaft), Redis, Prometheus; no Docker.
# State in $SYCOMON_STATE_DIR (default ./var). Docs: docs/operations-local-stack.md.
# Limit to some services with SERVICES="kafka redis".
# ---------------------------------------------------------------------------------------------
# A bare `make` must not start anything: when no target is defined above this section, the
# default goal is the read-only stack-status.
ifeq ($(.DEFAULT_GOAL),)
.DEFAULT_GOAL := stack-status
endif
SERVICES ?=

.PHONY: stack-up stack-down stack-status stack-reset-kafka stack-check
stack-up: ## Start Kafka, Redis and Prometheus (installs what is missing), wait until healthy
	deploy/local/stack.sh up $(SERVICES)

stack-down: ## Stop the worker `make demo` left running and what stack-up started; wait for them to exit
	@if [ -x $(BIN)/sycomon ]; then $(BIN)/sycomon dev down $(SERVICES); else deploy/local/stack.sh down $(SERVICES); fi

stack-status: ## One line per local service: up/down, pid, port, who started it
	@deploy/local/stack.sh status $(SERVICES) || true

stack-reset-kafka: ## Stop Kafka and wipe its data (the next stack-up formats a fresh broker)
	deploy/local/stack.sh reset-kafka

stack-check: ## Static checks of deploy/: promtool, compose, Dockerfile, Helm chart + kubeconform, shell scripts
	deploy/check.sh
# ------------------------------------------------------------------------ end of local stack
