"""Hostile routine files in the app: the routines folder at start-up, and Import….

Whatever the folder holds, the app starts, one calm line above the list names
the files it could not read, and the files stay as they were. Importing any of
them lists its problems and adds nothing; the window never waits on a file.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.routines.collection import RoutineCollection
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.routines.page import SHOWN_UNREAD, RoutinesPage
from tests.core.routines.hostile import Case, cases, good, make_corpus, snapshot
from tests.fakes import FakePrefs
from tests.ui.conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


def built_page(qtbot: QtBot, user_dir: Path) -> RoutinesPage:
    page = RoutinesPage(RoutineCollection(user_dir, FakePrefs()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_built)
    return page


def unread_names(made: list[Case]) -> list[str]:
    return [case.shown for case in made if case.expect]


def test_the_app_starts_with_a_hostile_folder_names_the_files_and_changes_nothing(
    launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    made = make_corpus(paths.routines)
    before = snapshot(paths.routines)
    running = launch(paths)
    assert isinstance(running, Running), f"start-up ended with exit code {running}"
    qtbot.waitUntil(lambda: running.ready)
    page = running.window.page("routines")
    qtbot.waitUntil(page.is_built)
    assert isinstance(page, RoutinesPage)
    assert page.file_problems.isVisible()
    ids = {page.model.entry(row).routine.id for row in range(page.model.rowCount())}
    assert {"fine", "with-bom", "joiners", "twin", "core-stability"} <= ids
    assert "error" not in dialog_log.names()
    running.shutdown()
    assert snapshot(paths.routines) == before
    assert len(made) == len(before)


def test_one_calm_line_names_the_unread_files_and_the_details_list_every_problem(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare_desktop.core.routines import library

    monkeypatch.setattr(library, "MAX_FOLDER_BYTES", 64 * 2**20)  # every file read
    folder = tmp_path / "routines"
    made = make_corpus(folder)
    page = built_page(qtbot, folder)
    unread = page._collection.unread
    assert set(unread_names(made)) <= set(unread)
    text = page.file_problems.text()
    assert page.file_problems.textFormat() == Qt.TextFormat.RichText
    first = ", ".join(escape(name) for name in unread[:SHOWN_UNREAD])
    assert text.startswith(
        f"These routine files could not be read and were left as they are: {first} and "
        f"{len(unread) - SHOWN_UNREAD} more. <a href='#details'>")
    assert "&lt;b&gt;bold.toml" in text and "<b>bold" not in text
    page.file_problems.linkActivated.emit("#details")
    _parent, title, intro, problems = dialog_log.args_of("problems")
    assert title == "Routine files with problems" and "left as they are" in intro
    for case in made:
        if case.expect:
            assert any(p.startswith(case.shown) and case.expect in p for p in problems)


@pytest.mark.parametrize("name", [case.name for case in cases() if case.expect],
                         ids=[case.shown for case in cases() if case.expect])
def test_importing_a_hostile_file_lists_its_problems_and_adds_nothing(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog, name: str
) -> None:
    made = {case.name: case for case in make_corpus(tmp_path / "chosen")}
    case = made[name]
    user_dir = tmp_path / "routines"
    page = built_page(qtbot, user_dir)
    before = [page.model.entry(row).routine.id for row in range(page.model.rowCount())]
    dialog_log.answers["open_file"] = tmp_path / "chosen" / name
    page.import_routine()
    if case.expect and "is already used by" in case.expect:  # alone it is a good routine
        assert dialog_log.names()[-1:] != ["problems"]
        return
    assert dialog_log.names() == ["open_file", "problems"]
    _parent, title, intro, problems = dialog_log.args_of("problems")
    assert title == "Nothing was imported"
    assert intro == f"{case.shown} could not be imported:"
    assert problems and all(p.startswith(case.shown) for p in problems)
    assert case.expect in "\n".join(problems)
    assert [page.model.entry(row).routine.id for row in range(page.model.rowCount())] == before
    assert not user_dir.exists() or list(user_dir.iterdir()) == []


def test_a_new_or_imported_routine_never_takes_the_name_of_a_file_already_there(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    broken = {"my-routine.toml": b"broken = [", "physio.toml": b"\xff\xfe"}
    for name, data in broken.items():
        (user_dir / name).write_bytes(data)
    page = built_page(qtbot, user_dir)
    assert page._collection.new_routine().id == "my-routine-2"
    chosen = tmp_path / "from-physio.toml"
    chosen.write_text(good(id="physio", title="From my physio"), encoding="utf-8")
    dialog_log.answers["open_file"] = chosen
    page.import_routine()
    assert page.selected_id() == "physio-2"
    assert dialog_log.args_of("info")[2] == (
        'Your routines folder already holds a file named physio.toml; imported as "physio-2".')
    for name, data in broken.items():
        assert (user_dir / name).read_bytes() == data
    assert sorted(p.name for p in user_dir.iterdir()) == [
        "my-routine.toml", "physio-2.toml", "physio.toml"]


def test_editing_and_deleting_act_on_the_file_the_routine_came_from(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from dataclasses import replace

    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    (user_dir / "named-otherwise.toml").write_text(good(id="mine", title="Mine"),
                                                   encoding="utf-8")
    page = built_page(qtbot, user_dir)
    page.select("mine")
    dialog_log.answers["edit"] = lambda _p, routine, taken, creating: replace(
        routine, title="Mine, edited")
    page.edit_selected()
    assert "mine" not in dialog_log.args_of("edit")[2]
    assert sorted(p.name for p in user_dir.iterdir()) == ["named-otherwise.toml"]
    assert 'title = "Mine, edited"' in (user_dir / "named-otherwise.toml").read_text()
    dialog_log.answers["confirm"] = True
    page.delete_selected()
    assert list(user_dir.iterdir()) == []


def test_a_title_that_looks_like_markup_shows_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    title = "<b>Big</b> &amp; <i>bold</i>"
    (user_dir / "markup.toml").write_text(good(id="markup", title=title, name="<u>Plank</u>"),
                                          encoding="utf-8")
    page = built_page(qtbot, user_dir)
    page.select("markup")
    assert page.title.text() == title
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;u&gt;Plank&lt;/u&gt;" in page.details.text()
