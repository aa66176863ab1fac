"""The weekly questions (PEG) on a real timer, shown the way the daily check-in is.

``WeeklyCheckIn`` arms one single-shot timer for the next time to ask (see
``core.progress.peg``). ``WeeklyDelivery`` shows the question as a notification
with an action, else a tray message, else the in-window banner; during a
session it posts a quiet note once and says it could not ask, so the question
waits a little and tries again after the session. Nothing here ever blocks:
the notification goes through the notifier's own thread.

Signals:
    WeeklyDelivery.shown(str): the question was shown, and where: "notification",
        "tray", "banner" or "session" (the quiet note).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.hydration.amounts import parse_hhmm
from backcare_desktop.core.hydration.schedule import local
from backcare_desktop.core.progress import peg
from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.outlets import Outlets
from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.desktop.wall_timer import arm_for
from backcare_desktop.ui.shell.context import SessionStatus

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

TAG = "weekly-checkin"  # apart from the daily check-in's and the drink reminder's
RETRY_AFTER = timedelta(minutes=15)
DEFAULT_TIME = time(18)


def title() -> str:
    return QCoreApplication.translate("WeeklyCheckIn", "Weekly questions")


def text() -> str:
    return QCoreApplication.translate(
        "WeeklyCheckIn", "Three quick questions about your past week: they give your weekly "
        "score (PEG) and show how you are doing over time.")


def session_note() -> str:
    return QCoreApplication.translate(
        "WeeklyCheckIn", "Your weekly questions are waiting; they come after the session.")


class WeeklyCheckIn(QObject):
    def __init__(self, repo: Repository, clock: Clock, deliver: Callable[[], bool], *,
                 zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo, self._clock, self._zone = repo, clock, zone
        self._deliver = deliver
        self.due: datetime | None = None
        self._not_before: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("weekly-checkin")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def _settings(self) -> tuple[bool, int, time]:
        try:
            at = parse_hhmm(self._repo.get_setting("peg_time"))
        except ValueError:
            at = DEFAULT_TIME
        return (bool(self._repo.get_setting("peg_enabled")),
                int(self._repo.get_setting("peg_weekday")), at)

    def _next(self, now: datetime) -> datetime | None:
        enabled, weekday, at = self._settings()
        return peg.next_peg(enabled, weekday, at, now, asked=self._repo.peg_asked(),
                            answered=self._repo.last_peg_answered(), zone=self._zone)

    def rearm(self) -> None:
        """Arm the timer for the next time to ask (or stop it when switched off)."""
        now = self._clock.now()
        if self._settings()[0] and self._repo.peg_asked() is None:
            # Just switched on: counted from now, so the first question comes at the
            # next chosen moment rather than for a week that had already begun.
            self._repo.save_peg_asked(local(now, self._zone))
        self.due = self._next(now)
        if self.due is None:
            self._timer.stop()
            return
        if self._not_before is not None and self.due < self._not_before:
            self.due = self._not_before
        arm_for(self._timer, self.due, now)

    def answered_recently(self) -> bool:
        """An answer was given in the last six days: the question needs no answer."""
        last = self._repo.last_peg_answered()
        return last is not None and self._clock.now() - last < peg.RECENT

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        now = self._clock.now()
        due = self._next(now)
        if due is not None and due <= now:
            if self._deliver():
                self._repo.save_peg_asked(local(now, self._zone))
                self._not_before = None
                log.info("weekly questions shown")
            else:
                self._not_before = now + RETRY_AFTER
        self.rearm()


class WeeklyDelivery(QObject):
    shown = Signal(str)

    def __init__(self, *, banner: ReminderBanner, notifier: Notifier | None,
                 tray: Tray | None, session: SessionStatus, answer: Callable[[], None],
                 open_window: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        self._session = session
        self._answer, self._open_window = answer, open_window
        self._noted = False  # the quiet note was posted for this question
        self._outlets = Outlets(
            TAG, notifier=notifier, tray=tray, show_banner=banner.show_weekly,
            tray_text=lambda body: body + " " + QCoreApplication.translate(
                "WeeklyCheckIn", "Answer them on the Progress page."),
            parent=self)
        self._outlets.shown_instead.connect(self.shown)
        self._outlets.action.connect(self._notification_action)
        banner.weekly.connect(answer)

    def deliver(self) -> bool:
        """Show the question; False (try again later) while a session runs."""
        if self._session.active:
            if not self._noted and self._session.post_note(session_note()):
                self._noted = True
                self.shown.emit("session")
            return False
        self._noted = False
        self.shown.emit(self._outlets.show(title(), text(), [
            ("answer", QCoreApplication.translate("WeeklyCheckIn", "Answer…")),
            ("default", QCoreApplication.translate("WeeklyCheckIn", "Open BackCare"))]))
        return True

    def withdraw(self) -> None:
        """The questions were answered."""
        self._outlets.withdraw_notification()
        self._banner.hide_if("weekly")

    def _notification_action(self, key: str) -> None:
        if key not in ("answer", "default"):
            return
        self._open_window()
        if key == "answer":
            self._answer()
