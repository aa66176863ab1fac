# Shortcuts for people who have make; each one calls scripts/dev.py, which
# needs nothing but Python 3.11+.
PYTHON ?= python3

.PHONY: run test setup bench clean

run:
	$(PYTHON) scripts/dev.py run

test:
	$(PYTHON) scripts/dev.py test

setup:
	$(PYTHON) scripts/dev.py setup

bench: setup
	.venv/bin/python benchmarks/startup.py

clean:
	rm -rf .venv build dist *.egg-info .pytest_cache .hypothesis
