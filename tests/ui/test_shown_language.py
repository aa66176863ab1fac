"""The whole window in German and in Spanish: no English left on any page.

Starts the real app with the language stored in its settings, opens every
page and every Settings section, and reads every text a person or a screen
reader meets (labels, buttons, actions and menus, tabs, list items, window
and group titles, tooltips, accessible names). A text with words only English
uses ("the", "your", "and", ...) is a text left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from backcare_desktop import app as app_module
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.shell import i18n
from tests.fakes import FakeClock

ENGLISH_ONLY = re.compile(  # lower case: German "Was" is not English "was"
    r"\b(the|your|you|and|with|this|that|is|are|of|to|for|it|was|will|what|when|"
    r"today|week|session|sessions|exercise|routine|settings|drink|pain|"
    r"Today|Week|Session|Sessions|Exercise|Routine|Settings|Drink|Pain|The|Your)\b")


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything shown or read out in ``widget``."""
    for w in [widget, *widget.findChildren(QWidget)]:
        name = type(w).__name__
        yield name, w.toolTip()
        yield name, w.accessibleName()
        yield name, w.accessibleDescription()
        if w.isWindow():
            yield name, w.windowTitle()
        if isinstance(w, QLabel):
            yield name, re.sub(r"<[^>]+>", " ", w.text())
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                if item is not None:
                    yield name, item.text()
        for action in w.actions():
            yield "QAction", action.text().replace("&", "")
            yield "QAction", action.toolTip()
    for action in widget.findChildren(QAction):
        yield "QAction", action.text().replace("&", "")


def english_left(window: QWidget) -> list[str]:
    found = []
    for where, text in texts_of(window):
        text = " ".join(w for w in text.split() if "/" not in w)  # not the paths
        if text and ENGLISH_ONLY.search(text):
            found.append(f"{where}: {text[:90]!r}")
    return sorted(set(found))


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_page_or_section_shows_english(
        language: str, qtbot, launch: Callable[[AppPaths], object], paths: AppPaths,
        clock: FakeClock, speaking: QApplication) -> None:
    from backcare_desktop.ui.shell.pages import PAGES

    paths.data_dir.mkdir(parents=True)
    repo = Repository(database.open_database(paths.database, paths.backups, clock.now()),
                      paths.database)
    repo.set_setting("language", language)
    repo.close()
    running = launch(paths)
    assert isinstance(running, app_module.Running)
    if running:
        window = running.window
        qtbot.waitUntil(lambda: running.ready)
        left: list[str] = []
        for page in PAGES:
            window.show_page(page.key)
            left += [f"{page.key}: {text}" for text in english_left(window)]
        settings = window.built_page("settings")
        sections: list[str] = settings.keys()  # type: ignore[union-attr]
        for key in sections:
            window.show_settings(key)
            left += [f"settings/{key}: {text}" for text in english_left(window)]
        from backcare_desktop.ui.session import speech

        speech.close_all()  # as at a quit: the Sound section's voice listing ends
        left = sorted(set(left))
        assert left == [], f"{len(left)} English texts:\n" + "\n".join(left)
