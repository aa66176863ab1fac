"""Where data and logs go, and how the log is kept small."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from backcare_desktop.logging_setup import rotate
from backcare_desktop.paths import DataFolderError, ensure_private_dir, resolve_paths


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
