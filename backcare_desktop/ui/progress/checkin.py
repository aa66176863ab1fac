"""The daily pain check-in on a real timer: one single-shot timer armed for the
next time to ask (see ``core.progress.checkin``).

``deliver`` shows the question and says whether it could (not during a
session); when it could not, the question waits a little and tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.hydration.amounts import parse_hhmm
from backcare_desktop.core.hydration.schedule import local
from backcare_desktop.core.progress import checkin
from backcare_desktop.ui.desktop.wall_timer import arm_for

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


def text() -> str:
    """The daily check-in's question."""
    return QCoreApplication.translate(
        "CheckIn", "How is your back today? Logging it takes a few seconds and shows your "
        "trend.")


RETRY_AFTER = timedelta(minutes=15)


class CheckIn(QObject):
    def __init__(self, repo: Repository, clock: Clock, deliver: Callable[[str], bool], *,
                 zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo, self._clock, self._zone = repo, clock, zone
        self._deliver = deliver
        self.due: datetime | None = None
        self._not_before: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("pain-checkin")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def _settings(self) -> tuple[bool, time]:
        try:
            at = parse_hhmm(self._repo.get_setting("checkin_time"))
        except ValueError:
            at = time(20)
        return bool(self._repo.get_setting("checkin_enabled")), at

    def _next(self, now: datetime) -> datetime | None:
        enabled, at = self._settings()
        days = self._repo.checkin_days(local(now, self._zone).date())
        return checkin.next_checkin(enabled, at, now, asked_on=days.asked_on,
                                    logged_on=days.logged_on, zone=self._zone)

    def rearm(self) -> None:
        """Arm the timer for the next time to ask (or stop it when switched off)."""
        now = self._clock.now()
        self.due = self._next(now)
        if self.due is None:
            self._timer.stop()
            return
        if self._not_before is not None and self.due < self._not_before:
            self.due = self._not_before
        arm_for(self._timer, self.due, now)

    def answered_today(self) -> bool:
        """Pain was logged today (local day): the question needs no answer."""
        today = local(self._clock.now(), self._zone).date()
        return self._repo.checkin_days(today).logged_on == today

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        now = self._clock.now()
        due = self._next(now)
        if due is not None and due <= now:
            if self._deliver(text()):
                self._repo.save_checkin_asked(local(now, self._zone).date())
                self._not_before = None
                log.info("daily check-in shown")
            else:
                self._not_before = now + RETRY_AFTER
        self.rearm()
