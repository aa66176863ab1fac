"""The Settings page: a list of sections on the left, the chosen one on the right.

Each feature registers its own section with ``MainWindow.add_settings_section``
(a key, a title and a function that builds it); a section is built the first
time it is shown, so the page costs nothing until it is opened, and opening it
builds only the section shown. Every section saves a value as soon as it is
changed and valid; a value that is not allowed is named plainly next to it and
not saved. The General section (the weekly goal and the colour scheme) is the
shell's own (``GeneralSection``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.settings_schema import setting
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.i18n import tr
from backcare_desktop.ui.shell.pages import LazyPage, SectionInfo

log = logging.getLogger(__name__)

ITEM_PAD = 6  # around a section's title in the list
PROBLEM_STYLE = "color: #c0392b; font-weight: bold;"  # the hydration form's shade
# Spin boxes reach past a setting's limits, so a typed value outside them gets a
# message naming the limits rather than being silently clamped.
TYPED_MAX = 999


class Prefs(Protocol):
    def get_setting(self, key: str) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


class NoteLabel(QLabel):
    """A wrapping label that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def problem_label() -> QLabel:
    """The label under a section's form that names what is not allowed (hidden
    when all is well); its text is read by screen readers like any label's."""
    label = NoteLabel()
    label.setStyleSheet(PROBLEM_STYLE)
    label.setAccessibleDescription(tr("Problems with the settings"))
    return label


def section_title(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


class SettingsPage(QWidget):
    """The sections in ``order`` (then as registered); ``show_section(key)`` shows
    one, building it if it is new. The list takes the keyboard first: Up and Down
    choose a section, Tab goes into it."""

    section_shown = Signal(str)

    def __init__(self, sections: Sequence[SectionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-settings")
        self.setAccessibleName(self.tr("Settings"))
        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setAccessibleName(self.tr("Settings sections"))
        self.sections.setFrameShape(QListWidget.Shape.NoFrame)
        self.sections.setWordWrap(True)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._style_list()
        self.stack = QStackedWidget()
        self._keys: list[str] = []
        self._slots: dict[str, LazyPage] = {}
        self._built: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        for info in sections:
            self.add_section(info)
        self.sections.currentRowChanged.connect(self._show_row)
        if self._keys:
            self.sections.setCurrentRow(0)

    def add_section(self, info: SectionInfo) -> None:
        """Add a section in its place by ``order`` (a section registered after the
        page was built, too)."""
        if info.key in self._slots:
            raise RuntimeError(f"the settings section {info.key!r} was given twice")
        orders = [self._slots[k].property("order") for k in self._keys]
        row = sum(1 for o in orders if o <= info.order)
        slot = LazyPage(info.title)
        slot.setProperty("order", info.order)
        slot.set_content(lambda: self._scrolling(info))
        self._slots[info.key] = slot
        self._keys.insert(row, info.key)
        self.stack.insertWidget(row, slot)
        current = self.sections.currentRow()
        self.sections.blockSignals(True)
        self.sections.insertItem(row, QListWidgetItem(info.title))
        self.sections.blockSignals(False)
        if current >= row:
            self.sections.setCurrentRow(current + 1)
        self._fit_list()

    def _scrolling(self, info: SectionInfo) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(section_title(info.title))
        section = info.build()
        self._built[info.key] = section
        column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(info.title)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Down only: the section takes the width it is given and wraps to it.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _fit_list(self) -> None:
        """As wide as the longest title up to 16 characters; longer titles wrap, each
        item as tall as its lines."""
        metrics = self.sections.fontMetrics()
        items = [self.sections.item(r) for r in range(self.sections.count())]
        widest = max((metrics.horizontalAdvance(item.text()) for item in items), default=0)
        width = min(widest, metrics.averageCharWidth() * 16) + 4 * ITEM_PAD
        self.sections.setFixedWidth(width)
        for item in items:
            text = metrics.boundingRect(QRect(0, 0, width - 4 * ITEM_PAD, 10_000),
                                        Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width - 2 * ITEM_PAD, text.height() + 3 * ITEM_PAD))

    def _style_list(self) -> None:
        # Set again when the scheme changes: a style sheet's palette() is read once.
        self.sections.setStyleSheet(
            "QListWidget { background: transparent; outline: 0; }"
            f"QListWidget::item {{ padding: {ITEM_PAD}px {ITEM_PAD}px; border-radius: 6px; }}"
            "QListWidget::item:!selected { color: palette(window-text); }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "QListWidget::item:hover:!selected { background: palette(button); }")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._style_list()
            self._fit_list()
        super().changeEvent(event)

    def keys(self) -> list[str]:
        return list(self._keys)

    def current_key(self) -> str | None:
        row = self.sections.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def show_section(self, key: str | None) -> None:
        """Show the section ``key`` (the one shown last when None, or when no
        section has that key) with the keyboard on the list."""
        if key in self._keys:
            self.sections.setCurrentRow(self._keys.index(key))
        elif key is not None:
            log.warning("no settings section %r", key)
        self.sections.setFocus()

    def section(self, key: str) -> QWidget:
        """The section's own widget (built now if it was not yet)."""
        self._slots[key].content()
        return self._built[key]

    def built_section(self, key: str) -> bool:
        return key in self._built

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.stack.setCurrentIndex(row)
            self._slots[self._keys[row]].content()
            self.section_shown.emit(self._keys[row])


class GeneralSection(QWidget):
    """The weekly goal and the colour scheme, each saved when changed: the goal
    calls ``goal_changed`` (the header redraws), the scheme ``apply_scheme`` (the
    window follows at once)."""


    def __init__(self, prefs: Prefs, *, goal_changed: Callable[[], None],
                 apply_scheme: Callable[[str], None],
                 offer_restart: Callable[[str], None] = lambda _language: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._goal_changed = goal_changed
        self._apply_scheme = apply_scheme
        self._offer_restart = offer_restart
        self.goal = QSpinBox()
        self.goal.setRange(0, TYPED_MAX)
        self.goal.setKeyboardTracking(False)  # saved when typed in full, not per digit
        self.goal.setSuffix(self.tr(" a week"))
        self.goal.setAccessibleName(self.tr("Weekly goal: sessions a week"))
        self.goal.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.goal.setValue(int(prefs.get_setting("sessions_per_week_goal")))
        self.goal.valueChanged.connect(self._save_goal)
        goal_note = QLabel(self.tr("Guidance: at least 3 sessions a week, with rest days "
                                   "between strength days. From 1 to 14."))
        goal_note.setWordWrap(True)
        self.goal_problem = problem_label()

        self.scheme_group = QButtonGroup(self)
        self.scheme_buttons: dict[str, QRadioButton] = {}
        schemes = QVBoxLayout()
        current = prefs.get_setting("colour_scheme")
        schemes_shown = (("system", self.tr("Follow the desktop")), ("light", self.tr("Light")),
                         ("dark", self.tr("Dark")))
        for key, text in schemes_shown:
            button = QRadioButton(text)
            button.setChecked(key == current)
            button.setAccessibleDescription(self.tr("Colour scheme"))
            self.scheme_group.addButton(button)
            self.scheme_buttons[key] = button
            schemes.addWidget(button)
            button.toggled.connect(lambda on, k=key: self._save_scheme(k) if on else None)
        self.scheme_problem = problem_label()

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.ENDONYMS[i18n.resolve("system", QLocale.system().uiLanguages())]
        self.language.addItem(self.tr("As the system ({language})").format(language=system),
                              "system")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.ENDONYMS[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            prefs.get_setting("language"))))
        self.language.currentIndexChanged.connect(self._save_language)
        self.language_problem = problem_label()

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Weekly goal"), self.goal)
        form.addRow(goal_note)
        form.addRow(self.goal_problem)
        form.addRow(self.tr("Colour scheme"), schemes)
        form.addRow(self.scheme_problem)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.language_problem)

    def _save_goal(self, value: int) -> None:
        problem = setting("sessions_per_week_goal").plain_problem(value)
        self.goal_problem.setText(problem or "")
        if problem is None:
            self._prefs.set_setting("sessions_per_week_goal", value)
            self._goal_changed()

    def _save_language(self) -> None:
        choice = str(self.language.currentData())
        problem = setting("language").plain_problem(choice)
        self.language_problem.setText(problem or "")
        if problem is None:
            self._prefs.set_setting("language", choice)
            shown = i18n.resolve(choice, QLocale.system().uiLanguages())
            if shown != i18n.shown():
                self._offer_restart(shown)

    def _save_scheme(self, key: str) -> None:
        problem = setting("colour_scheme").plain_problem(key)
        self.scheme_problem.setText(problem or "")
        if problem is None:
            self._prefs.set_setting("colour_scheme", key)
            self._apply_scheme(key)
