"""Start-up: read the command line, find the folders, open the data, show the window.

This is the one place that wires storage, core and ui together. Qt is imported
only after the command line is parsed, so ``--version`` and ``--help`` stay
instant.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from backcare_desktop import APP_ID, APP_NAME, __version__, cli
from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.logging_setup import setup_logging
from backcare_desktop.paths import AppPaths, DataFolderError, ensure_private_dir, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from backcare_desktop.core.routines.collection import RoutineCollection
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.clock_watch import ClockWatch
    from backcare_desktop.ui.desktop.day_watch import DayWatcher
    from backcare_desktop.ui.desktop.notifications import Notifier
    from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner
    from backcare_desktop.ui.desktop.reminder_delivery import ReminderDelivery
    from backcare_desktop.ui.desktop.single_instance import SingleInstance
    from backcare_desktop.ui.desktop.system_watch import SystemWatch
    from backcare_desktop.ui.desktop.tray import Tray
    from backcare_desktop.ui.hydration.reminders import Hydration
    from backcare_desktop.ui.progress.checkin import CheckIn
    from backcare_desktop.ui.session.cue_player import CueOutput
    from backcare_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class Running:
    """What a successful start leaves running; ``shutdown`` undoes it in order."""

    paths: AppPaths
    repo: Repository
    window: MainWindow
    instance: SingleInstance
    day_watch: DayWatcher
    clock: Clock
    hydration: Hydration
    make_notifier: Callable[[], Notifier | None]
    banner: ReminderBanner
    ready: bool = field(default=False)  # the work after the first show is done
    closed: bool = field(default=False)
    tray: Tray | None = None
    delivery: ReminderDelivery | None = None
    system_watch: SystemWatch | None = None
    clock_watch: ClockWatch | None = None
    checkin: CheckIn | None = None

    def watch_system(self) -> SystemWatch:
        """The one listener for screen lock, sleep and wake (made on first use)."""
        if self.system_watch is None:
            from backcare_desktop.ui.desktop.system_watch import SystemWatch

            self.system_watch = SystemWatch(self.window)
        return self.system_watch

    def shutdown(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.day_watch.stop()
        self.hydration.stop()
        if self.checkin is not None:
            self.checkin.stop()
        if self.clock_watch is not None:
            self.clock_watch.close()
        if self.tray is not None:
            self.tray.close()
        session = self.window.built_page("session")
        if session is not None and hasattr(session, "abandon"):
            session.abandon("app closed")
        self.window.quitting = True
        if self.window.isVisible():
            self.window.close()
        take_daily_backup(self)
        self.repo.close()
        self.instance.release()
        self.window.deleteLater()


def take_daily_backup(running: Running) -> None:
    from backcare_desktop.storage import backups

    try:
        backups.backup_if_due(running.repo.connection, running.paths.backups, running.clock.now())
    except OSError as exc:
        log.error("automatic backup failed: %s", exc)


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("backcare.github.io")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(True)


def start(paths: AppPaths, *, clock: Clock | None = None, quit_after_show: bool = False,
          make_cues: Callable[[Repository], CueOutput] | None = None,
          make_notifier: Callable[[], Notifier | None] | None = None) -> Running | int:
    """Open everything and show the window; return ``Running`` or an exit code.

    Expects a QApplication to exist. Every question to the person goes through
    ``ui.dialogs`` so tests can answer it. ``make_notifier`` gives the desktop
    notification sender (default: the freedesktop service on Linux).
    """
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.core.routines.collection import RoutineCollection
    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.recovery import open_with_recovery
    from backcare_desktop.ui.desktop.day_watch import DayWatcher
    from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner
    from backcare_desktop.ui.desktop.single_instance import SingleInstance
    from backcare_desktop.ui.hydration.reminders import Hydration
    from backcare_desktop.ui.routines.page import RoutinesPage
    from backcare_desktop.ui.shell import theme
    from backcare_desktop.ui.shell.lazy_dialogs import dialogs
    from backcare_desktop.ui.shell.main_window import MainWindow

    clock = clock or SystemClock()
    app = QApplication.instance()
    assert isinstance(app, QApplication), "start() needs a QApplication"
    configure_application(app)
    theme.apply_theme(app)

    try:
        ensure_private_dir(paths.data_dir)
    except DataFolderError as exc:
        log.error("%s", exc)
        dialogs.show_error(None, "BackCare cannot use its data folder", str(exc))
        return EXIT_FAILED

    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if not instance.acquire():
        if instance.notify_running():
            log.info("BackCare already runs with %s; asked it to come forward", paths.data_dir)
            print(f"BackCare is already running with {paths.data_dir}; "
                  "its window was brought to the front.", file=sys.stderr)
            return EXIT_OK
        dialogs.show_error(
            None, "BackCare is already running",
            f"Another BackCare is using {paths.data_dir} but does not answer. "
            "Close it, or wait a moment and try again.",
        )
        return EXIT_FAILED

    try:
        repo = open_with_recovery(
            paths.database, paths.backups, clock.now,
            lambda problem, backup: dialogs.ask_database_recovery(problem, backup),
        )
    except StorageError as exc:
        log.error("%s", exc)
        dialogs.show_error(None, "BackCare cannot open your data", str(exc))
        instance.release()
        return EXIT_FAILED
    if repo is None:
        instance.release()
        return EXIT_FAILED

    scheme = repo.get_setting("colour_scheme")
    if scheme != "system":
        theme.apply_theme(app, scheme)
    interrupted = repo.mark_unfinished_sessions_interrupted()
    if interrupted:
        log.info("marked %d unfinished session(s) as interrupted", interrupted)

    hydration = Hydration(repo, clock)
    collection = RoutineCollection(paths.routines, repo)
    routines_page = RoutinesPage(collection)
    cues = make_cues or real_cue_player
    window: MainWindow

    def build_session_page() -> QWidget:
        from backcare_desktop.storage.session_log import SessionLog
        from backcare_desktop.ui.session.page import SessionPage

        page = SessionPage(make_log=lambda plan: SessionLog(repo, plan, clock.now),
                           make_cues=lambda: cues(repo), prefs=repo)
        page.title_changed.connect(window.setWindowTitle)
        page.focus_mode_changed.connect(window.set_focus_mode)
        page.choose_routine.connect(lambda: window.show_page(0))
        page.ended.connect(window.refresh_status)
        page.ended.connect(lambda: _progress_changed(window))
        watch = running.watch_system()
        watch.screen_locked.connect(lambda: page.pause_for(
            "The session paused because the screen was locked."))
        watch.going_to_sleep.connect(lambda: page.pause_for(
            "The session paused because the computer went to sleep."))
        return page

    window = MainWindow(
        status=lambda: repo.today_status(clock.now().date()),
        load_state=repo.get_ui_state,
        save_state=repo.set_ui_state,
        show_about=lambda parent: dialogs.show_about(
            parent, __version__, paths.data_dir, paths.log_file
        ),
        pages={"routines": routines_page, "session": build_session_page,
               "hydration": lambda: _hydration_page(hydration, repo),
               "progress": lambda: _progress_page(window, repo, clock),
               "history": lambda: _history_page(window, repo, clock)},
    )
    banner = ReminderBanner()
    window.set_banner(banner)
    hydration.changed.connect(window.refresh_status)
    hydration.changed.connect(lambda: _progress_changed(window))
    window.log_pain_requested.connect(lambda: _log_pain(window, repo, clock))
    window.export_requested.connect(lambda: _on_history_page(window).export_records())
    window.import_requested.connect(lambda: _on_history_page(window).import_records())
    routines_page.start_requested.connect(
        lambda rid: _start_routine(window, collection, rid))
    day_watch = DayWatcher(clock, window)
    running = Running(paths, repo, window, instance, day_watch, clock, hydration,
                      make_notifier or default_notifier, banner)
    day_watch.new_day.connect(window.refresh_status)
    day_watch.new_day.connect(lambda: take_daily_backup(running))
    instance.activated.connect(window.bring_to_front)
    instance.activated.connect(lambda: log.info("another start asked for the window"))
    day_watch.start()
    window.show()
    log.info("main window shown")

    # Everything else waits until the window is on screen.
    when_first_exposed(window, lambda: _after_show(running, notice=not quit_after_show))
    if quit_after_show:  # watched last, so it reports before the work above runs
        when_first_exposed(window, lambda: _report_and_quit(window))
    return running


def _hydration_page(hydration: Hydration, repo: Repository) -> QWidget:
    from backcare_desktop.ui.hydration.page import HydrationPage

    return HydrationPage(hydration, repo)


def _progress_page(window: MainWindow, repo: Repository, clock: Clock) -> QWidget:
    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.ui.progress.page import ProgressPage

    page = ProgressPage(ProgressSource(repo), lambda: clock.now().date())
    page.log_pain_requested.connect(window.log_pain_requested)
    page.go_to_routines.connect(lambda: window.show_page(0))
    return page


def _history_page(window: MainWindow, repo: Repository, clock: Clock) -> QWidget:
    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.ui.progress.history_page import HistoryPage

    page = HistoryPage(ProgressSource(repo), repo, clock.now)
    page.changed.connect(lambda: _progress_changed(window))
    page.changed.connect(window.refresh_status)
    return page


def _on_history_page(window: MainWindow) -> Any:
    """Show the History page (export and import live there) and return it."""
    from backcare_desktop.ui.shell.pages import PAGES

    window.show_page([p.key for p in PAGES].index("history"))
    return window.page("history")


def _progress_changed(window: MainWindow) -> None:
    """Records changed: the pages that show them redraw when next seen."""
    for key in ("progress", "history"):
        page = window.built_page(key)
        if page is not None and hasattr(page, "mark_stale"):
            page.mark_stale()
    window.records_changed.emit()


def _log_pain(window: MainWindow, repo: Repository, clock: Clock) -> None:
    from backcare_desktop.ui.shell.lazy_dialogs import dialogs

    answer = dialogs.log_pain(window)
    if answer is None:
        return
    level, area, note = answer
    repo.add_pain(level, clock.now(), area=area, note=note)
    _progress_changed(window)


def default_notifier() -> Notifier | None:
    """Desktop notifications through D-Bus on Linux and other free desktops."""
    if sys.platform in ("win32", "darwin"):
        return None
    from backcare_desktop.ui.desktop.notifications import DBusNotifier

    return DBusNotifier()


def start_reminders(running: Running) -> None:
    """Tray, notifications and the reminder timer: wired once the window is up."""
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.ui.desktop.clock_watch import ClockWatch
    from backcare_desktop.ui.desktop.reminder_banner import Chime
    from backcare_desktop.ui.desktop.reminder_delivery import ReminderDelivery
    from backcare_desktop.ui.desktop.tray import Tray, tray_available

    window, hydration, repo = running.window, running.hydration, running.repo
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if tray_available():
        from backcare_desktop.ui.shell.icons import app_icon

        tray = Tray(app_icon(), window)
        tray.log_glass.connect(hydration.log_glass)
        tray.snooze.connect(hydration.snooze)
        tray.pause_today.connect(hydration.pause_for_today)
        tray.resume.connect(hydration.resume)
        tray.open_window.connect(window.bring_to_front)
        tray.quit_requested.connect(window.quit)
        tray.show()
        running.tray = tray
        app.setQuitOnLastWindowClosed(False)
        window.keep_running_on_close = lambda: bool(repo.get_setting("close_to_tray"))
        window.hidden_to_tray.connect(lambda: _announce_tray_once(running))

        def update_tray() -> None:
            water = repo.today_status(hydration.today.date()).water_text()
            tray.update(f"BackCare — water today: {water}\n{hydration.status_text()}",
                        paused=hydration.paused_today(),
                        reminders_on=bool(repo.get_setting("reminders_enabled")))
        hydration.changed.connect(update_tray)
        running.day_watch.new_day.connect(update_tray)
    running.delivery = ReminderDelivery(
        hydration, banner=running.banner, notifier=running.make_notifier(),
        tray=running.tray,
        session_page=lambda: window.built_page("session"),
        open_window=lambda: (window.bring_to_front(), window.show_page(2)),
        chime=Chime(), prefs=repo, parent=window)
    checkin = start_checkin(running)
    clocks = ClockWatch(window)
    running.clock_watch = clocks
    for signal in (clocks.changed, running.watch_system().woke, running.day_watch.new_day):
        signal.connect(hydration.rearm)
        signal.connect(checkin.rearm)
    clocks.changed.connect(window.refresh_status)
    hydration.rearm()
    if running.tray is not None:
        update_tray()


def start_checkin(running: Running) -> CheckIn:
    """The optional daily pain check-in, shown the way drink reminders are."""
    from backcare_desktop.ui.desktop.reminder_delivery import CheckInDelivery
    from backcare_desktop.ui.progress.checkin import CheckIn

    window, repo = running.window, running.repo
    checkin = CheckIn(repo, running.clock, parent=window)
    delivery = CheckInDelivery(
        banner=running.banner, notifier=running.make_notifier(), tray=running.tray,
        session_page=lambda: window.built_page("session"),
        log_pain=window.log_pain_requested.emit, open_window=window.bring_to_front,
        parent=window)
    checkin.deliver = delivery.deliver
    running.checkin = checkin

    def records_changed() -> None:
        if checkin.answered_today():
            delivery.withdraw()
        checkin.rearm()
    window.records_changed.connect(records_changed)
    checkin.rearm()
    return checkin


def _announce_tray_once(running: Running) -> None:
    if running.tray is None or running.repo.get_setting("close_to_tray_announced"):
        return
    running.tray.message("BackCare is still running",
                         "Drink reminders keep coming while the window is closed. To quit, "
                         "choose Quit from this icon's menu. You can change this on the "
                         "Hydration page.")
    running.repo.set_setting("close_to_tray_announced", True)


def _start_routine(window: MainWindow, collection: RoutineCollection, routine_id: str) -> None:
    """Start pressed on the Routines page: open the Session page and begin."""
    from backcare_desktop.ui.session.page import SessionPage

    routine = collection.get(routine_id)
    if routine is None:
        return
    page = window.page("session")
    assert isinstance(page, SessionPage)
    window.show_page(1)
    page.begin(routine)


def real_cue_player(repo: Repository) -> CueOutput:
    """Tones and voice as the person set them up."""
    from backcare_desktop.ui.session.cue_player import QtCuePlayer, VoiceChoice

    return QtCuePlayer(
        volume=repo.get_setting("sound_volume"), muted=repo.get_setting("sound_muted"),
        voice=VoiceChoice(repo.get_setting("voice_on"), repo.get_setting("voice_engine"),
                          repo.get_setting("voice_name")))


def _after_show(running: Running, *, notice: bool) -> None:
    """Work that can wait until the window is on screen."""
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.ui.shell import dialogs, theme

    if running.closed:  # quit before the event loop got here
        return
    running.instance.listen()
    from backcare_desktop.ui.shell.icons import app_icon

    QApplication.setWindowIcon(app_icon())  # for the window list and dock (after the show)
    start_reminders(running)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.follow_system_scheme(app, running.repo.get_setting("colour_scheme"))
    if notice and not running.repo.get_setting("first_run_notice_seen"):
        dialogs.show_first_run_notice(running.window)
        running.repo.set_setting("first_run_notice_seen", True)
    take_daily_backup(running)
    running.ready = True


def when_first_exposed(window: MainWindow, callback: Callable[[], None]) -> None:
    """Run ``callback`` from the event loop once ``window`` is first on screen."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()

    class _Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                handle.removeEventFilter(self)
                QTimer.singleShot(0, window, callback)
            return False

    handle.installEventFilter(_Watcher(window))


def _report_and_quit(window: MainWindow) -> None:
    """For ``--quit-after-show``: print one JSON line about the shown window, then quit."""
    import json

    from PySide6.QtWidgets import QApplication

    print(json.dumps({"event": "shown", "title": window.windowTitle(),
                      "rss_kib": resident_kib()}), flush=True)
    QApplication.quit()


def resident_kib() -> int:
    """This process's resident memory in KiB (peak where current is not available)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _install_excepthook(log_file: Path) -> None:
    """Show a plain message instead of a traceback; the details go to the log."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from backcare_desktop.storage.errors import StorageError
        from backcare_desktop.ui.shell import dialogs

        log.critical("unhandled error", exc_info=(kind, exc, tb))
        if isinstance(exc, StorageError):
            text = str(exc)
        else:
            text = ("Something went wrong that BackCare did not expect. What you had already "
                    f"saved is safe. The details were written to {log_file}.")
        dialogs.show_error(None, "BackCare", text)

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.check_routine:
        from backcare_desktop.check_routines import check_routine_files

        return check_routine_files(args.check_routine, sys.stdout)
    if args.check_install:
        from backcare_desktop.install_check import check_install

        return check_install(sys.stdout)
    paths = resolve_paths(args.data_dir, os.environ)
    setup_logging(paths.log_file, verbose=args.verbose)
    log.info("BackCare %s starting with data in %s", __version__, paths.data_dir)

    # Storage first: PySide6 reads the source of every module imported after Qt.
    import backcare_desktop.storage.recovery  # noqa: F401
    from backcare_desktop.ui.shell import theme

    app = theme.create_application([sys.argv[0]])  # in Fusion from the start
    configure_application(app)
    _install_excepthook(paths.log_file)
    outcome = start(paths, quit_after_show=args.quit_after_show)
    if isinstance(outcome, int):
        return outcome
    try:
        return app.exec()
    finally:
        outcome.shutdown()
