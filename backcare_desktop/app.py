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
from typing import TYPE_CHECKING

from backcare_desktop import APP_ID, APP_NAME, __version__, cli
from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.logging_setup import setup_logging
from backcare_desktop.paths import AppPaths, DataFolderError, ensure_private_dir, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.notifications import Notifier
    from backcare_desktop.ui.desktop.single_instance import SingleInstance
    from backcare_desktop.ui.hydration.install import HydrationFeature
    from backcare_desktop.ui.progress.install import ProgressFeature
    from backcare_desktop.ui.session.install import MakeCues
    from backcare_desktop.ui.shell.context import AppContext
    from backcare_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class Running:
    """What a successful start leaves running; ``shutdown`` undoes it in order."""

    ctx: AppContext
    instance: SingleInstance
    hydration: HydrationFeature
    progress: ProgressFeature
    ready: bool = field(default=False)  # the work after the first show is done
    closed: bool = field(default=False)

    @property
    def window(self) -> MainWindow:
        return self.ctx.window

    @property
    def repo(self) -> Repository:
        return self.ctx.repo

    def shutdown(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.ctx.events.quitting.emit()
        self.ctx.desktop.close()
        window = self.ctx.window
        window.quitting = True
        if window.isVisible():
            window.close()
        take_daily_backup(self.ctx)
        self.ctx.repo.close()
        self.instance.release()
        window.deleteLater()


def take_daily_backup(ctx: AppContext) -> None:
    from backcare_desktop.storage import backups

    try:
        backups.backup_if_due(ctx.repo, ctx.paths.backups, ctx.clock.now())
    except OSError as exc:
        log.error("automatic backup failed: %s", exc)


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain("backcare.github.io")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(True)


def start(paths: AppPaths, *, clock: Clock | None = None, quit_after_show: bool = False,
          make_cues: MakeCues | None = None,
          make_notifier: Callable[[], Notifier | None] | None = None) -> Running | int:
    """Open everything and show the window; return ``Running`` or an exit code.

    Expects a configured QApplication. Every question to the person goes through
    a ``dialogs`` module so tests can answer it. ``make_notifier`` gives the
    desktop notification sender (default: the freedesktop service on Linux).
    """
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.recovery import open_with_recovery
    from backcare_desktop.ui import hydration, progress, routines, session
    from backcare_desktop.ui.desktop.services import DesktopServices, default_notifier
    from backcare_desktop.ui.desktop.single_instance import SingleInstance
    from backcare_desktop.ui.shell import dialogs, theme
    from backcare_desktop.ui.shell.context import AppContext, AppEvents, SessionStatus
    from backcare_desktop.ui.shell.main_window import MainWindow

    clock = clock or SystemClock()
    app = QApplication.instance()
    assert isinstance(app, QApplication), "start() needs a QApplication"
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
        repo = open_with_recovery(paths.database, paths.backups, clock.now,
                                  dialogs.ask_database_recovery)
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

    window = MainWindow(
        status=lambda: repo.today_status(clock.now().date()),
        load_state=repo.get_ui_state,
        save_state=repo.set_ui_state,
        show_about=lambda parent: dialogs.show_about(
            parent, __version__, paths.data_dir, paths.log_file),
    )
    events = AppEvents(window)
    desktop = DesktopServices(window, clock, make_notifier or default_notifier)
    ctx = AppContext(paths=paths, repo=repo, clock=clock, window=window, events=events,
                     session=SessionStatus(window), desktop=desktop, version=__version__)
    repo.on_records_changed(events.records_changed.emit)
    events.records_changed.connect(window.refresh_status)
    desktop.time_moved.connect(window.refresh_status)
    desktop.day_watch.new_day.connect(lambda: take_daily_backup(ctx))

    routines.install(ctx)
    session.install(ctx, make_cues)
    running = Running(ctx, instance, hydration.install(ctx), progress.install(ctx))

    instance.activated.connect(window.bring_to_front)
    instance.activated.connect(lambda: log.info("another start asked for the window"))
    desktop.day_watch.start()
    window.show()
    log.info("main window shown")

    # Everything else waits until the window is on screen.
    when_first_exposed(window, lambda: _after_show(running, notice=not quit_after_show))
    if quit_after_show:  # watched last, so it reports before the work above runs
        when_first_exposed(window, lambda: _report_and_quit(window))
    return running


def _after_show(running: Running, *, notice: bool) -> None:
    """Work that can wait until the window is on screen."""
    from PySide6.QtWidgets import QApplication

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
    if notice and not ctx.repo.get_setting("first_run_notice_seen"):
        dialogs.show_first_run_notice(ctx.window)
        ctx.repo.set_setting("first_run_notice_seen", True)
    take_daily_backup(ctx)
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
    if args.import_file is not None or args.export_folder is not None:
        from backcare_desktop.transfer_cli import run

        return run(args, os.environ, sys.stdout, sys.stderr)  # no Qt on this path
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
