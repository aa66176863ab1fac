"""`make install-user` puts BackCare in the menu; `make uninstall-user` removes exactly that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "install_user.py"
APP_ID = "io.github.backcare.BackCare"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, text=True,
                          capture_output=True)


def tree(home: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(home)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(home.rglob("*"))}


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for dist/backcare-desktop (building the real one is the slow test's job)."""
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "backcare-desktop"
    exe.write_text("#!/bin/sh\necho BackCare\n")
    exe.chmod(0o755)
    (folder / "_internal" / "lib.so").write_bytes(b"\0" * 10)
    return folder


def test_install_adds_the_menu_entry_icons_and_launcher(tmp_path, bundle) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = run(home, "install", "--bundle", str(bundle))
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    app = share / "backcare-desktop" / "app" / "backcare-desktop"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={app}" in entry and f"Icon={APP_ID}" in entry
    assert (home / ".local" / "bin" / "backcare-desktop").resolve() == app
    for size in (16, 32, 48, 64, 128, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert subprocess.run([str(home / ".local" / "bin" / "backcare-desktop")],
                          capture_output=True, text=True).stdout == "BackCare\n"


def test_uninstall_removes_exactly_what_install_added(tmp_path, bundle) -> None:
    home = tmp_path / "home"
    share = home / ".local" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    (share / "BackCare").mkdir()
    (share / "BackCare" / "backcare.sqlite3").write_bytes(b"records")
    before = tree(home)
    assert run(home, "install", "--bundle", str(bundle)).returncode == 0
    assert run(home, "install", "--bundle", str(bundle)).returncode == 0  # again: an update
    assert tree(home) != before
    done = run(home, "uninstall")
    assert done.returncode == 0, done.stderr
    assert tree(home) == before  # the other app's entry and the data are untouched
    assert "your data" in done.stdout


def test_a_file_that_is_not_ours_is_never_overwritten(tmp_path, bundle) -> None:
    home = tmp_path / "home"
    launcher = home / ".local" / "bin" / "backcare-desktop"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("someone else's script")
    done = run(home, "install", "--bundle", str(bundle))
    assert done.returncode != 0 and "was not installed by BackCare" in done.stderr
    assert launcher.read_text() == "someone else's script"
    assert not (home / ".local" / "share" / "backcare-desktop").exists()


def test_install_without_a_bundle_says_how_to_build_it(tmp_path) -> None:
    done = run(tmp_path, "install", "--bundle", str(tmp_path / "missing"))
    assert done.returncode != 0 and "make package" in done.stderr
