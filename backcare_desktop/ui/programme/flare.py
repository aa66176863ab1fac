"""The flare-up advice dialog: the urgent signs first, the advice, the gentle
routine.

Pressing Flare-up starts the mode by hand and opens the advice; pain of
``FLARE_PAIN`` or more given before a session starts it too and offers the
gentle routine instead of the chosen one (the person may go on with theirs).
``flare_mode.py`` wires it into the window; the rules are
``core.programme.flare``; the periods are stored by the repository. The dialog
is behind one function, ``show_flare_up``, that tests answer.
"""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.programme.flare import (
    ADVICE,
    CALM_DAYS,
    FLARE_PAIN,
)
from backcare_desktop.ui.shell import modal

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class FlareChoice(enum.Enum):
    CLOSE = enum.auto()  # closed; before a session: go on with the chosen routine
    GENTLE = enum.auto()  # start the gentle routine
    END = enum.auto()  # end flare-up mode


def _label(text: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def _bullet(text: str) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    mark = QLabel("•")
    mark.setAlignment(Qt.AlignmentFlag.AlignTop)
    mark.setAccessibleName("")
    layout.addWidget(mark)
    layout.addWidget(_label(text), 1)
    return row


class UrgentCareBox(QFrame):
    """The signs that need urgent care: first, framed, with a heading and a warning
    sign (not told by colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentCare")
        self.setAccessibleName(QCoreApplication.translate("FlareAdvice", ADVICE.urgent_heading))
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("QFrame#urgentCare { border: 3px solid palette(text);"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.heading = _label(QCoreApplication.translate(
            "FlareAdvice", ADVICE.urgent_heading), bold=True, scale=1.2)
        self.heading.setObjectName("urgentHeading")
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        for sign in ADVICE.urgent_signs:
            layout.addWidget(_bullet(QCoreApplication.translate("FlareAdvice", sign)))
        self.action = _label(QCoreApplication.translate(
            "FlareAdvice", ADVICE.urgent_action), bold=True)
        layout.addWidget(self.action)


class FlareDialog(QDialog):
    """The advice for a flare-up, the urgent signs first; its buttons start the
    gentle routine, end flare-up mode (while it is on) or close it.

    Before a session (``routine_title`` given), it says what pain was given and
    closing means going on with that routine."""

    def __init__(self, *, active: bool, since: str = "", routine_title: str | None = None,
                 level: int | None = None, session_running: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = FlareChoice.CLOSE
        self.setWindowTitle(QCoreApplication.translate("FlareUp", "Flare-up"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.urgent = UrgentCareBox()
        column.addWidget(self.urgent)
        if routine_title is not None:
            self.offer = _label(QCoreApplication.translate(
                "FlareUp", "You gave your pain as {level} out of 10 before “{routine}”. On a "
                "day like this, a short, gentle routine with slow breathing may suit you "
                "better. You choose.").format(level=level, routine=routine_title))
            self.offer.setObjectName("flareOffer")
            column.addWidget(self.offer)
        heading = _label(QCoreApplication.translate(
            "FlareAdvice", ADVICE.heading), bold=True, scale=1.1)
        column.addWidget(heading)
        for point in ADVICE.points:
            column.addWidget(_bullet(QCoreApplication.translate("FlareAdvice", point)))
        if active:
            on = (QCoreApplication.translate("FlareUp", "Flare-up mode is on since {day}.")
                  .format(day=since) if since
                  else QCoreApplication.translate("FlareUp", "Flare-up mode is on."))
            how_it_ends = QCoreApplication.translate("FlareAdvice", ADVICE.ending).format(
                pain=FLARE_PAIN, days=CALM_DAYS)
            self.state = _label(QCoreApplication.translate("FlareUp", "{mode} {ending}").format(
                mode=on, ending=how_it_ends))
        else:
            self.state = _label(QCoreApplication.translate(
                "FlareUp", "Flare-up mode could not be saved; the advice stands."))
        self.state.setObjectName("flareState")
        column.addWidget(self.state)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = body

        self.gentle_button = QPushButton(
            QCoreApplication.translate(
                "FlareUp", "Start the gentle routine") if routine_title is None
            else QCoreApplication.translate("FlareUp", "Do the gentle routine instead"))
        self.gentle_button.setDefault(True)
        self.gentle_button.clicked.connect(lambda: self._choose(FlareChoice.GENTLE))
        if session_running:  # one session at a time
            self.gentle_button.setEnabled(False)
            self.gentle_button.setToolTip(QCoreApplication.translate(
                "FlareUp", "Stop the running session first."))
        self.end_button = QPushButton(QCoreApplication.translate("FlareUp", "End flare-up mode"))
        self.end_button.clicked.connect(lambda: self._choose(FlareChoice.END))
        self.end_button.setVisible(active)
        self.close_button = QPushButton(
            QCoreApplication.translate("FlareUp", "Close") if routine_title is None
            else QCoreApplication.translate("FlareUp", "Go on with my routine"))
        self.close_button.clicked.connect(lambda: self._choose(FlareChoice.CLOSE))
        # Two rows, so the buttons keep their whole words on a small screen.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.gentle_button)
        ending = QHBoxLayout()
        ending.addWidget(self.end_button)
        ending.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addLayout(ending)
        # Lines of about 70 characters where the screen allows; tall enough to show
        # the urgent signs and most of the advice without scrolling.
        screen = self.screen().availableGeometry()
        self._width = min(self.fontMetrics().averageCharWidth() * 72, screen.width() * 2 // 3)
        self.setMinimumWidth(min(self._width, super().sizeHint().width()))
        self.setMinimumHeight(min(self.sizeHint().height(), screen.height() * 5 // 6,
                                  self.fontMetrics().lineSpacing() * 22))
        self.gentle_button.setFocus()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        layout = self._body.layout()
        width = max(hint.width(), self._width)
        if layout is not None:
            hint.setHeight(layout.totalHeightForWidth(width - 40) + 90
                           + 2 * self.gentle_button.sizeHint().height())
        hint.setWidth(width)
        return hint

    def _choose(self, choice: FlareChoice) -> None:
        self.choice = choice
        self.accept()


def show_flare_up(parent: QWidget | None, *, active: bool, since: str = "",
                  routine_title: str | None = None, level: int | None = None,
                  session_running: bool = False) -> FlareChoice:
    """The flare-up advice; what the person chose."""
    dialog = FlareDialog(active=active, since=since, routine_title=routine_title, level=level,
                         session_running=session_running, parent=parent)
    modal.run(dialog)
    return dialog.choice
