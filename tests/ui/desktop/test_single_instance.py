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


# Run in a process of its own: what it guards against is a crash, which would end
# the test run itself.
ASKED_THEN_FREED = """
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backcare_desktop.ui.desktop.single_instance import SingleInstance
for _ in range(20):
    folder = Path(tempfile.mkdtemp())
    first = SingleInstance(folder, folder / "lock")
    assert first.acquire()
    first.listen()
    asked = []
    first.activated.connect(lambda: asked.append(True))
    second = SingleInstance(folder, folder / "lock")
    assert not second.acquire() and second.notify_running(2.0)
    del second
    while not asked:
        app.processEvents()
    first.release()
    del first  # its server and the connection it answered go with it, at once
    app.processEvents()
print("freed")
"""


@pytest.mark.slow
def test_an_instance_that_answered_another_start_can_be_freed_at_once(tmp_path: Path) -> None:
    """Once it has been asked to come forward, the running instance's server and the
    connection it answered are freed with it, even before the connection's own
    deferred deletion, without a crash (a shutdown in any order)."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", ASKED_THEN_FREED], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "freed"
