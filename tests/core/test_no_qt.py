"""The core package is pure Python; storage has no widgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backcare_desktop

PACKAGE = Path(backcare_desktop.__file__).parent
GUI_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def imported_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def test_no_file_under_core_or_storage_imports_a_gui_toolkit() -> None:
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in GUI_MODULES)
        for folder in ("core", "storage")
        for path, names in imported_modules(PACKAGE / folder).items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}


def test_importing_core_and_storage_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys\n"
        "import backcare_desktop.core as c, backcare_desktop.storage as s\n"
        "for pkg in (c, s):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {GUI_MODULES!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
