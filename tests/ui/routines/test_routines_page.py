"""The routine picker driven from the keyboard and mouse, offscreen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.collection import RoutineCollection
from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.writing import routine_to_toml
from backcare_desktop.ui.routines.page import RoutinesPage
from tests.fakes import FakePrefs
from tests.ui.conftest import DialogLog


@pytest.fixture
def prefs() -> FakePrefs:
    return FakePrefs()


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "routines"


@pytest.fixture
def page(qtbot: QtBot, user_dir: Path, prefs: FakePrefs) -> RoutinesPage:
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitUntil(widget.is_built)  # the contents come just after the first paint
    return widget


def shown_ids(page: RoutinesPage) -> list[str]:
    return [page.model.entry(r).routine.id for r in range(page.model.rowCount())]


def test_the_page_shows_a_loading_note_first_then_fills_in_after_it_is_painted(
    qtbot: QtBot, user_dir: Path, prefs: FakePrefs
) -> None:
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    note = [label for label in widget.findChildren(QLabel)
            if label.accessibleName() == "Loading routines"]
    assert [label.text() for label in note] == ["Loading routines…"]
    assert not widget.is_built()
    widget.show()
    qtbot.waitUntil(widget.is_built)
    assert "core-stability" in shown_ids(widget)
    assert widget.list.currentIndex().isValid()
    qtbot.waitUntil(lambda: not any(label.accessibleName() == "Loading routines"
                                    for label in widget.findChildren(QLabel)))


def test_a_page_closed_before_its_contents_came_does_not_build_them(
    qtbot: QtBot, user_dir: Path, prefs: FakePrefs
) -> None:
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    widget.paintEvent(QPaintEvent(widget.rect()))  # as in the first frame: asks for them
    widget.hide()  # the window closed (and storage with it) before they came
    QApplication.processEvents()  # runs what the paint queued
    assert not widget.is_built()
    widget.show()
    qtbot.waitUntil(widget.is_built)


def test_the_contents_can_be_asked_for_before_the_page_is_shown(
    qtbot: QtBot, user_dir: Path, prefs: FakePrefs
) -> None:
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    widget.ensure_built()
    assert widget.is_built() and widget.selected_id() is not None
    widget.ensure_built()  # a second call changes nothing
    assert widget.findChildren(QLineEdit) == [widget.search]


def test_the_list_model_is_a_well_behaved_qt_model(page: RoutinesPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)


def test_every_routine_is_listed_with_its_kind_difficulty_and_length(page: RoutinesPage) -> None:
    assert shown_ids(page) == sorted(shown_ids(page), key=lambda i: page.model.entry(
        page.model.row_of(i)).routine.title.casefold())
    index = page.model.index(page.model.row_of("core-stability"), 0)
    assert page.model.data(index) == "Core stability\nStrength · Moderate · 15 min"


def test_search_category_and_length_filter_the_list(page: RoutinesPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "bird dog")
    assert shown_ids(page) == ["core-stability"]
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("breathing"))
    assert shown_ids(page) == ["box-breathing", "deep-breathing"]
    page.category.setCurrentIndex(0)
    page.length.setCurrentIndex(page.length.findData(5))
    assert set(shown_ids(page)) == {"box-breathing", "desk-break"}
    qtbot.keyClicks(page.search, "plank")
    assert shown_ids(page) == [] and page.empty_note.isVisibleTo(page)


def test_the_detail_shows_exercises_times_and_safety(page: RoutinesPage) -> None:
    page.select("flexibility")
    assert page.title.text() == "Flexibility"
    assert page.meta.text() == "Stretching · Gentle · 11 min · Built in"
    html = page.details.text()
    assert "Hamstring stretch" in html and "hold 30&nbsp;s, each side, twice" in html
    assert "Safety" in html and "never pain" in html
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_enter_starts_the_selected_routine_and_it_becomes_recent(
    page: RoutinesPage, qtbot: QtBot, prefs: FakePrefs
) -> None:
    page.select("desk-break")
    page.list.setFocus()
    with qtbot.waitSignal(page.start_requested) as started:
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert started.args == ["desk-break"]
    assert prefs.values["recent_routines"] == ["desk-break"]
    assert shown_ids(page)[0] == "desk-break"


def test_a_favourite_goes_to_the_top_and_is_remembered(page: RoutinesPage,
                                                      prefs: FakePrefs) -> None:
    page.select("progressive-relaxation")
    page.favourite_button.click()
    assert shown_ids(page)[0] == "progressive-relaxation"
    assert page.model.data(page.model.index(0, 0)).startswith("★ Progressive")
    assert prefs.values["favourite_routines"] == ["progressive-relaxation"]
    assert page.favourite_button.accessibleName() == "Remove from favourites"


def test_ctrl_f_goes_to_the_search_box(page: RoutinesPage, qtbot: QtBot) -> None:
    page.activateWindow()
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_duplicating_a_builtin_makes_an_editable_copy(page: RoutinesPage, user_dir: Path) -> None:
    page.select("core-stability")
    page.duplicate_button.click()
    assert page.selected_id() == "core-stability-my-copy"
    assert (user_dir / "core-stability-my-copy.toml").exists()
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    assert page.meta.text().endswith("Your routine")


def test_deleting_asks_first(page: RoutinesPage, user_dir: Path, dialog_log: DialogLog) -> None:
    page.select("gentle-start")
    page.duplicate_button.click()
    file = user_dir / "gentle-start-my-copy.toml"
    dialog_log.answers["confirm"] = False
    page.delete_button.click()
    assert file.exists()
    dialog_log.answers["confirm"] = True
    page.delete_button.click()
    assert not file.exists() and "gentle-start-my-copy" not in shown_ids(page)


def test_editing_saves_through_the_editor(page: RoutinesPage, user_dir: Path,
                                          dialog_log: DialogLog) -> None:
    page.select("desk-break")
    page.duplicate_button.click()
    dialog_log.answers["edit"] = lambda parent, routine, taken, creating: replace(
        routine, title="Short desk break")
    page.edit_button.click()
    assert page.title.text() == "Short desk break"
    again = load_routine_file(user_dir / "desk-break-my-copy.toml")
    assert again.title == "Short desk break"
    _parent, _routine, taken = dialog_log.args_of("edit")
    assert "desk-break-my-copy" not in taken and "desk-break" in taken


def test_importing_a_good_file_adds_it(page: RoutinesPage, tmp_path: Path,
                                       dialog_log: DialogLog) -> None:
    mine = replace(load_routine_file(builtin_dir() / "flexibility.toml"), id="from-physio",
                   title="From my physio")
    file = tmp_path / "physio.toml"
    file.write_text(routine_to_toml(mine), encoding="utf-8")
    dialog_log.answers["open_file"] = file
    page.import_routine()
    assert page.selected_id() == "from-physio"
    assert "problems" not in dialog_log.names()


def test_importing_a_file_with_problems_imports_nothing_and_lists_them_all(
    page: RoutinesPage, tmp_path: Path, user_dir: Path, dialog_log: DialogLog
) -> None:
    bad = tmp_path / "shoulders.toml"
    bad.write_text('id = "s"\ntitle = "S"\ncategory = "relaxation"\ndifficulty = "hard"\n'
                   '[[exercise]]\nname = "Shoulders"\nkind = "pmr"\ntense_s = 30\n'
                   "relax_s = 50\n", encoding="utf-8")
    before = shown_ids(page)
    dialog_log.answers["open_file"] = bad
    page.import_routine()
    _parent, title, _intro, problems = dialog_log.args_of("problems")
    assert title == "Nothing was imported"
    assert problems == [
        'shoulders.toml: difficulty = "hard" is not one of: gentle, moderate, challenging',
        'shoulders.toml: exercise 1 "Shoulders": tense_s = 30 is outside 3–15',
    ]
    assert shown_ids(page) == before
    assert not user_dir.exists() or list(user_dir.iterdir()) == []


def test_importing_an_existing_id_keeps_both(page: RoutinesPage, dialog_log: DialogLog) -> None:
    dialog_log.answers["open_file"] = builtin_dir() / "box-breathing.toml"
    page.import_routine()
    assert page.selected_id() == "box-breathing-2"
    assert "imported as" in dialog_log.args_of("info")[2]


def test_export_writes_a_file_that_imports_as_the_same_routine(
    page: RoutinesPage, tmp_path: Path, dialog_log: DialogLog
) -> None:
    target = tmp_path / "out" / "pmr.toml"
    target.parent.mkdir()
    dialog_log.answers["save_file"] = target
    page.select("progressive-relaxation")
    page.export_selected()
    assert load_routine_file(target) == load_routine_file(
        builtin_dir() / "progressive-relaxation.toml")


def test_a_broken_file_of_ones_own_is_reported_and_left_alone(
    qtbot: QtBot, user_dir: Path, prefs: FakePrefs, dialog_log: DialogLog
) -> None:
    user_dir.mkdir()
    broken = user_dir / "mine.toml"
    broken.write_text("this is = not [valid", encoding="utf-8")
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.is_built)
    assert widget.file_problems.isVisible()
    widget.file_problems.linkActivated.emit("#details")
    problems = dialog_log.args_of("problems")[3]
    assert problems[0].startswith("mine.toml: not valid TOML")
    assert broken.read_text(encoding="utf-8") == "this is = not [valid"


def test_a_new_routine_is_created_through_the_editor_and_saved(
    page: RoutinesPage, user_dir: Path, dialog_log: DialogLog
) -> None:
    def fill_in(parent: Any, routine: Any, taken: set[str], creating: bool) -> Any:
        assert creating and "core-stability" in taken
        return replace(routine, id="evening", title="Evening")

    dialog_log.answers["edit"] = fill_in
    page.create_routine()
    assert page.selected_id() == "evening"
    assert load_routine_file(user_dir / "evening.toml").title == "Evening"


def test_cancelling_the_editor_changes_nothing(page: RoutinesPage, user_dir: Path,
                                               dialog_log: DialogLog) -> None:
    dialog_log.answers["edit"] = None
    page.create_routine()
    assert not user_dir.exists()


def test_steps_shows_the_timed_plan_before_starting(page: RoutinesPage,
                                                     dialog_log: DialogLog) -> None:
    page.select("box-breathing")
    page.steps_button.click()
    assert dialog_log.args_of("plan")[1].id == "box-breathing"


def test_the_details_show_each_exercise_with_its_picture(page: RoutinesPage) -> None:
    row = shown_ids(page).index("core-stability")
    page.list.setCurrentIndex(page.model.index(row, 0))
    text = page.details.text()
    exercises = 6  # bridge, bird dog, plank, side bridge, partial curl, leg raise
    assert text.count("<img src='data:image/png;base64,") == exercises
    # Drawn once per figure: showing it again reuses the pictures.
    drawn = dict(page._thumbnails)
    page.list.setCurrentIndex(page.model.index(0 if row else 1, 0))
    page.list.setCurrentIndex(page.model.index(row, 0))
    assert page.details.text() == text and page._thumbnails.keys() >= drawn.keys()


# -- pictures in the list ----------------------------------------------------------


def drawn_pictures(page: RoutinesPage) -> bool:
    return page.list_pictures.drawn_count() > 0 and not page.list_pictures.waiting()


def test_every_builtin_row_shows_its_first_figure_once_painted(page: RoutinesPage,
                                                               qtbot: QtBot) -> None:
    from PySide6.QtGui import QPixmap

    from backcare_desktop.ui.routines.thumbnails import first_figure

    qtbot.waitUntil(lambda: drawn_pictures(page))
    rows = page.model.rowCount()
    assert rows == 8
    keys = set()
    for row in range(rows):
        picture = page.model.data(page.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        assert isinstance(picture, QPixmap) and not picture.isNull()
        image = picture.toImage()
        assert any(image.pixelColor(x, y).alpha() > 0  # a figure, not the blank
                   for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
        figure = first_figure(page.model.entry(row).routine)
        assert figure is not None
        keys.add(figure.key)
    assert page.list_pictures.drawn_count() == len(keys)  # drawn once each


def many_routines(user_dir: Path) -> int:
    """A routine of one's own for every figure, each standing for a different one."""
    from backcare_desktop.core.figures.catalogue import FIGURES
    from backcare_desktop.core.routines.model import Exercise, Hold, Routine

    user_dir.mkdir(parents=True)
    for n, key in enumerate(sorted(FIGURES)):
        routine = Routine(f"mine-{n:02d}", f"Aa {n:02d}", "mixed", "gentle",
                          (Exercise("Stretch", Hold(hold_s=20), figure=key),))
        (user_dir / f"mine-{n:02d}.toml").write_text(routine_to_toml(routine))
    return len(FIGURES)


def test_the_list_draws_pictures_only_for_the_rows_on_screen(
    qtbot: QtBot, user_dir: Path, prefs: FakePrefs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare_desktop.ui.routines.thumbnails import SIZE
    from backcare_desktop.ui.shell import figure_view

    drawn: list[str] = []
    draw = figure_view.figure_pixmap

    def counted(figure: Any, size: Any, *args: Any) -> Any:
        if size == SIZE:  # the list's, not the chosen routine's details
            drawn.append(figure.key)
        return draw(figure, size, *args)

    monkeypatch.setattr(figure_view, "figure_pixmap", counted)
    own = many_routines(user_dir)
    widget = RoutinesPage(RoutineCollection(user_dir, prefs))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitUntil(widget.is_built)
    qtbot.waitUntil(lambda: drawn_pictures(widget))
    assert widget.model.rowCount() == own + 8
    viewport = widget.list.viewport().rect()
    on_screen = [row for row in range(widget.model.rowCount())
                 if widget.list.visualRect(widget.model.index(row, 0)).intersects(viewport)]
    assert 0 < len(on_screen) < 15
    # The rows on screen, and the one row the list measures for its uniform height.
    assert len(drawn) == len(set(drawn)) <= len(on_screen) + 1

    widget.list.scrollToBottom()
    qtbot.waitUntil(lambda: len(drawn) > len(on_screen) and drawn_pictures(widget))
    assert len(drawn) < widget.model.rowCount()


def test_the_pictures_follow_the_colours(page: RoutinesPage, qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette

    from backcare_desktop.ui.shell.theme import build_palette

    qtbot.waitUntil(lambda: drawn_pictures(page))
    first = page.list_pictures.drawn_count()
    before = QPalette(page.list.palette())
    page.list.setPalette(build_palette(dark=True))
    qtbot.waitUntil(lambda: page.list_pictures.drawn_count() == 2 * first
                    and not page.list_pictures.waiting())
    page.list.setPalette(before)  # drawn already in these colours: nothing new to draw
    page.list.viewport().repaint()
    assert page.list_pictures.drawn_count() == 2 * first and not page.list_pictures.waiting()


def test_searching_still_ranks_with_pictures_shown(page: RoutinesPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: drawn_pictures(page))
    qtbot.keyClicks(page.search, "breathing")
    assert shown_ids(page)[:2] == ["box-breathing", "deep-breathing"]
    page.list.viewport().repaint()
    assert not page.list_pictures.waiting()  # their pictures were drawn already
