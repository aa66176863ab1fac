"""What start-up hands each feature: the one place the features meet.

Each feature package (``ui/routines``, ``ui/session``, ``ui/hydration``,
``ui/progress``) has an ``install(ctx)`` that adds its pages to the window and
connects its signals, using only what is here. Features never import one
another: they talk through the signals of ``AppEvents`` and the small
``SessionStatus``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from backcare_desktop.core.clock import Clock
    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.paths import AppPaths
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.services import DesktopServices
    from backcare_desktop.ui.shell.main_window import MainWindow


class AppEvents(QObject):
    """Signals any feature may emit or follow.

    Signals:
        records_changed(): sessions, steps, pain or water were written; pages that
            show records redraw (when next seen) and the header refreshes.
        ready(): the window is on screen and the desktop services are up;
            reminders and other work that can wait start here.
        quitting(): the app is about to close; stop timers and record what runs.
        start_routine(object): the person chose to start this ``Routine``.
        safety_notice_accepted(): the first run's safety notice was just
            accepted (the first-run questions may follow).
        session_recorded(int): a session ended and its questions (pain after,
            how it felt) were answered; the int is its id in the records. Not
            emitted when the app closes during a session.
        routines_changed(): a routine file of the person's was written outside
            the Routines page (an accepted progression); the picker reads again.
        restart_requested(): the person asked to restart (to show a new
            language): the app quits as File → Quit does, then starts again.
    """

    records_changed = Signal()
    ready = Signal()
    quitting = Signal()
    start_routine = Signal(object)
    safety_notice_accepted = Signal()
    session_recorded = Signal(int)
    routines_changed = Signal()
    restart_requested = Signal()


class PlannedToday(QObject):
    """What the weekly plan has for today, for whichever page shows it.

    The programme feature sets it; the header and the Routines page show
    ``text`` ("Core stability at 18:00", empty when there is no plan) and offer
    Start when ``routine_id`` is set.

    Signals:
        changed(): ``text`` or ``routine_id`` changed.
        start_requested(): the person pressed Start beside it.
        edit_requested(): the person asked to see or change the plan.
    """

    changed = Signal()
    start_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.routine_id: str | None = None

    def set(self, text: str, routine_id: str | None) -> None:
        if (text, routine_id) != (self.text, self.routine_id):
            self.text, self.routine_id = text, routine_id
            self.changed.emit()


@dataclass
class PainBefore:
    """The pain given before a session starts (``SessionStatus.pain_before``).

    Listeners run before the session starts; one may offer another routine for
    the day (flare-up mode offers its gentle one) and set ``instead`` to the
    routine the person chose."""

    level: int
    routine: Routine
    instead: Routine | None = None


class SessionStatus(QObject):
    """What the rest of the app may know of a guided session, and may tell it.

    The session feature keeps ``active`` up to date; reminders ask it before
    they interrupt, and post a quiet note to the session instead of a popup.

    Signals:
        active_changed(bool): a session started (True) or ended (False).
        note_posted(str): a reminder to show quietly on the running session.
        note_withdrawn(): that reminder is no longer due.
        pause_requested(str): something outside the app asks a running session
            to pause (the screen locked, the computer goes to sleep); the text
            says why.
        pain_before(object): a ``PainBefore``: the pain the person gave before a
            session, told before it starts (see ``pain_given_before``).
    """

    active_changed = Signal(bool)
    note_posted = Signal(str)
    note_withdrawn = Signal()
    pause_requested = Signal(str)
    pain_before = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    def post_note(self, text: str) -> bool:
        """Show ``text`` on the running session; False when none runs."""
        if not self._active:
            return False
        self.note_posted.emit(text)
        return True

    def withdraw_note(self) -> None:
        self.note_withdrawn.emit()

    def pain_given_before(self, level: int, routine: Routine) -> Routine:
        """Tell the pain given before ``routine`` starts; return the routine to start
        (another one when a listener offered it and the person chose it)."""
        asked = PainBefore(level, routine)
        self.pain_before.emit(asked)
        return routine if asked.instead is None else asked.instead


@dataclass(frozen=True)
class AppContext:
    """Everything a feature's ``install`` may use."""

    paths: AppPaths
    repo: Repository
    clock: Clock
    window: MainWindow
    events: AppEvents
    session: SessionStatus
    desktop: DesktopServices
    version: str
    today: PlannedToday = field(default_factory=PlannedToday)


Installer = Callable[[AppContext], object]
