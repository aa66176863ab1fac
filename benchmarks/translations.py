"""What loading the translations costs at start-up.

In a fresh process per round (so nothing is cached in Python), times
``ui.shell.i18n.install`` for each language: BackCare's .qm, Qt's own
``qtbase_*.qm`` for German and Spanish, and the locale set as default. English
loads only its plural forms and is the baseline; "none" is the same call with
no translation folder, the cost of the call alone. Medians over the rounds,
interleaved; it measures, never fails. Target: a few milliseconds.

    .venv/bin/python benchmarks/translations.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

PROBE = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication
from backcare_desktop.ui.shell import i18n
app = QCoreApplication([])
language = sys.argv[1]
if language == "none":
    i18n.translations_dir = lambda: __import__("pathlib").Path("/nonexistent")
    language = "en"
start = time.perf_counter()
i18n.install(app, language)
taken = time.perf_counter() - start
first = QCoreApplication.translate("MainWindow", "&File")
print(json.dumps({"ms": taken * 1000, "sample": first}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    languages = ("none", "en", "de", "es")
    times: dict[str, list[float]] = {language: [] for language in languages}
    for _ in range(args.rounds):
        for language in languages:
            out = subprocess.run([sys.executable, "-c", PROBE, language], env=env,
                                 capture_output=True, text=True, check=True)
            times[language].append(json.loads(out.stdout)["ms"])
    base = statistics.median(times["en"])
    print(f"i18n.install, median of {args.rounds} fresh processes:")
    for language in languages:
        median = statistics.median(times[language])
        print(f"  {language:5} {median:6.2f} ms   ×{median / base:4.2f} of English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
