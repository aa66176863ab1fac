"""Storage owns the database connection: nothing outside ``storage/`` reaches it.

Code elsewhere uses the repository's methods and the storage functions that take a
repository (``transfer.read_records(repo)``, ``backups.backup_if_due(repo, …)``).
Storage's own tests may look inside, so ``tests/storage/`` is not scanned.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRIVATE = {"connection", "_connection", "_conn", "_transaction"}
SCANNED = ("backcare_desktop", "tests", "benchmarks", "scripts", "packaging")
OWNERS = ("backcare_desktop/storage/", "tests/storage/")


def _reaches(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in PRIVATE
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr") and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant) and node.args[1].value in PRIVATE)


def reaches_for_a_connection(source: str) -> list[tuple[int, str]]:
    """(line, text) of each ``x.connection``, ``x._conn``, ``x._transaction`` …, and of
    each ``getattr(x, "_conn")``-style look-up by name, in order."""
    return sorted((node.lineno, ast.unparse(node))
                  for node in ast.walk(ast.parse(source)) if _reaches(node))


def test_the_scan_sees_attributes_and_lookups_by_name() -> None:
    source = ("a = repo.connection\nb = self._repo._conn.execute('x')\n"
              "c = getattr(repo, '_conn')\nd = server.newConnection\n")
    assert [line for line, _ in reaches_for_a_connection(source)] == [1, 2, 3]


def test_nothing_outside_storage_touches_a_repository_connection() -> None:
    offenders = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(OWNERS):
                continue
            for line, text in reaches_for_a_connection(path.read_text(encoding="utf-8")):
                offenders.append(f"{relative}:{line}: {text}")
    assert not offenders, ("outside storage, use a Repository method or a storage "
                           "function taking the repository:\n" + "\n".join(offenders))


def test_rows_leave_storage_as_typed_records() -> None:
    """No public reader hands out a dict keyed by column names, a bare tuple or an
    ``sqlite3.Row``: the pages read named fields of frozen dataclasses."""
    import inspect

    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.storage.repository import Repository

    loose = []
    for cls in (Repository, ProgressSource):
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            returns = str(inspect.signature(member).return_annotation)
            if not name.startswith("_") and any(
                    shape in returns
                    for shape in ("dict[str", "tuple[", "Row", "Cursor", "Connection")):
                loose.append(f"{cls.__name__}.{name} -> {returns}")
    assert not loose, loose
