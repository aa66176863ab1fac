"""Refusals made in core and storage come out in the language the UI set."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop.core import words
from backcare_desktop.core.files import FileRefused, read_limited
from backcare_desktop.core.progress import records_file as rf
from backcare_desktop.storage.errors import (
    DatabaseProblem,
    ProblemKind,
    StorageWriteError,
    WriteProblem,
)

GERMAN = {
    "{file} is empty.": "{file} ist leer.",
    "{file} is a folder, not a regular file; it was not read.":
        "{file} ist ein Ordner, keine normale Datei; sie wurde nicht gelesen.",
    "the disk is full": "der Datenträger ist voll",
    "BackCare could not save to {file}: {reason}. Nothing was half-saved.":
        "BackCare konnte nicht in {file} speichern: {reason}. Nichts wurde nur halb "
        "gespeichert.",
    "Your BackCare data file {file} is missing.": "Ihre BackCare-Datendatei {file} fehlt.",
    "{problem} Details: {detail}": "{problem} Einzelheiten: {detail}",
    "session #{number}": "Einheit Nr. {number}",
    "{place}: {problem}": "{place}: {problem}",
    "“{name}” is missing": "„{name}“ fehlt",
}


def german(text: str, disambiguation: str = "", n: int = -1) -> str:
    return words.as_written(GERMAN.get(text, text), disambiguation, n)


@pytest.fixture
def in_german() -> Iterator[None]:
    words.use_translation(german)
    try:
        yield
    finally:
        words.use_translation(words.as_written)


def test_an_import_refusal_is_one_translated_sentence(in_german: None) -> None:
    with pytest.raises(rf.ImportProblem) as caught:
        rf.read_records_bytes(b"  ", "backcare-records.json", {})
    assert caught.value.problems == ["backcare-records.json ist leer."]


def test_a_problem_in_a_record_names_its_place_in_the_language(in_german: None) -> None:
    document = {"format": rf.FORMAT, "version": rf.VERSION,
                "sessions": [{"session": 1}]}
    _, problems = rf.parse_document(document, {})
    assert "Einheit Nr. 1: „routine_id“ fehlt" in problems


def test_a_file_refused_says_why_in_the_language(in_german: None, tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="ist ein Ordner"):
        read_limited(tmp_path, 100)


def test_a_full_disk_is_said_in_the_language(in_german: None, tmp_path: Path) -> None:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    error = StorageWriteError.from_sqlite(tmp_path / "backcare.sqlite3", exc)
    assert error.problem is WriteProblem.DISK_FULL
    assert str(error) == (f"BackCare konnte nicht in {tmp_path / 'backcare.sqlite3'} "
                          "speichern: der Datenträger ist voll. Nichts wurde nur halb "
                          "gespeichert.")


def test_a_database_problem_is_said_in_the_language(in_german: None, tmp_path: Path) -> None:
    problem = DatabaseProblem(ProblemKind.MISSING, tmp_path / "backcare.sqlite3", "gone")
    assert problem.message() == (f"Ihre BackCare-Datendatei {tmp_path / 'backcare.sqlite3'} "
                                 "fehlt. Einzelheiten: gone")


def test_without_a_language_the_english_stays_as_it_was(tmp_path: Path) -> None:
    problem = DatabaseProblem(ProblemKind.MISSING, tmp_path / "b.sqlite3", "gone")
    assert problem.message() == f"Your BackCare data file {tmp_path / 'b.sqlite3'} is missing. " \
                                "Details: gone"
