"""scripts/dev.py: the one command that sets up a fresh machine."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "dev.py"


@pytest.fixture
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("backcare_dev_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pretend_linux(dev: ModuleType, monkeypatch: pytest.MonkeyPatch, libs: set[str]) -> None:
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "known_libraries", lambda: libs)
    monkeypatch.setattr(dev, "has_a_font", lambda: True)
    monkeypatch.setattr(dev, "has_venv_module", lambda: True)
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")


def test_missing_libraries_map_to_their_debian_packages(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = set(dev.SYSTEM_LIBRARIES)
    pretend_linux(dev, monkeypatch, everything - {"libEGL.so.1", "libxcb-cursor.so.0"})
    assert dev.missing_system_packages() == ["libegl1", "libxcb-cursor0"]
    pretend_linux(dev, monkeypatch, everything)
    assert dev.missing_system_packages() == []


def test_without_root_it_stops_with_one_line_that_works_with_or_without_sudo(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_linux(dev, monkeypatch, set(dev.SYSTEM_LIBRARIES) - {"libpulse.so.0"})
    monkeypatch.setattr(dev, "apt_names", lambda packages: packages)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    with pytest.raises(SystemExit) as info:
        dev.ensure_system_packages()
    line = str(info.value)
    assert line == (
        "[backcare] missing system packages; as root (sudo -i, or su - where there is no sudo)"
        " run: apt-get update && apt-get install -y libpulse0"
    )
    assert "\n" not in line and "sudo apt-get" not in line  # a minimal Debian has no sudo


def test_without_root_the_bundle_commands_name_binutils_and_libpython_too(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_linux(dev, monkeypatch, set(dev.SYSTEM_LIBRARIES))
    monkeypatch.setattr(dev, "apt_names", lambda packages: packages)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(dev, "missing_bundle_packages", lambda: ["binutils", "libpython3.11"])
    monkeypatch.setattr(dev, "ensure_venv", lambda: pytest.fail("set up before packages"))
    with pytest.raises(SystemExit) as info:
        dev.main(["package"])
    assert str(info.value).endswith("apt-get install -y binutils libpython3.11")
    monkeypatch.setattr(dev, "ensure_venv", lambda: None)
    monkeypatch.setattr(dev, "ensure_test_tools", lambda: None)
    monkeypatch.setattr(dev.subprocess, "call", lambda *args, **kwargs: 0)
    assert dev.main(["test"]) == 0  # the tests themselves need neither


def test_as_root_it_updates_then_installs_everything_in_one_go(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_linux(dev, monkeypatch, set(dev.SYSTEM_LIBRARIES) - {"libEGL.so.1"})
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    monkeypatch.setattr(dev, "apt_names", lambda packages: packages)
    ran: list[list[str]] = []

    def run(args: list[str], **kwargs: object) -> None:
        ran.append(args)
        monkeypatch.setattr(dev, "known_libraries", lambda: set(dev.SYSTEM_LIBRARIES))
        monkeypatch.setattr(dev, "missing_bundle_packages", lambda: [])

    monkeypatch.setattr(dev.subprocess, "run", run)
    dev.ensure_system_packages(["binutils", "libpython3.11"])
    assert ran == [["apt-get", "update", "-qq"],
                   ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                    "libegl1", "binutils", "libpython3.11"]]


def python_config(**values: object) -> object:
    return values.get


def test_a_distribution_python_needs_its_libpython_package_for_the_bundle(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Debian's python3 is linked statically; PyInstaller takes libpython3.X.so.1.0,
    which only the libpython3.X package installs."""
    libdir = tmp_path / "usr" / "lib" / "x86_64-linux-gnu"
    libdir.mkdir(parents=True)
    debian = python_config(Py_ENABLE_SHARED=1, INSTSONAME="libpython3.11.so.1.0",
                           LDLIBRARY="libpython3.11.so", LIBDIR=str(libdir))
    monkeypatch.setattr(dev, "known_libraries", lambda: {"libc.so.6"})
    assert not dev.has_python_shared_library(str(tmp_path / "usr"), debian)
    (libdir / "libpython3.11.so.1.0").touch()
    assert dev.has_python_shared_library(str(tmp_path / "usr"), debian)
    (libdir / "libpython3.11.so.1.0").unlink()
    monkeypatch.setattr(dev, "known_libraries", lambda: {"libpython3.11.so.1.0"})
    assert dev.has_python_shared_library(str(tmp_path / "usr"), debian)  # elsewhere, per ldconfig

    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)
    monkeypatch.setattr(dev, "is_distribution_python", lambda: True)
    monkeypatch.setattr(dev, "has_python_shared_library", lambda: False)
    version = f"{dev.sys.version_info.major}.{dev.sys.version_info.minor}"
    assert dev.missing_bundle_packages() == ["binutils", f"libpython{version}"]
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev, "has_python_shared_library", lambda: True)
    assert dev.missing_bundle_packages() == []


def test_a_pyenv_python_finds_its_own_library_and_never_asks_for_debians(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    prefix = tmp_path / ".pyenv" / "versions" / "3.11.7"
    (prefix / "lib").mkdir(parents=True)
    shared = python_config(Py_ENABLE_SHARED=1, INSTSONAME="libpython3.11.so.1.0",
                           LIBDIR=str(prefix / "lib"))
    monkeypatch.setattr(dev, "known_libraries", lambda: set())
    assert not dev.has_python_shared_library(str(prefix), shared)
    (prefix / "lib" / "libpython3.11.so.1.0").touch()
    assert dev.has_python_shared_library(str(prefix), shared)

    # Built without --enable-shared: the system's libpython does not count.
    static = python_config(Py_ENABLE_SHARED=0, INSTSONAME="libpython3.11.a")
    monkeypatch.setattr(dev, "known_libraries", lambda: {"libpython3.11.so.1.0"})
    assert not dev.has_python_shared_library(str(tmp_path / "elsewhere"), static)

    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev, "is_distribution_python", lambda: False)
    monkeypatch.setattr(dev, "has_python_shared_library", lambda: False)
    assert dev.missing_bundle_packages() == []  # PyInstaller says: rebuild with --enable-shared


NOBLE_POLICY = """\
libglib2.0-0:
  Installed: (none)
  Candidate: (none)
  Version table:
libglib2.0-0t64:
  Installed: (none)
  Candidate: 2.80.0-6ubuntu3.1
  Version table:
     2.80.0-6ubuntu3.1 500
        500 http://archive.example/ubuntu noble-updates/main amd64 Packages
libpulse0:amd64:
  Installed: (none)
  Candidate: 1:16.1+dfsg1-2ubuntu10
  Version table:
     1:16.1+dfsg1-2ubuntu10 500
        500 http://archive.example/ubuntu noble/main amd64 Packages
"""


def test_the_64_bit_time_renames_are_used_where_only_they_exist(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dev.installable(NOBLE_POLICY) == {"libglib2.0-0t64", "libpulse0"}

    class Done:
        stdout = NOBLE_POLICY

    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev.subprocess, "run", lambda *args, **kwargs: Done())
    assert dev.apt_names(["libglib2.0-0", "libpulse0", "binutils"]) == [
        "libglib2.0-0t64", "libpulse0", "binutils"]
    Done.stdout = ""  # no package lists yet: Debian's names as they are
    assert dev.apt_names(["libglib2.0-0", "libpython3.11"]) == ["libglib2.0-0", "libpython3.11"]
