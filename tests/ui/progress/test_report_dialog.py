"""Report for your physiotherapist… and the programme sheet in the window: the
range, the preview, Save as PDF… (answered by the tests), never over a file
without asking."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.routines.library import builtin_dir, load_folder
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import pdf_pages, report_make
from backcare_desktop.ui.progress.report_dialog import ProgrammeDialog, ReportDialog
from backcare_desktop.ui.shell.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.conftest import DialogLog


def routines() -> dict[str, Routine]:
    return {r.id: r for _n, r in load_folder(builtin_dir(), builtin=True).loaded}


def pages(dialog: ReportDialog | ProgrammeDialog) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel)
            if label.accessibleName().startswith("Page ")]


def test_the_report_previews_then_saves(qtbot: QtBot, repo: Repository, clock: FakeClock,
                                        dialog_log: DialogLog, tmp_path: Path) -> None:
    today = clock.now().date()
    repo.add_pain(4, clock.now())
    dialog = ReportDialog(repo, routines, today)
    qtbot.addWidget(dialog)
    assert dialog.range() == (today - timedelta(days=55), today)
    shown = pages(dialog)
    assert len(shown) >= 2 and shown[0].accessibleName() == f"Page 1 of {len(shown)}"
    assert dialog.pdf.startswith(b"%PDF-")
    target = tmp_path / "for-the-physio"
    dialog_log.answers["save_pdf"] = target
    dialog.name.setText("Alex")
    dialog.save_button.click()
    saved = tmp_path / "for-the-physio.pdf"
    assert saved.read_bytes() == dialog.pdf
    assert saved.stat().st_mode & 0o777 == 0o600
    assert repo.get_ui_state(report_make.LAST_REPORT) == today.isoformat()
    assert repo.get_ui_state("report.name") == "Alex"
    assert dialog_log.names() == ["save_pdf"]


def test_the_next_report_starts_after_the_last(qtbot: QtBot, repo: Repository,
                                               clock: FakeClock) -> None:
    today = clock.now().date()
    repo.set_ui_state(report_make.LAST_REPORT, (today - timedelta(days=10)).isoformat())
    dialog = ReportDialog(repo, routines, today)
    qtbot.addWidget(dialog)
    assert dialog.range() == (today - timedelta(days=9), today)
    dialog.findChildren(QPushButton, "")  # the buttons are there
    eight = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Last 8 weeks")
    eight.click()
    assert dialog.range() == (today - timedelta(days=55), today)


def test_a_range_that_ends_before_it_starts_says_so(qtbot: QtBot, repo: Repository,
                                                    clock: FakeClock) -> None:
    today = clock.now().date()
    dialog = ReportDialog(repo, routines, today)
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.last.date().addDays(-1))
    dialog.last.setDate(dialog.first.date().addDays(-2))
    dialog.refresh()
    assert pages(dialog) == [] and not dialog.save_button.isEnabled()
    assert "ends before it starts" in dialog.status.text()


def test_a_file_there_is_replaced_only_when_the_person_says_so(
        qtbot: QtBot, repo: Repository, clock: FakeClock, dialog_log: DialogLog,
        tmp_path: Path) -> None:
    dialog = ReportDialog(repo, routines, clock.now().date())
    qtbot.addWidget(dialog)
    target = tmp_path / "r.pdf"
    target.write_bytes(b"mine")
    dialog_log.answers["save_pdf"] = target
    dialog_log.answers["confirm"] = False
    dialog.save_button.click()
    assert target.read_bytes() == b"mine"
    dialog_log.answers["confirm"] = True
    dialog.save_button.click()
    assert target.read_bytes() == dialog.pdf
    assert dialog_log.names() == ["save_pdf", "confirm", "save_pdf", "confirm"]


def test_a_full_disk_gives_one_plain_message_and_no_file(
        qtbot: QtBot, repo: Repository, clock: FakeClock, dialog_log: DialogLog,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ReportDialog(repo, routines, clock.now().date())
    qtbot.addWidget(dialog)

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf_pages.os, "write", full)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog_log.answers["save_pdf"] = folder / "r.pdf"
    dialog.save_button.click()
    assert dialog_log.names() == ["save_pdf", "error"]
    assert dialog_log.args_of("error")[1:] == (
        "The PDF was not saved", "r.pdf could not be written: No space left on device. "
        "Nothing was left behind.")
    assert list(folder.iterdir()) == []
    assert repo.get_ui_state(report_make.LAST_REPORT) is None


def test_the_programme_sheet_previews_a_page_per_routine(
        qtbot: QtBot, repo: Repository, clock: FakeClock, dialog_log: DialogLog,
        tmp_path: Path) -> None:
    today = clock.now().date()
    repo.save_plan(WeeklyPlan((Slot(0, "08:00", "gentle-start"),
                               Slot(2, "08:00", "desk-break"))), today)
    dialog = ProgrammeDialog(repo, routines(), today)
    qtbot.addWidget(dialog)
    assert len(pages(dialog)) == 2
    dialog_log.answers["save_pdf"] = tmp_path / "sheet.pdf"
    dialog.save_button.click()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF-")
    assert repo.get_ui_state(report_make.LAST_REPORT) is None


def test_the_file_menu_asks_for_them(qtbot: QtBot, dialog_log: DialogLog) -> None:
    from backcare_desktop.core.status import TodayStatus

    window = MainWindow(status=lambda: TodayStatus(0, 3, 0, 2000), load_state=lambda _k: None,
                        save_state=lambda _k, _v: None, show_about=lambda _w: None)
    qtbot.addWidget(window)
    window.ensure_menus()
    actions = {a.text().replace("&", ""): a for a in window.findChildren(type(window.quit_action))}
    with qtbot.waitSignal(window.report_requested):
        actions["Report for your physiotherapist…"].trigger()
    with qtbot.waitSignal(window.programme_requested):
        actions["Programme sheet…"].trigger()
    assert date.today()  # the window needs no records


def test_the_progress_page_and_the_menu_open_them_in_the_app(
        qtbot: QtBot, paths: AppPaths, launch: Callable[[AppPaths], object],
        dialog_log: DialogLog, clock: FakeClock) -> None:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    page = running.window.page("progress")
    assert page is not None
    button = page.findChild(QPushButton, "report-button")
    assert button is not None and button.text() == "Report for your physiotherapist…"
    button.click()
    running.window.programme_requested.emit()
    assert dialog_log.names()[-2:] == ["report", "programme_sheet"]
    for name in ("report", "programme_sheet"):
        assert dialog_log.args_of(name)[1:] == (running.repo, paths.routines,
                                                clock.now().date())
