"""The command line's Qt-free lock and the window's ``QLockFile`` exclude each other:
``--import``/``--export`` refuse while BackCare runs with the data folder, and
BackCare does not start on a folder while one of them runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from backcare_desktop.paths import AppPaths
from backcare_desktop.transfer_cli import FolderLock
from backcare_desktop.ui.desktop.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[3]


def command(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "backcare_desktop", "--data-dir", str(data),
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_the_commands_refuse_while_the_app_holds_the_folder(paths: AppPaths,
                                                            tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {"time": "2026-11-24T09:00:00+01:00", "amount_ml": 250}]}))
    paths.data_dir.mkdir(parents=True)
    instance = SingleInstance(paths.data_dir, paths.lock_file)
    assert instance.acquire()
    try:
        done = command(paths.data_dir, "--import", str(source))
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith(
            f"backcare-desktop: BackCare is running with the data folder {paths.data_dir}.")
        assert not paths.database.exists()
    finally:
        instance.release()
    done = command(paths.data_dir, "--import", str(source))
    assert done.returncode == 0, done.stderr
    assert "added 0 sessions, 0 pain entries, 1 drink" in done.stdout


def test_the_app_does_not_start_while_a_command_holds_the_folder(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    lock = FolderLock(paths.lock_file)
    assert lock.acquire()
    try:
        instance = SingleInstance(paths.data_dir, paths.lock_file)
        assert not instance.acquire()
        pid, host, name = QLockFile(str(paths.lock_file)).getLockInfo()
        assert (pid, host) == (os.getpid(), os.uname().nodename)
        assert name == os.path.basename(os.path.realpath(sys.executable))
    finally:
        lock.release()
    instance = SingleInstance(paths.data_dir, paths.lock_file)
    assert instance.acquire()
    instance.release()


def test_a_lock_the_app_left_when_it_crashed_is_taken_by_a_command(paths: AppPaths,
                                                                   tmp_path: Path) -> None:
    """A process that took the folder with QLockFile and died: its lock is stale."""
    paths.data_dir.mkdir(parents=True)
    crash = ("import os, sys; from PySide6.QtCore import QLockFile; "
             "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); "
             "assert lock.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", crash, str(paths.lock_file)], check=True,
                   timeout=120)
    assert paths.lock_file.exists()
    lock = FolderLock(paths.lock_file)
    assert lock.acquire()
    lock.release()
