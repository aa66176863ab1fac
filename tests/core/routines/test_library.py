"""The built-in library, the person's routine files, export/import, and the picker's filter."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.check_routines import check_routine_files
from backcare_desktop.core.routines.fields import PMR_GUIDANCE
from backcare_desktop.core.routines.library import (
    builtin_dir,
    entries,
    filter_entries,
    load_library,
    save_routine,
    slugify,
    unique_id,
)
from backcare_desktop.core.routines.loading import (
    RoutineError,
    load_routine_bytes,
    load_routine_file,
)
from backcare_desktop.core.routines.model import Pmr, Reps
from backcare_desktop.core.routines.plain_text import describe, hidden_at
from backcare_desktop.core.routines.writing import routine_to_toml

BUILTINS = sorted(builtin_dir().glob("*.toml"))


def test_every_builtin_passes_check_routine() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "backcare_desktop", "--check-routine", *map(str, BUILTINS)],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 0, out.stdout
    assert len(out.stdout.splitlines()) == len(BUILTINS) >= 7
    assert all(": ok, " in line for line in out.stdout.splitlines())


def test_check_routine_reports_problems_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "shoulders.toml"
    bad.write_text('id = "s"\ntitle = "S"\ncategory = "relaxation"\ndifficulty = "gentle"\n'
                   '[[exercise]]\nname = "Shoulders"\nkind = "pmr"\ntense_s = 30\nrelax_s = 50\n')
    out = io.StringIO()
    assert check_routine_files([str(bad)], out) == 1
    assert out.getvalue() == (
        'shoulders.toml: exercise 1 "Shoulders": tense_s = 30 is outside 3–15\n'
    )


def test_check_routine_catches_a_repeated_id(tmp_path: Path) -> None:
    first = BUILTINS[0]
    copy = tmp_path / "copy.toml"
    copy.write_bytes(first.read_bytes())
    out = io.StringIO()
    assert check_routine_files([str(first), str(copy)], out) == 1
    assert out.getvalue().splitlines()[-1].startswith("copy.toml: id ")


def test_the_library_holds_what_the_guidance_asks_for() -> None:
    library = load_library(Path("/nonexistent"))
    assert library.problems == []
    by_id = {r.id: r for r in library.routines}
    assert {"gentle-start", "core-stability", "flexibility", "progressive-relaxation",
            "deep-breathing", "box-breathing", "desk-break"} <= set(by_id)
    assert all(r.builtin for r in library.routines)
    for r in library.routines:
        assert r.safety, r.id
        for ex in r.exercises:
            assert ex.instructions and ex.cues, (r.id, ex.name)

    core = by_id["core-stability"]
    names = {ex.name for ex in core.exercises}
    assert {"Plank", "Bridge", "Bird dog", "Side bridge", "Partial curl", "Leg raise"} <= names
    assert all(ex.spec.reps == 10 for ex in core.exercises if isinstance(ex.spec, Reps))

    desk = entries([by_id["desk-break"]], [], [])[0]
    assert 3 * 60 <= desk.total_s <= 5 * 60
    assert any("abduction" in ex.name.lower() for ex in by_id["desk-break"].exercises)
    deep = entries([by_id["deep-breathing"]], [], [])[0]
    assert 4.5 * 60 <= deep.total_s <= 6 * 60


def test_progressive_relaxation_stays_within_the_guidance() -> None:
    pmr = load_routine_file(builtin_dir() / "progressive-relaxation.toml")
    specs = [ex.spec for ex in pmr.exercises]
    assert len(specs) >= 12 and all(isinstance(s, Pmr) for s in specs)
    (t_lo, t_hi), (r_lo, r_hi) = PMR_GUIDANCE["tense_s"], PMR_GUIDANCE["relax_s"]
    for s in specs:
        assert isinstance(s, Pmr)
        assert t_lo <= s.tense_s <= t_hi and r_lo <= s.relax_s <= r_hi
    assert pmr.exercises[0].name.startswith("Right hand") and pmr.exercises[-1].name == "Feet"


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_export_then_import_gives_an_equal_routine(path: Path) -> None:
    original = load_routine_file(path)
    again = load_routine_bytes(routine_to_toml(original).encode(), "again.toml")
    assert again == original


@given(st.text(max_size=60))
def test_any_visible_text_survives_the_round_trip(text: str) -> None:
    """Text with a control or invisible character (other than a line break or tab) is
    refused with a message saying which; any other text comes back as it was."""
    original = load_routine_file(BUILTINS[0])
    from dataclasses import replace

    edited = replace(original, description=text.strip()[:1000].strip())
    written = routine_to_toml(edited).encode()
    hidden = hidden_at(edited.description, "\n\t")
    if hidden is None:
        again = load_routine_bytes(written, "again.toml")
        assert again.description == edited.description
    else:
        with pytest.raises(RoutineError) as info:
            load_routine_bytes(written, "again.toml")
        assert info.value.problems == [
            f"again.toml: description has {describe(edited.description[hidden])} at character "
            f"{hidden + 1}; only visible text is allowed"]


def test_own_routines_are_saved_loaded_and_clash_checked(tmp_path: Path) -> None:
    from dataclasses import replace

    core = load_routine_file(builtin_dir() / "core-stability.toml")
    mine = replace(core, id="my-core", title="My core")
    path = save_routine(tmp_path, mine)
    assert path.name == "my-core.toml"
    library = load_library(tmp_path)
    assert library.get("my-core") == mine and not library.get("my-core").builtin
    save_routine(tmp_path, replace(core, title="Clash"))  # same id as the built-in
    assert any('id "core-stability" is already used' in p
               for p in load_library(tmp_path).problems)


def test_ids_are_made_from_titles_and_kept_unique() -> None:
    assert slugify("Morning Stretch!") == "morning-stretch"
    assert slugify("Étirements") == "etirements"
    assert slugify("!!!") == "routine"
    assert unique_id("core", {"core", "core-2"}) == "core-3"


def test_the_picker_filters_and_puts_favourites_and_recent_first() -> None:
    library = load_library(Path("/nonexistent"))
    all_entries = entries(library.routines, favourites={"flexibility"},
                          recent=["desk-break", "deep-breathing"])
    titles = [e.routine.id for e in filter_entries(all_entries)]
    assert titles[:3] == ["flexibility", "desk-break", "deep-breathing"]
    assert [e.routine.id for e in filter_entries(all_entries, category="breathing")] == [
        "deep-breathing", "box-breathing"]
    short = filter_entries(all_entries, max_minutes=6)
    assert {e.routine.id for e in short} == {"desk-break", "deep-breathing", "box-breathing"}
    assert [e.routine.id for e in filter_entries(all_entries, text="bird DOG")] == [
        "core-stability"]


def test_a_search_puts_title_matches_first_then_exercise_names_then_descriptions() -> None:
    library = load_library(Path("/nonexistent"))
    # Flexibility is a favourite, and its description speaks of muscles too.
    all_entries = entries(library.routines, favourites={"flexibility"}, recent=[])
    found = [e.routine.id for e in filter_entries(all_entries, text="muscle")]
    assert found[0] == "progressive-relaxation"  # "Progressive muscle relaxation"
    ids = {e.routine.id for e in all_entries}
    assert set(found) <= ids
    # An exercise's name ranks above a word that is only in a description.
    plank = [e.routine.id for e in filter_entries(all_entries, text="plank")]
    assert plank and plank[0] == "core-stability"


def test_a_collection_reads_the_routine_files_when_first_asked_not_when_made(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    from backcare_desktop.core.routines.collection import RoutineCollection
    from tests.fakes import FakePrefs

    user_dir = tmp_path / "routines"
    collection = RoutineCollection(user_dir, FakePrefs())
    core = load_routine_file(builtin_dir() / "core-stability.toml")
    save_routine(user_dir, replace(core, id="my-core", title="My core"))
    (user_dir / "broken.toml").write_text("not = [valid", encoding="utf-8")
    # Made before these files existed, it still sees them: it had read nothing yet.
    assert collection.get("my-core") is not None
    assert [p.split(":")[0] for p in collection.problems] == ["broken.toml"]
    assert "my-core" in [e.routine.id for e in collection.entries()]
