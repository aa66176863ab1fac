"""The desktop entry, the AppStream metainfo and the icons: valid and consistent."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backcare_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (`make test` installs it when run as root)")
    return path


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--explain",
                           str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_id_everywhere_and_the_release_is_this_version() -> None:
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert next(r.get("version") for r in root.iter("release")) == __version__
    assert root.find("content_rating") is not None
    assert len(list(root.iter("screenshot"))) >= 1
    for image in root.iter("image"):
        name = image.text.rsplit("/", 1)[-1]  # type: ignore[union-attr]
        assert (ROOT / "docs" / "screenshots" / name).is_file()


def test_the_icon_pngs_are_what_the_script_renders(qapp) -> None:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" /
                                                  "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 64, 128, 256):
        saved = QImage(str(module.png_path(size)))
        assert (saved.width(), saved.height()) == (size, size)
        fresh = module.render(size).convertToFormat(saved.format())
        # Qt's painter rounds a channel one level differently on different
        # processors (its SSE, AVX2 and AVX-512 paths), so the same drawing
        # may differ by one level; a changed drawing differs by far more.
        off = _largest_channel_difference(fresh, saved)
        assert off <= ROUNDING_LEVELS, (
            f"{size} px differs by {off} levels: run scripts/make_icons.py")


ROUNDING_LEVELS = 2


def _largest_channel_difference(one, other) -> int:
    assert one.format() == other.format() and one.size() == other.size()
    a, b = bytes(one.constBits()), bytes(other.constBits())
    return max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0)


def test_a_changed_drawing_is_told_from_rounding(qapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor(100, 150, 200))
    rounded = image.copy()
    rounded.setPixelColor(3, 3, QColor(101, 150, 199))
    changed = image.copy()
    changed.setPixelColor(3, 3, Qt.GlobalColor.white)
    assert _largest_channel_difference(image, rounded) <= ROUNDING_LEVELS
    assert _largest_channel_difference(image, changed) > ROUNDING_LEVELS


def test_the_window_icon_has_every_size(qapp) -> None:
    from backcare_desktop.ui.shell.icons import bundled_icon

    sizes = {(s.width(), s.height()) for s in bundled_icon().availableSizes()}
    assert {(n, n) for n in (16, 32, 48, 64, 128, 256)} <= sizes
