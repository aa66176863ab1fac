"""Hostile routine files: each gets a plain message naming it, quickly, from
``--check-routine``, the loader and the start-up scan alike; none changes."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from backcare_desktop.core.routines.library import load_library
from backcare_desktop.core.routines.loading import RoutineError, load_routine_file
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plain_text import hidden_at
from tests.core.routines.hostile import Case, cases, make_corpus, snapshot

# "A few tens of MB" at most for any one file, measured by tracemalloc.
PEAK_BYTES = 32 * 2**20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    folder = tmp_path_factory.mktemp("hostile") / "routines"
    return folder, make_corpus(folder)


def loads_alone(case: Case) -> bool:
    """Whether the file is a valid routine when read by itself (a twin is)."""
    return case.expect is None or "is already used by" in case.expect


def test_check_routine_names_every_file_and_its_problem_without_a_traceback(
    corpus: tuple[Path, list[Case]],
) -> None:
    folder, made = corpus
    out = subprocess.run(
        [sys.executable, "-m", "backcare_desktop", "--check-routine",
         *(os.fsencode(folder / case.name) for case in made)],
        capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    stdout = out.stdout.decode("utf-8")
    assert out.returncode == 1
    assert out.stderr == b"" and "Traceback" not in stdout
    lines = stdout.splitlines()
    for case in made:
        mine = [line for line in lines if line.startswith(case.shown)]
        assert mine, f"{case.shown} is not named"
        if case.expect is None:
            assert mine == [line for line in mine if line.startswith(f"{case.shown}: ok, ")]
        elif case.expect:
            assert any(case.expect in line for line in mine), (case.shown, mine)
    shown = tuple(case.shown for case in made)
    assert all(line.startswith(shown) for line in lines)
    assert all(hidden_at(line) is None for line in lines)


def test_check_routine_on_an_output_that_cannot_show_every_character(
    corpus: tuple[Path, list[Case]],
) -> None:
    folder, _cases = corpus
    out = subprocess.run(
        [sys.executable, "-m", "backcare_desktop", "--check-routine",
         str(folder / "joiners.toml"), str(folder / "latin1.toml")],
        capture_output=True, timeout=60, env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert out.returncode == 1 and out.stderr == b""
    assert out.stdout.decode("ascii").splitlines()[0].startswith(
        'joiners.toml: ok, "Family \\U0001f468\\u200d')


NAMES = [case.shown.removesuffix(".toml") for case in cases()]


@pytest.mark.parametrize("index", range(len(NAMES)), ids=NAMES)
def test_the_loader_returns_a_routine_or_a_plain_refusal_in_little_memory(
    corpus: tuple[Path, list[Case]], index: int,
) -> None:
    folder, made = corpus
    case = made[index]
    tracemalloc.start()
    try:
        routine: Routine | None = load_routine_file(folder / case.name)
        problems: list[str] = []
    except RoutineError as exc:
        routine, problems = None, exc.problems
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < PEAK_BYTES, f"{case.shown}: {peak / 2**20:.1f} MB"
    if loads_alone(case):
        assert routine is not None, problems
    elif case.expect:
        assert routine is None
        assert problems and all(p.startswith(case.shown) for p in problems), problems
        assert case.expect in "\n".join(problems)
    assert all(hidden_at(p) is None for p in problems)


def test_the_start_up_scan_reads_the_good_reports_the_rest_and_changes_nothing(
    corpus: tuple[Path, list[Case]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare_desktop.core.routines import library as lib

    folder, made = corpus
    before = snapshot(folder)
    budgeted = load_library(folder)  # the corpus is more than one folder is read of
    assert any(p.endswith("BackCare reads at most 200 routine files and 2 MB from a folder")
               for p in budgeted.problems)
    assert {"fine", "with-bom", "joiners", "twin"} <= budgeted.ids()  # small: read first
    monkeypatch.setattr(lib, "MAX_FOLDER_BYTES", 64 * 2**20)
    library = load_library(folder)
    assert snapshot(folder) == before
    own = {r.id for r in library.routines if not r.builtin}
    assert own >= {"fine", "with-bom", "joiners", "twin"}
    refused = [case.shown for case in made if case.expect]
    maybe = {case.shown for case in made if case.expect == ""}
    assert sorted(name for name in library.unread if name not in maybe) == sorted(refused)
    assert library.files["twin"] == "twin-a.toml"
    for case in made:
        if case.expect:
            assert any(p.startswith(case.shown) and case.expect in p
                       for p in library.problems), case.shown
    # Every name in the folder stays taken, so nothing new is ever saved over one.
    assert {"fifo", "folder", "deep-dotted", "twin-b"} <= library.file_stems


def test_a_folder_of_many_files_is_read_only_up_to_the_limits(tmp_path: Path) -> None:
    from backcare_desktop.core.routines import library as lib
    from tests.core.routines.hostile import good

    folder = tmp_path / "routines"
    folder.mkdir()
    for i in range(lib.MAX_FOLDER_FILES + 3):
        (folder / f"r{i:03}.toml").write_text(good(id=f"r{i:03}"), encoding="utf-8")
    library = load_library(folder)
    assert len([r for r in library.routines if not r.builtin]) == lib.MAX_FOLDER_FILES
    assert library.unread == ["r200.toml", "r201.toml", "r202.toml"]
    assert library.problems[-1] == (
        "3 more routine files were not read (r200.toml, r201.toml, r202.toml): BackCare "
        "reads at most 200 routine files and 2 MB from a folder")


def test_a_folder_of_large_files_is_read_smallest_first_up_to_its_byte_budget(
    tmp_path: Path,
) -> None:
    from backcare_desktop.core.routines import library as lib
    from tests.core.routines.hostile import good

    folder = tmp_path / "routines"
    folder.mkdir()
    padding = "# " + "x" * (250 * 1024) + "\n"
    files = lib.MAX_FOLDER_BYTES // len(padding) + 3
    for i in range(files):
        (folder / f"a{i:03}.toml").write_text(padding + good(id=f"a{i:03}"), encoding="utf-8")
    for name in ("morning", "evening"):  # small, and listed after all the large ones
        (folder / f"{name}.toml").write_text(good(id=name), encoding="utf-8")
    library = load_library(folder)
    own = [r.id for r in library.routines if not r.builtin]
    assert own[-2:] == ["evening", "morning"]
    small = sum((folder / f"{name}.toml").stat().st_size for name in ("morning", "evening"))
    large = (folder / "a000.toml").stat().st_size
    fit = (lib.MAX_FOLDER_BYTES - small) // large
    assert len(own) - 2 == fit
    assert len(library.unread) == files - fit
    assert library.problems[-1].startswith(f"{files - fit} more routine files were not read (a")


def test_a_routines_path_that_is_not_a_folder_is_no_problem(tmp_path: Path) -> None:
    fifo = tmp_path / "routines"
    os.mkfifo(fifo)
    library = load_library(fifo)
    assert library.unread == [] and len(library.problems) == 1
    assert library.problems[0].startswith(f"{fifo}: the folder could not be read")
    assert load_library(tmp_path / "missing").problems == []


def test_a_number_past_every_float_gets_the_fields_message() -> None:
    from backcare_desktop.core.routines.loading import routine_from_dict

    document = {"id": "n", "title": "N", "category": "mixed", "difficulty": "gentle",
                "exercise": [{"name": "Plank", "kind": "hold", "hold_s": 10**400,
                              "sets": -(10**5000)}]}
    with pytest.raises(RoutineError) as info:
        routine_from_dict(document, "n.toml")
    assert info.value.problems == [
        'n.toml: exercise 1 "Plank": hold_s = a number of 401 digits is outside 1–300',
        'n.toml: exercise 1 "Plank": sets = a number of thousands of digits is outside 1–20',
    ]


@pytest.mark.parametrize("error", [RecursionError, OverflowError, MemoryError, ValueError])
def test_should_the_parser_fail_some_other_way_it_is_still_a_plain_refusal(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    import tomllib

    from backcare_desktop.core.routines.loading import load_routine_bytes

    def fail(_text: str) -> None:
        raise error("deep inside the parser")

    monkeypatch.setattr(tomllib, "loads", fail)
    with pytest.raises(RoutineError) as info:
        load_routine_bytes(b"x = 1", "odd.toml")
    assert info.value.problems[0].startswith("odd.toml: could not be read as TOML (")
