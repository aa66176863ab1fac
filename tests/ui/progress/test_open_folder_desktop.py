"""Open the data folder (Settings ▸ Data) reaches the desktop's file manager:
through Qt and the real ``xdg-open``, on a private X screen, with a stand-in file
manager registered for folders the way a desktop registers its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.desktop_services import need, virtual_screen

FILE_MANAGER = """[Desktop Entry]
Type=Application
Name=Stand-in file manager
Exec={script} %u
MimeType=inode/directory;
"""

OPEN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backcare_desktop.ui.progress.settings_sections import open_folder
app = QApplication([])
print(open_folder(Path(sys.argv[1])), flush=True)
"""


@pytest.mark.desktop
def test_open_the_data_folder_starts_the_file_manager_with_it(tmp_path: Path,
                                                             qtbot: QtBot) -> None:
    need("xdg-open", "xdg-utils")
    need("file", "file")  # with no desktop running, xdg-open asks it what a folder is
    folder = tmp_path / "data folder"
    folder.mkdir()
    opened = tmp_path / "opened"
    script = tmp_path / "file-manager"
    script.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{opened}"\n')
    script.chmod(0o700)
    data_home, config_home = tmp_path / "share", tmp_path / "config"
    (data_home / "applications").mkdir(parents=True)
    (data_home / "applications" / "stand-in.desktop").write_text(
        FILE_MANAGER.format(script=script))
    config_home.mkdir()
    (config_home / "mimeapps.list").write_text(
        "[Default Applications]\ninode/directory=stand-in.desktop\n")
    with virtual_screen() as display:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("XDG_", "KDE_", "GNOME_", "DESKTOP_SESSION"))}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
                   XDG_DATA_HOME=str(data_home), XDG_CONFIG_HOME=str(config_home),
                   XDG_DATA_DIRS=f"{data_home}:/usr/share",
                   PYTHONPATH=str(Path(__file__).resolve().parents[3]))
        done = subprocess.run([sys.executable, "-c", OPEN, str(folder)], env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.stdout.strip() == "True", done.stderr
        # xdg-open runs detached: the stand-in writes its file when it is started.
        qtbot.waitUntil(opened.exists, timeout=20_000)
    assert opened.read_text() in (str(folder), folder.as_uri())
