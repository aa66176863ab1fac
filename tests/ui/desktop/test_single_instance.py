"""The lock file: another BackCare is told apart from a disk that takes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop.ui.desktop.single_instance import LockFileError, SingleInstance
from tests.disks import fill, read_only, small_disk


def instance(folder: Path) -> SingleInstance:
    return SingleInstance(folder, folder / "backcare.lock")


def test_a_folder_on_a_full_disk_is_reported_as_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kib=64) as disk:
        fill(disk)
        with pytest.raises(LockFileError) as info:
            instance(disk).acquire()
        assert str(info.value) == (
            f"BackCare cannot write its lock file in {disk}: the disk is full.")
        assert info.value.why == "the disk is full"
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # nothing left behind


def test_a_read_only_folder_is_reported_as_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder), pytest.raises(LockFileError) as info:
        instance(folder).acquire()
    assert info.value.why == "the disk is read-only" and info.value.folder == folder


def test_a_stale_lock_that_cannot_be_replaced_is_not_taken_for_another_instance(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    crash = ("import os, sys\nfrom PySide6.QtCore import QLockFile\n"
             "lock = QLockFile(sys.argv[1])\nassert lock.tryLock(0)\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", crash, str(folder / "backcare.lock")], check=True)
    with read_only(folder), pytest.raises(LockFileError) as info:
        instance(folder).acquire()
    assert info.value.why == "the disk is read-only"
    first = instance(folder)  # once the folder takes writes again, the stale lock goes
    assert first.acquire()
    first.release()


def test_a_running_instance_still_holds_the_folder(tmp_path: Path) -> None:
    first, second = instance(tmp_path), instance(tmp_path)
    assert first.acquire()
    assert second.acquire() is False
    first.release()
    assert second.acquire()
    second.release()
