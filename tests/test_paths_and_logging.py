"""Where data and logs go, and how the log is kept small."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from backcare_desktop.logging_setup import rotate
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
    assert info.value.folder == folder and info.value.why in (READ_ONLY, _WHY_EACCES)
    assert str(folder) in str(info.value)
    folder.chmod(0o700)


_WHY_EACCES = why_not_written(OSError(errno.EACCES, "Permission denied"))


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
