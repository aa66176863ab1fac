"""Where data and logs go, and how the log is kept small."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop.logging_setup import rotate, setup_logging
from backcare_desktop.paths import (
    READ_ONLY,
    DataFolderError,
    ensure_private_dir,
    resolve_paths,
    why_not_written,
    why_read_only,
    write_check,
)
from tests.disks import fill, read_only, small_disk


def test_the_command_line_wins_over_the_environment(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path / "cli"), {"BACKCARE_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "cli"
    assert paths.log_dir == tmp_path / "cli" / "logs"


def test_the_environment_variable_moves_data_and_logs(tmp_path: Path) -> None:
    paths = resolve_paths(None, {"BACKCARE_DATA_DIR": str(tmp_path / "env")})
    assert paths.database == tmp_path / "env" / "backcare.sqlite3"
    assert paths.log_file == tmp_path / "env" / "logs" / "backcare.log"


def test_without_an_override_the_user_folders_are_used(tmp_path: Path) -> None:
    paths = resolve_paths(None, {})
    # conftest points the XDG folders into the test's own temporary directory
    assert paths.data_dir == tmp_path / "xdg" / "xdg_data_home" / "BackCare"
    assert paths.log_dir == tmp_path / "xdg" / "xdg_state_home" / "BackCare" / "log"


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_data_folder_blocked_by_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataFolderError, match=str(tmp_path / "file" / "data")):
        ensure_private_dir(tmp_path / "file" / "data")


def test_a_large_log_is_rotated_and_old_ones_dropped(tmp_path: Path) -> None:
    log = tmp_path / "backcare.log"
    for n in (1, 2, 3):
        (tmp_path / f"backcare.log.{n}").write_text(f"old {n}")
    log.write_text("x" * 200)
    rotate(log, max_bytes=100, keep=3)
    assert not log.exists()
    assert (tmp_path / "backcare.log.1").read_text() == "x" * 200
    assert (tmp_path / "backcare.log.2").read_text() == "old 1"
    assert (tmp_path / "backcare.log.3").read_text() == "old 2"
    rotate(tmp_path / "small.log", max_bytes=100)  # missing file: nothing to do


# -- permissions are only ever taken away -------------------------------------------------

@pytest.mark.parametrize(("before", "after"), [(0o755, 0o700), (0o750, 0o700), (0o700, 0o700)])
def test_a_data_folder_open_to_others_is_closed_to_them(tmp_path: Path, before: int,
                                                        after: int) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(before)
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == after


@pytest.mark.parametrize("mode", [0o500, 0o555, 0o100])
def test_a_data_folder_made_read_only_stays_so_and_is_refused_plainly(tmp_path: Path,
                                                                     mode: int) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(mode)
    with pytest.raises(DataFolderError) as info:
        ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == mode & 0o700
    assert info.value.folder == folder and info.value.why == READ_ONLY
    assert str(folder) in str(info.value)
    folder.chmod(0o700)


@pytest.mark.parametrize(("before", "after"), [
    (0o644, 0o600), (0o666, 0o600), (0o600, 0o600), (0o444, 0o400), (0o400, 0o400),
    (0o640, 0o600), (0o000, 0o000)])
def test_files_are_made_private_but_never_writable(tmp_path: Path, before: int,
                                                   after: int) -> None:
    from backcare_desktop.storage.files import make_database_private

    db = tmp_path / "backcare.sqlite3"
    for path in (db, tmp_path / "backcare.sqlite3-wal"):
        path.write_bytes(b"x")
        path.chmod(before)
    make_database_private(db)
    assert stat.S_IMODE(db.stat().st_mode) == after
    assert stat.S_IMODE((tmp_path / "backcare.sqlite3-wal").stat().st_mode) == after


def test_no_module_gives_a_permission_back() -> None:
    """Every change of mode in the package goes through ``paths.tighten``."""
    package = Path(__file__).resolve().parents[1] / "backcare_desktop"
    calls = sorted(f"{path.relative_to(package)}:{n}"
                   for path in package.rglob("*.py")
                   for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                   if "chmod(" in line)
    assert calls == ["paths.py:" + str(next(
        n for n, line in enumerate((package / "paths.py").read_text(
            encoding="utf-8").splitlines(), 1) if "chmod(" in line))]


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EDQUOT, "your share of the disk (your quota) is used up"),
    (errno.EROFS, "the disk is read-only"),
    (errno.EACCES, "you do not have permission to write there"),
    (errno.EPERM, "you do not have permission to write there"),
    (errno.EIO, "the disk could not be written to (it may be failing or have been removed)"),
    (errno.EFBIG, "file too large"),
])
def test_why_a_write_failed_is_said_in_plain_words(code: int, words: str) -> None:
    assert why_not_written(OSError(code, os.strerror(code))) == words


def test_a_write_check_says_why_a_folder_takes_nothing(tmp_path: Path) -> None:
    assert write_check(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    with small_disk(tmp_path / "disk", size_kib=64) as disk:
        fill(disk)
        problem = write_check(disk)
        assert problem is not None and problem.errno == errno.ENOSPC
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
    (tmp_path / "ro").mkdir()
    with read_only(tmp_path / "ro") as folder:
        problem = write_check(folder)
        assert problem is not None and problem.errno == errno.EROFS
        assert why_read_only(folder) == "the disk is read-only"


# -- a log that cannot be written never shows a traceback ------------------------------------

@pytest.fixture
def app_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("backcare_desktop")
    before = list(logger.handlers)
    yield logger
    for handler in logger.handlers:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


def plain_lines(err: str) -> list[str]:
    assert "Traceback" not in err and "Logging error" not in err, err
    return [line for line in err.splitlines() if "cannot write its log file" in line]


def test_a_log_on_a_disk_that_fills_says_so_once_then_goes_to_stderr(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", size_kib=64) as disk:
        log_file = disk / "logs" / "backcare.log"
        setup_logging(log_file)
        app_logger.info("before the disk filled")
        fill(disk)
        long = "x" * 5000  # more than the log file's last page still holds
        for n in range(3):
            app_logger.warning("while it is full %d %s", n, long)
        err = capsys.readouterr().err
        assert plain_lines(err) == [
            f"BackCare cannot write its log file {log_file}: the disk is full. "
            "Its messages go to the terminal instead."]
        assert [line.split(": ", 1)[1] for line in err.splitlines()[1:]] == [
            f"while it is full {n} {long}" for n in range(3)]
        assert "before the disk filled" in log_file.read_text(encoding="utf-8")
        for handler in app_logger.handlers:
            handler.close()  # nothing more is tried while the disk is still mounted
    assert capsys.readouterr().err == ""


def test_a_log_file_made_read_only_stays_so_and_the_log_goes_to_stderr(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    log_file = tmp_path / "logs" / "backcare.log"
    log_file.parent.mkdir()
    log_file.write_text("old lines\n")
    log_file.chmod(0o444)
    setup_logging(log_file)
    app_logger.info("a message")
    err = capsys.readouterr().err
    assert plain_lines(err) == [f"BackCare cannot write its log file {log_file}: it is "
                                "read-only. Its messages go to the terminal instead."]
    assert err.rstrip().endswith("a message")
    assert log_file.read_text() == "old lines\n"
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o444


def test_a_log_file_on_a_read_only_disk_goes_to_stderr(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    log_file = tmp_path / "logs" / "backcare.log"
    log_file.parent.mkdir()
    log_file.write_text("")
    with read_only(log_file.parent):
        setup_logging(log_file, verbose=True)
        app_logger.info("a message")
    err = capsys.readouterr().err
    assert plain_lines(err) == [f"BackCare cannot write its log file {log_file}: the disk is "
                                "read-only. Its messages go to the terminal instead."]
    assert err.count("a message") == 1  # --verbose prints it already: not twice


def test_a_log_folder_removed_while_the_app_runs_is_said_once(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    log_file = tmp_path / "logs" / "backcare.log"
    setup_logging(log_file)
    app_logger.info("first")
    shutil.rmtree(log_file.parent)
    app_logger.info("second")
    app_logger.info("third")
    err = capsys.readouterr().err
    assert plain_lines(err) == [f"BackCare cannot write its log file {log_file}: the folder "
                                "is not there any more. Its messages go to the terminal "
                                "instead."]
    assert err.count("second") == 1 and err.count("third") == 1
    assert not log_file.parent.exists()


def test_a_log_file_moved_away_is_started_again(tmp_path: Path, app_logger: logging.Logger,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    log_file = tmp_path / "logs" / "backcare.log"
    setup_logging(log_file)
    app_logger.info("first")
    log_file.rename(tmp_path / "logs" / "old.log")
    app_logger.info("second")
    assert "second" in log_file.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_a_log_message_that_cannot_be_formatted_is_dropped_quietly(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    log_file = tmp_path / "logs" / "backcare.log"
    setup_logging(log_file)
    broken = app_logger.makeRecord(app_logger.name, logging.INFO, __file__, 1, "%d apples",
                                   ("some",), None)
    for handler in app_logger.handlers:  # ours only: pytest's own handler would raise
        handler.handle(broken)
    app_logger.info("still logging")
    assert capsys.readouterr().err == ""
    assert "still logging" in log_file.read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_is_said_in_one_line(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be")
    setup_logging(tmp_path / "logs" / "backcare.log")
    app_logger.warning("a message")
    err = capsys.readouterr().err
    assert len(plain_lines(err)) == 1 and "a message" in err


def test_an_error_logged_after_the_fallback_shows_its_last_line_not_a_traceback(
        tmp_path: Path, app_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be")
    setup_logging(tmp_path / "logs" / "backcare.log")
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        app_logger.exception("the backup failed")
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.rstrip().endswith("the backup failed\nOSError: [Errno 28] No space left on device")
