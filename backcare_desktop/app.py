"""Start-up: read the command line, find the folders, open the data, show the window.

This is the one place that wires storage, core and ui together. Qt is imported
only after the command line is parsed, so ``--version`` and ``--help`` stay
instant.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from backcare_desktop import APP_ID, APP_NAME, __version__, cli
from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.logging_setup import setup_logging
from backcare_desktop.paths import (
    AppPaths,
    DataFolderError,
    ensure_private_dir,
    resolve_paths,
    why_read_only,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from backcare_desktop.storage.errors import DatabaseProblem
    from backcare_desktop.storage.recovery import RecoveryChoice
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.notifications import Notifier
    from backcare_desktop.ui.desktop.single_instance import SingleInstance
    from backcare_desktop.ui.hydration.install import HydrationFeature
    from backcare_desktop.ui.programme.install import ProgrammeFeature
    from backcare_desktop.ui.progress.install import ProgressFeature
    from backcare_desktop.ui.session.install import MakeCues
    from backcare_desktop.ui.shell.context import AppContext
    from backcare_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)  # logout, shutdown, Ctrl+C in a terminal


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``ui.shell.i18n.tr``, imported when first needed (the command line has no Qt)."""
    from backcare_desktop.ui.shell import i18n

    return i18n.tr(text, disambiguation, n)


def _advice(why: str) -> str:
    """What the person can do about a folder or file BackCare cannot write."""
    import errno

    from backcare_desktop.paths import why_not_written

    if why in {why_not_written(OSError(code, "")) for code in (errno.ENOSPC, errno.EDQUOT)}:
        return tr("Free some space on the disk, then start BackCare again.")
    return tr("Make it writable, or start BackCare with --data-dir to use another folder.")


class _ErrorReports:
    """How unexpected errors are shown: one box at a time, none while stopping."""

    def __init__(self) -> None:
        self.showing = False
        self.quiet = False  # the app is stopping: the log only


_errors = _ErrorReports()


class Running:
    """What a successful start leaves running; ``shutdown`` undoes it in order.

    (A plain class rather than a dataclass: this module is imported before the
    first frame, and making a dataclass costs the better part of a millisecond.)"""

    def __init__(self, ctx: AppContext, instance: SingleInstance, hydration: HydrationFeature,
                 progress: ProgressFeature, *, restored: Path | None = None) -> None:
        self.ctx = ctx
        self.instance = instance
        self.hydration = hydration
        self.progress = progress
        self.programme: ProgrammeFeature | None = None
        self.ready = False  # the work after the first show is done
        self.closed = False
        self.stopped_by = ""  # the signal that stopped the app, if one did
        self.restored = restored  # the backup restored at this start
        self.restart = False  # start again once shut down (a new language)

    def restart_now(self) -> None:
        """Quit as File → Quit does; ``main`` starts BackCare again after shutdown."""
        from PySide6.QtWidgets import QApplication

        log.info("restarting to show another language")
        self.restart = True
        self.window.quit()
        QApplication.quit()

    @property
    def window(self) -> MainWindow:
        return self.ctx.window

    @property
    def repo(self) -> Repository:
        return self.ctx.repo

    def stop_for_signal(self, signum: int) -> None:
        """SIGTERM or SIGINT: close as Quit does, without a question (the desktop
        is logging out or shutting down); ``shutdown`` then records the rest."""
        from PySide6.QtWidgets import QApplication

        if self.stopped_by:
            return
        self.stopped_by = signal.Signals(signum).name
        log.info("%s received: stopping", self.stopped_by)
        _errors.quiet = True
        self.window.quit()
        QApplication.quit()  # also when the window was hidden in the tray

    def shutdown(self) -> None:
        """Stop in order: the features (a running session is recorded as stopped and
        what waits for the disk is written or kept), the desktop services, the
        window, the daily backup, the database, the lock. A step that fails is
        logged and the next one still runs."""
        if self.closed:
            return
        self.closed = True
        _errors.quiet = True  # no dialog from here on: a logout must not wait for one
        window = self.ctx.window
        window.quitting = True
        _in_turn("the features", self.ctx.events.quitting.emit)
        _in_turn("the desktop services", self.ctx.desktop.close)
        if window.isVisible():
            _in_turn("the window", window.close)
        _in_turn("the unsaved steps", self._say_what_is_unsaved)
        _in_turn("the daily backup", lambda: take_daily_backup(self.ctx, now=True))
        _in_turn("the database", self.ctx.repo.close)
        self.instance.release()
        window.deleteLater()
        _errors.quiet = False

    def _say_what_is_unsaved(self) -> None:
        """Once, plainly: steps the disk still refuses at the quit, and where they are
        kept (a dialog after Quit; the log and stderr after a signal)."""
        if "backcare_desktop.storage.session_log" not in sys.modules:
            return  # no session was started: nothing can wait (and the quit stays light)
        from backcare_desktop.storage.errors import WriteProblem
        from backcare_desktop.storage.session_log import unsaved_now
        from backcare_desktop.ui.shell import dialogs

        left = unsaved_now(self.ctx.repo)
        if not left.records:
            return
        why = (tr("the disk is full") if left.problem is WriteProblem.DISK_FULL
               else tr("BackCare cannot write to its data file"))
        if left.lost:
            text = tr("Part of your session could not be saved because {why}, and BackCare "
                       "could not keep it anywhere else on this computer: it is lost.").format(
                why=why)
            count = tr("%n finished step(s) lost.", "", left.steps)
        else:
            text = tr("Part of your session could not be saved because {why}. BackCare "
                       "keeps it in {file} and adds it to your records the next time it "
                       "starts.").format(why=why, file=", ".join(map(str, left.kept_in)))
            count = tr("%n finished step(s) waiting.", "", left.steps)
        if left.steps:
            text = f"{text} {count}"
        log.warning("%s", text)
        if self.stopped_by:
            from backcare_desktop.logging_setup import say_on_stderr

            say_on_stderr(text)
        else:
            dialogs.show_info(None, tr("Part of your session is not saved yet"), text)


def _in_turn(what: str, step: Callable[[], object]) -> None:
    """Run one step of the shutdown; a failure of the disk or the database is logged
    and the shutdown goes on."""
    import sqlite3

    from backcare_desktop.storage.errors import StorageError

    try:
        step()
    except (OSError, StorageError, sqlite3.Error):
        log.exception("stopping %s failed", what)


def take_daily_backup(ctx: AppContext, *, now: bool = False) -> None:
    """The day's automatic backup if it is due: on a worker thread, so a large
    database never holds up the window; ``now`` writes it at once (at the quit,
    after the worker has finished)."""
    import sqlite3

    from backcare_desktop.storage import backups

    def failed(exc: BaseException) -> None:  # a full disk, a read-only folder: next time
        log.error("automatic backup failed: %s", exc)

    try:
        if now:
            backups.backup_if_due(ctx.repo, ctx.paths.backups, ctx.clock.now())
            return
        due = backups.due_backup(ctx.repo, ctx.paths.backups, ctx.clock.now())
        if due is None:
            return
    except (OSError, sqlite3.Error) as exc:
        failed(exc)
        return
    if ctx.desktop.background.busy():
        return  # the one under way will do

    def done(path: Path) -> None:
        try:
            backups.backup_taken(ctx.repo, due, path)
        except (OSError, sqlite3.Error) as exc:
            failed(exc)

    ctx.desktop.background.run("backup", due.write, done, failed)


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("backcare.github.io")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(True)


def start(paths: AppPaths, *, clock: Clock | None = None, quit_after_show: bool = False,
          language: str | None = None, make_cues: MakeCues | None = None,
          make_notifier: Callable[[], Notifier | None] | None = None) -> Running | int:
    """Open everything and show the window; return ``Running`` or an exit code.

    Expects a configured QApplication. Every question to the person goes through
    a ``dialogs`` module so tests can answer it. ``make_notifier`` gives the
    desktop notification sender (default: the freedesktop service on Linux).
    ``language`` overrides the stored language setting for this run.
    """
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.ui.desktop.single_instance import LockFileError, SingleInstance
    from backcare_desktop.ui.shell import theme
    from backcare_desktop.ui.shell.main_window import MainWindow

    # The dialogs are imported only when one is shown: none is on the way to
    # the first frame of a normal start.
    def show_error(title: str, text: str) -> None:
        from backcare_desktop.ui.shell.dialogs import show_error

        show_error(None, title, text)

    def ask_recovery(problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
        from backcare_desktop.ui.shell.dialogs import ask_database_recovery

        return ask_database_recovery(problem, backup)

    def show_about(parent: QWidget) -> None:
        from backcare_desktop.ui.shell.dialogs import show_about

        show_about(parent, __version__, paths.data_dir, paths.log_file)

    clock = clock or SystemClock()
    app = QApplication.instance()
    assert isinstance(app, QApplication), "start() needs a QApplication"
    theme.apply_theme(app)

    try:
        ensure_private_dir(paths.data_dir)
    except DataFolderError as exc:
        log.error("%s", exc)
        show_error(tr("BackCare cannot use its data folder"), " ".join((
            tr("BackCare cannot write to the folder {folder}: {why}.").format(
                folder=exc.folder, why=_disk_problem(exc.why)), _advice(exc.why))))
        return EXIT_FAILED

    instance = SingleInstance(paths.data_dir, paths.lock_file)
    try:
        acquired = instance.acquire()
    except LockFileError as exc:  # not another BackCare: the disk said no
        log.error("%s", exc)
        show_error(tr("BackCare cannot start"), f"{exc} {_advice(exc.why)}")
        return EXIT_FAILED
    if not acquired:
        if instance.notify_running():
            log.info("BackCare already runs with %s; asked it to come forward", paths.data_dir)
            print(f"BackCare is already running with {paths.data_dir}; "
                  "its window was brought to the front.", file=sys.stderr)
            return EXIT_OK
        show_error(
            tr("BackCare is already running"),
            tr("Another BackCare is using {folder} but does not answer. Close it, or wait a "
               "moment and try again.").format(folder=paths.data_dir),
        )
        return EXIT_FAILED

    # A file the person made read-only stays so: say it, change nothing. (One that
    # cannot even be read goes to the recovery question below.)
    readable = paths.database.exists() and os.access(paths.database, os.R_OK)
    why = why_read_only(paths.database) if readable else None
    if why is not None:
        return _cannot_save(instance, paths.database, why)

    # A file BackCare closed cleanly last time is opened after the window's first
    # frame, which needs only a glance at it; anything else (a first start, a
    # journal beside it, a restore waiting…) is opened the careful way first, so
    # a question about it comes before any window.
    from backcare_desktop.storage.glance import glance

    seen = glance(paths.database)
    opened: _Opened | None = None
    if seen is None:
        first = _open_data(paths, clock, instance, ask_recovery)
        if isinstance(first, int):
            return first
        opened = first
        scheme = opened.repo.get_setting("colour_scheme")
        stored_language = opened.repo.get_setting("language")
        load_state: Callable[[str], str | None] = opened.repo.get_ui_state
    else:
        scheme = seen.setting("colour_scheme")
        stored_language = seen.setting("language")
        load_state = seen.state
    if scheme != "system":
        theme.apply_theme(app, scheme)
    _show_language(app, language or stored_language)

    def save_state(name: str, value: str) -> None:
        from backcare_desktop.storage.errors import StorageWriteError

        if opened is None:
            return  # closed before the data was open: the layout stays as it was
        try:
            opened.repo.set_ui_state(name, value)
        except StorageWriteError as exc:  # the window's layout is not worth a message
            log.warning("window layout not saved: %s", exc)

    window = MainWindow(status=None, load_state=load_state, save_state=save_state,
                        show_about=show_about, pages_later=True)
    if quit_after_show:
        window.when_painted(lambda: _report(window, "shown"))  # as a bare window reports
    if opened is None:
        _first_frame(window)
        later = _open_data(paths, clock, instance, ask_recovery)
        if isinstance(later, int):
            window.hide()
            window.deleteLater()
            return later
        opened = later
        if opened.repo.get_setting("colour_scheme") != scheme:  # read otherwise when opened
            theme.use_scheme(app, opened.repo.get_setting("colour_scheme"))
    repo = opened.repo

    # The features come in after the first frame (on a clean start).
    from backcare_desktop.ui import hydration, progress, routines, session
    from backcare_desktop.ui.desktop.services import DesktopServices, default_notifier
    from backcare_desktop.ui.programme.install import install as install_programme
    from backcare_desktop.ui.shell.context import (
        AppContext,
        AppEvents,
        PlannedToday,
        SessionStatus,
    )

    planned_today = PlannedToday(window)
    events = AppEvents(window)
    desktop = DesktopServices(window, clock, make_notifier or default_notifier)
    ctx = AppContext(paths=paths, repo=repo, clock=clock, window=window, events=events,
                     session=SessionStatus(window), desktop=desktop, version=__version__,
                     today=planned_today)
    planned_today.changed.connect(window.refresh_status)
    repo.on_records_changed(events.records_changed.emit)
    events.records_changed.connect(window.refresh_status)
    desktop.time_moved.connect(window.refresh_status)
    desktop.day_watch.new_day.connect(lambda: take_daily_backup(ctx))

    _add_general_settings(ctx)
    routines.install(ctx)
    session.install(ctx, make_cues)
    running = Running(ctx, instance, hydration.install(ctx), progress.install(ctx),
                      restored=opened.restored)
    running.programme = install_programme(ctx)
    window.pages_given()
    # In the features' words (the water in the locale's unit), once they are in.
    from dataclasses import replace

    window.show_status(lambda: replace(repo.today_status(clock.now().date()),
                                       planned_today=planned_today.text))
    events.restart_requested.connect(running.restart_now)

    instance.activated.connect(window.bring_to_front)
    instance.activated.connect(lambda: log.info("another start asked for the window"))
    desktop.day_watch.start()
    window.show()
    log.info("main window shown")

    # Everything else waits until the window is on screen.
    window.when_painted(lambda: _after_show(running, notice=not quit_after_show))
    if quit_after_show:
        window.when_painted(lambda: _report_ready_and_quit(window))
    return running


class _Opened(NamedTuple):
    """The records, open, and the backup restored at this start (if one was)."""

    repo: Repository
    restored: Path | None


def _open_data(paths: AppPaths, clock: Clock, instance: SingleInstance,
               ask_recovery: Callable[[DatabaseProblem, Path | None], RecoveryChoice],
               ) -> _Opened | int:
    """Restore a backup chosen in Settings, open the database (asking the person
    about a problem), and merge what an earlier run kept for a full disk; or say
    why not, release the folder and return the exit code."""
    from backcare_desktop.storage.errors import StorageError, StorageWriteError, WriteProblem
    from backcare_desktop.storage.recovery import open_with_recovery, restore_pending

    try:
        restored = restore_pending(paths.database, paths.backups, paths.data_dir, clock.now())
        repo = open_with_recovery(paths.database, paths.backups, clock.now,
                                  ask_recovery, adopt=restored is not None)
    except StorageError as exc:
        log.error("%s", exc)
        from backcare_desktop.ui.shell.dialogs import show_error

        show_error(None, tr("BackCare cannot open your data"), str(exc))
        instance.release()
        return EXIT_FAILED
    if repo is None:
        instance.release()
        return EXIT_FAILED

    try:
        _catch_up(repo, paths, clock)
    except StorageWriteError as exc:
        if exc.problem not in (WriteProblem.READ_ONLY, WriteProblem.CANNOT_OPEN):
            # A full or busy disk: the app runs, and this is done at a later start.
            log.warning("left for a later start: %s", exc)
        else:
            repo.close()
            return _cannot_save(instance, paths.database,
                                tr("the file or its folder is read-only"))
    return _Opened(repo, restored)


# How long the first frame may take before start-up goes on without it (a window
# on a hidden workspace, say, is not exposed until it is looked at).
FIRST_FRAME_WAIT_MS = 1000


def _first_frame(window: MainWindow) -> None:
    """Show ``window`` and let its first frame out, then return (at the latest
    after ``FIRST_FRAME_WAIT_MS``). Clicks and keys wait meanwhile: they reach the
    window once start-up is done."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    limit = QTimer(loop)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    def painted() -> None:  # one more turn after the paint, as a watcher of exposure has
        QTimer.singleShot(0, loop, loop.quit)

    window.painted.connect(painted)
    window.show()
    limit.start(FIRST_FRAME_WAIT_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    limit.stop()
    window.painted.disconnect(painted)
    if window.first_painted():
        log.info("first frame out; opening the data")
    else:
        log.info("the first frame did not come within %d ms; going on", FIRST_FRAME_WAIT_MS)


def _show_language(app: QApplication, choice: str) -> None:
    """Install ``choice``'s translations before any window is built, unless they
    are the ones ``main`` installed already."""
    from PySide6.QtCore import QLocale

    from backcare_desktop.ui.shell import i18n

    if i18n.resolve(choice, QLocale.system().uiLanguages()) != i18n.shown():
        i18n.install(app, choice)


def again_arguments(orig_argv: list[str]) -> list[str]:
    """The command line to start again with: the same, less a ``--language`` that
    would hide the language just chosen in Settings."""
    again: list[str] = []
    skip = False
    for arg in orig_argv:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            again.append(arg)
    return again


def _add_general_settings(ctx: AppContext) -> None:
    """The shell's own section of the Settings page: the weekly goal (the header
    follows at once) and the colour scheme (applied at once)."""
    def build() -> QWidget:
        from PySide6.QtWidgets import QApplication

        from backcare_desktop.ui.shell import theme
        from backcare_desktop.ui.shell.settings_page import GeneralSection

        def apply_scheme(scheme: str) -> None:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            theme.use_scheme(app, scheme)

        def offer_restart(language: str) -> None:
            from backcare_desktop.ui.shell import dialogs, i18n

            if dialogs.offer_restart(ctx.window, i18n.ENDONYMS[language],
                                     session_running=ctx.session.active):
                ctx.events.restart_requested.emit()

        return GeneralSection(ctx.repo, goal_changed=ctx.window.refresh_status,
                              apply_scheme=apply_scheme, offer_restart=offer_restart)

    ctx.window.add_settings_section("general", tr("General"), build, order=0)


def _disk_problem(why: str) -> str:
    """A reason from ``paths.why_not_written``, in the shown language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DiskProblem", why) if why else why


def _catch_up(repo: Repository, paths: AppPaths, clock: Clock) -> None:
    """Merge what an earlier run kept for a full disk, then mark the sessions an
    earlier run left running as interrupted. Raises ``StorageWriteError``."""
    from backcare_desktop.storage.unsaved import take_in_unsaved

    merged = take_in_unsaved(repo, paths.data_dir, clock.now())
    if merged:
        log.info("saved %d session(s) kept by an earlier run", merged)
    interrupted = repo.mark_unfinished_sessions_interrupted()
    if interrupted:
        log.info("marked %d unfinished session(s) as interrupted", interrupted)


def _cannot_save(instance: SingleInstance, database: Path, why: str) -> int:
    """The database cannot be written: say so plainly, release the folder, and end."""
    from backcare_desktop.ui.shell import dialogs

    text = " ".join((
        tr("BackCare cannot save to your data file {file}: {why}.").format(
            file=database, why=_disk_problem(why)),
        _advice(why), tr("Nothing was changed.")))
    log.error("%s", text)
    dialogs.show_error(None, tr("BackCare cannot save your data"), text)
    instance.release()
    return EXIT_FAILED


def _after_show(running: Running, *, notice: bool) -> None:
    """Work that can wait until the window is on screen."""
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage.errors import StorageWriteError
    from backcare_desktop.ui.shell import dialogs, theme
    from backcare_desktop.ui.shell.icons import app_icon

    if running.closed:  # quit before the event loop got here
        return
    ctx = running.ctx
    running.instance.listen()
    QApplication.setWindowIcon(app_icon())  # for the window list and dock (after the show)
    ctx.desktop.bring_up(ctx.session)
    ctx.events.ready.emit()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.follow_system_scheme(app, ctx.repo.get_setting("colour_scheme"))
    if running.restored is not None and notice:
        dialogs.show_info(ctx.window, tr("Backup restored"), tr(
            "Your data is now the backup {file}, as you asked. Your data as it was "
            "before is kept as a backup too (before restore), listed in Settings ▸ "
            "Data.").format(file=running.restored.name))
    if notice and not ctx.repo.get_setting("first_run_notice_seen"):
        dialogs.show_first_run_notice(ctx.window)
        try:
            ctx.repo.set_setting("first_run_notice_seen", True)
        except StorageWriteError as exc:  # it is shown again next time: no more than that
            log.warning("first-run notice not marked as seen: %s", exc)
        ctx.events.safety_notice_accepted.emit()
    take_daily_backup(ctx)
    running.ready = True


def _report_ready_and_quit(window: MainWindow) -> None:
    """For ``--quit-after-show``, once the work after the first frame is done: print
    the "ready" line as soon as the page shown is built, then quit."""
    from PySide6.QtWidgets import QApplication

    def ready() -> None:
        _report(window, "ready")
        QApplication.quit()

    window.when_page_ready(ready)


def _report(window: MainWindow, event: str) -> None:
    """For ``--quit-after-show``: one JSON line about the window and the memory in use."""
    import json

    print(json.dumps({"event": event, "title": window.windowTitle(),
                      "rss_kib": resident_kib()}), flush=True)


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
    """Show a plain message instead of a traceback; the details go to the log.

    One message at a time: an error while one is shown (a timer's write to a full
    disk, say) is logged only, so boxes never stack; and none while the app is
    stopping, which must not wait for an answer."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from backcare_desktop.storage.errors import StorageError
        from backcare_desktop.ui.shell import dialogs
        log.critical("unhandled error", exc_info=(kind, exc, tb))
        if _errors.showing or _errors.quiet:
            return
        if isinstance(exc, StorageError):
            text = str(exc)
        else:
            text = tr("Something went wrong that BackCare did not expect. What you had "
                       "already saved is safe. The details were written to {file}.").format(
                file=log_file)
        _errors.showing = True
        try:
            dialogs.show_error(None, "BackCare", text)
        finally:
            _errors.showing = False

    sys.excepthook = hook


def catch_stop_signals(stop: Callable[[int], None]) -> Callable[[], None]:
    """Call ``stop(signum)`` from the event loop when SIGTERM or SIGINT arrives; returns
    the function that puts the previous handling back.

    The signal handler only writes the signal's number to a pipe
    (``signal.set_wakeup_fd``); a ``QSocketNotifier`` wakes the event loop for it,
    so nothing runs inside the handler and nothing polls while all is quiet.
    """
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    # A pipe rather than a socket pair: the same wake-up on POSIX, without
    # importing ``socket`` (a few milliseconds before the first frame).
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    previous_fd = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    previous = {number: signal.signal(number, lambda *_: None) for number in STOP_SIGNALS}
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read,
                               QCoreApplication.instance())

    def arrived() -> None:
        try:
            numbers = os.read(reader, 64)
        except OSError:
            return
        for number in numbers:
            if number in STOP_SIGNALS:
                stop(number)

    notifier.activated.connect(arrived)

    def restore() -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        os.close(reader)
        os.close(writer)

    return restore


def _pause_collection() -> Callable[[], None]:
    """Hold Python's automatic cycle collection until the window is up, and return
    what resumes it (once; later calls do nothing).

    Start-up allocates tens of thousands of objects that all stay alive (modules,
    classes, Qt's wrappers), so the collections it would trigger find nothing to
    free and only hold up the first frame. The threshold is set to 0 rather than
    calling ``gc.disable()``, which ``ui.desktop.collector`` keeps for worker
    threads: the two never undo each other.
    """
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    resumed: list[bool] = []

    def resume() -> None:
        if not resumed:
            resumed.append(True)
            gc.set_threshold(*thresholds)

    return resume


# Collection resumes once the first frame is out, or after this long at the most
# (a window that is never exposed, on a hidden workspace, say).
RESUME_COLLECTION_MS = 1000


def _resume_after_first_frame(window: MainWindow, resume: Callable[[], None]) -> None:
    from PySide6.QtCore import QTimer

    # One more turn of the event loop: the report and the work after the show,
    # queued at the same exposure, go first.
    window.when_painted(lambda: QTimer.singleShot(0, window, resume))
    QTimer.singleShot(RESUME_COLLECTION_MS, window, resume)


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.check_routine:
        from backcare_desktop.check_routines import check_routine_files

        return check_routine_files(args.check_routine, sys.stdout)
    if args.check_install:
        from backcare_desktop.install_check import check_install

        return check_install(sys.stdout)
    if args.import_file is not None or args.export_folder is not None:
        from backcare_desktop.transfer_cli import run

        return run(args, os.environ, sys.stdout, sys.stderr)  # no Qt on this path
    if args.fhir_file is not None:
        from backcare_desktop.fhir_cli import run_fhir

        return run_fhir(args, os.environ, sys.stdout, sys.stderr)  # no Qt on this path
    if args.report_file is not None or args.programme_file is not None:
        from backcare_desktop.report_cli import run as run_report

        return run_report(args, os.environ, sys.stdout, sys.stderr)  # offscreen Qt
    resume_collection = _pause_collection()
    paths = resolve_paths(args.data_dir, os.environ)
    setup_logging(paths.log_file, verbose=args.verbose)
    log.info("BackCare %s starting with data in %s", __version__, paths.data_dir)

    # Before Qt: once PySide6 is imported it reads the source of every module
    # imported after it, and the glance at the data comes before the first frame.
    import backcare_desktop.storage.glance  # noqa: F401
    from backcare_desktop.ui.shell import theme

    app = theme.create_application([sys.argv[0]])  # in Fusion from the start
    configure_application(app)
    from backcare_desktop.ui.shell import i18n

    i18n.install(app, args.language or "system")  # the stored choice comes in start()
    _install_excepthook(paths.log_file)
    early: list[int] = []  # a signal during start-up, acted on once the app runs
    running: list[Running] = []

    def stop(signum: int) -> None:
        if running:
            running[0].stop_for_signal(signum)
        else:
            early.append(signum)

    restore_signals = catch_stop_signals(stop)
    try:
        outcome = start(paths, quit_after_show=args.quit_after_show, language=args.language)
        if isinstance(outcome, int):
            resume_collection()
            return outcome
        running.append(outcome)
        _resume_after_first_frame(outcome.window, resume_collection)
        if early:  # from inside the event loop, which a quit before it would not end
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: outcome.stop_for_signal(early[0]))
        try:
            code = app.exec()
        finally:
            outcome.shutdown()
    finally:
        restore_signals()
    if outcome.restart:  # everything is saved and the lock released: start again
        os.execv(sys.executable, again_arguments(sys.orig_argv))
    return code
