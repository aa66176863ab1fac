#!/usr/bin/env python3
"""Extract BackCare's texts into translations/*.ts and compile them into
assets/translations/*.qm, with Qt's own lupdate and lrelease (from PySide6).

    python3 scripts/dev.py translations          # both steps
    .venv/bin/python scripts/translations.py     # the same, inside the venv

``backcare_de.ts`` and ``backcare_es.ts`` hold every text; ``backcare_en.ts``
holds only the counted phrases ("%n set(s)"), whose English forms it gives.
A text no longer in the source leaves the files (``-no-obsolete``); lines are
not recorded (``-locations none``), so a move in the code changes no file.
See docs/translations.md for the conventions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "backcare_desktop"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "translations"
LANGUAGES = ("en", "de", "es")


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"[backcare] {name} was not found; run `python3 scripts/dev.py setup` first")
    return found


def source_files(root: Path = SOURCES) -> list[str]:
    return sorted(str(p) for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"backcare_{language}.ts"


def extract(folder: Path = TS_DIR, sources: Path = SOURCES) -> None:
    """Bring every .ts file in ``folder`` up to date with the source."""
    folder.mkdir(parents=True, exist_ok=True)
    base = [tool("pyside6-lupdate"), *source_files(sources), "-locations", "none",
            "-no-obsolete", "-silent"]
    for language in LANGUAGES:
        only = ["-pluralonly"] if language == "en" else []
        subprocess.run([*base, *only, "-source-language", "en", "-target-language", language,
                        "-ts", str(ts_file(language, folder))], check=True)


def compile_all(folder: Path = TS_DIR, out: Path = QM_DIR) -> None:
    """Compile each .ts file into its .qm file."""
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language, folder)),
                        "-qm", str(out / f"backcare_{language}.qm")], check=True)


def main() -> int:
    extract()
    compile_all()
    print(f"[backcare] translations extracted into {TS_DIR.relative_to(ROOT)} "
          f"and compiled into {QM_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
