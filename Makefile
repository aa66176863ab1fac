# Shortcuts for people who have make; each one calls scripts/dev.py, which
# needs nothing but Python 3.11+.
PYTHON ?= python3

.PHONY: run test setup bench clean package test-package install-user uninstall-user icons

run:
	$(PYTHON) scripts/dev.py run

test:
	$(PYTHON) scripts/dev.py test

setup:
	$(PYTHON) scripts/dev.py setup

package:
	$(PYTHON) scripts/dev.py package

test-package:
	$(PYTHON) scripts/dev.py test-package

install-user:
	$(PYTHON) scripts/dev.py install-user

uninstall-user:
	$(PYTHON) scripts/dev.py uninstall-user

icons: setup
	.venv/bin/python scripts/make_icons.py

bench: setup
	.venv/bin/python benchmarks/startup.py

clean:
	rm -rf .venv build dist *.egg-info .pytest_cache .hypothesis
