"""Reading files that may not be what their name says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backcare_desktop.core.files import FileRefused, read_limited


def test_a_regular_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100


def test_a_larger_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(FileRefused, match=r"big.json is 2 KB; at most 1 KB is allowed"):
        read_limited(path, 1024, name="big.json")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    with pytest.raises(FileRefused, match="not a regular file"):
        read_limited(path, 1024)


def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused, match="is a device, not a regular file"):
        read_limited(link, 1024)


def test_a_folder_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a folder"):
        read_limited(tmp_path, 1024, name="here")
    with pytest.raises(FileRefused, match=r"missing\.json could not be read"):
        read_limited(tmp_path / "missing.json", 1024, name="missing.json")
