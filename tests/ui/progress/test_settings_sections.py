"""The record feature's sections of Settings: the daily pain check-in, and the data
(the folder, backing up now, restoring a backup at the next start, export, import)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.app import Running
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import backups, recovery
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress.settings_sections import CheckInSettings, DataSettings
from tests.fakes import FakeClock, RecordingCues
from tests.ui.conftest import DialogLog


def test_the_check_in_is_switched_on_and_its_time_saved_at_once(qtbot: QtBot,
                                                               repo: Repository) -> None:
    section = CheckInSettings(repo)
    qtbot.addWidget(section)
    assert not section.checkin.isChecked() and not section.checkin_time.isEnabled()
    with qtbot.waitSignal(section.changed):
        section.checkin.setChecked(True)
    assert section.checkin_time.isEnabled()
    with qtbot.waitSignal(section.changed):
        section.checkin_time.setTime(section.checkin_time.time().addSecs(-3600))
    assert repo.get_setting("checkin_enabled") is True
    assert repo.get_setting("checkin_time") == "19:00"


def test_the_weekly_questions_are_switched_on_with_their_day_and_time(
        qtbot: QtBot, repo: Repository) -> None:
    section = CheckInSettings(repo)
    qtbot.addWidget(section)
    assert not section.peg.isChecked() and not section.peg_day.isEnabled()
    assert not section.peg_time.isEnabled()
    assert section.peg_day.currentData() == repo.get_setting("peg_weekday")
    with qtbot.waitSignal(section.changed):
        section.peg.setChecked(True)
    assert section.peg_day.isEnabled() and section.peg_time.isEnabled()
    with qtbot.waitSignal(section.changed):
        section.peg_day.setCurrentIndex(section.peg_day.findData(2))
    with qtbot.waitSignal(section.changed):
        section.peg_time.setTime(section.peg_time.time().addSecs(-3600))
    assert (repo.get_setting("peg_enabled"), repo.get_setting("peg_weekday"),
            repo.get_setting("peg_time")) == (True, 2, "17:00")
    assert section.peg_day.accessibleName() and section.peg_time.accessibleName()


class Worker:
    """Runs background work at once, on the calling thread."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def busy(self) -> bool:
        return False

    def run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        self.names.append(name)
        try:
            result = work()
        except Exception as exc:
            failed(exc)
        else:
            done(result)


@pytest.fixture
def data(qtbot: QtBot, repo: Repository, tmp_path: Path,
         clock: FakeClock) -> Iterator[tuple[DataSettings, list[str], list[Path]]]:
    paths = AppPaths(data_dir=tmp_path, log_dir=tmp_path / "logs")
    asked: list[str] = []
    opened: list[Path] = []
    section = DataSettings(paths, clock.now, Worker(),  # type: ignore[arg-type]
                           export=lambda: asked.append("export"),
                           import_=lambda: asked.append("import"),
                           open_folder=lambda folder: bool(opened.append(folder)) or True)
    qtbot.addWidget(section)
    yield section, asked, opened


def test_back_up_now_lists_the_new_backup(data, repo, tmp_path, clock) -> None:
    section, _asked, _opened = data
    repo.add_pain(4, clock.now())
    before = section.backups.count()
    section.backup_button.click()
    assert section.backups.count() == before + 1
    assert section.backups.item(0).text().endswith("— made by you")
    assert section.message.text().replace("\u200b", "").endswith(f"{made_path(tmp_path)}.")
    [made] = [b for b in backups.list_backups(tmp_path / "backups") if b.label == "manual"]
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("SELECT count(*) FROM pain_entries").fetchone() == (1,)


def made_path(folder: Path) -> Path:
    [made] = [b for b in backups.list_backups(folder / "backups") if b.label == "manual"]
    return made.path


def test_the_folder_export_and_import_are_one_click_away(data, tmp_path) -> None:
    section, asked, opened = data
    section.open_button.click()
    section.export_button.click()
    section.import_button.click()
    assert opened == [tmp_path] and asked == ["export", "import"]


def test_restoring_waits_for_the_next_start_and_can_be_called_off(
        data, tmp_path, dialog_log: DialogLog) -> None:
    section, _asked, _opened = data
    section.backup_button.click()
    chosen = section.chosen()
    assert chosen is not None
    dialog_log.answers["confirm"] = False
    section.restore_button.click()
    assert recovery.pending_restore(tmp_path) is None  # not without a yes
    dialog_log.answers["confirm"] = True
    section.restore_button.click()
    assert recovery.pending_restore(tmp_path) == chosen
    assert "the next time BackCare starts" in section.pending.text()
    section.cancel_restore_button.click()
    assert recovery.pending_restore(tmp_path) is None and section.pending.text() == ""


def test_a_restore_at_the_next_start_keeps_the_data_it_replaces(
        qtbot: QtBot, launch: Callable[[AppPaths], Running | int], paths: AppPaths,
        clock: FakeClock, dialog_log: DialogLog) -> None:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    running.repo.add_pain(3, clock.now())
    saved = backups.manual_backup(paths.database, paths.backups, clock.now())
    running.repo.add_pain(8, clock.now())  # written after the backup
    recovery.ask_restore_at_next_start(paths.data_dir, saved)
    running.shutdown()
    clock.advance(60)

    again = app_module.start(paths, clock=clock, make_cues=lambda _r: RecordingCues())
    assert isinstance(again, Running)
    try:
        qtbot.waitUntil(lambda: again.ready)
        assert "recovery" not in dialog_log.names()  # the restored file is taken as the data
        assert saved.name in dialog_log.args_of("info")[2]  # and the person is told
        day = clock.now().date()
        entries = ProgressSource(again.repo).pain_entries(day, day)
        assert [e.level for e in entries] == [3]
        [kept] = [b for b in backups.list_backups(paths.backups) if b.label == "before-restore"]
        with sqlite3.connect(kept.path) as conn:
            assert conn.execute("SELECT count(*) FROM pain_entries").fetchone() == (2,)
        assert recovery.pending_restore(paths.data_dir) is None  # done once
    finally:
        again.shutdown()
